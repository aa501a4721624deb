package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/orgraph/orgraph/cypher"
)

// defaultPassword is the local development Neo4j's (scripts/neo4j.sh).
const defaultPassword = "orgraph-dev"

// neo4jFlags are the connection settings shared by serve and load; each
// flag defaults to its NEO4J_* environment variable. The password is never
// a flag: flag defaults are printed by -h and on any usage mistake, and a
// command line shows in ps. It comes from --neo4j-password-file, or from
// NEO4J_PASSWORD, or from the file named by NEO4J_PASSWORD_FILE, in that
// order; openNeo4j falls back to the development default.
func neo4jFlags(fs *flag.FlagSet) *cypher.Config {
	c := &cypher.Config{Password: os.Getenv("NEO4J_PASSWORD")}
	fs.StringVar(&c.URI, "neo4j-uri", env("NEO4J_URI", ""), "Neo4j URI: neo4j://, neo4j+s:// (TLS, e.g. Aura), neo4j+ssc:// (TLS, self-signed), bolt://, bolt+s:// or bolt+ssc:// (env NEO4J_URI)")
	fs.StringVar(&c.User, "neo4j-user", env("NEO4J_USER", "neo4j"), "Neo4j user (env NEO4J_USER)")
	fs.Func("neo4j-password-file", "file holding the Neo4j password (env NEO4J_PASSWORD_FILE, or the password itself in NEO4J_PASSWORD)", func(path string) error {
		p, err := readPassword(path)
		c.Password = p
		return err
	})
	fs.StringVar(&c.Database, "neo4j-database", env("NEO4J_DATABASE", "neo4j"), "Neo4j database name (env NEO4J_DATABASE)")
	return c
}

// readPassword reads a password file such as a mounted secret; a final
// newline is not part of the password.
func readPassword(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("reading the Neo4j password: %w", err)
	}
	p := strings.TrimRight(string(b), "\r\n")
	if p == "" {
		return "", fmt.Errorf("the Neo4j password file %s is empty", path)
	}
	return p, nil
}

// refusePasswordFlag explains, without repeating the value, why the old
// --neo4j-password flag is gone. Flags may follow paths, so it looks at
// every argument up to "--".
func refusePasswordFlag(args []string) error {
	for _, a := range args {
		if a == "--" {
			return nil // the rest are paths
		}
		if !strings.HasPrefix(a, "-") {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "neo4j-password" {
			return errors.New("--neo4j-password is not accepted: a password on the command line shows in ps; set NEO4J_PASSWORD or use --neo4j-password-file")
		}
	}
	return nil
}

// uriSchemes are the schemes neo4j-go-driver understands: neo4j routes
// (clusters, Aura), bolt talks to one server; +s verifies TLS against the
// system's certificate authorities, +ssc accepts a self-signed certificate.
var uriSchemes = []string{"neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"}

// checkURI refuses a URI the driver would refuse, with the reason and the
// URI shown without any password in it.
func checkURI(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return errors.New("--neo4j-uri: not a URI such as neo4j://127.0.0.1:7687")
	}
	if !slices.Contains(uriSchemes, u.Scheme) {
		return fmt.Errorf("--neo4j-uri %s: unknown scheme %q; use one of %s://", redact(raw), u.Scheme, strings.Join(uriSchemes, "://, "))
	}
	if u.Host == "" {
		return fmt.Errorf("--neo4j-uri %s: no host", redact(raw))
	}
	return nil
}

// redact hides the password a URI may carry, for logs and errors.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URI)"
	}
	return u.Redacted()
}

// openNeo4j makes a driver; it does not need the server to be up yet.
func openNeo4j(ctx context.Context, c *cypher.Config) (neo4j.DriverWithContext, *cypher.Store, error) {
	if err := checkURI(c.URI); err != nil {
		return nil, nil, err
	}
	if c.Password == "" {
		c.Password = defaultPassword
		if path := os.Getenv("NEO4J_PASSWORD_FILE"); path != "" {
			p, err := readPassword(path)
			if err != nil {
				return nil, nil, err
			}
			c.Password = p
		}
	}
	driver, err := cypher.Open(ctx, *c)
	if err != nil {
		return nil, nil, err
	}
	return driver, cypher.New(driver, c.Database), nil
}
