package cypher

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/orgraph/orgraph/org"
)

// row reads the columns of one record, keeping the first error so that the
// decoders below read as plain field lists. A missing column or a value of
// the wrong type means a query file and this package disagree: an internal
// error. Null reads as the zero value: absent properties are how the graph
// says "empty" or "unknown".
type row struct {
	rec *neo4j.Record
	err error
}

func (r *row) value(key string) any {
	v, ok := r.rec.Get(key)
	if !ok && r.err == nil {
		r.err = fmt.Errorf("query returned no column %q", key)
	}
	return v
}

func (r *row) fail(key string, v any) {
	if r.err == nil {
		r.err = fmt.Errorf("column %q: unexpected %T", key, v)
	}
}

func (r *row) str(key string) string {
	switch v := r.value(key).(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		r.fail(key, v)
		return ""
	}
}

func (r *row) boolean(key string) bool {
	switch v := r.value(key).(type) {
	case nil:
		return false
	case bool:
		return v
	default:
		r.fail(key, v)
		return false
	}
}

func (r *row) list(key string) []any {
	switch v := r.value(key).(type) {
	case nil:
		return nil
	case []any:
		return v
	default:
		r.fail(key, v)
		return nil
	}
}

// strs reads a string list; empty reads as nil, like an absent YAML field.
func (r *row) strs(key string) []string {
	var out []string
	for _, v := range r.list(key) {
		s, ok := v.(string)
		if !ok {
			r.fail(key, v)
			return nil
		}
		out = append(out, s)
	}
	return out
}

// rng reads a date range as the dataset writes it ("2018-12",
// "2018-10/2018-12", "2015/.."); null is the zero Range.
func (r *row) rng(key string) org.Range {
	return r.parseRange(key, r.str(key))
}

// parseRange is rng for a value already read, such as a list element.
func (r *row) parseRange(key, s string) org.Range {
	if s == "" {
		return org.Range{}
	}
	v, err := org.ParseRange(s)
	if err != nil && r.err == nil {
		r.err = fmt.Errorf("column %q: %w", key, err)
	}
	return v
}

// day reads a Neo4j date as a yyyymmdd day number (see date); null reads
// as 0, like any absent property.
func (r *row) day(key string) int {
	switch v := r.value(key).(type) {
	case nil:
		return 0
	case dbtype.Date:
		return dayOf(v)
	default:
		r.fail(key, v)
		return 0
	}
}

// integer reads an integer, such as a count.
func (r *row) integer(key string) int {
	switch v := r.value(key).(type) {
	case nil:
		return 0
	case int64:
		return int(v)
	default:
		r.fail(key, v)
		return 0
	}
}

// sources reads a fact's citations from the parallel lists that the load
// writes onto it (see sourceProps): document ids, notes, and the documents'
// titles and publication dates, "" where unknown.
func (r *row) sources() []org.Source {
	docs, notes := r.strs("sourceDocs"), r.strs("sourceNotes")
	titles, published := r.strs("sourceTitles"), r.strs("sourcePublished")
	if len(notes) != len(docs) || len(titles) != len(docs) || len(published) != len(docs) {
		if r.err == nil {
			r.err = fmt.Errorf("source lists of different lengths: %d, %d, %d, %d", len(docs), len(notes), len(titles), len(published))
		}
		return nil
	}
	var out []org.Source
	for i, d := range docs {
		out = append(out, org.Source{
			Document:  d,
			Title:     titles[i],
			Published: r.parseRange("sourcePublished", published[i]),
			Note:      notes[i],
		})
	}
	return out
}

func (r *row) person() *org.Person {
	return &org.Person{
		ID:      r.str("id"),
		Name:    r.str("name"),
		Aliases: r.strs("aliases"),
		Sources: r.sources(),
	}
}

func (r *row) unit() *org.Unit {
	return &org.Unit{
		ID:        r.str("id"),
		Name:      r.str("name"),
		Kind:      r.str("kind"),
		Aliases:   r.strs("aliases"),
		Sources:   r.sources(),
		Founded:   r.rng("founded"),
		Dissolved: r.rng("dissolved"),
		Exists:    org.Lifespan{From: r.rng("existsFrom"), To: r.rng("existsTo")},
	}
}

func (r *row) link() org.Link {
	return org.Link{
		Rel:   org.Rel(r.str("rel")),
		From:  r.str("from"),
		To:    r.str("to"),
		Title: r.str("title"),
		Span:  org.Span{From: r.rng("validFrom"), To: r.rng("validTo")},
		Bounds: org.Bounds{
			StartMin: r.day("startMin"), StartMax: r.day("startMax"),
			EndMin: r.day("endMin"), EndMax: r.day("endMax"),
		},
		Inferred: r.boolean("inferred"),
		Sources:  r.sources(),
	}
}

func (r *row) event() org.Event {
	return org.Event{
		ID:        r.str("id"),
		Date:      r.rng("date"),
		Title:     r.str("title"),
		UnitIDs:   r.strs("unitIds"),
		PersonIDs: r.strs("personIds"),
		Sources:   r.sources(),
	}
}

func (r *row) document() org.Document {
	return org.Document{
		ID:        r.str("id"),
		Language:  r.str("language"),
		Outlet:    r.str("outlet"),
		Published: r.rng("published"),
		Title:     r.str("title"),
		Note:      r.str("note"),
	}
}

// stream is run and decode in one pass: it decodes each record as the
// driver fetches it, so a statement that reads the whole graph never holds
// all its records at once.
func stream[T any](ctx context.Context, tx neo4j.ManagedTransaction, q statement, params map[string]any, f func(*row) T) ([]T, error) {
	res, err := tx.Run(ctx, q.text, params)
	if err != nil {
		return nil, runError(err)
	}
	var out []T
	for res.Next(ctx) {
		r := &row{rec: res.Record()}
		v := f(r)
		if r.err != nil {
			return nil, org.Wrap(r.err, org.Internal, "unexpected data in neo4j")
		}
		out = append(out, v)
	}
	if err := res.Err(); err != nil {
		return nil, runError(err)
	}
	return out, nil
}

// decode turns every record into a T with one of the row methods above.
func decode[T any](recs []*neo4j.Record, f func(*row) T) ([]T, error) {
	out := make([]T, 0, len(recs))
	for _, rec := range recs {
		r := &row{rec: rec}
		v := f(r)
		if r.err != nil {
			return nil, org.Wrap(r.err, org.Internal, "unexpected data in neo4j")
		}
		out = append(out, v)
	}
	return out, nil
}
