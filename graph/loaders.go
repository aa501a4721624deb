package graph

import (
	"context"
	"fmt"
	"net/http"
	"sync"

	"github.com/orgraph/orgraph/org"
)

// linkKey asks for one node's links of one type, direction and window.
type linkKey struct {
	rel org.Rel
	dir org.Direction
	id  string
	w   org.Window
}

// chainKey asks for one person's reporting chain in one At window.
type chainKey struct {
	id string
	w  org.Window
}

// nodeKey asks for one person, unit or lineage as known at a date.
type nodeKey struct {
	id    string
	known org.Date
}

// loaders hold one request's store answers. The prefetch planner fills them
// a whole nesting level at a time, so a list of fifty people asking for
// their managers costs one store call, not fifty, and nobody waits for a
// batch to fill; the resolvers then read them, fetching a key themselves
// only when the planner did not foresee it. For a store that answers from
// memory they are direct: they pass each call through.
type loaders struct {
	// direct is set for a store that answers from memory (see inMemory):
	// the memos keep nothing and the planner plans nothing.
	direct bool
	// planned holds the root fields whose whole selection the prefetch
	// planner has loaded (see inPlace).
	planned  sync.Map // *graphql.RootFieldContext → true
	people   *memo[nodeKey, *org.Person]
	units    *memo[nodeKey, *org.Unit]
	links    *memo[linkKey, []org.Link]
	chains   *memo[chainKey, []string]
	lineages *memo[nodeKey, []org.Link]
}

func newLoaders(s org.Store) *loaders {
	_, direct := s.(inMemory)
	return &loaders{
		direct: direct,
		people: newMemo(direct, byIDs(s.People)),
		units:  newMemo(direct, byIDs(s.Units)),
		links:  newMemo(direct, linksBatch(s)),
		chains: newMemo(direct, grouped(
			func(k chainKey) org.Window { return k.w },
			func(k chainKey) string { return k.id },
			func(ctx context.Context, w org.Window, ids []string) ([][]string, error) {
				return s.ReportingChains(ctx, ids, w)
			})),
		lineages: newMemo(direct, grouped(
			func(k nodeKey) org.Date { return k.known },
			func(k nodeKey) string { return k.id },
			func(ctx context.Context, known org.Date, ids []string) ([][]org.Link, error) {
				return s.Lineages(ctx, ids, known)
			})),
	}
}

// linkGroup is what the keys of one Links call share.
type linkGroup struct {
	rel org.Rel
	dir org.Direction
	w   org.Window
}

// linkSetter is a store that answers several Links calls, of different
// relationships, directions or windows, in one round trip (cypher.Store).
type linkSetter interface {
	LinkSets(ctx context.Context, rels []org.Rel, dirs []org.Direction, ids [][]string, ws []org.Window) ([][][]org.Link, error)
}

// linksBatch makes the links memo's batch function: one LinkSets call for
// all the keys of a batch where the store has it, else a Links call per
// relationship, direction and window.
func linksBatch(s org.Store) func(context.Context, []linkKey) ([][]org.Link, []error) {
	group := func(k linkKey) linkGroup { return linkGroup{k.rel, k.dir, k.w} }
	id := func(k linkKey) string { return k.id }
	ls, ok := s.(linkSetter)
	if !ok {
		return grouped(group, id, func(ctx context.Context, g linkGroup, ids []string) ([][]org.Link, error) {
			return s.Links(ctx, g.rel, g.dir, ids, g.w)
		})
	}
	return func(ctx context.Context, keys []linkKey) ([][]org.Link, []error) {
		idx := map[linkGroup]int{}
		var rels []org.Rel
		var dirs []org.Direction
		var ids [][]string
		var ws []org.Window
		for _, k := range keys {
			g := group(k)
			n, ok := idx[g]
			if !ok {
				n = len(rels)
				idx[g] = n
				rels, dirs, ids, ws = append(rels, g.rel), append(dirs, g.dir), append(ids, nil), append(ws, g.w)
			}
			ids[n] = append(ids[n], k.id)
		}
		got, err := ls.LinkSets(ctx, rels, dirs, ids, ws)
		if err == nil && len(got) != len(rels) {
			err = org.Errorf(org.Internal, "store returned %d answers for %d link sets", len(got), len(rels))
		}
		out := make([][]org.Link, len(keys))
		errs := make([]error, len(keys))
		seen := make([]int, len(rels)) // how many of each set's ids are handed out
		for i, k := range keys {
			n := idx[group(k)]
			switch {
			case err != nil:
				errs[i] = err
			case len(got[n]) != len(ids[n]):
				errs[i] = org.Errorf(org.Internal, "store returned %d answers for %d ids", len(got[n]), len(ids[n]))
			default:
				out[i] = got[n][seen[n]]
				seen[n]++
			}
		}
		return out, errs
	}
}

// byIDs adapts a batch lookup to a memo, one store call per knownAt date.
// A missing node is an error when nothing limits what is known, because
// every id the API hands out comes from the store itself; as known at a
// date it is nil, a node not reported yet (see nodes). The answer always
// has one value and one error per key, so a failed call reaches every
// field that asked, with its code.
func byIDs[T any](fetch func(context.Context, []string, org.Date) ([]*T, error)) func(context.Context, []nodeKey) ([]*T, []error) {
	batch := grouped(
		func(k nodeKey) org.Date { return k.known },
		func(k nodeKey) string { return k.id },
		func(ctx context.Context, known org.Date, ids []string) ([]*T, error) { return fetch(ctx, ids, known) })
	return func(ctx context.Context, keys []nodeKey) ([]*T, []error) {
		out, errs := batch(ctx, keys)
		for i, k := range keys {
			if errs[i] == nil && out[i] == nil && k.known.IsZero() {
				errs[i] = org.Errorf(org.Internal, "dangling reference to %q", k.id)
			}
		}
		return out, errs
	}
}

// node loads one person or unit as known at the date of ctx's query.
func node[T any](ctx context.Context, m *memo[nodeKey, *T], id string) (*T, error) {
	return m.load(ctx, nodeKey{id, knownAt(ctx)})
}

// nodes loads people or units as known at the date of ctx's query,
// leaving out those not reported by then (an event's units, say).
func nodes[T any](ctx context.Context, m *memo[nodeKey, *T], ids []string) ([]*T, error) {
	k := knownAt(ctx)
	keys := make([]nodeKey, len(ids))
	for i, id := range ids {
		keys[i] = nodeKey{id, k}
	}
	vs, err := m.loadAll(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := vs[:0]
	for _, v := range vs {
		if v != nil {
			out = append(out, v)
		}
	}
	return out, nil
}

// grouped makes a batch function for keys that one store call can answer
// only when they share everything but the id (a relationship type and
// window, a date): it makes one call per such group. Like byIDs it answers
// every key, with the group's error where its call failed.
func grouped[K any, G comparable, V any](group func(K) G, id func(K) string,
	fetch func(context.Context, G, []string) ([]V, error)) func(context.Context, []K) ([]V, []error) {
	return func(ctx context.Context, keys []K) ([]V, []error) {
		out := make([]V, len(keys))
		errs := make([]error, len(keys))
		// call fetches group g's keys, at positions at (all of them when nil).
		call := func(g G, at []int) {
			n := len(at)
			if at == nil {
				n = len(keys)
			}
			ids := make([]string, n)
			for j := range n {
				ids[j] = id(keys[pos(at, j)])
			}
			got, err := fetch(ctx, g, ids)
			if err == nil && len(got) != len(ids) {
				err = org.Errorf(org.Internal, "store returned %d answers for %d ids", len(got), len(ids))
			}
			for j := range n { // each group writes only its own keys' slots
				i := pos(at, j)
				if errs[i] = err; err == nil {
					out[i] = got[j]
				}
			}
		}
		// Usually every key shares one group (a level's people, one list's
		// links): that needs no index.
		if len(keys) > 0 && sameGroup(keys, group) {
			call(group(keys[0]), nil)
			return out, errs
		}
		idx := map[G][]int{}
		var order []G
		for i, k := range keys {
			g := group(k)
			if idx[g] == nil {
				order = append(order, g)
			}
			idx[g] = append(idx[g], i)
		}
		// The groups' calls are independent (a person's roles and managers,
		// say): on a database they overlap instead of queueing.
		// A panic in one becomes its keys' error, as memo.resolve makes it
		// for a call on the resolver's own goroutine.
		var wg sync.WaitGroup
		for _, g := range order {
			wg.Go(func() {
				defer func() {
					if p := recover(); p != nil {
						for _, i := range idx[g] {
							errs[i] = org.Wrap(fmt.Errorf("panic: %v", p), org.Internal, "internal error")
						}
					}
				}()
				call(g, idx[g])
			})
		}
		wg.Wait()
		return out, errs
	}
}

// sameGroup reports whether every key is in the first key's group.
func sameGroup[K any, G comparable](keys []K, group func(K) G) bool {
	g := group(keys[0])
	for _, k := range keys[1:] {
		if group(k) != g {
			return false
		}
	}
	return true
}

// pos is the j-th position of at, or j itself when at is nil (every key).
func pos(at []int, j int) int {
	if at == nil {
		return j
	}
	return at[j]
}

type loadersKey struct{}

// inMemory is a store that answers from memory (memstore.Store). Each of
// its calls costs less than batching it: at 100,000 people the prefetch
// planner's rounds, the memos' maps and channels and the goroutines that
// overlap a round's calls were 30% of what a request allocated, and with
// requests to either path interleaved, calling the store directly, one
// node or list at a time, took 14–21% less time for three of the bench's
// four nested questions and the same for the fourth (issue 7).
type inMemory interface {
	InMemory()
}

// scoper is a store that can share what one request has read among that
// request's later calls (cypher.Store: the nodes at the ends of the links
// it returned, which the next nesting level asks for).
type scoper interface {
	Scope(ctx context.Context) context.Context
}

// Middleware gives each request its own loaders, and its own scope in a
// store that has them, so cached answers never outlive the request that
// asked for them.
func Middleware(s org.Store, next http.Handler) http.Handler {
	sc, _ := s.(scoper)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadersKey{}, newLoaders(s))
		if sc != nil {
			ctx = sc.Scope(ctx)
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func loadersFor(ctx context.Context) *loaders {
	return ctx.Value(loadersKey{}).(*loaders)
}
