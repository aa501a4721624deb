package cypher_test

import (
	"io"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/org"
)

// TestSync is `orgraph load` against Neo4j: a first load writes, a reload
// writes nothing, a dry run only reports, an edited dataset syncs exactly,
// and a load that fails leaves the database as it was.
func TestSync(t *testing.T) {
	s, _ := emptied(t)
	ctx := t.Context()
	ds := cyphertest.Seeds(t)
	stored := func() []loader.Change {
		t.Helper()
		snap, err := s.Snapshot(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return loader.Diff(snap, ds)
	}

	var out strings.Builder
	if changes, err := loader.Sync(ctx, s, ds, false, &out); err != nil || len(changes) == 0 {
		t.Fatalf("first load: %d changes, %v", len(changes), err)
	}
	if !strings.Contains(out.String(), "writing: ") {
		t.Errorf("first load printed no progress:\n%s", out.String())
	}
	if diff := stored(); len(diff) != 0 {
		t.Fatalf("after load the database differs from the dataset: %v", diff)
	}
	if changes, err := loader.Sync(ctx, s, ds, false, io.Discard); err != nil || len(changes) != 0 {
		t.Fatalf("reload: %v, %v; want no changes", changes, err)
	}

	// Drop Juhuasuan's 2017 merge and edit a note.
	edited := *ds
	edited.Links = nil
	for _, l := range ds.Links {
		if l.Rel == org.MergedInto && l.From == "juhuasuan" {
			continue
		}
		edited.Links = append(edited.Links, l)
	}
	edited.People = append([]org.Person{}, ds.People...)
	edited.People[0].Sources = []org.Source{{Document: ds.Documents[0].ID, Title: ds.Documents[0].Title, Published: ds.Documents[0].Published, Note: "edited"}}

	out.Reset()
	changes, err := loader.Sync(ctx, s, &edited, true, &out)
	if err != nil || len(changes) != 2 {
		t.Fatalf("dry run: %v, %v; want one deletion and one change", changes, err)
	}
	if !strings.Contains(out.String(), "- MERGED_INTO juhuasuan → marketing-platform-bu") || !strings.Contains(out.String(), "~ person "+ds.People[0].ID) {
		t.Errorf("dry run printed:\n%s", out.String())
	}
	if diff := stored(); len(diff) != 0 {
		t.Fatalf("dry run wrote something: %v", diff)
	}

	out.Reset()
	if _, err := loader.Sync(ctx, s, &edited, false, &out); err != nil {
		t.Fatal(err)
	}
	// The steps after writing used to pass in silence, for half a minute
	// at 100,000 people.
	for _, step := range []string{"reading the stored data to compare\n", "switching readers to the new data\n", "deleting the previous data, nodes and relationships: "} {
		if !strings.Contains(out.String(), step) {
			t.Errorf("the edited load did not report %q:\n%s", step, out.String())
		}
	}
	ds = &edited
	if diff := stored(); len(diff) != 0 {
		t.Fatalf("after the edited load the database differs: %v", diff)
	}

	// A dataset that fails inside the write transaction changes nothing.
	broken := edited
	broken.Units = broken.Units[1:] // links still point at the dropped unit
	if _, err := loader.Sync(ctx, s, &broken, false, io.Discard); err == nil {
		t.Fatal("loading a dataset with a dangling link succeeded")
	}
	if diff := stored(); len(diff) != 0 {
		t.Fatalf("a failed load changed the database: %v", diff)
	}
}

// TestReplaceLeavesOtherDataAlone checks that a database shared with other
// applications keeps their nodes and relationships through loads, even
// :Person and :Unit nodes with the ids orgraph uses and duplicate ids among
// their own nodes; and that EnsureSchema drops the constraints that earlier
// versions put on those shared labels.
func TestReplaceLeavesOtherDataAlone(t *testing.T) {
	d, db := cyphertest.Driver(t)
	ctx := t.Context()
	exec := counter(t, d, db)
	exec(`MATCH (n:OtherApp) DETACH DELETE n`)
	// What orgraph before version 2 created: a load then failed on the
	// other application's zhang-yong below.
	exec(`CREATE CONSTRAINT orgraph_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE`)
	s := cypher.New(d, db)
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	if n := exec(`SHOW CONSTRAINTS YIELD name, labelsOrTypes WHERE any(l IN labelsOrTypes WHERE l IN ['Person', 'Unit', 'Document', 'Event']) RETURN count(*)`); n != 0 {
		t.Fatalf("after EnsureSchema %d constraints remain on labels other applications use", n)
	}
	exec(`CREATE (:OtherApp:Person {id: 'zhang-yong', name: 'Not ours'})-[:REPORTS_TO]->(:OtherApp:Unit {id: 'tmall', name: 'Theirs'})`)
	exec(`CREATE (:OtherApp:Person {id: 'zhang-yong', name: 'Also not ours'}), (:OtherApp:Document {id: 'dup'}), (:OtherApp:Document {id: 'dup'})`)
	t.Cleanup(func() { exec(`MATCH (n:OtherApp) DETACH DELETE n`) })

	ds := cyphertest.Seeds(t)
	for _, next := range []*org.Dataset{ds, ds, {}} {
		if err := s.Replace(ctx, next, nil); err != nil {
			t.Fatal(err)
		}
		if got := exec(`MATCH (:OtherApp)-[r:REPORTS_TO]->(:OtherApp) RETURN count(r)`); got != 1 {
			t.Fatalf("after Replace the other application's relationship count is %d, want 1", got)
		}
		if got := exec(`MATCH (n:OtherApp) RETURN count(n)`); got != 5 {
			t.Fatalf("after Replace the other application has %d nodes, want 5", got)
		}
		if got := exec(`MATCH (n:OtherApp:Orgraph) RETURN count(n)`); got != 0 {
			t.Fatalf("after Replace %d of the other application's nodes carry :Orgraph", got)
		}
	}
	if err := s.Replace(ctx, ds, nil); err != nil {
		t.Fatal(err)
	}
	if p, err := s.PersonByName(ctx, "Zhang Yong", org.Date{}); err != nil || p == nil || p.ID != "zhang-yong" {
		t.Fatalf("PersonByName(Zhang Yong) beside another application's zhang-yong = %+v, %v", p, err)
	}
}
