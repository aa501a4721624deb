package cypher

import (
	"context"

	"github.com/orgraph/orgraph/org"
)

// PersonByName resolves any alias of a person as known at knownAt
// (org.KnownPerson); (nil, nil) when unknown.
func (s *Store) PersonByName(ctx context.Context, name string, knownAt org.Date) (*org.Person, error) {
	p, err := byKey(ctx, s, "OrgraphPerson", name, false, (*row).person)
	return org.KnownPerson(p, knownAt), err
}

// UnitByName resolves any alias of a unit as known at knownAt
// (org.KnownUnit); (nil, nil) when unknown.
func (s *Store) UnitByName(ctx context.Context, name string, knownAt org.Date) (*org.Unit, error) {
	u, err := byKey(ctx, s, "OrgraphUnit", name, true, (*row).unit)
	return org.KnownUnit(u, knownAt), err
}

// byKey finds the node with label one of whose names normalizes like
// name, a unit when unit. What was known at a date is decided in Go, by the
// same org function as the in-memory store, from the sources the row
// carries anyway. The row also carries the links of ctx's org.LinkPlan,
// which ctx's scope keeps with the node.
func byKey[T any](ctx context.Context, s *Store, label, name string, unit bool, f func(*row) *T) (*T, error) {
	key := org.Normalize(name)
	if key == "" {
		// No name normalizes to "": nothing can match.
		return nil, nil
	}
	recs, entries, err := s.lookup(ctx, label, key)
	if err != nil {
		return nil, err
	}
	found, err := decode(recs, f)
	if err != nil || len(found) == 0 {
		return nil, err
	}
	sc := s.scopeOf(ctx)
	sc.keepFound(&row{rec: recs[0]}, unit)
	if err := sc.keepPlanned(&row{rec: recs[0]}, entries); err != nil {
		return nil, err
	}
	return found[0], nil
}

// People returns the people with the given ids as known at knownAt,
// aligned with ids; nil where unknown.
func (s *Store) People(ctx context.Context, ids []string, knownAt org.Date) ([]*org.Person, error) {
	return byIDs(ctx, s, qPeople, ids, func(sc *scope) map[string]*org.Person { return sc.people },
		(*row).person, func(p *org.Person) string { return p.ID },
		func(p *org.Person) *org.Person { return org.KnownPerson(p, knownAt) })
}

// Units returns the units with the given ids as known at knownAt, aligned
// with ids; nil where unknown.
func (s *Store) Units(ctx context.Context, ids []string, knownAt org.Date) ([]*org.Unit, error) {
	return byIDs(ctx, s, qUnits, ids, func(sc *scope) map[string]*org.Unit { return sc.units },
		(*row).unit, func(u *org.Unit) string { return u.ID },
		func(u *org.Unit) *org.Unit { return org.KnownUnit(u, knownAt) })
}

// byIDs looks the ids up, first in ctx's scope (kept picks its map), then
// in Neo4j for the rest; known is nil for a node that does not count.
func byIDs[T any](ctx context.Context, s *Store, q statement, ids []string, kept func(*scope) map[string]*T,
	f func(*row) *T, id func(*T) string, known func(*T) *T) ([]*T, error) {
	out := make([]*T, len(ids))
	byID, missing := cached(s.scopeOf(ctx), kept, ids)
	if len(missing) > 0 {
		recs, err := s.read(ctx, q, map[string]any{"ids": missing})
		if err != nil {
			return nil, err
		}
		found, err := decode(recs, f)
		if err != nil {
			return nil, err
		}
		for _, v := range found {
			byID[id(v)] = v
		}
	}
	for i, k := range ids {
		if v, ok := byID[k]; ok {
			out[i] = known(v)
		}
	}
	return out, nil
}
