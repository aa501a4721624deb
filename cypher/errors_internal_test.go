package cypher

import (
	"errors"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/org"
)

// TestWrapMemoryLimit checks that Neo4j's memory-limit errors, which the
// driver treats as transient and retries, reach the user as a refusal that
// names the limit, not as "unavailable: server busy". The codes are Neo4j's
// documented status codes; no setting makes Community raise them on demand.
func TestWrapMemoryLimit(t *testing.T) {
	pool := &neo4j.Neo4jError{Code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError", Msg: "db.memory.transaction.total.max threshold reached"}
	one := &neo4j.Neo4jError{Code: "Neo.ClientError.General.TransactionOutOfMemoryError", Msg: "too big"}
	busy := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "deadlock"}
	tests := []struct {
		name     string
		err      error
		wantCode org.Code
		wantText string
	}{
		{"pool limit", pool, org.Invalid, "db.memory.transaction.total.max"},
		{"transaction limit", one, org.Invalid, "Neo.ClientError.General.TransactionOutOfMemoryError"},
		{"pool limit after retries", &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{busy, pool}}, org.Invalid, "more memory than the server allows"},
		{"other transient error", &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{busy}}, org.Unavailable, "neo4j is unavailable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wrap(tt.err)
			if org.ErrorCode(got) != tt.wantCode || !strings.Contains(org.ErrorMessage(got), tt.wantText) {
				t.Errorf("wrap(%v) = %q (%s), want %s containing %q", tt.err, org.ErrorMessage(got), org.ErrorCode(got), tt.wantCode, tt.wantText)
			}
			var ne *neo4j.Neo4jError
			if tt.wantCode == org.Invalid && errors.As(got, &ne) {
				t.Errorf("wrap(%v) still wraps %v: the driver would retry it", tt.err, ne)
			}
		})
	}
}
