package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGen(t *testing.T) {
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "x.yaml"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantOut    string
		wantErr    string
	}{
		{name: "help", args: []string{"gen", "-h"}, wantErr: "orgraph gen --people 10000 --seed 1 --out"},
		{name: "missing --out", args: []string{"gen", "--people", "10"}, wantStatus: 2, wantErr: "--out DIR is required"},
		{name: "missing --people", args: []string{"gen", "--out", t.TempDir()}, wantStatus: 2, wantErr: "--people N is required"},
		{name: "bad flag", args: []string{"gen", "--persons", "10"}, wantStatus: 2, wantErr: "flag provided but not defined: -persons"},
		{name: "bad number", args: []string{"gen", "--people", "many"}, wantStatus: 2, wantErr: `invalid value "many" for flag -people`},
		{name: "stray argument", args: []string{"gen", "--people", "5", "--out", t.TempDir(), "extra"}, wantStatus: 2, wantErr: `unexpected argument "extra"`},
		{name: "bad years", args: []string{"gen", "--people", "5", "--from", "2020", "--to", "2019", "--out", t.TempDir()},
			wantStatus: 1, wantErr: "years 2020–2019"},
		{name: "directory with data", args: []string{"gen", "--people", "5", "--out", full}, wantStatus: 1, wantErr: "already holds dataset files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := run(context.Background(), tt.args, &out, &errOut)
			if status != tt.wantStatus || !strings.Contains(out.String(), tt.wantOut) || !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("run(%q) = %d\nstdout %q\nstderr %q\nwant %d, stdout containing %q, stderr containing %q",
					tt.args, status, out.String(), errOut.String(), tt.wantStatus, tt.wantOut, tt.wantErr)
			}
		})
	}
}

// TestGenValidates writes a dataset into a directory that does not exist
// yet, then validates it as a user would.
func TestGenValidates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "org")
	steps := []struct {
		args    []string
		wantOut string
	}{
		{[]string{"gen", "--people", "300", "--seed", "2", "--out", dir}, "300 people"},
		{[]string{"validate", dir}, "ok: 20 documents, 300 people"},
	}
	for _, s := range steps {
		var out, errOut bytes.Buffer
		if status := run(context.Background(), s.args, &out, &errOut); status != 0 || !strings.Contains(out.String(), s.wantOut) {
			t.Fatalf("run(%q) = %d\nstdout %q\nstderr %q\nwant 0 and stdout containing %q", s.args, status, out.String(), errOut.String(), s.wantOut)
		}
	}
}
