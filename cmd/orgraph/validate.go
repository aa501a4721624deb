package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/orgraph/orgraph/loader"
)

func validate(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("validate", stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: orgraph validate [PATH...]\n\nChecks dataset files (default: the built-in dataset); prints every problem as file:line: message.")
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	ds, err := dataset(fs.Args())
	var probs loader.Problems
	if errors.As(err, &probs) {
		// Problems go to stdout one per line, for editors and scripts; the
		// count goes with the exit status.
		fmt.Fprintln(stdout, probs.Error())
		return fmt.Errorf("%d problem(s) found", len(probs))
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "ok: %d documents, %d people, %d units, %d relationships, %d events\n",
		len(ds.Documents), len(ds.People), len(ds.Units), len(ds.Links), len(ds.Events))
	return nil
}
