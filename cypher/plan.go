package cypher

import (
	"context"
	"fmt"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/org"
)

// planDepth is how many levels of an org.LinkPlan entity_by_key.cypher
// answers: the first from the node's own links, three more by its plan
// subqueries. Deeper levels are left to LinkSets, a statement each.
const planDepth = 4

// plannedKey is what a planned answer answers: Links(rel, dir, [id], w).
type plannedKey struct {
	rel org.Rel
	dir org.Direction
	id  string
	w   org.Window
}

// chainKey is what a planned chain answers: ReportingChains([id], w).
type chainKey struct {
	id string
	w  org.Window
}

// lineageKey is what a planned lineage answers: Lineages([id], known).
type lineageKey struct {
	id    string
	known org.Date
}

// lookup runs entity_by_key.cypher for key with ctx's plan, and alongside
// it, on another connection, the plan's reporting chains and lineages of
// the node the lookup finds, which those statements find by key too: a
// request for a reporting chain then waits for one round trip, not two.
// The scope keeps what they return. A failed chain or lineage is left to
// the request's own call, which asks again and reports the error.
func (s *Store) lookup(ctx context.Context, label, key string) ([]*neo4j.Record, []org.LinkPlan, error) {
	sc := s.scopeOf(ctx)
	if sc == nil {
		// Without a scope the plan's answers would have nowhere to go.
		recs, err := s.read(ctx, qEntityByKey, map[string]any{"key": key, "label": label, "plan": []any{}})
		return recs, nil, err
	}
	plan := org.PlanOf(ctx)
	var wg sync.WaitGroup
	for _, w := range plan.Chains {
		wg.Go(func() {
			if byID, err := s.chains(ctx, nil, key, w); err == nil {
				sc.keepChains(byID, w)
			}
		})
	}
	for _, known := range plan.Lineages {
		wg.Go(func() {
			if byID, err := s.lineages(ctx, nil, key, known); err == nil {
				sc.keepLineages(byID, known)
			}
		})
	}
	params, entries := planParams(plan.Links)
	recs, err := s.read(ctx, qEntityByKey, map[string]any{"key": key, "label": label, "plan": params})
	wg.Wait()
	return recs, entries, err
}

// planParams writes plan as entity_by_key.cypher's $plan and returns its
// entries in the order of their numbers (the map key i): what each answer
// the statement returns is for.
func planParams(plan []org.LinkPlan) ([]any, []org.LinkPlan) {
	var entries []org.LinkPlan
	var level func(plan []org.LinkPlan, depth int) []any
	level = func(plan []org.LinkPlan, depth int) []any {
		out := []any{}
		if depth > planDepth {
			return out
		}
		for _, p := range plan {
			m := window(p.Window, map[string]any{"i": len(entries), "rel": string(p.Rel), "out": p.Dir == org.Out})
			entries = append(entries, p)
			m["next"] = level(p.Next, depth+1)
			out = append(out, m)
		}
		return out
	}
	return level(plan, 1), entries
}

// keepPlanned records the answers in r's `planned` column, each for the
// entry of entries it names, with the nodes at their far ends, decoded
// from their packed properties. Outside a scope it records nothing.
func (sc *scope) keepPlanned(r *row, entries []org.LinkPlan) error {
	if sc == nil {
		return nil
	}
	answers := map[plannedKey][]seqLink{}
	var people, units []any // packed
	var u unpacker
	for _, v := range r.list("planned") {
		g, ok := asRow(v)
		if !ok {
			r.fail("planned", v)
			break
		}
		i := g.integer("set")
		if g.err == nil && (i < 0 || i >= len(entries)) {
			g.err = fmt.Errorf("plan entry %d of %d", i, len(entries))
		}
		if g.err != nil {
			return org.Wrap(g.err, org.Internal, "unexpected data in neo4j")
		}
		e := entries[i]
		k := plannedKey{e.Rel, e.Dir, g.str("key"), e.Window}
		answers[k] = []seqLink{} // an answer with no links is an answer
		for _, lv := range g.list("links") {
			m, ok := lv.(map[string]any)
			if !ok {
				g.fail("links", lv)
				break
			}
			answers[k] = append(answers[k], u.link(m["link"]))
			if farEndIsUnit(e.Rel, e.Dir) {
				units = append(units, m["node"])
			} else {
				people = append(people, m["node"])
			}
		}
		if g.err == nil {
			g.err = u.err
		}
		if g.err != nil {
			return org.Wrap(g.err, org.Internal, "unexpected data in neo4j")
		}
	}
	if r.err != nil {
		return org.Wrap(r.err, org.Internal, "unexpected data in neo4j")
	}
	if err := sc.keepPacked(people, false); err != nil {
		return err
	}
	if err := sc.keepPacked(units, true); err != nil {
		return err
	}
	sc.mu.Lock()
	defer sc.mu.Unlock()
	for k, ls := range answers {
		sc.planned[k] = ls
	}
	return nil
}

// keepChains records chains found in window w.
func (sc *scope) keepChains(byID map[string][]string, w org.Window) {
	keepEach(sc, sc.chains, byID, func(id string) chainKey { return chainKey{id, w} })
}

// keepLineages records lineages as known at known.
func (sc *scope) keepLineages(byID map[string][]org.Link, known org.Date) {
	keepEach(sc, sc.lineages, byID, func(id string) lineageKey { return lineageKey{id, known} })
}

// chainsOf answers ReportingChains from the planned chains: false when
// some id has none (the statement returns a row for every person it
// finds, so an id without one was not asked about).
func (sc *scope) chainsOf(ids []string, w org.Window) ([][]string, bool) {
	return answerEach(sc, func(sc *scope) map[chainKey][]string { return sc.chains }, ids,
		func(id string) chainKey { return chainKey{id, w} })
}

// lineagesOf answers Lineages from the planned lineages: false when some
// id has none.
func (sc *scope) lineagesOf(ids []string, known org.Date) ([][]org.Link, bool) {
	return answerEach(sc, func(sc *scope) map[lineageKey][]org.Link { return sc.lineages }, ids,
		func(id string) lineageKey { return lineageKey{id, known} })
}

// keepEach records each id's answer in m under key(id).
func keepEach[K comparable, V any](sc *scope, m map[K][]V, byID map[string][]V, key func(string) K) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	for id, v := range byID {
		m[key(id)] = v
	}
}

// answerEach is a copy of each id's answer kept in the scope's map m
// under key(id); false when some id has none or there is no scope.
func answerEach[K comparable, V any](sc *scope, m func(*scope) map[K][]V, ids []string, key func(string) K) ([][]V, bool) {
	if sc == nil {
		return nil, false
	}
	sc.mu.Lock()
	defer sc.mu.Unlock()
	out := make([][]V, len(ids))
	for i, id := range ids {
		v, ok := m(sc)[key(id)]
		if !ok {
			return nil, false
		}
		out[i] = append([]V{}, v...)
	}
	return out, true
}
