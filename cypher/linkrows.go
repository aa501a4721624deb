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

// linkRows are the rows of create_links.cypher: the dataset's links, then
// each event's INVOLVES relationships.
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
			"startMin": b.StartMin, "startMax": b.StartMax, "endMin": b.EndMin, "endMax": b.EndMax,
			"spanKnown": l.Span.Known(), "seq": i,
			"inferred": l.Inferred, "title": nonEmpty(l.Title),
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
	return rows, nil
}

func linkRow(rel, from, fromLabel, to, toLabel string, props map[string]any) map[string]any {
	return map[string]any{
		"rel": rel, "from": from, "fromLabel": fromLabel,
		"to": to, "toLabel": toLabel, "props": props,
	}
}
