package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
)

// secret stands for a real password: it must never be printed.
const secret = "hunter2-secret"

func TestPasswordNeverPrinted(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantErr    string
	}{
		{"serve -h", []string{"serve", "-h"}, 0, "-neo4j-password-file"},
		{"load -h", []string{"load", "-h"}, 0, "-neo4j-password-file"},
		{"flag typo", []string{"serve", "--neo4j-pasword", "x"}, 2, "flag provided but not defined"},
		{"bad flag value", []string{"serve", "--max-depth", "deep"}, 2, "invalid value"},
		{"password flag", []string{"serve", "--neo4j-password", secret}, 2, "--neo4j-password is not accepted"},
		{"password flag with =", []string{"load", "--neo4j-password=" + secret}, 2, "set NEO4J_PASSWORD or use --neo4j-password-file"},
		// Flags may follow paths; the flag package's own error said nothing of why.
		{"password flag after a path", []string{"serve", "./dir", "--neo4j-password", secret}, 2, "--neo4j-password is not accepted"},
		{"password flag with = after a flag value", []string{"load", "--neo4j-database", "x", "d", "--neo4j-password=" + secret}, 2, "--neo4j-password is not accepted"},
		{"password in the URI", []string{"serve", "--neo4j-uri", "http://neo4j:" + secret + "@127.0.0.1:1"}, 1, `unknown scheme "http"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("NEO4J_PASSWORD", secret)
			var out, errOut bytes.Buffer
			status := run(context.Background(), tt.args, &out, &errOut)
			if status != tt.wantStatus || !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("run(%q) = %d, stderr %q; want %d containing %q", tt.args, status, errOut.String(), tt.wantStatus, tt.wantErr)
			}
			if strings.Contains(out.String()+errOut.String(), secret) {
				t.Errorf("run(%q) printed the password:\n%s%s", tt.args, out.String(), errOut.String())
			}
		})
	}
}

func TestCheckURI(t *testing.T) {
	tests := []struct{ uri, wantErr string }{
		{"neo4j://127.0.0.1:7687", ""},
		{"neo4j+s://xxxxxxxx.databases.neo4j.io", ""},
		{"neo4j+ssc://db.internal:7687", ""},
		{"bolt://127.0.0.1:7687", ""},
		{"bolt+s://db.example:7687", ""},
		{"bolt+ssc://db.internal", ""},
		{"http://127.0.0.1:7474", `unknown scheme "http"; use one of neo4j://, neo4j+s://, neo4j+ssc://, bolt://, bolt+s://, bolt+ssc://`},
		{"neo4j+tls://db.example", `unknown scheme "neo4j+tls"`},
		{"127.0.0.1:7687", "not a URI such as neo4j://"},
		{"neo4j://", "no host"},
		{"blot://neo4j:" + secret + "@db.example", `blot://neo4j:xxxxx@db.example: unknown scheme "blot"`},
	}
	for _, tt := range tests {
		t.Run(tt.uri, func(t *testing.T) {
			err := checkURI(tt.uri)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if (tt.wantErr == "") != (err == nil) || !strings.Contains(got, tt.wantErr) || strings.Contains(got, secret) {
				t.Errorf("checkURI(%q) = %q, want an error containing %q (empty: none), never the password", tt.uri, got, tt.wantErr)
			}
			if err != nil {
				return
			}
			// The driver accepts every scheme the check lets through,
			// TLS ones included, without contacting the server.
			d, _, err := openNeo4j(context.Background(), &cypher.Config{URI: tt.uri, User: "neo4j", Password: "x"})
			if err != nil {
				t.Fatalf("openNeo4j(%q): %v", tt.uri, err)
			}
			d.Close(context.Background())
		})
	}
}

func TestLimitSettings(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		wantErr string
	}{
		{"zero depth", []string{"serve", "--max-depth", "0"}, nil, "--max-depth 0: want a positive number"},
		{"bad environment", []string{"serve"}, map[string]string{"ORGRAPH_MAX_COMPLEXITY": "lots"}, `ORGRAPH_MAX_COMPLEXITY="lots": want a whole number`},
		{"bad duration", []string{"serve"}, map[string]string{"ORGRAPH_REQUEST_TIMEOUT": "15"}, `ORGRAPH_REQUEST_TIMEOUT="15": want a duration`},
		{"pprof on every interface", []string{"serve", "--pprof", "0.0.0.0:0"}, nil, "profiling is only served on loopback"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("NEO4J_URI", "")
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var errOut bytes.Buffer
			args := append(tt.args, "--addr", "127.0.0.1:0")
			if status := run(context.Background(), args, io.Discard, &errOut); status != 1 || !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("run(%q) = %d, stderr %q; want 1 with %q", args, status, errOut.String(), tt.wantErr)
			}
		})
	}
}

func TestPprofOnItsOwnListener(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	pprof := freeAddr(t)
	base := startServe(t, "--pprof", pprof)
	waitFor(t, "http://"+pprof+"/debug/pprof/", 200, "goroutine")
	resp, err := http.Get(base + "/debug/pprof/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("pprof on the public address: %d, want 404", resp.StatusCode)
	}
}

// TestPasswordFile logs in to the real Neo4j with a password read from a
// file, and fails to with a wrong one.
func TestPasswordFile(t *testing.T) {
	_, db := cyphertest.Seeded(t)
	password := env("NEO4J_PASSWORD", defaultPassword)
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good"), filepath.Join(dir, "bad")
	os.WriteFile(good, []byte(password+"\n"), 0o600)
	os.WriteFile(bad, []byte("not-the-password\n"), 0o600)
	t.Setenv("NEO4J_PASSWORD", "")
	uri := os.Getenv("NEO4J_URI")
	t.Run("right password", func(t *testing.T) {
		base := startServe(t, "--neo4j-uri", uri, "--neo4j-database", db, "--neo4j-password-file", good)
		waitFor(t, base+"/readyz", 200, "ready")
	})
	// After three failed logins in a row Neo4j refuses every login for five
	// seconds: the subtest after this one waits that out, so that the
	// tests after TestPasswordFile find logins accepted again.
	t.Run("wrong password", func(t *testing.T) {
		base := startServe(t, "--neo4j-uri", uri, "--neo4j-database", db, "--neo4j-password-file", bad)
		waitFor(t, base+"/readyz", 503, "neo4j is unavailable: authentication failed")
		resp, err := http.Get(base + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(b), "not-the-password") {
			t.Errorf("/readyz shows the password: %s", b)
		}
	})
	t.Run("file from the environment", func(t *testing.T) {
		t.Setenv("NEO4J_PASSWORD_FILE", good)
		base := startServe(t, "--neo4j-uri", uri, "--neo4j-database", db)
		waitFor(t, base+"/readyz", 200, "ready")
	})
}
