package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/orgraph/orgraph/org"
)

// lookaheadDepth bounds the plan lookahead builds. A store answers what
// it can of a plan (Neo4j: four levels) and the prefetch planner's rounds
// the rest, so the bound only keeps a pathological query's plan small.
const lookaheadDepth = 8

// lookahead returns ctx with the org.Plan of the current root field,
// whose answer is a node of type typ about to be looked up by name: the
// links its selection will ask for, level by level, and its reporting
// chains and lineage, as the prefetch planner's rounds will ask for them.
// A store that can fetch them with the lookup then answers those rounds
// without another round trip. Only a store with request scopes can keep
// what it fetched, so for another (the in-memory store) no plan is built.
func lookahead(ctx context.Context, s org.Store, typ string) context.Context {
	fc := graphql.GetFieldContext(ctx)
	if _, ok := s.(scoper); !ok || fc == nil {
		return ctx
	}
	p := planner{ctx: ctx, oc: graphql.GetOperationContext(ctx), known: knownAt(ctx)}
	plan := org.Plan{Links: p.plan(typ, fc.Field.Selections, lookaheadDepth)}
	for _, f := range p.fields(fc.Field.Selections, typ) {
		req, ok := p.request(ref{typ: typ}, f)
		switch {
		case !ok:
		case req.chain != nil:
			plan.Chains = append(plan.Chains, req.chain.w)
		case req.link == nil:
			plan.Lineages = append(plan.Lineages, p.known)
		}
	}
	if len(plan.Links) == 0 && len(plan.Chains) == 0 && len(plan.Lineages) == 0 {
		return ctx
	}
	return org.WithPlan(ctx, plan)
}

// plan is the org.LinkPlan of selection sel on a node of type typ, depth
// levels deep: every links field the planner would request (see
// planner.request), with the plan of the selections on the nodes at its
// far ends. Fields that select the near end again (a report's manager)
// are left to the rounds.
func (p planner) plan(typ string, sel ast.SelectionSet, depth int) []org.LinkPlan {
	if depth == 0 {
		return nil
	}
	var plan []org.LinkPlan
	for _, f := range p.fields(sel, typ) {
		req, ok := p.request(ref{typ: typ, sel: sel}, f)
		if !ok || req.link == nil {
			continue
		}
		lp := org.LinkPlan{Rel: req.link.rel, Dir: req.link.dir, Window: req.link.w}
		switch f.Name {
		case "parent", "children":
			// Fields that list the far-end units themselves.
			lp.Next = p.plan("Unit", f.Selections, depth-1)
		default:
			edge := edgeTypes[req.link.rel]
			for _, g := range p.fields(f.Selections, edge) {
				if end, ok := edgeEnds[edge+"."+g.Name]; ok && end.to == (req.link.dir == org.Out) {
					lp.Next = append(lp.Next, p.plan(end.typ, g.Selections, depth-1)...)
				}
			}
		}
		plan = append(plan, lp)
	}
	return plan
}
