package cypher

import (
	"context"
	"errors"
	"net"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/org"
)

// wrap gives a driver error an org code and a client-safe message, so that
// the driver's text (addresses, query fragments) never reaches clients.
// orgraph's own errors, returned from inside a transaction, pass unchanged.
func wrap(err error) error {
	if err == nil {
		return nil
	}
	var oe *org.Error
	if errors.As(err, &oe) {
		return err
	}
	if code, ok := memoryLimit(err); ok {
		return memoryError(code)
	}
	if reason, ok := unavailable(err); ok {
		return org.Wrap(err, org.Unavailable, "neo4j is unavailable: "+reason)
	}
	return org.Wrap(err, org.Internal, "neo4j query failed")
}

// memoryError says what a memory-limit error means and what to do. It wraps
// nothing on purpose: returned from a transaction function, it must not look
// like the transient error the driver would retry for seconds in vain.
func memoryError(code string) error {
	return org.Errorf(org.Invalid, "neo4j refused the transaction: it needs more memory than the server allows a transaction (%s); "+
		"raise db.memory.transaction.total.max or db.memory.transaction.max (and server.memory.heap.max_size) in neo4j.conf, or load a smaller dataset", code)
}

// memoryLimit reports whether err, or the last error the driver retried
// before giving up, is Neo4j refusing a transaction for its memory limits.
// Those are transient errors, but retrying the same transaction cannot
// succeed: the user must change the limit or the data.
func memoryLimit(err error) (string, bool) {
	var (
		limit  *neo4j.TransactionExecutionLimit
		server *neo4j.Neo4jError
	)
	switch {
	case errors.As(err, &limit):
		if n := len(limit.Errors); n > 0 {
			return memoryLimit(limit.Errors[n-1])
		}
	case errors.As(err, &server):
		// Neo.TransientError.General.MemoryPoolOutOfMemoryError (all
		// transactions together, db.memory.transaction.total.max) and
		// Neo.ClientError.General.TransactionOutOfMemoryError (one,
		// db.memory.transaction.max), among others.
		if strings.Contains(server.Code, ".General.") && strings.Contains(server.Code, "Memory") {
			return server.Code, true
		}
	}
	return "", false
}

// unavailable reports whether err means the server could not be reached or
// used, as opposed to a query that the server rejected, and why in words
// safe to show.
func unavailable(err error) (string, bool) {
	var (
		limit  *neo4j.TransactionExecutionLimit
		conn   *neo4j.ConnectivityError
		auth   *neo4j.InvalidAuthenticationError
		server *neo4j.Neo4jError
		netErr net.Error
	)
	switch {
	case errors.As(err, &limit):
		// The driver stops retrying a transaction only after connectivity or
		// transient errors, and does not unwrap them: look at the last one.
		if n := len(limit.Errors); n > 0 {
			if reason, ok := unavailable(limit.Errors[n-1]); ok {
				return reason, true
			}
		}
		return "gave up retrying", true
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled),
		errors.As(err, &netErr) && netErr.Timeout():
		return "timed out", true
	case errors.As(err, &auth):
		return "authentication failed", true
	case errors.As(err, &server):
		switch {
		case strings.HasPrefix(server.Code, "Neo.ClientError.Security."):
			return "authentication failed", true
		case server.Code == "Neo.ClientError.Database.DatabaseNotFound":
			return "database not found", true
		case server.Code == "Neo.ClientError.Procedure.ProcedureCallFailed" && strings.Contains(server.Msg, "orgraph_keys"):
			// A database that orgraph before graph model v6 loaded, or
			// one written without EnsureSchema: every lookup by name
			// needs the index.
			return "the index orgraph_keys is missing; run orgraph load, which creates it", true
		case strings.HasPrefix(server.Code, "Neo.TransientError."):
			return "server busy or unavailable", true
		}
		return "", false
	case errors.As(err, &conn), neo4j.IsConnectivityError(err),
		// Routing failures use a driver-internal type; only the text shows them.
		strings.Contains(err.Error(), "routing table"):
		return "cannot connect", true
	}
	return "", false
}
