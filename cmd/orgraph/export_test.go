package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/seeds"
)

// exported runs `orgraph export` and fails the test unless it succeeds.
func exported(t *testing.T, args ...string) []byte {
	t.Helper()
	var out, errOut bytes.Buffer
	if status := run(context.Background(), append([]string{"export"}, args...), &out, &errOut); status != 0 {
		t.Fatalf("export %q = %d: %s", args, status, errOut.String())
	}
	return out.Bytes()
}

// A record is one exported node or link as a comparable string: what every
// format must carry (source notes are JSON's alone).
func nodeKey(typ, id, name, kind string, aliases []string) string {
	return fmt.Sprintf("%s %s %q %q %q", typ, id, name, kind, aliases)
}

func linkKey(rel, from, to, title, vf, vt string, inferred bool, docs []string) string {
	return fmt.Sprintf("%s %s→%s %q [%s,%s] %t %q", rel, from, to, title, vf, vt, inferred, docs)
}

// readJSON re-reads a JSON export into records.
func readJSON(t *testing.T, b []byte) (at string, records []string) {
	t.Helper()
	var s struct {
		At            string
		People, Units []struct {
			ID, Name, Kind string
			Aliases        []string
		}
		Links []struct {
			Rel, From, To, Title, ValidFrom, ValidTo, Holds string
			Inferred                                        bool
			Sources                                         []struct{ Document, Note string }
		}
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("JSON export does not decode: %v", err)
	}
	for _, p := range s.People {
		records = append(records, nodeKey("person", p.ID, p.Name, p.Kind, p.Aliases))
	}
	for _, u := range s.Units {
		records = append(records, nodeKey("unit", u.ID, u.Name, u.Kind, u.Aliases))
	}
	for _, l := range s.Links {
		if l.Holds != "CERTAINLY" && l.Holds != "POSSIBLY" {
			t.Errorf("%s %s→%s: holds %q", l.Rel, l.From, l.To, l.Holds)
		}
		var docs []string
		for _, src := range l.Sources {
			if src.Note == "" {
				t.Errorf("%s %s→%s: a source without its note", l.Rel, l.From, l.To)
			}
			docs = append(docs, src.Document)
		}
		records = append(records, linkKey(l.Rel, l.From, l.To, l.Title, l.ValidFrom, l.ValidTo, l.Inferred, docs))
	}
	return s.At, records
}

// readCSV re-reads a CSV export into records.
func readCSV(t *testing.T, b []byte) []string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("CSV export does not parse: %v", err)
	}
	if len(rows) == 0 || !slices.Equal(rows[0], csvHeader) {
		t.Fatalf("CSV header %q, want %q", rows[0], csvHeader)
	}
	split := func(s string) []string {
		if s == "" {
			return nil
		}
		return strings.Split(s, "|")
	}
	var records []string
	for _, r := range rows[1:] {
		c := map[string]string{}
		for i, h := range csvHeader {
			c[h] = r[i]
		}
		switch c["record"] {
		case "person", "unit":
			records = append(records, nodeKey(c["record"], c["id"], c["name"], c["kind"], split(c["aliases"])))
		case "link":
			if c["holds"] != "CERTAINLY" && c["holds"] != "POSSIBLY" {
				t.Errorf("row %q: holds %q", r, c["holds"])
			}
			inferred, err := strconv.ParseBool(c["inferred"])
			if err != nil {
				t.Errorf("row %q: inferred: %v", r, err)
			}
			records = append(records, linkKey(c["rel"], c["from"], c["to"], c["title"], c["valid_from"], c["valid_to"], inferred, split(c["sources"])))
		default:
			t.Errorf("row %q: unknown record %q", r, c["record"])
		}
	}
	return records
}

// datasetRecords are the records the whole dataset should export as,
// straight from the YAML the loader read: no store involved.
func datasetRecords(t *testing.T) (*org.Dataset, []string) {
	t.Helper()
	ds, err := loader.ParseFS(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	var records []string
	for _, p := range ds.People {
		records = append(records, nodeKey("person", p.ID, p.Name, "", p.Aliases))
	}
	for _, u := range ds.Units {
		records = append(records, nodeKey("unit", u.ID, u.Name, u.Kind, u.Aliases))
	}
	for _, l := range ds.Links {
		records = append(records, linkKey(string(l.Rel), l.From, l.To, l.Title, l.Span.From.String(), l.Span.To.String(), l.Inferred, docsOf(l.Sources)))
	}
	return ds, records
}

func docsOf(sources []org.Source) []string {
	var docs []string
	for _, s := range sources {
		docs = append(docs, s.Document)
	}
	return docs
}

func sorted(s []string) []string { s = slices.Clone(s); slices.Sort(s); return s }

// diff says which records only one side has.
func diff(got, want []string) string {
	var b strings.Builder
	for _, g := range sorted(got) {
		if !slices.Contains(want, g) {
			fmt.Fprintf(&b, "\n  extra:   %s", g)
		}
	}
	for _, w := range sorted(want) {
		if !slices.Contains(got, w) {
			fmt.Fprintf(&b, "\n  missing: %s", w)
		}
	}
	return b.String()
}

// Without --at the export is the whole dataset, and JSON and CSV re-read
// to exactly the records of the YAML files.
func TestExportRoundTrip(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	_, want := datasetRecords(t)
	for _, format := range []string{"json", "csv"} {
		t.Run(format, func(t *testing.T) {
			b := exported(t, "--format", format)
			var got []string
			if format == "json" {
				_, got = readJSON(t, b)
			} else {
				got = readCSV(t, b)
			}
			if !slices.Equal(sorted(got), sorted(want)) {
				t.Errorf("re-read %s export differs from the dataset:%s", format, diff(got, want))
			}
		})
	}
	t.Run("json and csv agree as of a date", func(t *testing.T) {
		at, fromJSON := readJSON(t, exported(t, "--at", "2022-02"))
		fromCSV := readCSV(t, exported(t, "--at", "2022-02", "--format", "csv"))
		if at != "2022-02" || !slices.Equal(sorted(fromJSON), sorted(fromCSV)) {
			t.Errorf("at %q; json and csv differ:%s", at, diff(fromCSV, fromJSON))
		}
	})
}

// As of a date, every exported relationship may hold then (or, for
// lineage, had happened by then), and the documents' answers are there.
func TestExportAt(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	ds, _ := datasetRecords(t)
	byName := func(spelling string) string { return personID(t, ds, spelling) }
	var s snapshot
	if err := json.Unmarshal(exported(t, "--at", "2022-02"), &s); err != nil {
		t.Fatal(err)
	}
	at := org.MustDate("2022-02")
	reports := map[string]bool{}
	for _, l := range s.Links {
		span := org.Span{}
		if l.ValidFrom != "" {
			span.From = org.MustRange(l.ValidFrom)
		}
		if l.ValidTo != "" {
			span.To = org.MustRange(l.ValidTo)
		}
		rel := org.Rel(l.Rel)
		if rel.IsLineage() && span.FirstDay() > at.LastDay() || !rel.IsLineage() && !org.At(at).Overlaps(span.Bounds()) {
			t.Errorf("%s %s→%s [%s,%s] cannot hold as of 2022-02", l.Rel, l.From, l.To, l.ValidFrom, l.ValidTo)
		}
		if rel == org.ReportsTo && l.To == byName("戴珊") {
			reports[l.From] = true
		}
	}
	// 004 (LatePost) and 000 name the five who reported to Dai Shan after
	// the January 2022 reshuffle.
	for _, who := range []string{"Xuan De", "Fu Xue", "Si Han", "道方", "千城"} {
		if !reports[byName(who)] {
			t.Errorf("%s does not report to Dai Shan in the 2022-02 export", who)
		}
	}
}

// personID finds a person by any spelling the documents use, so tests do
// not depend on the ids the curator chose.
func personID(t *testing.T, ds *org.Dataset, spelling string) string {
	t.Helper()
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, " ", "")) }
	for _, p := range ds.People {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if norm(n) == norm(spelling) {
				return p.ID
			}
		}
	}
	t.Fatalf("no person spelled %q", spelling)
	return ""
}

// --known-at keeps what sources published by then reported; --certain
// what certainly held throughout the date.
func TestExportKnownAtAndCertain(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	ds, _ := datasetRecords(t)
	published := map[string]org.Range{}
	for _, d := range ds.Documents {
		published[d.ID] = d.Published
	}
	var known snapshot
	if err := json.Unmarshal(exported(t, "--known-at", "2019-12"), &known); err != nil {
		t.Fatal(err)
	}
	if known.KnownAt != "2019-12" || len(known.Links) == 0 {
		t.Fatalf("knownAt %q with %d links", known.KnownAt, len(known.Links))
	}
	daiShan := personID(t, ds, "戴珊")
	for _, l := range known.Links {
		for _, src := range l.Sources {
			if p := published[src.Document]; !org.PublishedBy(p, org.MustDate("2019-12")) {
				t.Errorf("%s %s→%s cites %s, published %s, after 2019-12", l.Rel, l.From, l.To, src.Document, p)
			}
		}
		// Her five reports come from the 2022 documents (004, 000, 001).
		if l.Rel == string(org.ReportsTo) && l.To == daiShan && l.ValidFrom >= "2022" {
			t.Errorf("known at 2019-12, %s reports to Dai Shan from %s", l.From, l.ValidFrom)
		}
	}
	var certain snapshot
	if err := json.Unmarshal(exported(t, "--at", "2022-02", "--certain"), &certain); err != nil {
		t.Fatal(err)
	}
	for _, l := range certain.Links {
		if l.Holds != string(org.Certainly) {
			t.Errorf("--certain exported %s %s→%s holding %s", l.Rel, l.From, l.To, l.Holds)
		}
	}
}

func TestExportErrors(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantStatus int
		wantErr    string
	}{
		{"unknown format", []string{"export", "--format", "xml"}, 2, `unknown --format "xml"`},
		{"bad date", []string{"export", "--at", "2022-13"}, 2, `"2022-13"`},
		{"bad known-at", []string{"export", "--known-at", "20x9"}, 2, `--known-at: invalid date "20x9"`},
		{"certain without a date", []string{"export", "--certain"}, 2, "--certain needs --at"},
		// The problems used to go to stdout, into `export > org.json`.
		{"bad dataset", []string{"export", "../../loader/testdata/bad/unknown-id.yaml"}, 1, `unknown-id.yaml:10: unknown person "carol"`},
		{"bad dataset counted", []string{"export", "../../loader/testdata/bad/unknown-id.yaml"}, 1, "1 problem(s) found"},
		{"unwritable file", []string{"export", "--out", "/nonexistent/dir/x.json"}, 1, "/nonexistent/dir/x.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := run(context.Background(), tt.args, &out, &errOut)
			if status != tt.wantStatus || !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("run(%q) = %d, stderr %q; want %d with %q", tt.args, status, errOut.String(), tt.wantStatus, tt.wantErr)
			}
			if out.Len() > 0 {
				t.Errorf("run(%q) wrote %q to stdout, where the export goes; want nothing", tt.args, out.String())
			}
		})
	}
}

// networkxReader loads a GraphML file with networkx and prints what the
// test compares: counts, relationship types, and a few attributes.
const networkxReader = `
import json, sys, collections
import networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({
  "directed": g.is_directed(),
  "nodes": g.number_of_nodes(),
  "edges": g.number_of_edges(),
  "types": collections.Counter(d.get("type") for _, d in g.nodes(data=True)),
  "rels": collections.Counter(d.get("rel") for _, _, d in g.edges(data=True)),
  "names": {n: d.get("name") for n, d in g.nodes(data=True)},
  "kinds": {n: d.get("kind") for n, d in g.nodes(data=True) if d.get("type") == "unit"},
  "inferred": sum(1 for _, _, d in g.edges(data=True) if d.get("inferred") is True),
  "reports": sorted(u for u, v, d in g.edges(data=True) if d.get("rel") == "REPORTS_TO" and v == sys.argv[2]),
}, ensure_ascii=False))
`

// TestExportGraphMLInNetworkx opens the GraphML export with networkx, a
// real consumer, and checks it against the dataset. Python 3 with networkx
// is required under CI (.ci/run installs it); elsewhere the test skips.
func TestExportGraphMLInNetworkx(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	if err := exec.Command("python3", "-c", "import networkx").Run(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("python3 with networkx is required in CI: %v", err)
		}
		t.Skipf("python3 with networkx is not installed (pip install networkx==3.4.2): %v", err)
	}
	ds, _ := datasetRecords(t)
	for _, at := range []string{"", "2022-02"} {
		t.Run("at "+at, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "org.graphml")
			args := []string{"--format", "graphml", "--out", file}
			if at != "" {
				args = append(args, "--at", at)
			}
			exported(t, args...)
			out, err := exec.Command("python3", "-c", networkxReader, file, personID(t, ds, "戴珊")).Output()
			if err != nil {
				t.Fatalf("networkx could not read the export: %v", err)
			}
			var g struct {
				Directed     bool
				Nodes, Edges int
				Types, Rels  map[string]int
				Names, Kinds map[string]string
				Inferred     int
				Reports      []string
			}
			if err := json.Unmarshal(out, &g); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			// Nodes always are the whole dataset; edges, as of a date, the JSON export's.
			wantRels, wantInferred := map[string]int{}, 0
			links := ds.Links
			if at != "" {
				var s snapshot
				json.Unmarshal(exported(t, "--at", at), &s)
				links = nil
				for _, l := range s.Links {
					links = append(links, org.Link{Rel: org.Rel(l.Rel), Inferred: l.Inferred})
				}
			}
			for _, l := range links {
				wantRels[string(l.Rel)]++
				if l.Inferred {
					wantInferred++
				}
			}
			if !g.Directed || g.Nodes != len(ds.People)+len(ds.Units) || g.Edges != len(links) ||
				g.Types["person"] != len(ds.People) || g.Types["unit"] != len(ds.Units) || g.Inferred != wantInferred {
				t.Errorf("networkx: directed %t, %d nodes (%v), %d edges, %d inferred; want %d people, %d units, %d edges, %d inferred",
					g.Directed, g.Nodes, g.Types, g.Edges, g.Inferred, len(ds.People), len(ds.Units), len(links), wantInferred)
			}
			for rel, n := range wantRels {
				if g.Rels[rel] != n {
					t.Errorf("networkx: %d %s edges, want %d", g.Rels[rel], rel, n)
				}
			}
			for _, p := range ds.People {
				if g.Names[p.ID] != p.Name {
					t.Errorf("networkx: node %s named %q, want %q", p.ID, g.Names[p.ID], p.Name)
				}
			}
			for _, u := range ds.Units {
				if g.Names[u.ID] != u.Name || g.Kinds[u.ID] != u.Kind {
					t.Errorf("networkx: unit %s is %q (%q), want %q (%q)", u.ID, g.Names[u.ID], g.Kinds[u.ID], u.Name, u.Kind)
				}
			}
			if at == "2022-02" && len(g.Reports) < 5 {
				t.Errorf("networkx: %d people report to Dai Shan in 2022-02, want the documents' five: %v", len(g.Reports), g.Reports)
			}
		})
	}
}
