package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/synth"
)

// generate writes a synthetic dataset of n people into dir with `orgraph
// gen`, timing it.
func generate(ctx context.Context, p *procs, bin, dir string, n, seed int) (timing, error) {
	if err := os.RemoveAll(dir); err != nil {
		return timing{}, err
	}
	cmd := exec.CommandContext(ctx, bin, "gen", "--people", fmt.Sprint(n), "--seed", fmt.Sprint(seed), "--out", dir)
	t := p.timed(ctx, "orgraph gen", cmd)
	if t.Err != "" {
		return t, fmt.Errorf("orgraph gen: %s", t.Err)
	}
	return t, nil
}

// readDataset parses (and validates) a dataset folder in-process, for
// choosing entities and writing the edited copy and the import CSVs.
func readDataset(dir string) (*org.Dataset, error) {
	ds, err := loader.ParsePaths([]string{dir})
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", dir, err)
	}
	return ds, nil
}

// editedCopy writes ds with about 1% of its facts changed into dir: every
// 200th fact is dropped and every other 100th gets a new source note, so a
// reload has deletions and updates to write. It returns the edited dataset
// and how many facts it changed.
func editedCopy(ds *org.Dataset, dir string) (*org.Dataset, int, error) {
	ed := *ds
	ed.Links = nil
	changed := 0
	for i, l := range ds.Links {
		switch {
		case i%200 == 199:
			changed++
			continue
		case i%100 == 99:
			l.Sources = append([]org.Source(nil), l.Sources...)
			l.Sources[0].Note += " (revised)"
			changed++
		}
		ed.Links = append(ed.Links, l)
	}
	// In the layout orgraph gen writes, so that the reload reads its files
	// as fast as the first load read gen's: the loader's other path, for
	// YAML in any layout, peaked at 1.8 GB of heap on one 65 MB file.
	if err := os.RemoveAll(dir); err != nil {
		return nil, 0, err
	}
	_, err := synth.WriteDataset(context.Background(), dir, &ed, 0)
	return &ed, changed, err
}
