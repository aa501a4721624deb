package cypher_test

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/orgraph/orgraph/seeds"
)

// TestBrowserModel checks the graph as Neo4j Browser users see it, on the
// built-in dataset: every node has a caption, every document leads back by
// CITED_IN to exactly the people, units and events whose own sources cite
// it (the expected set read straight from the seed YAML files, not through
// orgraph's loader), and the time bounds are Neo4j dates.
func TestBrowserModel(t *testing.T) {
	d, db := seeded(t)
	t.Run("every node has a name", func(t *testing.T) {
		got := runRows(t, d, db, `MATCH (n:Orgraph)
			WHERE n.name IS NULL OR n.name = ''
			RETURN labels(n), n.id`)
		if len(got) != 0 {
			t.Errorf("got nodes without a name %q, want none", got)
		}
		want := seedEntities(t)
		count := runRows(t, d, db, `MATCH (n:Orgraph) WHERE n.name <> '' RETURN count(n)`)
		if w := fmt.Sprint(want.nodes); !slices.Equal(count, []string{w}) {
			t.Errorf("got %q named nodes, want %s (people, units, events and documents in the seeds)", count, w)
		}
	})
	t.Run("CITED_IN", func(t *testing.T) {
		got := runRows(t, d, db, `MATCH (n:Orgraph)-[c:CITED_IN]->(doc:Document:Orgraph)
			RETURN [l IN labels(n) WHERE l IN ['Person', 'Unit', 'Event']][0], n.id, doc.id, size(c.notes)`)
		slices.Sort(got)
		want := seedEntities(t).cited
		if !slices.Equal(got, want) {
			t.Errorf("got CITED_IN\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
	for _, tt := range []struct{ name, query string }{
		{"relationship bounds", `MATCH (:Orgraph)-[r:REPORTS_TO|HEADS|PART_OF|MERGED_INTO|SPLIT_FROM|RENAMED_TO]->(:Orgraph)
			UNWIND [r.startMin, r.startMax, r.endMin, r.endMax, r.reported] AS v
			RETURN DISTINCT valueType(v)`},
		{"event days", `MATCH (e:Event:Orgraph)
			UNWIND [e.firstDay, e.lastDay, e.reported] AS v
			RETURN DISTINCT valueType(v)`},
		{"people's and units' reported", `MATCH (n:Orgraph) WHERE n:Person OR n:Unit
			RETURN DISTINCT valueType(n.reported)`},
	} {
		t.Run("dates: "+tt.name, func(t *testing.T) {
			if got, want := runRows(t, d, db, tt.query), []string{"DATE NOT NULL"}; !slices.Equal(got, want) {
				t.Errorf("got value types %q, want %q", got, want)
			}
		})
	}
	t.Run("dates: open and unknown ends", func(t *testing.T) {
		// seeds/2022-taobao-tmall-integration.yaml: Xuande heads the user
		// centre from 6 January 2022, still in force (open end) as far as
		// the sources say. seeds/2017-tmall-reorganisation.yaml: Liu Bo
		// headed Juhuasuan until 2 December 2017, from a start no source
		// gives, and seeds/units.yaml gives no founding date of Juhuasuan,
		// so nothing bounds the start: unknown on both sides.
		got := runRows(t, d, db, `MATCH (p:Person:Orgraph)-[r:HEADS]->(u:Unit:Orgraph)
			WHERE [p.id, u.id] IN [['xuande', 'user-ops-center'], ['liu-bo', 'juhuasuan']]
			RETURN p.id, r.startMin, r.startMax, r.endMin, r.endMax ORDER BY p.id`)
		want := []string{
			"liu-bo 0001-01-01 9999-12-31 2017-12-02 2017-12-02",
			"xuande 2022-01-06 2022-01-06 9999-12-31 9999-12-31",
		}
		if !slices.Equal(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}

// seedFacts is what TestBrowserModel expects of the built-in dataset.
type seedFacts struct {
	nodes int      // people, units, events and documents
	cited []string // "Kind id document notes", sorted: one per cited document
}

// seedEntities reads the seed YAML files directly: every person, unit and
// event with the documents its own sources cite (in any order, once each)
// and how many of those citations carry a note.
func seedEntities(t *testing.T) seedFacts {
	t.Helper()
	type entity struct {
		ID      string
		Sources []struct{ Doc, Note string }
	}
	var out seedFacts
	files, err := fs.Glob(seeds.FS, "*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("seed files: %v, %d", err, len(files))
	}
	for _, f := range files {
		b, err := seeds.FS.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			People, Units, Events, Documents []entity
		}
		if err := yaml.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out.nodes += len(doc.People) + len(doc.Units) + len(doc.Events) + len(doc.Documents)
		for kind, es := range map[string][]entity{"Person": doc.People, "Unit": doc.Units, "Event": doc.Events} {
			for _, e := range es {
				notes := map[string]int{}
				var docs []string
				for _, s := range e.Sources {
					if _, ok := notes[s.Doc]; !ok {
						docs = append(docs, s.Doc)
						notes[s.Doc] = 0
					}
					if s.Note != "" {
						notes[s.Doc]++
					}
				}
				for _, doc := range docs {
					out.cited = append(out.cited, fmt.Sprintf("%s %s %s %d", kind, e.ID, doc, notes[doc]))
				}
			}
		}
	}
	slices.Sort(out.cited)
	return out
}
