package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/org"
)

// generate writes a synthetic dataset of n people into dir with `orgraph
// gen`, timing it.
func generate(ctx context.Context, p *procs, bin, dir string, n, seed int) (timing, error) {
	if err := os.RemoveAll(dir); err != nil {
		return timing{}, err
	}
	cmd := exec.CommandContext(ctx, bin, "gen", "--people", fmt.Sprint(n), "--seed", fmt.Sprint(seed), "--out", dir)
	t := p.timed(ctx, "orgraph gen", cmd)
	if t.Err != "" {
		return t, fmt.Errorf("orgraph gen: %s", t.Err)
	}
	return t, nil
}

// readDataset parses (and validates) a dataset folder in-process, for
// choosing entities and writing the edited copy and the import CSVs.
func readDataset(dir string) (*org.Dataset, error) {
	ds, err := loader.ParsePaths([]string{dir})
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", dir, err)
	}
	return ds, nil
}

// editedCopy writes ds with about 1% of its facts changed into dir: every
// 200th fact is dropped and every other 100th gets a new source note, so a
// reload has deletions and updates to write. It returns the edited dataset
// and how many facts it changed.
func editedCopy(ds *org.Dataset, dir string) (*org.Dataset, int, error) {
	ed := *ds
	ed.Links = nil
	changed := 0
	for i, l := range ds.Links {
		switch {
		case i%200 == 199:
			changed++
			continue
		case i%100 == 99:
			l.Sources = append([]org.Source(nil), l.Sources...)
			l.Sources[0].Note += " (revised)"
			changed++
		}
		ed.Links = append(ed.Links, l)
	}
	return &ed, changed, writeDataset(dir, &ed)
}

// The YAML shapes of the dataset format (seeds/README.md), for writing.
type (
	yDoc struct {
		ID        string `yaml:"id"`
		Language  string `yaml:"language,omitempty"`
		Outlet    string `yaml:"outlet,omitempty"`
		Published string `yaml:"published,omitempty"`
		Title     string `yaml:"title"`
		Note      string `yaml:"note,omitempty"`
	}
	ySource struct {
		Doc  string `yaml:"doc"`
		Note string `yaml:"note"`
	}
	yEntity struct {
		ID      string    `yaml:"id"`
		Name    string    `yaml:"name"`
		Kind    string    `yaml:"kind,omitempty"`
		Aliases []string  `yaml:"aliases,omitempty,flow"`
		Sources []ySource `yaml:"sources"`
	}
	yFact struct {
		Person   string    `yaml:"person,omitempty"`
		Manager  string    `yaml:"manager,omitempty"`
		Unit     string    `yaml:"unit,omitempty"`
		Parent   string    `yaml:"parent,omitempty"`
		Target   string    `yaml:"target,omitempty"`
		Title    string    `yaml:"title,omitempty"`
		From     string    `yaml:"from,omitempty"`
		To       string    `yaml:"to,omitempty"`
		Date     string    `yaml:"date,omitempty"`
		Inferred bool      `yaml:"inferred,omitempty"`
		Sources  []ySource `yaml:"sources"`
	}
	yEvent struct {
		ID      string    `yaml:"id"`
		Date    string    `yaml:"date"`
		Title   string    `yaml:"title"`
		Units   []string  `yaml:"units,flow"`
		People  []string  `yaml:"people,flow"`
		Sources []ySource `yaml:"sources"`
	}
)

// writeDataset writes ds in the dataset format, one file per kind of entry.
func writeDataset(dir string, ds *org.Dataset) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	srcs := func(ss []org.Source) []ySource {
		out := make([]ySource, len(ss))
		for i, s := range ss {
			out[i] = ySource{Doc: s.Document, Note: s.Note}
		}
		return out
	}
	files := map[string]map[string]any{}
	put := func(file, key string, v any) {
		if files[file] == nil {
			files[file] = map[string]any{}
		}
		files[file][key] = v
	}
	var docs []yDoc
	for _, d := range ds.Documents {
		docs = append(docs, yDoc{d.ID, d.Language, d.Outlet, dateText(d.Published), d.Title, d.Note})
	}
	put("documents", "documents", docs)
	var people, units []yEntity
	for _, p := range ds.People {
		people = append(people, yEntity{ID: p.ID, Name: p.Name, Aliases: p.Aliases, Sources: srcs(p.Sources)})
	}
	for _, u := range ds.Units {
		units = append(units, yEntity{ID: u.ID, Name: u.Name, Kind: u.Kind, Aliases: u.Aliases, Sources: srcs(u.Sources)})
	}
	put("people", "people", people)
	put("units", "units", units)
	facts := map[org.Rel][]yFact{}
	for _, l := range ds.Links {
		f := yFact{Title: l.Title, Inferred: l.Inferred, Sources: srcs(l.Sources)}
		switch l.Rel {
		case org.ReportsTo:
			f.Person, f.Manager = l.From, l.To
		case org.Heads:
			f.Person, f.Unit = l.From, l.To
		case org.PartOf:
			f.Unit, f.Parent = l.From, l.To
		default:
			f.Unit, f.Target = l.From, l.To
		}
		if l.Rel.IsLineage() {
			f.Date = dateText(l.Span.From)
		} else {
			f.From, f.To = dateText(l.Span.From), dateText(l.Span.To)
		}
		facts[l.Rel] = append(facts[l.Rel], f)
	}
	for _, r := range org.Rels {
		put("facts", strings.ToLower(string(r)), facts[r])
	}
	var events []yEvent
	for _, e := range ds.Events {
		events = append(events, yEvent{e.ID, dateText(e.Date), e.Title, nonNil(e.UnitIDs), nonNil(e.PersonIDs), srcs(e.Sources)})
	}
	put("events", "events", events)
	for name, content := range files {
		b, err := yaml.Marshal(content)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name+".yaml"), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// dateText writes a date (or a date range) in the dataset format; "" when
// unknown, which the YAML then leaves out.
func dateText(d interface {
	IsZero() bool
	String() string
}) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
