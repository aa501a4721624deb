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

// link is one relationship a load writes: its type and ends, which are
// checked before anything is written, and its properties, built only when
// its batch is written (see batch).
type link struct {
	rel, from, fromLabel, to, toLabel string
	props                             func() map[string]any
}

// links are the relationships of the stage_*.cypher statements: the
// dataset's links, then each event's INVOLVES relationships, then the
// CITED_IN relationships of people, units and events.
func links(ds *org.Dataset, docs map[string]org.Document) ([]link, error) {
	var out []link
	for i, l := range ds.Links {
		labels, ok := endLabels[l.Rel]
		if !ok {
			// The type becomes a relationship type in the graph: only
			// orgraph's own may, or delete_links would not find it again.
			return nil, org.Errorf(org.Invalid, "link from %q to %q: unknown relationship type %q", l.From, l.To, l.Rel)
		}
		out = append(out, link{string(l.Rel), l.From, labels[0], l.To, labels[1],
			func() map[string]any { return linkProps(ds.Links[i], i, docs) }})
	}
	none := func() map[string]any { return map[string]any{} }
	for _, e := range ds.Events {
		for _, id := range e.UnitIDs {
			out = append(out, link{involves, e.ID, "OrgraphEvent", id, "OrgraphUnit", none})
		}
		for _, id := range e.PersonIDs {
			out = append(out, link{involves, e.ID, "OrgraphEvent", id, "OrgraphPerson", none})
		}
	}
	for _, p := range ds.People {
		out = append(out, citedLinks(p.ID, "OrgraphPerson", p.Sources)...)
	}
	for _, u := range ds.Units {
		out = append(out, citedLinks(u.ID, "OrgraphUnit", u.Sources)...)
	}
	for _, e := range ds.Events {
		out = append(out, citedLinks(e.ID, "OrgraphEvent", e.Sources)...)
	}
	return out, nil
}

// linkProps are the properties of the i-th link of the dataset.
func linkProps(l org.Link, i int, docs map[string]org.Document) map[string]any {
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
	return props
}

// citedLinks are one CITED_IN relationship per document that an entity's
// sources cite, in the order of first citation, with the notes of every
// citation of that document (an entity may cite one document for several
// things).
func citedLinks(id, label string, sources []org.Source) []link {
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
	out := make([]link, len(docs))
	for i, d := range docs {
		n := notes[d]
		out[i] = link{citedIn, id, label, d, "OrgraphDocument", func() map[string]any { return map[string]any{"notes": n} }}
	}
	return out
}

// linkRows are the rows of a relationship batch.
func linkRows(ls []link) []map[string]any {
	rows := make([]map[string]any, len(ls))
	for i, l := range ls {
		rows[i] = map[string]any{
			"rel": l.rel, "from": l.from, "fromLabel": l.fromLabel,
			"to": l.to, "toLabel": l.toLabel, "props": l.props(),
		}
	}
	return rows
}
