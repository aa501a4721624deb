package cypher

import (
	"context"

	"github.com/orgraph/orgraph/org"
)

// PersonByName resolves any alias of a person; (nil, nil) when unknown.
func (s *Store) PersonByName(ctx context.Context, name string) (*org.Person, error) {
	return byKey(ctx, s, "person_by_key", name, (*row).person)
}

// UnitByName resolves any alias of a unit; (nil, nil) when unknown.
func (s *Store) UnitByName(ctx context.Context, name string) (*org.Unit, error) {
	return byKey(ctx, s, "unit_by_key", name, (*row).unit)
}

func byKey[T any](ctx context.Context, s *Store, q, name string, f func(*row) *T) (*T, error) {
	key := org.Normalize(name)
	if key == "" {
		// No name normalizes to "": nothing can match.
		return nil, nil
	}
	recs, err := s.read(ctx, q, map[string]any{"key": key})
	if err != nil {
		return nil, err
	}
	found, err := decode(recs, f)
	if err != nil || len(found) == 0 {
		return nil, err
	}
	return found[0], nil
}

// People returns the people with the given ids, aligned with ids; nil where unknown.
func (s *Store) People(ctx context.Context, ids []string) ([]*org.Person, error) {
	return byIDs(ctx, s, "people", ids, (*row).person, func(p *org.Person) string { return p.ID })
}

// Units returns the units with the given ids, aligned with ids; nil where unknown.
func (s *Store) Units(ctx context.Context, ids []string) ([]*org.Unit, error) {
	return byIDs(ctx, s, "units", ids, (*row).unit, func(u *org.Unit) string { return u.ID })
}

func byIDs[T any](ctx context.Context, s *Store, q string, ids []string, f func(*row) *T, id func(*T) string) ([]*T, error) {
	out := make([]*T, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := s.read(ctx, q, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	found, err := decode(recs, f)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*T, len(found))
	for _, v := range found {
		byID[id(v)] = v
	}
	for i, k := range ids {
		out[i] = byID[k]
	}
	return out, nil
}

// Search ranks people and units by how well a name or alias matches text,
// best first, at most first of them. Neo4j finds the candidates by gram and
// Go scores them, with the same functions as the in-memory store.
func (s *Store) Search(ctx context.Context, text string, first int) ([]org.SearchHit, error) {
	q := org.Normalize(text)
	grams := org.Grams(q)
	if len(grams) == 0 || first <= 0 {
		return []org.SearchHit{}, nil
	}
	recs, err := s.read(ctx, "search", map[string]any{"grams": grams})
	if err != nil {
		return nil, err
	}
	hits, err := decode(recs, func(r *row) org.SearchHit {
		return org.SearchHit{
			ID:    r.str("id"),
			Name:  r.str("name"),
			Kind:  r.str("kind"),
			Score: org.BestKeyScore(q, r.strs("keys")),
		}
	})
	if err != nil {
		return nil, err
	}
	scored := hits[:0]
	for _, h := range hits {
		if h.Score > 0 {
			scored = append(scored, h)
		}
	}
	return org.RankHits(scored, first), nil
}
