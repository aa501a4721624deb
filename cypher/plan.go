package cypher

import (
	"fmt"

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
// entry of entries it names, with the nodes at their far ends. Outside a
// scope it records nothing.
func (sc *scope) keepPlanned(r *row, entries []org.LinkPlan) error {
	if sc == nil {
		return nil
	}
	answers := map[plannedKey][]seqLink{}
	var nodes []*row
	unit := map[*row]bool{}
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
			lr, ok := asRow(lv)
			if !ok {
				g.fail("links", lv)
				break
			}
			answers[k] = append(answers[k], seqLink{lr.link(), lr.integer("seq")})
			nodes, unit[lr] = append(nodes, lr), farEndIsUnit(e.Rel, e.Dir)
			if g.err == nil {
				g.err = lr.err
			}
		}
		if g.err != nil {
			return org.Wrap(g.err, org.Internal, "unexpected data in neo4j")
		}
	}
	if r.err != nil {
		return org.Wrap(r.err, org.Internal, "unexpected data in neo4j")
	}
	if err := sc.keepNodes(nodes, func(r *row) bool { return unit[r] }); err != nil {
		return err
	}
	sc.mu.Lock()
	defer sc.mu.Unlock()
	for k, ls := range answers {
		sc.planned[k] = ls
	}
	return nil
}
