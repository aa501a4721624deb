package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/seeds"
)

func validate(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("validate", stderr)
	strict := fs.Bool("strict", false, "fail (exit 1) on warnings too")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: orgraph validate [--strict] [PATH...]\n\nChecks dataset files (default: the built-in dataset); prints every problem as file:line: message,\nand every warning (a duplicate fact, two managers or two heads of one title at once) as\nfile:line: warning: message. Warnings fail only with --strict.")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	check := func() (*org.Dataset, loader.Problems, error) { return loader.CheckFS(seeds.FS, ".") }
	if len(fs.Args()) > 0 {
		check = func() (*org.Dataset, loader.Problems, error) { return loader.CheckPaths(fs.Args()) }
	}
	ds, warnings, err := check()
	var probs loader.Problems
	if errors.As(err, &probs) {
		fmt.Fprintln(stdout, probs.Error())
		return fmt.Errorf("%d problem(s) found", len(probs))
	}
	if err != nil {
		return err
	}
	if len(warnings) > 0 {
		fmt.Fprintln(stdout, warnings.Error())
	}
	fmt.Fprintf(stdout, "ok: %d documents, %d people, %d units, %d relationships, %d events; %d warning(s)\n",
		len(ds.Documents), len(ds.People), len(ds.Units), len(ds.Links), len(ds.Events), len(warnings))
	if *strict && len(warnings) > 0 {
		return fmt.Errorf("%d warning(s) found, and --strict makes them fail", len(warnings))
	}
	return nil
}
