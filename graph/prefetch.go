package graph

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/orgraph/orgraph/graph/scalar"
	"github.com/orgraph/orgraph/org"
)

// The prefetch planner makes batching independent of timing. gqlgen
// resolves a query depth first, each list element in its own goroutine, so
// a loader cannot know when a nesting level is complete without waiting a
// while; and gqlgen's batch resolvers group only the elements of one list.
// Instead, a root resolver walks its field's selection set breadth first,
// one round per level of people and units: each round loads the level's
// nodes and every relationship its fields ask for, one store call per kind
// of node and per relationship, window and date, all at once. The
// resolvers then find their answers in the request's loaders.
//
// A store that answers from memory (see inMemory) is not planned for: its
// resolvers call it directly, which costs less than planning.
//
// The planner only fills caches: a field it does not foresee, or whose
// arguments are bad, is fetched or reported by its own resolver as before,
// and an error it meets is stored for the fields that asked.

// ref is a node of the level being planned: a person or unit by id with
// the selection set asked of it.
type ref struct {
	typ string // "Person" or "Unit"
	id  string
	sel ast.SelectionSet
}

// prefetch plans the selection of the current root field for its answer.
func prefetch(ctx context.Context, typ string, ids ...string) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || loadersFor(ctx).direct {
		return
	}
	p := planner{ctx: ctx, oc: graphql.GetOperationContext(ctx), l: loadersFor(ctx), known: knownAt(ctx)}
	var level []ref
	for _, id := range ids {
		level = append(level, ref{typ, id, fc.Field.Selections})
	}
	p.run(level)
}

// prefetchEvents plans the selection of the events root field.
func prefetchEvents(ctx context.Context, events []org.Event) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || loadersFor(ctx).direct {
		return
	}
	p := planner{ctx: ctx, oc: graphql.GetOperationContext(ctx), l: loadersFor(ctx), known: knownAt(ctx)}
	var level []ref
	for _, f := range p.fields(fc.Field.Selections, "Event") {
		for i := range events {
			switch f.Name {
			case "units":
				level = p.refs(level, "Unit", events[i].UnitIDs, f.Selections)
			case "people":
				level = p.refs(level, "Person", events[i].PersonIDs, f.Selections)
			}
		}
	}
	p.run(level)
}

type planner struct {
	ctx   context.Context
	oc    *graphql.OperationContext
	l     *loaders
	known org.Date // the root field's knownAt, which every key carries
}

// request is one field of one node of a level, waiting for its answer.
type request struct {
	field graphql.CollectedField
	link  *linkKey
	chain *chainKey
	unit  string // lineage of this unit
}

// run plans level after level until no node asks for more. Then every
// field below the root field has its answer, or its error, in the loaders,
// and the root field is marked planned: its fields and list elements are
// resolved in place (see inPlace), as there is nothing left to wait for.
func (p planner) run(level []ref) {
	for len(level) > 0 && p.ctx.Err() == nil {
		level = p.round(level)
	}
	if rc := graphql.GetRootFieldContext(p.ctx); rc != nil && p.ctx.Err() == nil {
		p.l.planned.Store(rc, true)
	}
}

// round loads one level and returns the next.
func (p planner) round(level []ref) []ref {
	var people, units, lineages []nodeKey
	var links []linkKey
	var chains []chainKey
	var reqs []request
	// A node reached twice with the same selection (two reports with one
	// manager) is planned once.
	type refKey struct {
		typ, id string
		sel     *ast.Selection
	}
	seen := map[refKey]bool{}
	for _, r := range level {
		k := refKey{r.typ, r.id, nil}
		if len(r.sel) > 0 {
			k.sel = &r.sel[0]
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		if r.typ == "Person" {
			people = append(people, nodeKey{r.id, p.known})
		} else {
			units = append(units, nodeKey{r.id, p.known})
		}
		for _, f := range p.fields(r.sel, r.typ) {
			req, ok := p.request(r, f)
			if !ok {
				continue
			}
			switch {
			case req.link != nil:
				links = append(links, *req.link)
			case req.chain != nil:
				chains = append(chains, *req.chain)
			default:
				lineages = append(lineages, nodeKey{req.unit, p.known})
			}
			reqs = append(reqs, req)
		}
	}
	// The calls of one round are independent, so they run together: a
	// round costs one round trip to the store, however many kinds it asks.
	// A kind with nothing to load costs nothing, and a lone one runs here:
	// a goroutine's start and stack growth are most of what an in-memory
	// round costs.
	var loads []func()
	add := func(n int, load func()) {
		if n > 0 {
			loads = append(loads, load)
		}
	}
	add(len(people), func() { p.l.people.loadMany(p.ctx, people) })
	add(len(units), func() { p.l.units.loadMany(p.ctx, units) })
	add(len(links), func() { p.l.links.loadMany(p.ctx, links) })
	add(len(chains), func() { p.l.chains.loadMany(p.ctx, chains) })
	add(len(lineages), func() { p.l.lineages.loadMany(p.ctx, lineages) })
	if len(loads) == 1 {
		loads[0]()
	} else {
		var wg sync.WaitGroup
		for _, load := range loads {
			wg.Go(load)
		}
		wg.Wait()
	}
	var next []ref
	for _, req := range reqs {
		next = p.follow(next, req)
	}
	return next
}

// fields lists the fields selected on an object of type typ, fragments
// and @skip/@include applied.
func (p planner) fields(sel ast.SelectionSet, typ string) []graphql.CollectedField {
	if len(sel) == 0 {
		return nil
	}
	return graphql.CollectFields(p.oc, sel, []string{typ})
}

// request is what field f of node r needs from the store, if anything.
func (p planner) request(r ref, f graphql.CollectedField) (request, bool) {
	link := func(rel org.Rel, dir org.Direction, w org.Window) (request, bool) {
		w.KnownAt = p.known
		return request{field: f, link: &linkKey{rel, dir, r.id, w}}, true
	}
	args := f.ArgumentMap(p.oc.Variables)
	switch r.typ + "." + f.Name {
	case "Person.managers", "Person.directReports", "Person.roles",
		"Unit.children", "Unit.heads", "Unit.memberships":
		w, ok := windowArgs(args)
		if !ok {
			return request{}, false
		}
		rel, dir := linkFields[r.typ+"."+f.Name].rel, linkFields[r.typ+"."+f.Name].dir
		return link(rel, dir, w)
	case "Unit.parent":
		at, ok1 := dateArg(args, "at")
		certain, ok2 := boolArg(args, "certain")
		if !ok1 || !ok2 {
			return request{}, false
		}
		return link(org.PartOf, org.Out, parentWindow(at, certain, p.known))
	case "Unit.mergedInto":
		return link(org.MergedInto, org.Out, org.Window{})
	case "Unit.splitFrom":
		return link(org.SplitFrom, org.Out, org.Window{})
	case "Unit.renamedTo":
		return link(org.RenamedTo, org.Out, org.Window{})
	case "Person.reportingChain":
		at, ok1 := dateArg(args, "at")
		certain, ok2 := boolArg(args, "certain")
		if !ok1 || !ok2 || at == nil {
			return request{}, false
		}
		w := org.At(*at)
		w.Certain, w.KnownAt = certain != nil && *certain, p.known
		return request{field: f, chain: &chainKey{r.id, w}}, true
	case "Unit.lineage":
		return request{field: f, unit: r.id}, true
	}
	return request{}, false
}

// linkFields are the fields that list a node's links as they are.
var linkFields = map[string]struct {
	rel org.Rel
	dir org.Direction
}{
	"Person.managers":      {org.ReportsTo, org.Out},
	"Person.directReports": {org.ReportsTo, org.In},
	"Person.roles":         {org.Heads, org.Out},
	"Unit.children":        {org.PartOf, org.In},
	"Unit.heads":           {org.Heads, org.In},
	"Unit.memberships":     {org.PartOf, org.Out},
}

// follow adds to next the people and units that req's answer leads to,
// through the edge fields selected on it.
func (p planner) follow(next []ref, req request) []ref {
	switch {
	case req.chain != nil:
		ids, err := p.l.chains.load(p.ctx, *req.chain)
		if err != nil {
			return next
		}
		return p.refs(next, "Person", ids, req.field.Selections)
	case req.link == nil:
		ls, err := p.l.lineages.load(p.ctx, nodeKey{req.unit, p.known})
		if err != nil {
			return next
		}
		return p.edges(next, "LineageEdge", ls, req.field.Selections)
	}
	ls, err := p.l.links.load(p.ctx, *req.link)
	if err != nil {
		return next
	}
	switch req.field.Name {
	case "parent":
		if l, ok := org.Preferred(ls, req.link.w); ok {
			next = append(next, ref{"Unit", l.To, req.field.Selections})
		}
		return next
	case "children":
		for _, l := range ls {
			next = append(next, ref{"Unit", l.From, req.field.Selections})
		}
		return next
	}
	return p.edges(next, edgeTypes[req.link.rel], ls, req.field.Selections)
}

// edgeTypes names the GraphQL type that presents each relationship.
var edgeTypes = map[org.Rel]string{
	org.ReportsTo: "ReportingLine", org.Heads: "Role", org.PartOf: "Membership",
	org.MergedInto: "LineageEdge", org.SplitFrom: "LineageEdge", org.RenamedTo: "LineageEdge",
}

// edgeEnds are the fields of the edge types that lead to a node: its type,
// and whether it is the link's To end (else its From end).
var edgeEnds = map[string]struct {
	typ string
	to  bool
}{
	"ReportingLine.person":  {"Person", false},
	"Role.person":           {"Person", false},
	"ReportingLine.manager": {"Person", true},
	"Role.unit":             {"Unit", true},
	"Membership.parent":     {"Unit", true},
	"LineageEdge.target":    {"Unit", true},
	"Membership.unit":       {"Unit", false},
	"LineageEdge.unit":      {"Unit", false},
}

// edges adds the nodes at either end of links, as far as the selection on
// the edge type typ asks for them.
func (p planner) edges(next []ref, typ string, ls []org.Link, sel ast.SelectionSet) []ref {
	for _, f := range p.fields(sel, typ) {
		end, ok := edgeEnds[typ+"."+f.Name]
		if !ok {
			continue
		}
		for _, l := range ls {
			id := l.From
			if end.to {
				id = l.To
			}
			next = append(next, ref{end.typ, id, f.Selections})
		}
	}
	return next
}

func (p planner) refs(next []ref, typ string, ids []string, sel ast.SelectionSet) []ref {
	for _, id := range ids {
		next = append(next, ref{typ, id, sel})
	}
	return next
}

// windowArgs reads at/from/to and certain as the resolvers do; false when
// they are bad, which the field's resolver will report.
func windowArgs(args map[string]any) (org.Window, bool) {
	at, ok1 := dateArg(args, "at")
	from, ok2 := dateArg(args, "from")
	to, ok3 := dateArg(args, "to")
	certain, ok4 := boolArg(args, "certain")
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return org.Window{}, false
	}
	w, err := window(at, from, to)
	w.Certain = certain != nil && *certain
	return w, err == nil
}

// boolArg reads an optional Boolean argument: nil when absent or null.
func boolArg(args map[string]any, name string) (*bool, bool) {
	v, ok := args[name]
	if !ok || v == nil {
		return nil, true
	}
	b, ok := v.(bool)
	return &b, ok
}

// dateArg reads an optional Date argument: nil when absent or null.
func dateArg(args map[string]any, name string) (*org.Date, bool) {
	v, ok := args[name]
	if !ok || v == nil {
		return nil, true
	}
	d, err := scalar.UnmarshalDate(v)
	return &d, err == nil
}
