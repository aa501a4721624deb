package cypher

import (
	"embed"
	"io/fs"
	"strings"
	"sync"
)

// queryFiles holds the Cypher statements, one per file, so they can be read,
// reviewed and pasted into Neo4j Browser as they are.
//
//go:embed *.cypher
var queryFiles embed.FS

// ran records which query files have been run, so a test can prove that
// every file is exercised.
var ran sync.Map

// query returns the statement in name.cypher. An unknown name is a bug in
// this package, caught by its tests, hence the panic.
func query(name string) string {
	b, err := fs.ReadFile(queryFiles, name+".cypher")
	if err != nil {
		panic("cypher: no query file " + name + ".cypher")
	}
	ran.Store(name, true)
	return string(b)
}

// queryNames lists the embedded query files without their extension.
func queryNames() []string {
	entries, _ := fs.ReadDir(queryFiles, ".")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".cypher"))
	}
	return names
}
