package graph

import (
	"context"

	"github.com/orgraph/orgraph/org"
)

// links loads one node's links through the request's loader, in the
// window of the field's arguments as known at the query's knownAt, and
// presents them as the edge type T.
func links[T edge](ctx context.Context, rel org.Rel, dir org.Direction, id string, at, from, to *org.Date, certain *bool) ([]*T, error) {
	w, err := window(at, from, to)
	if err != nil {
		return nil, err
	}
	w.Certain, w.KnownAt = certain != nil && *certain, knownAt(ctx)
	ls, err := loadersFor(ctx).links.load(ctx, linkKey{rel, dir, id, w})
	return convert[T](ls), err
}

// pointers is what gqlgen wants for lists of objects.
func pointers[T any](vs []T) []*T {
	out := make([]*T, len(vs))
	for i := range vs {
		out[i] = &vs[i]
	}
	return out
}
