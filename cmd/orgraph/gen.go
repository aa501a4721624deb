package main

import (
	"context"
	"fmt"
	"io"

	"github.com/orgraph/orgraph/synth"
)

const genUsage = `usage: orgraph gen --people N [--seed S] [--from YEAR] [--to YEAR] [--chunk N] --out DIR

Writes a synthetic organisation's history in the dataset format: a reporting
tree 6 to 10 levels deep, units that merge, split and are renamed, Chinese
and code aliases, dates at every precision, and a source for every fact.
The same flags always write the same bytes. DIR must hold no .yaml or .yml files.

example:
  orgraph gen --people 10000 --seed 1 --out /tmp/org10k
  orgraph validate /tmp/org10k

flags:
`

func gen(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("gen", stderr)
	var opt synth.Options
	fs.IntVar(&opt.People, "people", 0, "how many people, leavers and hires included (required)")
	fs.Uint64Var(&opt.Seed, "seed", 1, "picks one history among many")
	fs.IntVar(&opt.From, "from", 2008, "first year of the history")
	fs.IntVar(&opt.To, "to", 2022, "last year of the history")
	fs.IntVar(&opt.ChunkSize, "chunk", 10000, "records per file")
	out := fs.String("out", "", "directory to write the dataset into (required)")
	fs.Usage = func() {
		fmt.Fprint(stderr, genUsage)
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	switch {
	case *out == "":
		fmt.Fprintln(stderr, "orgraph gen: --out DIR is required")
		return errUsage
	case opt.People < 1:
		fmt.Fprintln(stderr, "orgraph gen: --people N is required and must be at least 1")
		return errUsage
	case fs.NArg() > 0:
		fmt.Fprintf(stderr, "orgraph gen: unexpected argument %q\n", fs.Arg(0))
		return errUsage
	}
	sum, err := synth.Write(ctx, *out, opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d documents, %d people, %d units, %d relationships, %d events in %d files to %s\n",
		sum.Documents, sum.People, sum.Units, sum.Links, sum.Events, sum.Files, *out)
	return nil
}
