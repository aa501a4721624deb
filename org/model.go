// Package org is orgraph's domain: people, units, the dated relationships
// between them and the Store that answers questions about them. It knows
// nothing of YAML, Neo4j or GraphQL; the loader, memstore, cypher and graph
// packages adapt it.
package org

// Document is one source document of a dataset.
type Document struct {
	ID        string
	Language  string
	Outlet    string
	Published Range // possibly an interval: "2019-06/2019-12"
	Title     string
	Note      string
}

// Source cites a document for one fact: which document, and a short note in
// the curator's own words. Title and Published repeat the document's own.
type Source struct {
	Document  string
	Title     string
	Published Range
	Note      string
}

// Person is one real person, whatever spelling the documents use.
type Person struct {
	ID      string
	Name    string
	Aliases []string
	Sources []Source
}

// Unit is one organisational unit: a company, sector, business group, centre.
type Unit struct {
	ID      string
	Name    string
	Kind    string
	Aliases []string
	Sources []Source
	// Founded and Dissolved are stated in the dataset; zero when not.
	Founded, Dissolved Range
	// Exists is the lifespan Derive works out from them and the lineage.
	Exists Lifespan
}

// Rel is the type of a relationship between two nodes.
type Rel string

// The relationship types. The first three hold over a span of time; the
// lineage ones happen on a date and point from the older unit to the newer.
const (
	ReportsTo  Rel = "REPORTS_TO"  // person → manager
	Heads      Rel = "HEADS"       // person → unit, with a title
	PartOf     Rel = "PART_OF"     // unit → parent unit
	MergedInto Rel = "MERGED_INTO" // unit → the unit it merged into
	SplitFrom  Rel = "SPLIT_FROM"  // unit → the unit it split off from
	RenamedTo  Rel = "RENAMED_TO"  // unit → the unit it became
)

// Rels lists every relationship type, in a stable order.
var Rels = []Rel{ReportsTo, Heads, PartOf, MergedInto, SplitFrom, RenamedTo}

// LineageRels are the relationship types that make up a unit's lineage.
var LineageRels = []Rel{MergedInto, SplitFrom, RenamedTo}

// IsLineage reports whether r is a lineage relationship.
func (r Rel) IsLineage() bool {
	return r == MergedInto || r == SplitFrom || r == RenamedTo
}

// Link is one relationship fact: From and To are node ids in the direction of
// the relationship. A lineage link happens at one date, so its Span starts
// and ends on that date.
type Link struct {
	Rel      Rel
	From, To string
	Title    string // HEADS only
	Span     Span
	Bounds   Bounds // Span clipped to the lifespans of its ends, filled by Derive
	Inferred bool
	Sources  []Source
}

// Event is one restructuring event.
type Event struct {
	ID        string
	Date      Range
	Title     string
	UnitIDs   []string
	PersonIDs []string
	Sources   []Source
}

// SearchHit is one person or unit matching a search.
type SearchHit struct {
	ID    string
	Name  string
	Kind  string // "person" or "unit"
	Score float64
}

// Dataset is a whole validated org history, as the loader hands it to a store.
type Dataset struct {
	Documents []Document
	People    []Person
	Units     []Unit
	Links     []Link
	Events    []Event
}
