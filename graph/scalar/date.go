// Package scalar binds orgraph's GraphQL scalars to domain types. It lives
// apart from graph because gqlgen must load it before graph is generated.
package scalar

import (
	"fmt"
	"io"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/orgraph/orgraph/org"
)

// MarshalDate writes a Date at its own precision; an unknown date is null.
func MarshalDate(d org.Date) graphql.Marshaler {
	if d.IsZero() {
		return graphql.Null
	}
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, strconv.Quote(d.String()))
	})
}

// UnmarshalDate reads a Date argument; the error names the bad value.
func UnmarshalDate(v any) (org.Date, error) {
	s, ok := v.(string)
	if !ok {
		return org.Date{}, org.Errorf(org.Invalid, "invalid date %v: want a string such as \"2017\", \"2017-12\" or \"2017-12-02\"", fmt.Sprint(v))
	}
	return org.ParseDate(s)
}
