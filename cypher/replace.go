package cypher

import (
	"context"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/org"
)

// batchSize bounds the rows sent with one statement: large enough to keep
// round trips few, small enough to keep each message and plan modest.
const batchSize = 500

// involves links an event to the people and units it concerns; it is not an
// org.Rel because the dataset keeps those ids on the event itself.
const involves = "INVOLVES"

// batch is one statement of Replace with its rows.
type batch struct {
	query string
	rows  []map[string]any
}

// Replace makes the database's orgraph data equal to ds in one write
// transaction, so that a failure or a lost connection leaves the previous
// data as it was. It calls progress, when not nil, after each batch with the
// rows written so far and in all. Running it twice changes nothing.
func (s *Store) Replace(ctx context.Context, ds *org.Dataset, progress func(done, total int)) error {
	links, err := linkRows(ds)
	if err != nil {
		return err
	}
	var nodes, rels []batch
	split := func(into *[]batch, query string, rows []map[string]any) {
		for chunk := range slices.Chunk(rows, batchSize) {
			*into = append(*into, batch{query, chunk})
		}
	}
	split(&nodes, "upsert_documents", documentRows(ds.Documents))
	split(&nodes, "upsert_people", personRows(ds.People))
	split(&nodes, "upsert_units", unitRows(ds.Units))
	split(&nodes, "upsert_events", eventRows(ds.Events))
	split(&rels, "create_links", links)
	total := len(ds.Documents) + len(ds.People) + len(ds.Units) + len(ds.Events) + len(links)
	stale := map[string]any{
		"documents": ids(ds.Documents, func(d org.Document) string { return d.ID }),
		"people":    ids(ds.People, func(p org.Person) string { return p.ID }),
		"units":     ids(ds.Units, func(u org.Unit) string { return u.ID }),
		"events":    ids(ds.Events, func(e org.Event) string { return e.ID }),
	}
	_, err = writeTx(ctx, s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		done := 0
		write := func(batches []batch) error {
			for _, b := range batches {
				recs, err := run(ctx, tx, b.query, map[string]any{"rows": b.rows})
				if err != nil {
					return err
				}
				if len(recs) > 0 {
					// Returning an error rolls the whole transaction back.
					r := &row{rec: recs[0]}
					return org.Errorf(org.Invalid, "cannot write %s link from %q to %q: a node does not exist",
						r.str("rel"), r.str("from"), r.str("to"))
				}
				done += len(b.rows)
				if progress != nil {
					progress(done, total)
				}
			}
			return nil
		}
		if _, err := run(ctx, tx, "delete_links", nil); err != nil {
			return struct{}{}, err
		}
		if err := write(nodes); err != nil {
			return struct{}{}, err
		}
		// Every node of ds exists now. Delete the others before linking, so
		// that a link to a node outside ds fails instead of vanishing.
		if _, err := run(ctx, tx, "delete_stale", stale); err != nil {
			return struct{}{}, err
		}
		return struct{}{}, write(rels)
	})
	return err
}

func ids[T any](items []T, id func(T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	return out
}

// date is how a Date is stored: its string, or null (no property) when unknown.
func date(d org.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

// nonEmpty stores "" as no property at all.
func nonEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// sources splits citations into the parallel sourceDocs and sourceNotes
// lists; Title and Published live on the Document nodes.
func sources(props map[string]any, src []org.Source) map[string]any {
	docs, notes := make([]string, len(src)), make([]string, len(src))
	for i, s := range src {
		docs[i], notes[i] = s.Document, s.Note
	}
	props["sourceDocs"], props["sourceNotes"] = docs, notes
	return props
}

// names sets the properties that lookups by name use: keys, every distinct
// normalized name, for exact matches; search, the same joined with "|", for
// search candidates (no gram contains "|", so none spans two names).
func names(props map[string]any, name string, aliases []string) map[string]any {
	var keys []string
	for _, n := range append([]string{name}, aliases...) {
		if k := org.Normalize(n); k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	props["aliases"] = orEmpty(aliases)
	props["keys"] = orEmpty(keys)
	props["search"] = strings.Join(keys, "|")
	return props
}

// orEmpty stores a nil list as an empty one, so every node has the property.
func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func documentRows(docs []org.Document) []map[string]any {
	rows := make([]map[string]any, len(docs))
	for i, d := range docs {
		rows[i] = map[string]any{
			"id": d.ID, "language": nonEmpty(d.Language), "outlet": nonEmpty(d.Outlet),
			"published": date(d.Published), "title": nonEmpty(d.Title), "note": nonEmpty(d.Note),
		}
	}
	return rows
}

func personRows(people []org.Person) []map[string]any {
	rows := make([]map[string]any, len(people))
	for i, p := range people {
		rows[i] = sources(names(map[string]any{"id": p.ID, "name": p.Name}, p.Name, p.Aliases), p.Sources)
	}
	return rows
}

func unitRows(units []org.Unit) []map[string]any {
	rows := make([]map[string]any, len(units))
	for i, u := range units {
		rows[i] = sources(names(map[string]any{"id": u.ID, "name": u.Name, "kind": nonEmpty(u.Kind)}, u.Name, u.Aliases), u.Sources)
	}
	return rows
}

func eventRows(events []org.Event) []map[string]any {
	rows := make([]map[string]any, len(events))
	for i, e := range events {
		rows[i] = sources(map[string]any{
			"id": e.ID, "date": date(e.Date), "title": nonEmpty(e.Title),
			"firstDay": e.Date.FirstDay(), "lastDay": e.Date.LastDay(),
			"unitIds": orEmpty(e.UnitIDs), "personIds": orEmpty(e.PersonIDs),
		}, e.Sources)
	}
	return rows
}
