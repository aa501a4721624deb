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
	for _, l := range ds.Links {
		labels, ok := endLabels[l.Rel]
		if !ok {
			// The type becomes a relationship type in the graph: only
			// orgraph's own may, or delete_links would not find it again.
			return nil, org.Errorf(org.Invalid, "link from %q to %q: unknown relationship type %q", l.From, l.To, l.Rel)
		}
		props := sourceProps(map[string]any{
			"validFrom": date(l.Span.From), "validTo": date(l.Span.To),
			"firstDay": l.Span.FirstDay(), "lastDay": l.Span.LastDay(),
			"inferred": l.Inferred, "title": nonEmpty(l.Title),
		}, l.Sources, docs)
		if l.Rel.IsLineage() {
			// A lineage link happens on one date; say so for Browser users.
			props["date"] = date(l.Span.From)
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
