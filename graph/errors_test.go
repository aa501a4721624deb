package graph_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/org"
)

// failing answers names and nodes from a real store but fails every batched
// relationship call with err, as a store does when its database goes away
// in the middle of a request.
type failing struct {
	org.Store
	err error
}

func (f failing) Links(context.Context, org.Rel, org.Direction, []string, org.Window) ([][]org.Link, error) {
	return nil, f.err
}

func (f failing) ReportingChains(context.Context, []string, org.Window) ([][]string, error) {
	return nil, f.err
}

func (f failing) Lineages(context.Context, []string, org.Date) ([][]org.Link, error) {
	return nil, f.err
}

// secret is driver detail that must never reach a client.
const secret = "connection reset by peer 10.0.0.7:7687"

func TestErrorsKeepTheirCodes(t *testing.T) {
	query := `{ person(name: "Dai Shan") { name managers { manager { name } } directReports { person { name } }
		reportingChain(at: "2022") { name } roles { title } }
		unit(name: "Tmall") { lineage { kind } children { name } } }`
	// The six relationship fields above, each failing on its own (their
	// parents become null, as GraphQL wants for a failed non-null field).
	affected := []string{"person.managers", "person.directReports", "person.reportingChain", "person.roles", "unit.lineage", "unit.children"}
	tests := []struct {
		name    string
		err     error
		code    string
		message string
	}{
		{"store unavailable", org.Wrap(errors.New(secret), org.Unavailable, "neo4j is unavailable"), "UNAVAILABLE", "neo4j is unavailable"},
		{"unexpected failure", errors.New(secret), "INTERNAL", "internal error"},
		{"wrapped store error", errorsJoin(org.Wrap(errors.New(secret), org.Unavailable, "neo4j is unavailable")), "UNAVAILABLE", "neo4j is unavailable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logged bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logged, nil))
			body, _, errs := askRaw(t, serve(failing{seedStore(t), tt.err}, log), query)
			paths := map[string]bool{}
			for _, e := range errs {
				paths[fieldPath(e.Path)] = true
				if e.Extensions["code"] != tt.code || e.Message != tt.message {
					t.Errorf("error at %v = %q %v, want %q with code %s", e.Path, e.Message, e.Extensions, tt.message, tt.code)
				}
			}
			for _, p := range affected {
				if !paths[p] {
					t.Errorf("no error at %s; got errors at %v", p, paths)
				}
			}
			if strings.Contains(body, secret) {
				t.Errorf("response %s holds the cause %q", body, secret)
			}
			if !strings.Contains(logged.String(), secret) {
				t.Errorf("the log does not hold the cause %q for the operator", secret)
			}
		})
	}
}

// errorsJoin hides an org.Error inside another error's chain, as a store
// that adds context to its errors does.
func errorsJoin(err error) error { return errors.Join(io.ErrUnexpectedEOF, err) }
