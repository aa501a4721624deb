package main

import (
	"context"
	"fmt"
	"io"
)

func validate(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("validate", stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: orgraph validate [PATH...]\n\nChecks dataset files (default: the built-in dataset); prints every problem as file:line: message.")
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	ds, err := checkedDataset(fs.Args(), stdout)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "ok: %d documents, %d people, %d units, %d relationships, %d events\n",
		len(ds.Documents), len(ds.People), len(ds.Units), len(ds.Links), len(ds.Events))
	return nil
}
