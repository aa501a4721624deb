package server

import (
	"context"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/orgraph/orgraph/org"
)

// costCheck refuses, after validation and before anything runs, operations
// whose estimated result is too large and String arguments that are too
// long. It replaces gqlgen's complexity limit, which counts a list like one
// object. The estimate comes from the schema's types, so it follows schema
// changes without per-field code: an object-typed field costs one per item
// plus its selections per item, a list has `first` items where it takes
// that argument and ListFanOut items otherwise, scalars are free (they come
// with their object) and so is introspection (served from memory, and
// bounded by gqlparser's introspection rule). shapeCheck has already
// bounded the expanded document, so the walk is bounded too.
type costCheck struct{ limits Limits }

var (
	_ graphql.HandlerExtension        = costCheck{}
	_ graphql.OperationContextMutator = costCheck{}
)

func (costCheck) ExtensionName() string                   { return "CostLimits" }
func (costCheck) Validate(graphql.ExecutableSchema) error { return nil }

func (c costCheck) MutateOperationContext(ctx context.Context, op *graphql.OperationContext) *gqlerror.Error {
	w := costWalk{limits: c.limits, vars: op.Variables}
	cost := w.set(op.Operation.SelectionSet)
	if w.err != nil {
		return w.err
	}
	if cost > c.limits.Complexity {
		return limitError("query would return about %d objects or more; the limit is %d (lists count as their `first` argument, or %d items)",
			min(cost, c.limits.Complexity+1), c.limits.Complexity, c.limits.ListFanOut)
	}
	return nil
}

type costWalk struct {
	limits Limits
	vars   map[string]any
	err    *gqlerror.Error
	page   int // items of the connection whose selection is being walked, or 0
}

// set returns the cost of a selection set, saturating above the limit.
func (w *costWalk) set(set ast.SelectionSet) int {
	total := 0
	for _, sel := range set {
		var c int
		switch s := sel.(type) {
		case *ast.Field:
			c = w.field(s)
		case *ast.InlineFragment:
			c = w.set(s.SelectionSet)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				c = w.set(s.Definition.SelectionSet)
			}
		}
		total = min(total+c, w.limits.Complexity+1)
	}
	return total
}

func (w *costWalk) field(f *ast.Field) int {
	if w.limits.NoIntrospection && (f.Name == "__schema" || f.Name == "__type") && w.err == nil {
		w.err = gqlerror.ErrorPosf(f.Position, "introspection is disabled on this server")
		errcode.Set(w.err, errcode.ValidationFailed)
	}
	if f.Definition == nil || strings.HasPrefix(f.Name, "__") {
		return 0
	}
	args := f.ArgumentMap(w.vars)
	w.checkText(f, args)
	t := f.Definition.Type
	if t.Elem == nil && len(f.SelectionSet) == 0 {
		return 0 // a scalar comes with its object
	}
	first, paged := intArg(args["first"])
	size := int(min(max(first, 0), int64(w.limits.Complexity+1)))
	items := 1
	if t.Elem != nil {
		if len(f.SelectionSet) == 0 {
			return 0 // a list of scalars, such as aliases
		}
		switch {
		case paged:
			items = size
		case w.page > 0:
			items = w.page // the edges of a connection that was asked for `first` items
		default:
			items = w.limits.ListFanOut
		}
	}
	// A connection (an object taking `first`, such as people) returns its
	// items one level down, in edges: its children see the page size.
	outer := w.page
	w.page = 0
	if paged && t.Elem == nil {
		w.page = size
	}
	per := 1 + w.set(f.SelectionSet)
	w.page = outer
	if items > 0 && per > (w.limits.Complexity+1)/items {
		return w.limits.Complexity + 1
	}
	return items * per
}

// intArg reads an Int argument from a literal (int64) or a variable
// (json.Number, since gqlgen decodes with UseNumber).
func intArg(v any) (int64, bool) {
	switch n := v.(type) {
	case int64:
		return n, true
	case int:
		return int64(n), true
	case json.Number:
		i, err := n.Int64()
		return i, err == nil
	}
	return 0, false
}

// checkText refuses over-long String arguments before any store sees them;
// the message names the argument and the limit, never the text.
func (w *costWalk) checkText(f *ast.Field, args map[string]any) {
	if w.err != nil {
		return
	}
	for name, v := range args {
		s, ok := v.(string)
		if !ok || len(s) <= w.limits.TextRunes || utf8.RuneCountInString(s) <= w.limits.TextRunes {
			continue
		}
		w.err = gqlerror.ErrorPosf(f.Position, "argument %s of %s is %d characters long; the limit is %d",
			name, f.Name, utf8.RuneCountInString(s), w.limits.TextRunes)
		w.err.Extensions = map[string]any{"code": string(org.Invalid)}
		return
	}
}
