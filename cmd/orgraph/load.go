package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/orgraph/orgraph/loader"
)

func load(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("load", stderr)
	dryRun := fs.Bool("dry-run", false, "validate and print what would change; write nothing")
	nc := neo4jFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: orgraph load [--dry-run] [flags] [PATH...]\n\nValidates a dataset (default: the built-in one) and writes it into Neo4j,\natomically and idempotently.\n\nflags:")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if nc.URI == "" {
		return errors.New("load: no Neo4j configured; set NEO4J_URI or --neo4j-uri (make neo4j-start runs one locally)")
	}
	ds, err := checkedDataset(fs.Args(), stdout)
	if err != nil {
		return fmt.Errorf("%w; nothing was written", err)
	}
	driver, store, err := openNeo4j(ctx, nc)
	if err != nil {
		return err
	}
	defer driver.Close(context.Background())
	if _, err := loader.Sync(ctx, store, ds, *dryRun, stdout); err != nil {
		return fmt.Errorf("load failed, nothing was written: %w", err)
	}
	return nil
}
