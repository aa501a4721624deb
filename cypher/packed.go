package cypher

import (
	"fmt"
	"strconv"

	"github.com/orgraph/orgraph/org"
)

// Every person, unit and fact also carries `packed`: everything the read
// path decodes from it, as one list of strings, written by the load from
// the same values as the other properties. entity_by_key.cypher returns it
// for each planned link and its far end instead of a map of thirteen
// properties: Neo4j reads one property per entity instead of one per
// field (issue 7). The other properties stay, for the filters and for
// Browser users, and the load writes both together, so they cannot
// disagree.
//
// The list is positional, fixed fields first, then four strings per
// source (document id, its title, its date, the note), the documents'
// titles and dates copied as sourceProps copies them. Dates are in the
// dataset's notation, "" when unknown; numbers are decimal. A list of
// strings rather than JSON because the driver hands it over decoded:
// encoding/json took a tenth of the server's CPU at 100,000 people.
//
//	fact:   rel, from, to, title, validFrom, validTo, startMin, startMax,
//	        endMin, endMax (day numbers), inferred ("true" or ""), seq, sources…
//	entity: id, name, kind, founded, dissolved, existsFrom, existsTo,
//	        the number of aliases, the aliases, sources…
const (
	linkFields   = 12
	entityFields = 8
)

func packSources(out []string, src []org.Source, docs map[string]org.Document) []string {
	for _, s := range src {
		d := docs[s.Document]
		out = append(out, s.Document, d.Title, rangeString(d.Published), s.Note)
	}
	return out
}

func packPerson(p org.Person, docs map[string]org.Document) []string {
	return packEntity(p.ID, p.Name, "", nil, p.Aliases, p.Sources, docs)
}

func packUnit(u org.Unit, docs map[string]org.Document) []string {
	dates := []org.Range{u.Founded, u.Dissolved, u.Exists.From, u.Exists.To}
	return packEntity(u.ID, u.Name, u.Kind, dates, u.Aliases, u.Sources, docs)
}

func packEntity(id, name, kind string, dates []org.Range, aliases []string, src []org.Source, docs map[string]org.Document) []string {
	out := []string{id, name, kind, "", "", "", ""}
	for i, d := range dates {
		out[3+i] = rangeString(d)
	}
	out = append(append(out, strconv.Itoa(len(aliases))), aliases...)
	return packSources(out, src, docs)
}

func packLink(l org.Link, seq int, docs map[string]org.Document) []string {
	b := l.Bounds
	out := []string{
		string(l.Rel), l.From, l.To, l.Title, rangeString(l.Span.From), rangeString(l.Span.To),
		stored(b.StartMin), stored(b.StartMax), stored(b.EndMin), stored(b.EndMax),
		"", strconv.Itoa(seq),
	}
	if l.Inferred {
		out[10] = "true"
	}
	return packSources(out, l.Sources, docs)
}

// stored is day as it reads back from the graph's date property (dayOf),
// in decimal: days beyond the stand-ins for unknown and open read as the
// stand-ins.
func stored(day int) string { return strconv.Itoa(dayOf(date(day))) }

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
		u.err = fmt.Errorf("packed: %w", err)
	}
}

// strings reads v, a packed property, as its strings; nil (after
// recording the error) unless it has at least n fixed fields and whole
// sources after them.
func (u *unpacker) strings(v any, n int) []string {
	l, ok := v.([]any)
	if !ok || len(l) < n {
		u.fail(fmt.Errorf("unexpected %T of length %d", v, len(l)))
		return nil
	}
	out := make([]string, len(l))
	for i, x := range l {
		if out[i], ok = x.(string); !ok {
			u.fail(fmt.Errorf("element %d: unexpected %T", i, x))
			return nil
		}
	}
	return out
}

func (u *unpacker) rng(s string) org.Range {
	if s == "" {
		return org.Range{}
	}
	r, err := org.ParseRange(s)
	if err != nil {
		u.fail(err)
	}
	return r
}

func (u *unpacker) number(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		u.fail(err)
	}
	return n
}

// sources reads the sources that make up the rest of a packed list.
func (u *unpacker) sources(s []string) []org.Source {
	if len(s)%4 != 0 {
		u.fail(fmt.Errorf("%d source fields", len(s)))
		return nil
	}
	var out []org.Source
	for i := 0; i < len(s); i += 4 {
		out = append(out, org.Source{Document: s[i], Title: s[i+1], Published: u.rng(s[i+2]), Note: s[i+3]})
	}
	return out
}

// entity reads a packed person or unit: the fixed fields, the aliases and
// the sources.
func (u *unpacker) entity(v any) (fixed, aliases []string, src []org.Source) {
	s := u.strings(v, entityFields)
	if s == nil {
		return make([]string, entityFields), nil, nil
	}
	n := u.number(s[entityFields-1])
	if n < 0 || entityFields+n > len(s) {
		u.fail(fmt.Errorf("%d aliases in %d fields", n, len(s)))
		return s, nil, nil
	}
	if n > 0 {
		aliases = s[entityFields : entityFields+n]
	}
	return s, aliases, u.sources(s[entityFields+n:])
}

func (u *unpacker) person(v any) *org.Person {
	s, aliases, src := u.entity(v)
	return &org.Person{ID: s[0], Name: s[1], Aliases: aliases, Sources: src}
}

func (u *unpacker) unit(v any) *org.Unit {
	s, aliases, src := u.entity(v)
	return &org.Unit{
		ID: s[0], Name: s[1], Kind: s[2], Aliases: aliases, Sources: src,
		Founded: u.rng(s[3]), Dissolved: u.rng(s[4]),
		Exists: org.Lifespan{From: u.rng(s[5]), To: u.rng(s[6])},
	}
}

func (u *unpacker) link(v any) seqLink {
	s := u.strings(v, linkFields)
	if s == nil {
		return seqLink{}
	}
	return seqLink{org.Link{
		Rel: org.Rel(s[0]), From: s[1], To: s[2], Title: s[3],
		Span: org.Span{From: u.rng(s[4]), To: u.rng(s[5])},
		Bounds: org.Bounds{
			StartMin: u.number(s[6]), StartMax: u.number(s[7]),
			EndMin: u.number(s[8]), EndMax: u.number(s[9]),
		},
		Inferred: s[10] == "true", Sources: u.sources(s[linkFields:]),
	}, u.number(s[11])}
}
