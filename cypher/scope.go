package cypher

import (
	"cmp"
	"context"
	"slices"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/org"
)

// A scope keeps the people and units that one request's reads have
// already returned, so that the request's later People and Units calls
// need no round trip for them. The links queries return the node at each
// link's far end with the link, which is the node the next nesting level
// of a GraphQL query asks for: with a scope, a level costs one statement,
// the links', instead of two. The nodes are kept as stored, with all their
// sources, and People and Units apply knownAt to them as they apply it to
// the rows they read.
//
// A node found by name comes with the answers to the request's org.Plan
// (see plan.go), kept in planned, chains and lineages: the calls the plan
// foresees are then answered here, with the same Go functions as the
// in-memory store, instead of by statements of their own.
type scope struct {
	mu       sync.Mutex
	people   map[string]*org.Person
	units    map[string]*org.Unit
	planned  map[plannedKey][]seqLink
	chains   map[chainKey][]string
	lineages map[lineageKey][]org.Link
}

// seqLink is a link with its position in the dataset (`seq`).
type seqLink struct {
	l   org.Link
	seq int
}

type scopeKey struct{ s *Store }

// Scope returns a context whose reads share what they return for the rest
// of that context's life: one request's, since the nodes are not read
// again and a later load would not be seen. graph.Middleware scopes each
// request.
func (s *Store) Scope(ctx context.Context) context.Context {
	return context.WithValue(ctx, scopeKey{s}, &scope{
		people: map[string]*org.Person{}, units: map[string]*org.Unit{}, planned: map[plannedKey][]seqLink{},
		chains: map[chainKey][]string{}, lineages: map[lineageKey][]org.Link{},
	})
}

// scopeOf is ctx's scope for s; nil when ctx has none.
func (s *Store) scopeOf(ctx context.Context) *scope {
	sc, _ := ctx.Value(scopeKey{s}).(*scope)
	return sc
}

// keep records the nodes in the `node` column of a links query's rows
// (packed, see packed.go); unit tells which kind they are. Outside a scope
// it records nothing.
func (sc *scope) keep(recs []*neo4j.Record, unit bool) error {
	return sc.keepColumns(recs, unit, "node")
}

// keepColumns records the packed nodes in the named columns of recs,
// units when unit, people else. Outside a scope it records nothing.
func (sc *scope) keepColumns(recs []*neo4j.Record, unit bool, columns ...string) error {
	if sc == nil {
		return nil
	}
	var packed []any
	for _, rec := range recs {
		r := &row{rec: rec}
		for _, c := range columns {
			packed = append(packed, r.value(c))
		}
		if r.err != nil {
			return org.Wrap(r.err, org.Internal, "unexpected data in neo4j")
		}
	}
	return sc.keepPacked(packed, unit)
}

// keepList records the packed nodes in the list column of recs, people
// (the reporting chains').
func (sc *scope) keepList(recs []*neo4j.Record, column string) error {
	if sc == nil {
		return nil
	}
	var packed []any
	for _, rec := range recs {
		r := &row{rec: rec}
		packed = append(packed, r.list(column)...)
		if r.err != nil {
			return org.Wrap(r.err, org.Internal, "unexpected data in neo4j")
		}
	}
	return sc.keepPacked(packed, false)
}

// keepPacked records packed nodes, units when unit, people else.
func (sc *scope) keepPacked(packed []any, unit bool) error {
	var u unpacker
	var people []*org.Person
	var units []*org.Unit
	for _, v := range packed {
		if unit {
			units = append(units, u.unit(v))
		} else {
			people = append(people, u.person(v))
		}
	}
	if u.err != nil {
		return org.Wrap(u.err, org.Internal, "unexpected data in neo4j")
	}
	sc.mu.Lock()
	defer sc.mu.Unlock()
	for _, p := range people {
		sc.people[p.ID] = p
	}
	for _, u := range units {
		sc.units[u.ID] = u
	}
	return nil
}

// asRow reads a map, such as a list element, as a row of its own; false
// when v is not a map.
func asRow(v any) (*row, bool) {
	m, ok := v.(map[string]any)
	n := &row{rec: &neo4j.Record{Keys: make([]string, 0, len(m)), Values: make([]any, 0, len(m))}}
	for k, v := range m {
		n.rec.Keys = append(n.rec.Keys, k)
		n.rec.Values = append(n.rec.Values, v)
	}
	return n, ok
}

// keepFound records a node found by name, a person unless unit.
func (sc *scope) keepFound(r *row, unit bool) {
	if sc == nil {
		return
	}
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if unit {
		u := r.unit()
		sc.units[u.ID] = u
	} else {
		p := r.person()
		sc.people[p.ID] = p
	}
}

// linksOf answers Links from the planned answers, as links_out.cypher and
// links_in.cypher would: false when some id has none.
func (sc *scope) linksOf(rel org.Rel, dir org.Direction, ids []string, w org.Window) ([][]org.Link, bool) {
	if sc == nil {
		return nil, false
	}
	sc.mu.Lock()
	defer sc.mu.Unlock()
	out := make([][]org.Link, len(ids))
	for i, id := range ids {
		// The planned answer passed the same filters in Cypher; the loop
		// below applies them again, and the sources published by knownAt,
		// with the in-memory store's functions.
		planned, ok := sc.planned[plannedKey{rel, dir, id, w}]
		if !ok {
			return nil, false
		}
		var rows []seqLink
		for _, sl := range planned {
			near, far := sl.l.From, sl.l.To
			if dir == org.In {
				near, far = far, near
			}
			if sl.l.Rel != rel || near != id ||
				!sc.known(near, farEndIsUnit(rel, opposite(dir)), w.KnownAt) ||
				!sc.known(far, farEndIsUnit(rel, dir), w.KnownAt) {
				continue
			}
			if l, ok := w.Select(sl.l); ok {
				rows = append(rows, seqLink{l, sl.seq})
			}
		}
		slices.SortFunc(rows, func(a, b seqLink) int { return cmp.Compare(a.seq, b.seq) })
		out[i] = make([]org.Link, len(rows))
		for j, r := range rows {
			out[i][j] = r.l
		}
		org.SortLinks(out[i])
	}
	return out, true
}

// known says whether the kept person or unit id was known at knownAt, as
// the `reported <= $known` of the links queries does.
func (sc *scope) known(id string, unit bool, knownAt org.Date) bool {
	if unit {
		return org.KnownUnit(sc.units[id], knownAt) != nil
	}
	return org.KnownPerson(sc.people[id], knownAt) != nil
}

// cached looks ids up in the scope's map m (no scope: nothing found),
// returning what it holds and the ids it lacks.
func cached[T any](sc *scope, m func(*scope) map[string]*T, ids []string) (map[string]*T, []string) {
	found := make(map[string]*T, len(ids))
	if sc == nil {
		return found, ids
	}
	sc.mu.Lock()
	defer sc.mu.Unlock()
	var missing []string
	for _, id := range ids {
		if v, ok := m(sc)[id]; ok {
			found[id] = v
		} else {
			missing = append(missing, id)
		}
	}
	return found, missing
}

// farEndIsUnit says whether the node at the far end of a link of type rel,
// read in direction dir, is a unit: every end is, but a person's reports,
// managers and a unit's heads.
func farEndIsUnit(rel org.Rel, dir org.Direction) bool {
	switch rel {
	case org.ReportsTo:
		return false
	case org.Heads:
		return dir == org.Out
	}
	return true
}

// opposite is the other direction.
func opposite(dir org.Direction) org.Direction {
	if dir == org.In {
		return org.Out
	}
	return org.In
}
