package cypher

import (
	"github.com/orgraph/orgraph/org"
)

// endLabels are the orgraph-only labels a relationship type's start and end nodes carry.
var endLabels = map[org.Rel][2]string{
	org.ReportsTo:  {"OrgraphPerson", "OrgraphPerson"},
	org.Heads:      {"OrgraphPerson", "OrgraphUnit"},
	org.PartOf:     {"OrgraphUnit", "OrgraphUnit"},
	org.MergedInto: {"OrgraphUnit", "OrgraphUnit"},
	org.SplitFrom:  {"OrgraphUnit", "OrgraphUnit"},
	org.RenamedTo:  {"OrgraphUnit", "OrgraphUnit"},
}

// citedIn links a person, unit or event to each document its own sources
// cite, so that Browser users can expand a document to what it supports.
// Facts are relationships and cannot point at documents: theirs stay the
// source lists on the relationship (see README.md).
const citedIn = "CITED_IN"

// linkRows are the rows of the stage_*.cypher relationship statements: the
// dataset's links, then each event's INVOLVES relationships, then the
// CITED_IN relationships of people, units and events.
func linkRows(ds *org.Dataset, docs map[string]org.Document) ([]map[string]any, error) {
	var rows []map[string]any
	for i, l := range ds.Links {
		labels, ok := endLabels[l.Rel]
		if !ok {
			// The type becomes a relationship type in the graph: only
			// orgraph's own may, or delete_links would not find it again.
			return nil, org.Errorf(org.Invalid, "link from %q to %q: unknown relationship type %q", l.From, l.To, l.Rel)
		}
		// The bounds are org.Derive's, clipped to the lifespans: the
		// queries compare them with the window's days and never re-derive.
		b := l.Bounds
		props := sourceProps(map[string]any{
			"validFrom": dateRange(l.Span.From), "validTo": dateRange(l.Span.To),
			"startMin": date(b.StartMin), "startMax": date(b.StartMax), "endMin": date(b.EndMin), "endMax": date(b.EndMax),
			"spanKnown": l.Span.Known(), "seq": i,
			"inferred": l.Inferred, "title": nonEmpty(l.Title), "packed": packLink(l, i, docs),
		}, l.Sources, docs)
		if l.Rel.IsLineage() {
			// A lineage link happens on one date; say so for Browser users.
			props["date"] = dateRange(l.Span.From)
		}
		rows = append(rows, linkRow(string(l.Rel), l.From, labels[0], l.To, labels[1], props))
	}
	for _, e := range ds.Events {
		for _, id := range e.UnitIDs {
			rows = append(rows, linkRow(involves, e.ID, "OrgraphEvent", id, "OrgraphUnit", map[string]any{}))
		}
		for _, id := range e.PersonIDs {
			rows = append(rows, linkRow(involves, e.ID, "OrgraphEvent", id, "OrgraphPerson", map[string]any{}))
		}
	}
	for _, p := range ds.People {
		rows = append(rows, citedRows(p.ID, "OrgraphPerson", p.Sources)...)
	}
	for _, u := range ds.Units {
		rows = append(rows, citedRows(u.ID, "OrgraphUnit", u.Sources)...)
	}
	for _, e := range ds.Events {
		rows = append(rows, citedRows(e.ID, "OrgraphEvent", e.Sources)...)
	}
	return rows, nil
}

// citedRows are one CITED_IN row per document that an entity's sources
// cite, in the order of first citation, with the notes of every citation
// of that document (an entity may cite one document for several things).
func citedRows(id, label string, sources []org.Source) []map[string]any {
	var docs []string
	notes := map[string][]string{}
	for _, s := range sources {
		if _, ok := notes[s.Document]; !ok {
			docs = append(docs, s.Document)
			notes[s.Document] = []string{}
		}
		if s.Note != "" {
			notes[s.Document] = append(notes[s.Document], s.Note)
		}
	}
	rows := make([]map[string]any, len(docs))
	for i, d := range docs {
		rows[i] = linkRow(citedIn, id, label, d, "OrgraphDocument", map[string]any{"notes": notes[d]})
	}
	return rows
}

func linkRow(rel, from, fromLabel, to, toLabel string, props map[string]any) map[string]any {
	return map[string]any{
		"rel": rel, "from": from, "fromLabel": fromLabel,
		"to": to, "toLabel": toLabel, "props": props,
	}
}
