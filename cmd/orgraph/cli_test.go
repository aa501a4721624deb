package main

import (
	"bytes"
	"context"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Every command answers -h, --help and `orgraph help COMMAND` with its
// usage and examples, exit status 0.
func TestHelp(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantOut    []string
		wantErr    string
	}{
		{"help", []string{"help"}, 0, []string{"usage:", "orgraph export", "orgraph version"}, ""},
		{"--help", []string{"--help"}, 0, []string{"usage:", "orgraph serve"}, ""},
		{"-h", []string{"-h"}, 0, []string{"usage:"}, ""},
		{"help serve", []string{"help", "serve"}, 0, []string{"usage: orgraph serve", "-cors-origins", "example"}, ""},
		{"help load", []string{"help", "load"}, 0, []string{"usage: orgraph load", "-dry-run", "example"}, ""},
		{"help validate", []string{"help", "validate"}, 0, []string{"usage: orgraph validate", "example"}, ""},
		{"help export", []string{"help", "export"}, 0, []string{"usage: orgraph export", "-format", "example"}, ""},
		{"help gen", []string{"help", "gen"}, 0, []string{"usage: orgraph gen", "example"}, ""},
		{"help version", []string{"help", "version"}, 0, []string{"usage: orgraph version"}, ""},
		{"help of an unknown command", []string{"help", "frobnicate"}, 2, nil, `unknown command "frobnicate"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := run(context.Background(), tt.args, &out, &errOut)
			if status != tt.wantStatus || !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("run(%q) = %d, stderr %q; want %d, stderr containing %q", tt.args, status, errOut.String(), tt.wantStatus, tt.wantErr)
			}
			for _, want := range tt.wantOut {
				if !strings.Contains(out.String(), want) {
					t.Errorf("run(%q): stdout lacks %q:\n%s", tt.args, want, out.String())
				}
			}
		})
	}
	// -h and --help after a command print the same usage (to stderr, as the
	// flag package does) and exit 0.
	for _, cmd := range []string{"serve", "load", "validate", "export", "gen", "version"} {
		for _, flag := range []string{"-h", "--help"} {
			t.Run(cmd+" "+flag, func(t *testing.T) {
				var out, errOut bytes.Buffer
				if status := run(context.Background(), []string{cmd, flag}, &out, &errOut); status != 0 || !strings.Contains(errOut.String(), "usage: orgraph "+cmd) {
					t.Errorf("run(%s %s) = %d, stderr %q; want 0 and the usage", cmd, flag, status, errOut.String())
				}
			})
		}
	}
}

// Flags after paths are flags, not paths; "--" ends the flags.
func TestInterspersedFlags(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantOut    string
	}{
		{"flag after path", []string{"export", "../../seeds", "--format", "csv"}, 0, "record,id,name"},
		{"paths before and after --", []string{"validate", "../../seeds/people.yaml", "--", "../../seeds"}, 1, "duplicate id"},
		{"after -- a flag is a path", []string{"validate", "--", "--format"}, 1, "--format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := run(context.Background(), tt.args, &out, &errOut)
			if status != tt.wantStatus || !strings.Contains(out.String()+errOut.String(), tt.wantOut) {
				t.Errorf("run(%q) = %d\nstdout %.300q\nstderr %q\nwant %d with %q", tt.args, status, out.String(), errOut.String(), tt.wantStatus, tt.wantOut)
			}
		})
	}
	t.Run("serve PATH --addr", func(t *testing.T) {
		addr := freeAddr(t)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan int)
		go func() { done <- run(ctx, []string{"serve", "../../seeds", "--addr", addr}, io.Discard, io.Discard) }()
		defer func() {
			cancel()
			if status := <-done; status != 0 {
				t.Errorf("serve exited with %d, want 0", status)
			}
		}()
		waitFor(t, "http://"+addr+"/graphql?query="+url.QueryEscape(`{ person(name: "戴珊") { name } }`), 200, `"Dai Shan"`)
	})
}

// TestVersion builds the binary as a user would and checks that `orgraph
// version` reports the revision git reports.
func TestVersion(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	head := func() string {
		b, err := exec.Command("git", "rev-parse", "HEAD").Output()
		if err != nil {
			t.Skipf("not a git checkout: %v", err)
		}
		return strings.TrimSpace(string(b))
	}
	before := head()
	bin := filepath.Join(t.TempDir(), "orgraph")
	// -buildvcs=true: an environment may turn stamping off in GOFLAGS.
	if b, err := exec.Command("go", "build", "-buildvcs=true", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	after := head() // others may commit meanwhile
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		k, v, _ := strings.Cut(line, " ")
		got[k] = v
	}
	if got["revision"] != before && got["revision"] != after {
		t.Errorf("revision %q, want git's HEAD %s\n%s", got["revision"], after, out)
	}
	if got["module"] != "github.com/orgraph/orgraph" || got["modified"] == "" || got["time"] == "" || !strings.HasPrefix(got["go"], "go1.") {
		t.Errorf("got %q, want module, go, time and modified", out)
	}
	// --version is the same command.
	if alt, _ := exec.Command(bin, "--version").Output(); !bytes.Equal(alt, out) {
		t.Errorf("--version printed %q, want %q", alt, out)
	}
	_ = os.Remove(bin)
}
