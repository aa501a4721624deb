package cypher

import (
	"encoding/json"
	"fmt"

	"github.com/orgraph/orgraph/org"
)

// Every person, unit and fact also carries `packed`: everything the read
// path decodes from it, as one JSON string, written by the load from the
// same values as the other properties. entity_by_key.cypher returns it for
// each planned link and its far end instead of a map of thirteen
// properties: Neo4j reads one property per entity instead of one per field,
// which measured at 100,000 people took a nested request's statement from
// 1.54× raw Cypher by id to 1.17× (issue 7). The other properties stay,
// for the filters and for Browser users, and the load rewrites both
// together, so they cannot disagree.

// packedSource is an org.Source with its document's title and date, as
// sourceProps copies them.
type packedSource struct {
	Doc       string `json:"doc"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Note      string `json:"note,omitempty"`
}

// packedEntity is a person or a unit; the unit fields are empty for people.
type packedEntity struct {
	ID         string         `json:"id"`
	Name       string         `json:"name"`
	Aliases    []string       `json:"aliases,omitempty"`
	Sources    []packedSource `json:"sources,omitempty"`
	Kind       string         `json:"kind,omitempty"`
	Founded    string         `json:"founded,omitempty"`
	Dissolved  string         `json:"dissolved,omitempty"`
	ExistsFrom string         `json:"existsFrom,omitempty"`
	ExistsTo   string         `json:"existsTo,omitempty"`
}

// packedLink is a fact with its position in the dataset (seq).
type packedLink struct {
	Rel       org.Rel        `json:"rel"`
	From      string         `json:"from"`
	To        string         `json:"to"`
	Title     string         `json:"title,omitempty"`
	ValidFrom string         `json:"validFrom,omitempty"`
	ValidTo   string         `json:"validTo,omitempty"`
	Bounds    [4]int         `json:"bounds"` // StartMin, StartMax, EndMin, EndMax
	Inferred  bool           `json:"inferred,omitempty"`
	Seq       int            `json:"seq"`
	Sources   []packedSource `json:"sources,omitempty"`
}

// pack is v as the `packed` property.
func pack(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // the packed types hold strings, ints and bools only
	}
	return string(b)
}

func packSources(src []org.Source, docs map[string]org.Document) []packedSource {
	out := make([]packedSource, len(src))
	for i, s := range src {
		d := docs[s.Document]
		out[i] = packedSource{Doc: s.Document, Title: d.Title, Published: rangeString(d.Published), Note: s.Note}
	}
	return out
}

func packPerson(p org.Person, docs map[string]org.Document) string {
	return pack(packedEntity{ID: p.ID, Name: p.Name, Aliases: p.Aliases, Sources: packSources(p.Sources, docs)})
}

func packUnit(u org.Unit, docs map[string]org.Document) string {
	return pack(packedEntity{
		ID: u.ID, Name: u.Name, Aliases: u.Aliases, Sources: packSources(u.Sources, docs), Kind: u.Kind,
		Founded: rangeString(u.Founded), Dissolved: rangeString(u.Dissolved),
		ExistsFrom: rangeString(u.Exists.From), ExistsTo: rangeString(u.Exists.To),
	})
}

func packLink(l org.Link, seq int, docs map[string]org.Document) string {
	b := l.Bounds
	return pack(packedLink{
		Rel: l.Rel, From: l.From, To: l.To, Title: l.Title,
		ValidFrom: rangeString(l.Span.From), ValidTo: rangeString(l.Span.To),
		Bounds: [4]int{stored(b.StartMin), stored(b.StartMax), stored(b.EndMin), stored(b.EndMax)}, Inferred: l.Inferred,
		Seq: seq, Sources: packSources(l.Sources, docs),
	})
}

// stored is day as it reads back from the graph's date property (dayOf):
// days beyond the stand-ins for unknown and open read as the stand-ins.
func stored(day int) int { return dayOf(date(day)) }

// rangeString is a Range in the dataset's notation, "" for the zero Range.
func rangeString(r org.Range) string {
	if r.IsZero() {
		return ""
	}
	return r.String()
}

// unpacker decodes packed values, keeping the first error, as row does.
type unpacker struct{ err error }

func (u *unpacker) fail(err error) {
	if u.err == nil {
		u.err = err
	}
}

// decode reads v, a packed property, into dst.
func (u *unpacker) decode(v any, dst any) {
	s, ok := v.(string)
	if !ok {
		u.fail(fmt.Errorf("packed: unexpected %T", v))
		return
	}
	if err := json.Unmarshal([]byte(s), dst); err != nil {
		u.fail(fmt.Errorf("packed: %w", err))
	}
}

func (u *unpacker) rng(s string) org.Range {
	if s == "" {
		return org.Range{}
	}
	r, err := org.ParseRange(s)
	if err != nil {
		u.fail(fmt.Errorf("packed: %w", err))
	}
	return r
}

func (u *unpacker) sources(src []packedSource) []org.Source {
	var out []org.Source
	for _, s := range src {
		out = append(out, org.Source{Document: s.Doc, Title: s.Title, Published: u.rng(s.Published), Note: s.Note})
	}
	return out
}

func (u *unpacker) person(v any) *org.Person {
	var e packedEntity
	u.decode(v, &e)
	return &org.Person{ID: e.ID, Name: e.Name, Aliases: e.Aliases, Sources: u.sources(e.Sources)}
}

func (u *unpacker) unit(v any) *org.Unit {
	var e packedEntity
	u.decode(v, &e)
	return &org.Unit{
		ID: e.ID, Name: e.Name, Kind: e.Kind, Aliases: e.Aliases, Sources: u.sources(e.Sources),
		Founded: u.rng(e.Founded), Dissolved: u.rng(e.Dissolved),
		Exists: org.Lifespan{From: u.rng(e.ExistsFrom), To: u.rng(e.ExistsTo)},
	}
}

func (u *unpacker) link(v any) seqLink {
	var p packedLink
	u.decode(v, &p)
	return seqLink{org.Link{
		Rel: p.Rel, From: p.From, To: p.To, Title: p.Title,
		Span:     org.Span{From: u.rng(p.ValidFrom), To: u.rng(p.ValidTo)},
		Bounds:   org.Bounds{StartMin: p.Bounds[0], StartMax: p.Bounds[1], EndMin: p.Bounds[2], EndMax: p.Bounds[3]},
		Inferred: p.Inferred, Sources: u.sources(p.Sources),
	}, p.Seq}
}
