package org

import "context"

// A LinkPlan is a Links call a request will make below an entity it is
// about to look up by name, known before the lookup from the shape of the
// request: the entity's links of type Rel in direction Dir that Window
// selects, and then, from each node at their far ends, the calls in Next.
// A store that can answer a whole plan together with the lookup (Neo4j,
// in one statement) saves a round trip per nesting level; a store that
// cannot ignores it. A plan is a hint: the Links calls that follow must
// answer exactly as they would without one.
type LinkPlan struct {
	Rel    Rel
	Dir    Direction
	Window Window
	Next   []LinkPlan
}

type planKey struct{}

// WithPlan returns a context whose PersonByName and UnitByName calls may
// fetch plan's links along with the entity.
func WithPlan(ctx context.Context, plan []LinkPlan) context.Context {
	return context.WithValue(ctx, planKey{}, plan)
}

// PlanOf is the plan WithPlan put in ctx; nil when none.
func PlanOf(ctx context.Context) []LinkPlan {
	plan, _ := ctx.Value(planKey{}).([]LinkPlan)
	return plan
}
