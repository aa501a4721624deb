package main

import (
	"context"
	"flag"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/orgraph/orgraph/cypher"
)

// neo4jFlags are the connection settings shared by serve and load; each
// flag defaults to its NEO4J_* environment variable.
func neo4jFlags(fs *flag.FlagSet) *cypher.Config {
	c := &cypher.Config{}
	fs.StringVar(&c.URI, "neo4j-uri", env("NEO4J_URI", ""), "Neo4j URI, e.g. neo4j://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io (env NEO4J_URI)")
	fs.StringVar(&c.User, "neo4j-user", env("NEO4J_USER", "neo4j"), "Neo4j user (env NEO4J_USER)")
	fs.StringVar(&c.Password, "neo4j-password", env("NEO4J_PASSWORD", "orgraph-dev"), "Neo4j password (env NEO4J_PASSWORD)")
	fs.StringVar(&c.Database, "neo4j-database", env("NEO4J_DATABASE", "neo4j"), "Neo4j database name (env NEO4J_DATABASE)")
	return c
}

// openNeo4j makes a driver; it does not need the server to be up yet.
func openNeo4j(ctx context.Context, c *cypher.Config) (neo4j.DriverWithContext, *cypher.Store, error) {
	driver, err := cypher.Open(ctx, *c)
	if err != nil {
		return nil, nil, err
	}
	return driver, cypher.New(driver, c.Database), nil
}
