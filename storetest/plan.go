package storetest

import (
	"context"
	"math/rand/v2"

	"github.com/orgraph/orgraph/org"
)

// randomPlan is an org.LinkPlan up to depth levels deep below a node (a
// unit when unit), of links such a node can have, with windows from ws,
// the first of them (no bounds: the most answers) half the time.
func randomPlan(r *rand.Rand, ws []org.Window, unit bool, depth int) []org.LinkPlan {
	if depth == 0 {
		return nil
	}
	type step struct {
		rel     org.Rel
		dir     org.Direction
		farUnit bool
	}
	steps := []step{{org.ReportsTo, org.Out, false}, {org.ReportsTo, org.In, false}, {org.Heads, org.Out, true}}
	if unit {
		steps = []step{{org.Heads, org.In, false}, {org.PartOf, org.In, true}, {org.PartOf, org.Out, true}}
		for _, rel := range org.LineageRels {
			steps = append(steps, step{rel, org.Out, true}, step{rel, org.In, true})
		}
	}
	plan := make([]org.LinkPlan, 1+r.IntN(2))
	for i := range plan {
		st, w := steps[r.IntN(len(steps))], ws[0]
		if r.IntN(2) == 0 {
			w = ws[r.IntN(len(ws))]
		}
		plan[i] = org.LinkPlan{Rel: st.rel, Dir: st.dir, Window: w, Next: randomPlan(r, ws, st.farUnit, depth-1)}
	}
	return plan
}

// planned looks name up with plan in the context, in a request scope when
// s has them as the server gives one to each request, and then makes the
// calls the plan foresees: its reporting chains and lineages, and its
// Links calls level by level from the far ends of the last, reading those
// far ends as it goes. A store that
// answers them from what the lookup brought must give what one that
// ignores plans does.
func planned(s org.Store, name string, unit bool, plan org.Plan) (any, error) {
	ctx := context.Background()
	if sc, ok := s.(interface {
		Scope(context.Context) context.Context
	}); ok {
		ctx = sc.Scope(ctx)
	}
	ctx = org.WithPlan(ctx, plan)
	var id string
	if unit {
		u, err := s.UnitByName(ctx, name, org.Date{})
		if err != nil || u == nil {
			return u, err
		}
		id = u.ID
	} else {
		p, err := s.PersonByName(ctx, name, org.Date{})
		if err != nil || p == nil {
			return p, err
		}
		id = p.ID
	}
	var answers []any
	for _, w := range plan.Chains {
		got, err := s.ReportingChains(ctx, []string{id}, w)
		if err != nil {
			return nil, err
		}
		answers = append(answers, got)
	}
	for _, k := range plan.Lineages {
		got, err := s.Lineages(ctx, []string{id}, k)
		if err != nil {
			return nil, err
		}
		answers = append(answers, got)
	}
	var walk func(plan []org.LinkPlan, ids []string) error
	walk = func(plan []org.LinkPlan, ids []string) error {
		for _, p := range plan {
			got, err := s.Links(ctx, p.Rel, p.Dir, ids, p.Window)
			if err != nil {
				return err
			}
			answers = append(answers, got)
			var far []string
			for _, ls := range got {
				for _, l := range ls {
					if p.Dir == org.Out {
						far = append(far, l.To)
					} else {
						far = append(far, l.From)
					}
				}
			}
			// The far ends as the request would read them next: a store
			// may answer from what the lookup brought along.
			var nodes any
			if farUnit := p.Rel != org.ReportsTo && (p.Rel != org.Heads || p.Dir == org.Out); farUnit {
				nodes, err = s.Units(ctx, far, org.Date{})
			} else {
				nodes, err = s.People(ctx, far, org.Date{})
			}
			if err != nil {
				return err
			}
			answers = append(answers, deref(nodes))
			if err := walk(p.Next, far); err != nil {
				return err
			}
		}
		return nil
	}
	return answers, walk(plan.Links, []string{id})
}
