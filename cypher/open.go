package cypher

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/orgraph/orgraph/org"
)

// Config says where Neo4j is and how to log in.
type Config struct {
	URI      string // neo4j://, neo4j+s:// (Aura) or bolt://
	User     string
	Password string
	Database string // "" means the server's default database
}

// Open creates a driver for cfg. It does not contact the server, so orgraph
// serve starts (and reports itself not ready) while Neo4j is down; the ctx is
// taken for symmetry with the calls that do I/O.
func Open(ctx context.Context, cfg Config) (neo4j.DriverWithContext, error) {
	d, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""), func(c *config.Config) {
		// The driver's defaults retry an unreachable server for 30s; a
		// GraphQL client should hear "unavailable" sooner than that.
		c.MaxTransactionRetryTime = 5 * time.Second
		c.SocketConnectTimeout = 3 * time.Second
		c.ConnectionAcquisitionTimeout = 10 * time.Second
	})
	if err != nil {
		// A bad URI is a configuration mistake, not an outage.
		return nil, org.Wrap(err, org.Invalid, "invalid neo4j URI")
	}
	return d, nil
}
