package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		env        map[string]string
		wantStatus int
		wantOut    string
		wantErr    string
	}{
		{name: "validate the built-in dataset", args: []string{"validate"}, wantOut: "ok: 5 documents"},
		{name: "validate reports file:line", args: []string{"validate", "../../loader/testdata/bad/unknown-id.yaml"},
			wantStatus: 1, wantOut: `unknown-id.yaml:10: unknown person "carol"`, wantErr: "1 problem(s) found"},
		{name: "validate a missing path", args: []string{"validate", "no/such/dir"}, wantStatus: 1, wantOut: "no/such/dir:1: no such file or directory"},
		{name: "validate prints warnings and passes", args: []string{"validate", "../../loader/testdata/warn/conflicts.yaml"},
			wantOut: "conflicts.yaml:13: warning: the same reports_to fact as at ../../loader/testdata/warn/conflicts.yaml:12"},
		{name: "validate --strict fails on warnings", args: []string{"validate", "--strict", "../../loader/testdata/warn/conflicts.yaml"},
			wantStatus: 1, wantOut: "; 4 warning(s)", wantErr: "4 warning(s) found, and --strict makes them fail"},
		{name: "validate --strict passes the built-in dataset", args: []string{"validate", "--strict"}, wantOut: "; 0 warning(s)"},
		{name: "load needs neo4j", args: []string{"load"}, env: map[string]string{"NEO4J_URI": ""}, wantStatus: 1, wantErr: "no Neo4j configured"},
		{name: "load refuses bad data before connecting", args: []string{"load", "--neo4j-uri", "neo4j://127.0.0.1:1", "../../loader/testdata/bad/syntax.yaml"},
			wantStatus: 1, wantOut: "syntax.yaml:2:", wantErr: "nothing was written"},
		{name: "unknown command", args: []string{"frobnicate"}, wantStatus: 2, wantErr: `unknown command "frobnicate"`},
		{name: "bad flag", args: []string{"serve", "--nope"}, wantStatus: 2, wantErr: "flag provided but not defined"},
		{name: "no command", wantStatus: 2, wantErr: "usage:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var out, errOut bytes.Buffer
			status := run(context.Background(), tt.args, &out, &errOut)
			if status != tt.wantStatus || !strings.Contains(out.String(), tt.wantOut) || !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("run(%q) = %d\nstdout %q\nstderr %q\nwant %d, stdout containing %q, stderr containing %q",
					tt.args, status, out.String(), errOut.String(), tt.wantStatus, tt.wantOut, tt.wantErr)
			}
		})
	}
}
