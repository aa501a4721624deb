// Command lists rewrites gqlgen's generated code so that every list is
// marshalled by graph.marshalList instead of graphql.MarshalSliceConcurrently
// (see graph/lists.go for why). `go generate` runs it after gqlgen; it fails
// when it finds no call to rewrite, so a gqlgen upgrade that renames the
// function cannot silently undo it.
package main

import (
	"bytes"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: lists GENERATED.go")
		os.Exit(2)
	}
	if err := rewrite(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "lists:", err)
		os.Exit(1)
	}
}

func rewrite(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	from, to := []byte("graphql.MarshalSliceConcurrently("), []byte("marshalList(")
	if !bytes.Contains(src, from) {
		return fmt.Errorf("%s calls no %s: has gqlgen changed how it marshals lists?", path, from)
	}
	return os.WriteFile(path, bytes.ReplaceAll(src, from, to), 0o644)
}
