package cypher

import (
	"slices"

	"github.com/orgraph/orgraph/org"
)

// dateRange is how a Range is stored: the dataset's notation ("2018-12",
// "2018-10/2018-12", "2015/.."), or null (no property) when not given.
func dateRange(r org.Range) any {
	if r.IsZero() {
		return nil
	}
	return r.String()
}

// nonEmpty stores "" as no property at all.
func nonEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// sourceProps writes citations onto a fact as parallel lists: the document
// ids and notes, and the cited documents' titles and publication dates, so
// that reading a fact needs no lookup of its documents. Neo4j lists hold no
// nulls: "" stands for unknown. The load rewrites every fact with the
// documents, so the copies cannot go stale.
//
// It also writes `reported`, the first day on which a source may have been
// published (org.PublishedBy), as a date: the fact or entity is known at D
// exactly when reported <= D's last day. A source with no publication date
// counts from the start (MinDay: 0001-01-01); no source at all, never
// (MaxDay: 9999-12-31, which no stated date's last day reaches, while the
// zero knownAt's last day equals it).
func sourceProps(props map[string]any, src []org.Source, docs map[string]org.Document) map[string]any {
	n := len(src)
	ids, notes, titles, published := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	reported := org.MaxDay
	for i, s := range src {
		d := docs[s.Document]
		ids[i], notes[i], titles[i], published[i] = s.Document, s.Note, d.Title, rangeString(d.Published)
		reported = min(reported, d.Published.FirstDay())
	}
	props["sourceDocs"], props["sourceNotes"] = ids, notes
	props["sourceTitles"], props["sourcePublished"] = titles, published
	props["reported"] = date(reported)
	return props
}

// names sets the properties that lookups by name use: the aliases, and the
// keys, every distinct normalized name, which the full-text index
// orgraph_keys serves exact and prefix lookups from (schema_keys.cypher)
// and search's in-memory index reads (search_entries.cypher).
func names(props map[string]any, name string, aliases []string) {
	var keys []string
	for _, n := range append([]string{name}, aliases...) {
		if k := org.Normalize(n); k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	props["aliases"] = orEmpty(aliases)
	props["keys"] = orEmpty(keys)
}

// orEmpty stores a nil list as an empty one, so every node has the property.
func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// caption is the `name` of an event or document node: its title, or its id
// when it has none. Neo4j Browser captions nodes by `name` unless a style
// says otherwise, so with it every orgraph node has a readable caption.
func caption(title, id string) string {
	if title == "" {
		return id
	}
	return title
}

func documentRows(docs []org.Document) []map[string]any {
	rows := make([]map[string]any, len(docs))
	for i, d := range docs {
		rows[i] = map[string]any{
			"id": d.ID, "name": caption(d.Title, d.ID), "language": nonEmpty(d.Language), "outlet": nonEmpty(d.Outlet),
			"published": dateRange(d.Published), "title": nonEmpty(d.Title), "note": nonEmpty(d.Note),
		}
	}
	return rows
}

// personRows are stage_people's rows.
func personRows(people []org.Person, docs map[string]org.Document) []map[string]any {
	rows := make([]map[string]any, len(people))
	for i, p := range people {
		rows[i] = sourceProps(map[string]any{"id": p.ID, "name": p.Name, "packed": packPerson(p, docs)}, p.Sources, docs)
		names(rows[i], p.Name, p.Aliases)
	}
	return rows
}

// unitRows are stage_units's rows.
func unitRows(units []org.Unit, docs map[string]org.Document) []map[string]any {
	rows := make([]map[string]any, len(units))
	for i, u := range units {
		rows[i] = sourceProps(map[string]any{
			"id": u.ID, "name": u.Name, "kind": nonEmpty(u.Kind),
			"founded": dateRange(u.Founded), "dissolved": dateRange(u.Dissolved),
			"existsFrom": dateRange(u.Exists.From), "existsTo": dateRange(u.Exists.To),
			"packed": packUnit(u, docs),
		}, u.Sources, docs)
		names(rows[i], u.Name, u.Aliases)
	}
	return rows
}

func eventRows(events []org.Event, docs map[string]org.Document) []map[string]any {
	rows := make([]map[string]any, len(events))
	for i, e := range events {
		rows[i] = sourceProps(map[string]any{
			"id": e.ID, "name": caption(e.Title, e.ID), "date": dateRange(e.Date), "title": nonEmpty(e.Title),
			"firstDay": date(e.Date.FirstDay()), "lastDay": date(e.Date.LastDay()),
			"unitIds": orEmpty(e.UnitIDs), "personIds": orEmpty(e.PersonIDs),
		}, e.Sources, docs)
	}
	return rows
}
