package main

import (
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
