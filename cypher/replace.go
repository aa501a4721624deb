package cypher

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/org"
)

// batchSize bounds the rows sent with one statement: large enough that a
// load is a few dozen round trips, small enough to keep each message modest.
const batchSize = 5000

// involves links an event to the people and units it concerns; it is not an
// org.Rel because the dataset keeps those ids on the event itself.
const involves = "INVOLVES"

// batch is one statement of Replace with its rows.
type batch struct {
	query statement
	rows  []map[string]any
}

// plan is everything Replace writes for a dataset, built only when the
// stored digest differs from the dataset's: a no-op reload needs only that.
type plan struct {
	nodes, rels  []batch
	stale        map[string]any
	total        int // rows in all, for progress
	maxKeyLength int // the longest normalized name, in runes
}

func newPlan(ds *org.Dataset) (*plan, error) {
	docs := make(map[string]org.Document, len(ds.Documents))
	for _, d := range ds.Documents {
		docs[d.ID] = d
	}
	links, err := linkRows(ds, docs)
	if err != nil {
		return nil, err
	}
	people, peopleLen := personRows(ds.People, docs)
	units, unitsLen := unitRows(ds.Units, docs)
	p := &plan{
		total:        len(ds.Documents) + len(ds.People) + len(ds.Units) + len(ds.Events) + len(links),
		maxKeyLength: max(peopleLen, unitsLen),
		stale: map[string]any{
			"documents": ids(ds.Documents, func(d org.Document) string { return d.ID }),
			"people":    ids(ds.People, func(p org.Person) string { return p.ID }),
			"units":     ids(ds.Units, func(u org.Unit) string { return u.ID }),
			"events":    ids(ds.Events, func(e org.Event) string { return e.ID }),
		},
	}
	split := func(into *[]batch, q statement, rows []map[string]any) {
		for chunk := range slices.Chunk(rows, batchSize) {
			*into = append(*into, batch{q, chunk})
		}
	}
	split(&p.nodes, qUpsertDocuments, documentRows(ds.Documents))
	split(&p.nodes, qUpsertPeople, people)
	split(&p.nodes, qUpsertUnits, units)
	split(&p.nodes, qUpsertEvents, eventRows(ds.Events, docs))
	split(&p.rels, qCreateLinks, links)
	return p, nil
}

// Replace makes the database's orgraph data equal to ds in one write
// transaction, so that a failure or a lost connection leaves the previous
// data as it was. It calls progress, when not nil, after each batch with the
// rows written so far and in all. Running it twice changes nothing.
func (s *Store) Replace(ctx context.Context, ds *org.Dataset, progress func(done, total int)) error {
	_, err := s.Load(ctx, ds, nil, progress)
	return err
}

// Load is Replace for `orgraph load`: its transaction first takes the load
// lock (the :OrgraphMeta node), so concurrent loads run one after another,
// each seeing what the previous one committed. With a diff function, it
// then writes nothing when the stored digest says the database already holds
// ds; otherwise it calls diff with the stored data, read in the same
// transaction, and writes only when diff returns true. Without one it
// always writes. It reports whether it wrote.
func (s *Store) Load(ctx context.Context, ds *org.Dataset, diff func(stored *org.Dataset) bool, progress func(done, total int)) (bool, error) {
	sum := datasetDigest(ds)
	var p *plan // built once, when needed; a retried transaction reuses it
	return writeTx(ctx, s, func(tx neo4j.ManagedTransaction) (bool, error) {
		recs, err := run(ctx, tx, qLoadLock, nil)
		if err != nil {
			return false, err
		}
		if diff != nil {
			if stored, _ := recs[0].Get("digest"); stored == sum {
				return false, nil
			}
		}
		if p == nil {
			if p, err = newPlan(ds); err != nil {
				return false, err
			}
		}
		if diff != nil {
			stored, err := snapshot(ctx, tx)
			if err != nil {
				return false, err
			}
			if !diff(stored) {
				// Same data written differently (e.g. in another order):
				// record the digest so the next load stops at the lock.
				_, err := run(ctx, tx, qLoadSetDigest, map[string]any{"digest": sum, "maxKeyLength": p.maxKeyLength})
				return false, err
			}
		}
		return true, p.write(ctx, tx, sum, progress)
	})
}

// write replaces the orgraph data inside tx.
func (p *plan) write(ctx context.Context, tx neo4j.ManagedTransaction, digest string, progress func(done, total int)) error {
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
				progress(done, p.total)
			}
		}
		return nil
	}
	for _, q := range []statement{qDeleteLinks, qDeleteKeys} {
		if _, err := run(ctx, tx, q, nil); err != nil {
			return err
		}
	}
	if err := write(p.nodes); err != nil {
		return err
	}
	// Every node of ds exists now. Delete the others before linking, so
	// that a link to a node outside ds fails instead of vanishing.
	if _, err := run(ctx, tx, qDeleteStale, p.stale); err != nil {
		return err
	}
	if err := write(p.rels); err != nil {
		return err
	}
	_, err := run(ctx, tx, qLoadSetDigest, map[string]any{"digest": digest, "maxKeyLength": p.maxKeyLength})
	return err
}

func ids[T any](items []T, id func(T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	return out
}

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
// published (org.PublishedBy): the fact or entity is known at D exactly when
// reported <= D's last day. A source with no publication date counts from
// the start (MinDay); no source at all, never (MaxDay, which no date's last
// day reaches, while the zero knownAt's last day equals it).
func sourceProps(props map[string]any, src []org.Source, docs map[string]org.Document) map[string]any {
	n := len(src)
	ids, notes, titles, published := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	reported := org.MaxDay
	for i, s := range src {
		d := docs[s.Document]
		ids[i], notes[i], titles[i] = s.Document, s.Note, d.Title
		if !d.Published.IsZero() {
			published[i] = d.Published.String()
		}
		reported = min(reported, d.Published.FirstDay())
	}
	props["sourceDocs"], props["sourceNotes"] = ids, notes
	props["sourceTitles"], props["sourcePublished"] = titles, published
	props["reported"] = reported
	return props
}

// names sets the properties that lookups by name use, and returns the keys:
// every distinct normalized name, each also an :OrgraphKey node for exact
// matches; search is the keys joined with "|", for search candidates (no
// gram contains "|", so none spans two names).
func names(props map[string]any, name string, aliases []string) []string {
	var keys []string
	for _, n := range append([]string{name}, aliases...) {
		if k := org.Normalize(n); k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	props["aliases"] = orEmpty(aliases)
	props["keys"] = orEmpty(keys)
	props["search"] = strings.Join(keys, "|")
	return orEmpty(keys)
}

// longest is the length in runes of the longest key.
func longest(keys []string) int {
	n := 0
	for _, k := range keys {
		n = max(n, utf8.RuneCountInString(k))
	}
	return n
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
			"published": dateRange(d.Published), "title": nonEmpty(d.Title), "note": nonEmpty(d.Note),
		}
	}
	return rows
}

// personRows are upsert_people's rows, and the longest key among them.
func personRows(people []org.Person, docs map[string]org.Document) ([]map[string]any, int) {
	rows, most := make([]map[string]any, len(people)), 0
	for i, p := range people {
		props := sourceProps(map[string]any{"id": p.ID, "name": p.Name}, p.Sources, docs)
		keys := names(props, p.Name, p.Aliases)
		most = max(most, longest(keys))
		rows[i] = map[string]any{"props": props, "keys": keys}
	}
	return rows, most
}

// unitRows are upsert_units's rows, and the longest key among them.
func unitRows(units []org.Unit, docs map[string]org.Document) ([]map[string]any, int) {
	rows, most := make([]map[string]any, len(units)), 0
	for i, u := range units {
		props := sourceProps(map[string]any{
			"id": u.ID, "name": u.Name, "kind": nonEmpty(u.Kind),
			"founded": dateRange(u.Founded), "dissolved": dateRange(u.Dissolved),
			"existsFrom": dateRange(u.Exists.From), "existsTo": dateRange(u.Exists.To),
		}, u.Sources, docs)
		keys := names(props, u.Name, u.Aliases)
		most = max(most, longest(keys))
		rows[i] = map[string]any{"props": props, "keys": keys}
	}
	return rows, most
}

func eventRows(events []org.Event, docs map[string]org.Document) []map[string]any {
	rows := make([]map[string]any, len(events))
	for i, e := range events {
		rows[i] = sourceProps(map[string]any{
			"id": e.ID, "date": dateRange(e.Date), "title": nonEmpty(e.Title),
			"firstDay": e.Date.FirstDay(), "lastDay": e.Date.LastDay(),
			"unitIds": orEmpty(e.UnitIDs), "personIds": orEmpty(e.PersonIDs),
		}, e.Sources, docs)
	}
	return rows
}
