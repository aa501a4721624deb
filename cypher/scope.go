package cypher

import (
	"context"
	"fmt"
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
type scope struct {
	mu     sync.Mutex
	people map[string]*org.Person
	units  map[string]*org.Unit
}

type scopeKey struct{ s *Store }

// Scope returns a context whose reads share what they return for the rest
// of that context's life: one request's, since the nodes are not read
// again and a later load would not be seen. graph.Middleware scopes each
// request.
func (s *Store) Scope(ctx context.Context) context.Context {
	return context.WithValue(ctx, scopeKey{s}, &scope{people: map[string]*org.Person{}, units: map[string]*org.Unit{}})
}

// scopeOf is ctx's scope for s; nil when ctx has none.
func (s *Store) scopeOf(ctx context.Context) *scope {
	sc, _ := ctx.Value(scopeKey{s}).(*scope)
	return sc
}

// keep records the nodes in the `node` column of a links query's rows (a
// map with the columns of people.cypher or units.cypher); unit tells which
// kind they are. Outside a scope it records nothing.
func (sc *scope) keep(recs []*neo4j.Record, unit bool) error {
	if sc == nil {
		return nil
	}
	people := make([]*org.Person, 0, len(recs))
	units := make([]*org.Unit, 0, len(recs))
	for _, rec := range recs {
		r := &row{rec: rec}
		m, ok := r.value("node").(map[string]any)
		if !ok {
			return org.Wrap(fmt.Errorf("column \"node\": unexpected %T", r.value("node")), org.Internal, "unexpected data in neo4j")
		}
		n := &row{rec: &neo4j.Record{Keys: make([]string, 0, len(m)), Values: make([]any, 0, len(m))}}
		for k, v := range m {
			n.rec.Keys = append(n.rec.Keys, k)
			n.rec.Values = append(n.rec.Values, v)
		}
		if unit {
			units = append(units, n.unit())
		} else {
			people = append(people, n.person())
		}
		if n.err != nil {
			return org.Wrap(n.err, org.Internal, "unexpected data in neo4j")
		}
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
