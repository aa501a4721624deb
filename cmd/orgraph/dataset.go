package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/seeds"
)

// dataset reads the dataset at paths, or the built-in one when there are none.
func dataset(paths []string) (*org.Dataset, error) {
	if len(paths) == 0 {
		return loader.ParseFS(seeds.FS, ".")
	}
	return loader.ParsePaths(paths)
}

// checkedDataset is dataset for commands: the problems of an invalid
// dataset go to problems one per line, and the error only counts them.
// load and validate print them on stdout, for editors and scripts; export
// on stderr, since its stdout is the export.
func checkedDataset(paths []string, problems io.Writer) (*org.Dataset, error) {
	ds, err := dataset(paths)
	var probs loader.Problems
	if errors.As(err, &probs) {
		fmt.Fprintln(problems, probs.Error())
		return nil, fmt.Errorf("%d problem(s) found", len(probs))
	}
	return ds, err
}
