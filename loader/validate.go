package loader

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/orgraph/orgraph/org"
)

var idPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)

// ends says, for each relationship list, which keys name the two ends and
// whether each end is a person or a unit.
var ends = map[org.Rel]struct{ from, to, fromKind, toKind string }{
	org.ReportsTo:  {"person", "manager", "person", "person"},
	org.Heads:      {"person", "unit", "person", "unit"},
	org.PartOf:     {"unit", "parent", "unit", "unit"},
	org.MergedInto: {"unit", "target", "unit", "unit"},
	org.SplitFrom:  {"unit", "target", "unit", "unit"},
	org.RenamedTo:  {"unit", "target", "unit", "unit"},
}

// checker accumulates problems while it turns decoded files into a Dataset.
type checker struct {
	probs   Problems
	docs    map[string]org.Document
	kinds   map[string]string     // node id → "person" or "unit"
	ids     map[string]site       // id → where it was defined
	aliases map[string]claim      // alias key → the entity that claimed it
	dated   map[org.Rel][]located // valid PART_OF and REPORTS_TO links, checked for cycles last
	sites   []site                // where each of the dataset's links was written, for lifespans and warnings
}

// site is a place in a file. Places are kept as they are and formatted
// only for a message: a dataset has hundreds of thousands of them.
type site struct {
	file string
	line int
}

func (s site) String() string { return fmt.Sprintf("%s:%d", s.file, s.line) }

// claim is the entity that claimed an alias key, and where.
type claim struct {
	site
	id string
}

func (c claim) String() string { return fmt.Sprintf("%s (%s)", c.site, c.id) }

func (c *checker) add(file string, line int, format string, args ...any) {
	c.probs = append(c.probs, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// validate checks the decoded files together, since ids and aliases are
// shared across files, and builds the dataset when there is no problem,
// with its warnings.
func validate(names []string, files []*file) (*org.Dataset, Problems, Problems) {
	ds := &org.Dataset{}
	// Sized up front: grown by doubling, the link lists of a large dataset
	// held up to twice their size while copied, and the maps rehashed.
	var docs, people, units, keys, links, reports, parts, events int
	for _, f := range files {
		docs, people, units, events = docs+len(f.Documents), people+len(f.People), units+len(f.Units), events+len(f.Events)
		for _, es := range [2][]entity{f.People, f.Units} {
			for _, e := range es {
				keys += 1 + len(e.Aliases)
			}
		}
		links += len(f.ReportsTo) + len(f.Heads) + len(f.PartOf) + len(f.MergedInto) + len(f.SplitFrom) + len(f.RenamedTo)
		reports, parts = reports+len(f.ReportsTo), parts+len(f.PartOf)
	}
	c := &checker{
		docs: make(map[string]org.Document, docs), kinds: make(map[string]string, people+units),
		ids: make(map[string]site, docs+people+units+events), aliases: make(map[string]claim, keys),
		dated: map[org.Rel][]located{}, sites: make([]site, 0, links),
	}
	ds.People, ds.Units, ds.Links = sized[org.Person](people), sized[org.Unit](units), sized[org.Link](links)
	c.dated[org.ReportsTo], c.dated[org.PartOf] = make([]located, 0, reports), make([]located, 0, parts)
	// Documents and entities first: facts refer to them from any file.
	for i, f := range files {
		for _, d := range f.Documents {
			if doc, ok := c.document(names[i], d); ok {
				ds.Documents = append(ds.Documents, doc)
			}
		}
	}
	for i, f := range files {
		for _, e := range f.People {
			p := c.entity(names[i], e, "person")
			ds.People = append(ds.People, org.Person{ID: e.ID, Name: e.Name, Aliases: e.Aliases, Sources: p})
		}
		for _, e := range f.Units {
			s := c.entity(names[i], e, "unit")
			u := org.Unit{ID: e.ID, Name: e.Name, Kind: e.Kind, Aliases: e.Aliases, Sources: s}
			u.Founded, _ = c.dateRange(names[i], e.pos, "founded", e.Founded, true)
			u.Dissolved, _ = c.dateRange(names[i], e.pos, "dissolved", e.Dissolved, true)
			if !u.Founded.IsZero() && !u.Dissolved.IsZero() && u.Dissolved.LastDay() < u.Founded.FirstDay() {
				c.add(names[i], e.at("dissolved"), "dissolved %q is before founded %q", e.Dissolved, e.Founded)
			}
			ds.Units = append(ds.Units, u)
		}
	}
	for i, f := range files {
		lists := map[org.Rel][]fact{
			org.ReportsTo: f.ReportsTo, org.Heads: f.Heads, org.PartOf: f.PartOf,
			org.MergedInto: f.MergedInto, org.SplitFrom: f.SplitFrom, org.RenamedTo: f.RenamedTo,
		}
		for _, rel := range org.Rels {
			for _, x := range lists[rel] {
				if l, ok := c.fact(names[i], rel, x); ok {
					ds.Links = append(ds.Links, l)
					c.sites = append(c.sites, site{names[i], x.line})
					if rel == org.PartOf || rel == org.ReportsTo {
						c.dated[rel] = append(c.dated[rel], located{l, names[i], x.line})
					}
				}
			}
		}
		for _, e := range f.Events {
			if ev, ok := c.event(names[i], e); ok {
				ds.Events = append(ds.Events, ev)
			}
		}
		files[i] = nil // all read: let the collector have it
	}
	c.cycles("part_of", c.dated[org.PartOf])
	c.cycles("reporting", c.dated[org.ReportsTo])
	if len(c.probs) == 0 {
		c.lifespans(ds)
	}
	if len(c.probs) > 0 {
		c.probs.sort()
		return nil, nil, c.probs
	}
	org.Derive(ds)
	return ds, c.warnings(ds.Links), nil
}

func (c *checker) claimID(file string, line int, id, kind string) bool {
	if !idPattern.MatchString(id) {
		c.add(file, line, "%s id %q must be letters, digits, '-', '_' or '.'", kind, id)
		return false
	}
	if prev, dup := c.ids[id]; dup {
		c.add(file, line, "duplicate id %q (first defined at %s)", id, prev)
		return false
	}
	c.ids[id] = site{file, line}
	return true
}

func (c *checker) document(file string, d document) (org.Document, bool) {
	if !c.claimID(file, d.at("id"), d.ID, "document") {
		return org.Document{}, false
	}
	doc := org.Document{ID: d.ID, Language: d.Language, Outlet: d.Outlet, Title: d.Title, Note: d.Note}
	ok := c.required(file, d.pos, "title", d.Title)
	doc.Published, ok = c.dateRange(file, d.pos, "published", d.Published, ok)
	c.docs[d.ID] = doc
	return doc, ok
}

func (c *checker) entity(file string, e entity, kind string) []org.Source {
	if c.claimID(file, e.at("id"), e.ID, kind) {
		c.kinds[e.ID] = kind
	}
	c.required(file, e.pos, "name", e.Name)
	if kind == "unit" {
		c.required(file, e.pos, "kind", e.Kind)
	} else {
		for _, k := range []struct{ key, v string }{{"kind", e.Kind}, {"founded", e.Founded}, {"dissolved", e.Dissolved}} {
			if k.v != "" {
				c.add(file, e.at(k.key), "%s is for units only", k.key)
			}
		}
	}
	for i := -1; i < len(e.Aliases); i++ {
		name := e.Name
		if i >= 0 {
			name = e.Aliases[i]
		}
		key := org.Normalize(name)
		if key == "" {
			if name != "" {
				c.add(file, e.at("aliases"), "alias %q has no letters or digits", name)
			}
			continue
		}
		// The same entity may repeat a key (a name and an alias that
		// differ in case). An invalid id may hold "(", so the test is on
		// the formatted claim, as the message shows it.
		if prev, dup := c.aliases[key]; dup && !strings.HasSuffix(prev.String(), "("+e.ID+")") {
			c.add(file, e.at("aliases"), "alias %q of %s is also claimed at %s", name, e.ID, prev)
			continue
		}
		c.aliases[key] = claim{site{file, e.line}, e.ID}
	}
	return c.sources(file, e.pos, e.Sources)
}

func (c *checker) fact(file string, rel org.Rel, x fact) (org.Link, bool) {
	e := ends[rel]
	keys := [...]struct{ k, v string }{{"person", x.Person}, {"manager", x.Manager}, {"unit", x.Unit}, {"parent", x.Parent}, {"target", x.Target}}
	var from, to string
	for _, k := range keys {
		switch {
		case k.k == e.from:
			from = k.v
		case k.k == e.to:
			to = k.v
		case k.v != "":
			c.add(file, x.at(k.k), "%s is not a key of %s facts (want %s and %s)", k.k, strings.ToLower(string(rel)), e.from, e.to)
		}
	}
	n := len(c.probs)
	l := org.Link{Rel: rel, From: from, To: to, Title: x.Title, Inferred: x.Inferred}
	c.ref(file, x.pos, e.from, l.From, e.fromKind)
	c.ref(file, x.pos, e.to, l.To, e.toKind)
	if l.From != "" && l.From == l.To {
		c.add(file, x.at(e.to), "%s %q points at itself", strings.ToLower(string(rel)), l.From)
	}
	if rel == org.Heads {
		c.required(file, x.pos, "title", x.Title)
	} else if x.Title != "" {
		c.add(file, x.at("title"), "title is for heads facts only")
	}
	if rel.IsLineage() {
		if x.From != "" || x.To != "" {
			c.add(file, x.at("from"), "%s facts have a date, not from/to", strings.ToLower(string(rel)))
		}
		d, ok := c.dateRange(file, x.pos, "date", x.Date, true)
		if ok && x.Date == "" {
			c.add(file, x.line, "date is required")
		}
		l.Span.From, l.Span.To = d, d
	} else {
		if x.Date != "" {
			c.add(file, x.at("date"), "%s facts have from/to, not a date", strings.ToLower(string(rel)))
		}
		l.Span.From, _ = c.dateRange(file, x.pos, "from", x.From, true)
		l.Span.To, _ = c.dateRange(file, x.pos, "to", x.To, true)
		if !l.Span.From.IsZero() && !l.Span.To.IsZero() && l.Span.LastDay() < l.Span.FirstDay() {
			c.add(file, x.at("to"), "to %q is before from %q", x.To, x.From)
		}
	}
	l.Sources = c.sources(file, x.pos, x.Sources)
	return l, len(c.probs) == n
}

func (c *checker) event(file string, e event) (org.Event, bool) {
	n := len(c.probs)
	c.claimID(file, e.at("id"), e.ID, "event")
	ev := org.Event{ID: e.ID, Title: e.Title, UnitIDs: e.Units, PersonIDs: e.People}
	ev.Date, _ = c.dateRange(file, e.pos, "date", e.Date, true)
	c.required(file, e.pos, "date", e.Date)
	c.required(file, e.pos, "title", e.Title)
	for _, id := range e.Units {
		c.ref(file, e.pos, "units", id, "unit")
	}
	for _, id := range e.People {
		c.ref(file, e.pos, "people", id, "person")
	}
	ev.Sources = c.sources(file, e.pos, e.Sources)
	return ev, len(c.probs) == n
}

// ref checks that id names an existing node of the wanted kind.
func (c *checker) ref(file string, p pos, key, id, kind string) {
	switch got, ok := c.kinds[id]; {
	case id == "":
		c.add(file, p.at(key), "%s is required", key)
	case !ok:
		c.add(file, p.at(key), "unknown %s %q", kind, id)
	case got != kind:
		c.add(file, p.at(key), "%s %q is a %s, not a %s", key, id, got, kind)
	}
}

func (c *checker) required(file string, p pos, key, v string) bool {
	if strings.TrimSpace(v) == "" {
		c.add(file, p.at(key), "%s is required", key)
		return false
	}
	return true
}

// dateRange parses an optional date in the dataset notation: a partial date
// or an EDTF interval (see org.ParseRange); ok is passed through and
// cleared on error.
func (c *checker) dateRange(file string, p pos, key, v string, ok bool) (org.Range, bool) {
	if v == "" {
		return org.Range{}, ok
	}
	r, err := org.ParseRange(v)
	if err != nil {
		c.add(file, p.at(key), "%s: %s", key, org.ErrorMessage(err))
		return org.Range{}, false
	}
	return r, ok
}

// sources resolves citations against the manifest; every fact needs one.
func (c *checker) sources(file string, p pos, ss []source) []org.Source {
	if len(ss) == 0 {
		c.add(file, p.line, "sources: at least one source is required")
	}
	out := make([]org.Source, 0, len(ss))
	for _, s := range ss {
		doc, ok := c.docs[s.Doc]
		switch {
		case s.Doc == "":
			c.add(file, s.line, "source doc is required")
		case !ok:
			c.add(file, s.at("doc"), "unknown document %q (not in any documents list)", s.Doc)
		}
		c.required(file, s.pos, "note", s.Note)
		out = append(out, org.Source{Document: s.Doc, Title: doc.Title, Published: doc.Published, Note: s.Note})
	}
	return out
}

// sized is an empty list with room for n, or nil when n is 0: a dataset
// without units or links has none, as one built in Go would.
func sized[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, 0, n)
}
