package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/seeds"
)

func load(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("load", stderr)
	dryRun := fs.Bool("dry-run", false, "validate and print what would change; write nothing")
	force := fs.Bool("force", false, "parse, validate and compare the dataset even when its files are byte for byte those last loaded")
	nc := neo4jFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: orgraph load [--dry-run] [--force] [flags] [PATH...]\n\nValidates a dataset (default: the built-in one) and writes it into Neo4j,\natomically and idempotently. Files byte for byte those of the last load\nare not read again: the database already holds them (--force reads them).\n\nflags:")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if nc.URI == "" {
		return errors.New("load: no Neo4j configured; set NEO4J_URI or --neo4j-uri (make neo4j-start runs one locally)")
	}
	files, err := datasetFiles(fs.Args())
	if err != nil {
		return refused(err, stdout)
	}
	driver, store, err := openNeo4j(ctx, nc)
	if err != nil {
		// Invalid data is the more useful error, and is found without Neo4j.
		if _, _, cerr := files.Check(); cerr != nil {
			return refused(cerr, stdout)
		}
		return err
	}
	defer driver.Close(context.Background())
	if _, err := loader.SyncFiles(ctx, store, files, *dryRun, *force, stdout); err != nil {
		var probs loader.Problems
		if errors.As(err, &probs) {
			return refused(err, stdout)
		}
		return fmt.Errorf("load failed, nothing was written: %w", err)
	}
	return nil
}

// datasetFiles finds the files of the dataset at paths, or of the built-in
// one when there are none.
func datasetFiles(paths []string) (loader.Files, error) {
	if len(paths) == 0 {
		return loader.FindFS(seeds.FS, ".")
	}
	return loader.FindPaths(paths)
}

// refused prints an invalid dataset's problems one per line on stdout and
// returns the error that counts them.
func refused(err error, stdout io.Writer) error {
	var probs loader.Problems
	if errors.As(err, &probs) {
		fmt.Fprintln(stdout, probs.Error())
		err = fmt.Errorf("%d problem(s) found", len(probs))
	}
	return fmt.Errorf("%w; nothing was written", err)
}
