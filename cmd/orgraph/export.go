package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/org"
)

const exportUsage = `usage: orgraph export [--format json|csv|graphml] [--at DATE [--certain]] [--known-at DATE] [--out FILE] [PATH...]

Writes a dataset (default: the built-in one) as one file: its people and
units, and the relationships in force as of DATE. As in the API, a
reporting line, role or PART_OF link is included when it may hold at some
time within DATE (a partial date stands for its whole period), and with
--certain only when it certainly holds throughout DATE; a merger, split or
rename is included when it may have happened by the end of DATE. Without
--at every relationship is included, whatever its time. --known-at keeps
only what the sources published by then had reported.

  json     {"at", "knownAt", "people", "units", "links"}, links with their sources
  csv      one row per person, unit and link; the "record" column says which;
           aliases and source documents are separated by "|"
  graphml  a directed graph for networkx, Gephi, yEd or Cytoscape: node
           attributes type, name, kind, aliases; edge attributes rel, title,
           validFrom, validTo, holds, inferred, sources

Dates that are only known within bounds are written in the dataset's
notation (e.g. "2018-10/2018-12"); "holds" is CERTAINLY or POSSIBLY
relative to DATE.

examples:
  orgraph export --at 2022-02 > org-2022-02.json
  orgraph export ./my-company/ --format graphml --at 2018 --out org-2018.graphml
  orgraph export --format csv | grep REPORTS_TO

flags:
`

func export(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("export", stderr)
	format := fs.String("format", "json", "json, csv or graphml")
	atFlag := fs.String("at", "", "a date (YYYY, YYYY-MM or YYYY-MM-DD): the relationships in force then; default all")
	certain := fs.Bool("certain", false, "with --at, only relationships that certainly hold throughout that date")
	knownAtFlag := fs.String("known-at", "", "a date: only what sources published by then had reported")
	out := fs.String("out", "", "write to this file instead of standard output")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), exportUsage)
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	write, ok := exporters[*format]
	if !ok {
		fmt.Fprintf(stderr, "orgraph export: unknown --format %q: want json, csv or graphml\n", *format)
		return errUsage
	}
	var at, knownAt org.Date
	for _, d := range []struct {
		flag string
		text *string
		date *org.Date
	}{{"--at", atFlag, &at}, {"--known-at", knownAtFlag, &knownAt}} {
		if *d.text == "" {
			continue
		}
		v, err := org.ParseDate(*d.text)
		if err != nil {
			fmt.Fprintf(stderr, "orgraph export: %s: %v\n", d.flag, err)
			return errUsage
		}
		*d.date = v
	}
	if *certain && at.IsZero() {
		fmt.Fprintln(stderr, "orgraph export: --certain needs --at")
		return errUsage
	}
	ds, err := checkedDataset(fs.Args(), stderr)
	if err != nil {
		return err
	}
	snap, err := snapshotOf(ctx, ds, org.Window{From: at, To: at, Certain: *certain, KnownAt: knownAt})
	if err != nil {
		return err
	}
	if *out == "" {
		return write(stdout, snap)
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := write(f, snap); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// snapshot is a dataset as of a date, in the shape every format writes.
type snapshot struct {
	At      string       `json:"at,omitempty"`
	KnownAt string       `json:"knownAt,omitempty"`
	People  []exportNode `json:"people"`
	Units   []exportNode `json:"units"`
	Links   []exportLink `json:"links"`
}

type exportNode struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind,omitempty"`
	Aliases []string `json:"aliases"`
}

type exportLink struct {
	Rel       string         `json:"rel"`
	From      string         `json:"from"`
	To        string         `json:"to"`
	Title     string         `json:"title,omitempty"`
	ValidFrom string         `json:"validFrom,omitempty"`
	ValidTo   string         `json:"validTo,omitempty"`
	Holds     string         `json:"holds"`
	Inferred  bool           `json:"inferred,omitempty"`
	Sources   []exportSource `json:"sources"`
}

type exportSource struct {
	Document string `json:"document"`
	Note     string `json:"note,omitempty"`
}

// snapshotOf asks the in-memory store, through org.Store, what holds in w
// (an At window or the zero one), so the export follows the API's time
// rules: lifespans, certainty and what was known when.
func snapshotOf(ctx context.Context, ds *org.Dataset, w org.Window) (*snapshot, error) {
	store := memstore.New(ds)
	var personIDs, unitIDs []string
	for _, p := range ds.People {
		personIDs = append(personIDs, p.ID)
	}
	for _, u := range ds.Units {
		unitIDs = append(unitIDs, u.ID)
	}
	snap := &snapshot{People: []exportNode{}, Units: []exportNode{}, Links: []exportLink{}}
	if !w.Timeless() {
		snap.At = w.From.String()
	}
	if !w.KnownAt.IsZero() {
		snap.KnownAt = w.KnownAt.String()
	}
	// Unknown as of KnownAt: nil, and left out.
	people, err := store.People(ctx, personIDs, w.KnownAt)
	if err != nil {
		return nil, err
	}
	for _, p := range people {
		if p == nil {
			continue
		}
		snap.People = append(snap.People, exportNode{ID: p.ID, Name: p.Name, Aliases: p.Aliases})
	}
	units, err := store.Units(ctx, unitIDs, w.KnownAt)
	if err != nil {
		return nil, err
	}
	for _, u := range units {
		if u == nil {
			continue
		}
		snap.Units = append(snap.Units, exportNode{ID: u.ID, Name: u.Name, Kind: u.Kind, Aliases: u.Aliases})
	}
	for _, rel := range org.Rels {
		ids, rw := unitIDs, w
		if rel == org.ReportsTo || rel == org.Heads {
			ids = personIDs
		}
		if rel.IsLineage() && !w.Timeless() {
			// What had happened by then, not only on that date.
			rw.From = org.Date{}
		}
		lists, err := store.Links(ctx, rel, org.Out, ids, rw)
		if err != nil {
			return nil, err
		}
		for _, list := range lists {
			for _, l := range list {
				snap.Links = append(snap.Links, linkOf(l, rw.Holds(l)))
			}
		}
	}
	return snap, nil
}

func linkOf(l org.Link, holds org.Holds) exportLink {
	e := exportLink{Rel: string(l.Rel), From: l.From, To: l.To, Title: l.Title, Holds: string(holds), Inferred: l.Inferred, Sources: []exportSource{}}
	if !l.Span.From.IsZero() {
		e.ValidFrom = l.Span.From.String()
	}
	if !l.Span.To.IsZero() {
		e.ValidTo = l.Span.To.String()
	}
	for _, s := range l.Sources {
		e.Sources = append(e.Sources, exportSource{Document: s.Document, Note: s.Note})
	}
	return e
}

func (l exportLink) documents() []string {
	var docs []string
	for _, s := range l.Sources {
		docs = append(docs, s.Document)
	}
	return docs
}

var exporters = map[string]func(io.Writer, *snapshot) error{
	"json": writeExportJSON, "csv": writeExportCSV, "graphml": writeGraphML,
}

func writeExportJSON(w io.Writer, s *snapshot) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(s)
}
