package graph

import (
	"context"

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
