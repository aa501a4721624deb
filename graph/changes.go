package graph

import (
	"context"
	"fmt"
	"slices"

	"github.com/99designs/gqlgen/graphql"

	"github.com/orgraph/orgraph/org"
)

// changeWindow is the window of the changes field that ctx's field is
// nested in, which a change's holds is relative to; the zero Window when
// there is none.
func changeWindow(ctx context.Context) org.Window {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if fc.Field.Field == nil || fc.Object != "Query" || fc.Field.Name != "changes" {
			continue
		}
		w, err := window(nil, datePtr(fc.Args["from"]), datePtr(fc.Args["to"]))
		if err != nil {
			break
		}
		return w
	}
	return org.Window{}
}

// kindFilter checks the kinds argument of changes and returns whether a
// change of a kind is kept: every kind when kinds is nil.
func kindFilter(kinds []string) (func(org.ChangeKind) bool, error) {
	if kinds == nil {
		return func(org.ChangeKind) bool { return true }, nil
	}
	want := map[org.ChangeKind]bool{}
	for _, k := range kinds {
		if !slices.Contains(org.ChangeKinds, org.ChangeKind(k)) {
			// Clipped like gqlgen's own errors, so a huge value is not echoed.
			return nil, org.Errorf(org.Invalid, "%s", clipMessage(fmt.Sprintf("unknown change kind %q (see the Change type for the kinds)", k)))
		}
		want[org.ChangeKind(k)] = true
	}
	return func(k org.ChangeKind) bool { return want[k] }, nil
}
