package server

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// noDefer refuses operations that defer a fragment. gqlgen declares @defer
// in every schema, but delivering the deferred part takes a streaming
// transport, and orgraph answers in one response: over its GET and POST,
// a deferred fragment's fields came back null with "hasNext": true, and
// the rest never arrived. @defer(if: false) defers nothing and runs.
type noDefer struct{}

var (
	_ graphql.HandlerExtension        = noDefer{}
	_ graphql.OperationContextMutator = noDefer{}
)

func (noDefer) ExtensionName() string                   { return "NoDefer" }
func (noDefer) Validate(graphql.ExecutableSchema) error { return nil }

func (noDefer) MutateOperationContext(_ context.Context, op *graphql.OperationContext) *gqlerror.Error {
	return deferIn(op.Operation.SelectionSet, op.Variables, map[string]bool{})
}

// deferIn finds the first fragment in set that would be deferred, walking
// each named fragment once.
func deferIn(set ast.SelectionSet, vars map[string]any, walked map[string]bool) *gqlerror.Error {
	for _, sel := range set {
		var inner ast.SelectionSet
		switch s := sel.(type) {
		case *ast.Field:
			inner = s.SelectionSet
		case *ast.InlineFragment:
			if err := deferred(s.Directives, vars); err != nil {
				return err
			}
			inner = s.SelectionSet
		case *ast.FragmentSpread:
			if err := deferred(s.Directives, vars); err != nil {
				return err
			}
			if s.Definition != nil && !walked[s.Name] {
				walked[s.Name] = true
				inner = s.Definition.SelectionSet
			}
		}
		if err := deferIn(inner, vars, walked); err != nil {
			return err
		}
	}
	return nil
}

func deferred(dirs ast.DirectiveList, vars map[string]any) *gqlerror.Error {
	d := dirs.ForName("defer")
	if d == nil {
		return nil
	}
	if on, ok := d.ArgumentMap(vars)["if"].(bool); ok && !on {
		return nil
	}
	err := gqlerror.ErrorPosf(d.Position, "@defer is not supported: orgraph sends each answer whole, in one response; remove @defer and its fields come with the rest")
	errcode.Set(err, errcode.ValidationFailed)
	return err
}
