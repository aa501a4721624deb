package org

import "context"

// Direction picks which end of a relationship an id is matched against.
type Direction int

// Out matches links that start at the id (a person's managers, a unit's
// parent); In matches links that end at it (direct reports, children).
const (
	Out Direction = iota
	In
)

// Store answers the questions orgraph's API asks. Every method that takes a
// list of ids answers in the same order, so per-request dataloaders can batch
// calls. Unknown names are (nil, nil), not errors; a store that cannot answer
// returns an UNAVAILABLE Error.
//
// Both implementations, memstore and cypher, must give identical answers:
// storetest holds the suite that checks it.
type Store interface {
	// Ready returns nil when the store answers and holds a dataset.
	Ready(ctx context.Context) error
	// PersonByName resolves any alias, case- and space-insensitively, as
	// known at knownAt (see KnownPerson; zero: everything).
	PersonByName(ctx context.Context, name string, knownAt Date) (*Person, error)
	// UnitByName resolves any alias, case- and space-insensitively, as known at knownAt.
	UnitByName(ctx context.Context, name string, knownAt Date) (*Unit, error)
	// People returns the people with the given ids as known at knownAt; nil
	// where unknown.
	People(ctx context.Context, ids []string, knownAt Date) ([]*Person, error)
	// Units returns the units with the given ids as known at knownAt; nil where unknown.
	Units(ctx context.Context, ids []string, knownAt Date) ([]*Unit, error)
	// Search ranks the people and units known at knownAt by how well an
	// alias matches text (see Rank).
	Search(ctx context.Context, text string, first int, knownAt Date) ([]SearchHit, error)
	// Events returns the events w selects (Window.SelectEvent), in EventOrder.
	Events(ctx context.Context, w Window) ([]Event, error)
	// Links returns, for each id, its links of type rel in direction dir
	// that w selects (Window.Select) and whose both ends were known at
	// w.KnownAt, in LinkOrder.
	Links(ctx context.Context, rel Rel, dir Direction, ids []string, w Window) ([][]Link, error)
	// ReportingChains returns, for each person, the ids of their managers
	// upward in w (an At window, maybe Certain and KnownAt), nearest first,
	// following the Preferred reporting line among those Links selects at
	// each step and stopping before anyone already in the chain.
	ReportingChains(ctx context.Context, ids []string, w Window) ([][]string, error)
	// Lineages returns, for each unit, every lineage link reachable from it
	// through lineage links in either direction, in LinkOrder, using only
	// the links (and units) known at knownAt.
	Lineages(ctx context.Context, ids []string, knownAt Date) ([][]Link, error)
	// Changes returns what changed in w (Window.SelectChange over
	// LinkChanges of every link and UnitChanges of every unit), keeping
	// only changes whose units and people were all known at w.KnownAt, in
	// ChangeOrder.
	Changes(ctx context.Context, w Window) ([]Change, error)
	// ListPeople returns one page of the people q asks for (see ListQuery).
	ListPeople(ctx context.Context, q ListQuery) (ListPage, error)
	// ListUnits returns one page of the units q asks for.
	ListUnits(ctx context.Context, q ListQuery) (ListPage, error)
	// Documents returns the documents published by knownAt (see
	// KnownDocuments), sorted by id.
	Documents(ctx context.Context, knownAt Date) ([]Document, error)
	// Cited returns what document doc supports, as known at knownAt: empty
	// when doc was not published by then; otherwise every link (between
	// ends known then) and event that cites it and every person and unit
	// whose sources do, each with only the sources published by knownAt.
	Cited(ctx context.Context, doc string, knownAt Date) (Citations, error)
}
