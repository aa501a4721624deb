package server

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// LimitExceeded is the extensions.code of a request refused by a limit.
// It is a protocol error for gqlgen, like a validation failure: the
// operation never ran.
const LimitExceeded = "LIMIT_EXCEEDED"

func init() { errcode.RegisterErrorType(LimitExceeded, errcode.KindProtocol) }

// limitError says which limit a request broke, never what it sent.
func limitError(format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	errcode.Set(err, LimitExceeded)
	return err
}

// shapeCheck refuses documents whose shape would make gqlgen's parser,
// validator or complexity walk expensive. It runs before gqlgen parses and
// validates (gqlparser's overlapping-fields rule is quadratic, and its
// complexity walk expands fragments), parsing once more with the same
// token limit; each check is linear in the document, fragments being
// measured once each.
type shapeCheck struct {
	limits Limits
	// seen tells whether gqlgen already holds the document in its cache of
	// validated documents, which only ever holds documents that passed.
	seen func(ctx context.Context, query string) bool
}

var (
	_ graphql.HandlerExtension          = shapeCheck{}
	_ graphql.OperationParameterMutator = shapeCheck{}
)

func (shapeCheck) ExtensionName() string                   { return "ShapeLimits" }
func (shapeCheck) Validate(graphql.ExecutableSchema) error { return nil }
func (c shapeCheck) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if err := checkOperationName(p.OperationName); err != nil {
		return err
	}
	if p.Query == "" || c.seen(ctx, p.Query) {
		return nil
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, c.limits.Tokens)
	if err != nil {
		// gqlgen parses again and reports the syntax error its own way,
		// including "exceeded token limit", without running anything.
		return nil
	}
	if err := checkNames(doc); err != nil {
		return err
	}
	return checkShape(doc, c.limits)
}

// checkShape measures a parsed document against the limits.
func checkShape(doc *ast.QueryDocument, l Limits) *gqlerror.Error {
	if n := len(doc.Operations); n > l.Operations {
		return limitError("document has %d operations; the limit is %d", n, l.Operations)
	}
	m := measurer{frags: map[fragKey]fragSize{}, names: map[string]map[string]int{}, doc: doc, limits: l}
	for _, f := range doc.Fragments {
		if err := m.walkOnce(f.SelectionSet); err != nil {
			return err
		}
	}
	for _, op := range doc.Operations {
		if err := m.walkOnce(op.SelectionSet); err != nil {
			return err
		}
		s := m.size(op.SelectionSet, 0)
		if s.depth > l.Depth {
			return limitError("query is nested %d levels deep; the limit is %d", s.depth, l.Depth)
		}
		if s.nodes > l.Nodes {
			return limitError("query has more than %d fields once its fragments are expanded; the limit is %d", l.Nodes, l.Nodes)
		}
	}
	if m.aliases > l.Aliases {
		return limitError("document has %d aliases; the limit is %d", m.aliases, l.Aliases)
	}
	return nil
}

// fragSize is what a selection set or fragment contributes where it is used.
type fragSize struct{ depth, nodes int }

// fragKey names a fragment sized inside or outside introspection, where
// depth counts differently.
type fragKey struct {
	name  string
	intro int
}

type measurer struct {
	doc     *ast.QueryDocument
	limits  Limits
	frags   map[fragKey]fragSize
	names   map[string]map[string]int
	aliases int
}

// walkOnce counts aliases and repeated response names in each selection
// set of the document as written (fragments are walked once each, from the
// document's list of fragments). Inline fragments merge into the selection
// set around them, as they do for the overlapping-fields rule.
func (m *measurer) walkOnce(set ast.SelectionSet) *gqlerror.Error {
	names := map[string]int{}
	var walk func(ast.SelectionSet) *gqlerror.Error
	walk = func(set ast.SelectionSet) *gqlerror.Error {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				if s.Alias != "" && s.Alias != s.Name {
					m.aliases++
				}
				name := s.Alias
				if name == "" {
					name = s.Name
				}
				names[name]++
				if names[name] > m.limits.RepeatedFields {
					return limitError("field %q appears more than %d times in one selection set; the limit is %d", truncate(name), m.limits.RepeatedFields, m.limits.RepeatedFields)
				}
				if err := m.walkOnce(s.SelectionSet); err != nil {
					return err
				}
			case *ast.InlineFragment:
				if err := walk(s.SelectionSet); err != nil {
					return err
				}
			case *ast.FragmentSpread:
				// A spread's fields merge into this selection set too, and
				// the overlapping-fields rule compares them with the rest.
				for name, n := range m.fragmentNames(s.Name) {
					names[name] = min(names[name]+n, m.limits.RepeatedFields+1)
					if names[name] > m.limits.RepeatedFields {
						return limitError("field %q appears more than %d times in one selection set, fragments included; the limit is %d", truncate(name), m.limits.RepeatedFields, m.limits.RepeatedFields)
					}
				}
			}
		}
		return nil
	}
	return walk(set)
}

// fragmentNames counts the response names a fragment adds to the selection
// set it is spread in, once per fragment; counts saturate above the limit.
func (m *measurer) fragmentNames(name string) map[string]int {
	if names, ok := m.names[name]; ok {
		return names
	}
	names := map[string]int{}
	m.names[name] = names // in progress: a cycle adds nothing more
	def := m.doc.Fragments.ForName(name)
	if def == nil {
		return names
	}
	var walk func(ast.SelectionSet)
	walk = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				n := s.Alias
				if n == "" {
					n = s.Name
				}
				names[n] = min(names[n]+1, m.limits.RepeatedFields+1)
			case *ast.InlineFragment:
				walk(s.SelectionSet)
			case *ast.FragmentSpread:
				for n, c := range m.fragmentNames(s.Name) {
					names[n] = min(names[n]+c, m.limits.RepeatedFields+1)
				}
			}
		}
	}
	walk(def.SelectionSet)
	return names
}

// size returns the depth and the expanded field count of a selection set,
// each fragment being sized once; counts saturate just above the limit so
// they cannot overflow. A fragment that spreads itself counts as empty
// here: gqlparser's NoFragmentCycles rule refuses it afterwards.
func (m *measurer) size(set ast.SelectionSet, inIntrospection int) fragSize {
	var out fragSize
	add := func(s fragSize, extraDepth int) {
		out.depth = max(out.depth, s.depth+extraDepth)
		out.nodes = min(out.nodes+s.nodes, m.limits.Nodes+1)
	}
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			// gqlparser's MaxIntrospectionDepth rule bounds introspection,
			// whose type references legitimately nest deeper than data.
			intro := inIntrospection
			if s.Name == "__schema" || s.Name == "__type" {
				intro = 1
			}
			child := m.size(s.SelectionSet, intro)
			step := 1
			if intro == 1 {
				step = 0
			}
			add(fragSize{depth: child.depth, nodes: child.nodes + 1}, step)
		case *ast.InlineFragment:
			add(m.size(s.SelectionSet, inIntrospection), 0)
		case *ast.FragmentSpread:
			add(m.fragment(s.Name, inIntrospection), 0)
		}
	}
	return out
}

func (m *measurer) fragment(name string, inIntrospection int) fragSize {
	k := fragKey{name, inIntrospection}
	if f, ok := m.frags[k]; ok {
		return f
	}
	m.frags[k] = fragSize{} // in progress: a cycle counts as empty
	def := m.doc.Fragments.ForName(name)
	if def == nil {
		return fragSize{} // KnownFragmentNames reports it
	}
	s := m.size(def.SelectionSet, inIntrospection)
	m.frags[k] = s
	return s
}

// truncate keeps error messages short whatever a client sends.
func truncate(s string) string {
	const n = 40
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "") + "…"
}
