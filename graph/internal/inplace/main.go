// Command inplace rewrites gqlgen's generated code so that what gqlgen
// would run in goroutines of their own, each list's elements and each
// object's fields that have resolvers, goes through graph.marshalList and
// graph.concurrently instead (see graph/inplace.go for why), and so that
// an object's @defer path is built only when it has deferred fragments
// (graph.deferredPath). `go generate` runs it after gqlgen; it fails when
// it finds a call no longer there, so a gqlgen upgrade that renames one
// cannot silently undo the rewrite.
package main

import (
	"bytes"
	"fmt"
	"os"
)

// rewrites are gqlgen's calls and what replaces each. Only the field set
// named out is rewritten: a deferred field set's results feed @defer's
// views, which only its own Dispatch notifies.
var rewrites = []struct{ from, to string }{
	{"graphql.MarshalSliceConcurrently(", "marshalList("},
	{"out.Concurrently(i, ", "concurrently(ctx, out, i, "},
	{"Path:     graphql.GetPath(ctx),", "Path:     deferredPath(ctx, deferLabelToView),"},
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: inplace GENERATED.go")
		os.Exit(2)
	}
	if err := rewrite(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "inplace:", err)
		os.Exit(1)
	}
}

func rewrite(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, r := range rewrites {
		if !bytes.Contains(src, []byte(r.from)) {
			return fmt.Errorf("%s has no %s: has gqlgen changed how it runs fields and lists, or @defer?", path, r.from)
		}
		src = bytes.ReplaceAll(src, []byte(r.from), []byte(r.to))
	}
	return os.WriteFile(path, src, 0o644)
}
