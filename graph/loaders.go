package graph

import (
	"context"
	"net/http"
	"time"

	"github.com/orgraph/orgraph/org"
	"github.com/vikstrous/dataloadgen"
)

// linkKey asks for one node's links of one type, direction and window.
type linkKey struct {
	rel org.Rel
	dir org.Direction
	id  string
	w   org.Window
}

// loaders batch the store calls of one request, so that a list of fifty
// people asking for their managers costs one store call, not fifty.
type loaders struct {
	people   *dataloadgen.Loader[string, *org.Person]
	units    *dataloadgen.Loader[string, *org.Unit]
	links    *dataloadgen.Loader[linkKey, []org.Link]
	chains   *dataloadgen.Loader[chainKey, []string]
	lineages *dataloadgen.Loader[string, []org.Link]
}

// chainKey asks for one person's reporting chain at one date.
type chainKey struct {
	id string
	at org.Date
}

// A short wait gathers the keys of one resolver level into one batch.
const batchWait = time.Millisecond

func newLoaders(s org.Store) *loaders {
	return &loaders{
		people: dataloadgen.NewLoader(byIDs(s.People), dataloadgen.WithWait(batchWait)),
		units:  dataloadgen.NewLoader(byIDs(s.Units), dataloadgen.WithWait(batchWait)),
		links:  dataloadgen.NewLoader(linksBatch(s), dataloadgen.WithWait(batchWait)),
		chains: dataloadgen.NewLoader(chainsBatch(s), dataloadgen.WithWait(batchWait)),
		lineages: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([][]org.Link, []error) {
			got, err := s.Lineages(ctx, ids)
			return got, fill(len(ids), err)
		}, dataloadgen.WithWait(batchWait)),
	}
}

// byIDs adapts a batch lookup to dataloadgen; a missing node is an error
// because every id the API hands out comes from the store itself.
func byIDs[T any](fetch func(context.Context, []string) ([]*T, error)) func(context.Context, []string) ([]*T, []error) {
	return func(ctx context.Context, ids []string) ([]*T, []error) {
		got, err := fetch(ctx, ids)
		errs := make([]error, len(ids))
		for i := range ids {
			switch {
			case err != nil:
				errs[i] = err
			case got[i] == nil:
				errs[i] = org.Errorf(org.Internal, "dangling reference to %q", ids[i])
			}
		}
		return got, errs
	}
}

// linksBatch groups keys by relationship, direction and window, which is
// what one store call can answer, and makes one call per group.
func linksBatch(s org.Store) func(context.Context, []linkKey) ([][]org.Link, []error) {
	type group struct {
		rel org.Rel
		dir org.Direction
		w   org.Window
	}
	return func(ctx context.Context, keys []linkKey) ([][]org.Link, []error) {
		out := make([][]org.Link, len(keys))
		errs := make([]error, len(keys))
		idx := map[group][]int{}
		var order []group
		for i, k := range keys {
			g := group{k.rel, k.dir, k.w}
			if idx[g] == nil {
				order = append(order, g)
			}
			idx[g] = append(idx[g], i)
		}
		for _, g := range order {
			ids := make([]string, len(idx[g]))
			for j, i := range idx[g] {
				ids[j] = keys[i].id
			}
			got, err := s.Links(ctx, g.rel, g.dir, ids, g.w)
			for j, i := range idx[g] {
				if err != nil {
					errs[i] = err
				} else {
					out[i] = got[j]
				}
			}
		}
		return out, errs
	}
}

// chainsBatch makes one store call per date among the keys.
func chainsBatch(s org.Store) func(context.Context, []chainKey) ([][]string, []error) {
	return func(ctx context.Context, keys []chainKey) ([][]string, []error) {
		out := make([][]string, len(keys))
		errs := make([]error, len(keys))
		byDate := map[org.Date][]int{}
		for i, k := range keys {
			byDate[k.at] = append(byDate[k.at], i)
		}
		for at, idx := range byDate {
			ids := make([]string, len(idx))
			for j, i := range idx {
				ids[j] = keys[i].id
			}
			got, err := s.ReportingChains(ctx, ids, at)
			for j, i := range idx {
				if errs[i] = err; err == nil {
					out[i] = got[j]
				}
			}
		}
		return out, errs
	}
}

// fill repeats one batch error for every key.
func fill(n int, err error) []error {
	if err == nil {
		return nil
	}
	errs := make([]error, n)
	for i := range errs {
		errs[i] = err
	}
	return errs
}

type loadersKey struct{}

// Middleware gives each request its own loaders, so cached answers never
// outlive the request that asked for them.
func Middleware(s org.Store, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, newLoaders(s))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func loadersFor(ctx context.Context) *loaders {
	return ctx.Value(loadersKey{}).(*loaders)
}
