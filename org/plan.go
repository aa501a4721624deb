package org

import "context"

// A Plan is what a request will ask about an entity it is about to look
// up by name, known before the lookup from the shape of the request. A
// store that can fetch it together with the lookup (Neo4j: in the same
// statement, or alongside it) saves round trips; a store that cannot
// ignores it. A plan is a hint: the calls that follow must answer exactly
// as they would without one.
type Plan struct {
	Links  []LinkPlan // Links calls on the entity, and below
	Chains []Window   // ReportingChains of the entity (a person) in each window
	// Lineages of the entity (a unit) as known at each date.
	Lineages []Date
}

// A LinkPlan is a Links call the request will make: the entity's links of
// type Rel in direction Dir that Window selects, and then, from each node
// at their far ends, the calls in Next.
type LinkPlan struct {
	Rel    Rel
	Dir    Direction
	Window Window
	Next   []LinkPlan
}

type planKey struct{}

// WithPlan returns a context whose PersonByName and UnitByName calls may
// fetch plan along with the entity.
func WithPlan(ctx context.Context, plan Plan) context.Context {
	return context.WithValue(ctx, planKey{}, plan)
}

// PlanOf is the plan WithPlan put in ctx; the zero Plan when none.
func PlanOf(ctx context.Context) Plan {
	plan, _ := ctx.Value(planKey{}).(Plan)
	return plan
}
