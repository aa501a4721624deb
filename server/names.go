package server

import (
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// maxNameBytes caps every name a client writes in a document (operations,
// variables, fields, aliases, arguments, fragments, types, directives) and
// operationName. Every name in the schema, introspection's included, is far
// shorter; a longer name can only fail validation, and gqlparser's messages quote the names they
// reject, so a 200 KB name would come back as a 200 KB error.
const maxNameBytes = 100

// checkOperationName refuses an over-long operationName before gqlgen says
// "operation … not found" with the name in it.
func checkOperationName(name string) *gqlerror.Error {
	if len(name) > maxNameBytes {
		return limitError("operationName is %d bytes long; names are limited to %d", len(name), maxNameBytes)
	}
	return nil
}

// checkNames refuses a document with an over-long name anywhere in it; the
// message says what kind of name it was ("a field"), never the name.
func checkNames(doc *ast.QueryDocument) *gqlerror.Error {
	c := nameCheck{}
	for _, op := range doc.Operations {
		c.name("an operation", op.Name)
		for _, v := range op.VariableDefinitions {
			c.name("a variable", v.Variable)
			c.typ(v.Type)
			c.value(v.DefaultValue)
			c.directives(v.Directives)
		}
		c.directives(op.Directives)
		c.set(op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		c.name("a fragment", f.Name)
		c.name("a type", f.TypeCondition)
		for _, v := range f.VariableDefinition {
			c.name("a variable", v.Variable)
			c.typ(v.Type)
		}
		c.directives(f.Directives)
		c.set(f.SelectionSet)
	}
	return c.err
}

// nameCheck remembers the first over-long name it meets.
type nameCheck struct{ err *gqlerror.Error }

func (c *nameCheck) name(kind, name string) {
	if c.err == nil && len(name) > maxNameBytes {
		c.err = limitError("%s name is %d bytes long; names are limited to %d", kind, len(name), maxNameBytes)
	}
}

func (c *nameCheck) typ(t *ast.Type) {
	for ; t != nil; t = t.Elem {
		c.name("a type", t.NamedType)
	}
}

func (c *nameCheck) value(v *ast.Value) {
	if v == nil || c.err != nil {
		return
	}
	switch v.Kind {
	case ast.Variable:
		c.name("a variable", v.Raw)
	case ast.EnumValue:
		c.name("an enum value", v.Raw)
	}
	for _, child := range v.Children {
		c.name("an input field", child.Name)
		c.value(child.Value)
	}
}

func (c *nameCheck) arguments(args ast.ArgumentList) {
	for _, a := range args {
		c.name("an argument", a.Name)
		c.value(a.Value)
	}
}

func (c *nameCheck) directives(ds ast.DirectiveList) {
	for _, d := range ds {
		c.name("a directive", d.Name)
		c.arguments(d.Arguments)
	}
}

// set walks a selection set as written; nesting is already bounded by the
// parser's token limit.
func (c *nameCheck) set(set ast.SelectionSet) {
	for _, sel := range set {
		if c.err != nil {
			return
		}
		switch s := sel.(type) {
		case *ast.Field:
			c.name("a field", s.Name)
			c.name("an alias", s.Alias)
			c.arguments(s.Arguments)
			c.directives(s.Directives)
			c.set(s.SelectionSet)
		case *ast.InlineFragment:
			c.name("a type", s.TypeCondition)
			c.directives(s.Directives)
			c.set(s.SelectionSet)
		case *ast.FragmentSpread:
			c.name("a fragment", s.Name)
			c.directives(s.Directives)
		}
	}
}
