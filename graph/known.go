package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/orgraph/orgraph/org"
)

// knownAt and the window of an edge's list travel down the query through
// gqlgen's field contexts rather than through the objects: every nested
// field can read the arguments of the fields above it, so org's types
// serve as GraphQL objects unchanged.

// knownAt is the knownAt argument of the root field that ctx's field is
// nested in; zero when it has none.
func knownAt(ctx context.Context) org.Date {
	// The outermost context with a field is the root field's: above it
	// gqlgen keeps one for the operation itself.
	var root *graphql.FieldContext
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if fc.Field.Field != nil {
			root = fc
		}
	}
	if root == nil {
		return org.Date{}
	}
	return dateValue(root.Args["knownAt"])
}

// listWindow is the window asked of the nearest enclosing field that lists
// links (managers, heads…), as its resolver built it: the window an edge's
// holds is relative to. It is the zero Window (plus knownAt) when there is
// none, as for a reporting line reached by other means.
func listWindow(ctx context.Context) org.Window {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if fc.Field.Field == nil || fc.Args == nil {
			continue
		}
		if _, ok := linkFields[fc.Object+"."+fc.Field.Name]; !ok {
			continue
		}
		at, from, to := datePtr(fc.Args["at"]), datePtr(fc.Args["from"]), datePtr(fc.Args["to"])
		w, err := window(at, from, to)
		if err != nil {
			break
		}
		w.Certain = boolValue(fc.Args["certain"])
		w.KnownAt = knownAt(ctx)
		return w
	}
	return org.Window{KnownAt: knownAt(ctx)}
}

// dateValue reads a parsed Date argument, which gqlgen passes as *org.Date.
func dateValue(v any) org.Date {
	if d := datePtr(v); d != nil {
		return *d
	}
	return org.Date{}
}

func datePtr(v any) *org.Date {
	switch d := v.(type) {
	case *org.Date:
		return d
	case org.Date:
		return &d
	}
	return nil
}

func boolValue(v any) bool {
	switch b := v.(type) {
	case *bool:
		return b != nil && *b
	case bool:
		return b
	}
	return false
}

// holdsOf presents org's Holds as the generated enum.
func holdsOf(ctx context.Context, l org.Link) Holds {
	return Holds(listWindow(ctx).Holds(l))
}
