package cypher_test

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/org"
)

// sorted is ds in Snapshot's order.
func sorted(ds *org.Dataset) *org.Dataset {
	c := *ds
	c.Documents = slices.SortedFunc(slices.Values(ds.Documents), func(a, b org.Document) int { return cmp.Compare(a.ID, b.ID) })
	c.People = slices.SortedFunc(slices.Values(ds.People), func(a, b org.Person) int { return cmp.Compare(a.ID, b.ID) })
	c.Units = slices.SortedFunc(slices.Values(ds.Units), func(a, b org.Unit) int { return cmp.Compare(a.ID, b.ID) })
	c.Events = slices.SortedFunc(slices.Values(ds.Events), func(a, b org.Event) int { return cmp.Compare(a.ID, b.ID) })
	c.Links = slices.SortedFunc(slices.Values(ds.Links), org.LinkOrder)
	return &c
}

func TestReplaceSnapshot(t *testing.T) {
	s, ctx := setup(t)
	small := fixture()
	small.People = small.People[:2] // alice, bob
	small.Units = small.Units[:2]   // grp, tao
	small.Links = []org.Link{small.Links[0], small.Links[8]}
	small.Events = small.Events[1:2]
	tests := []struct {
		name string
		ds   *org.Dataset
	}{
		{"fixture", fixture()},
		{"again, idempotent", fixture()},
		{"smaller, stale data deleted", small},
		{"back to the fixture", fixture()},
		{"empty", &org.Dataset{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var last, total int
			var steps []string
			err := s.Replace(ctx, tt.ds, func(step string, d, n int) {
				if len(steps) == 0 || steps[len(steps)-1] != step {
					steps = append(steps, step)
				}
				if step == "writing" {
					last, total = d, n
				}
			})
			if err != nil {
				t.Fatalf("Replace: %v", err)
			}
			if last != total {
				t.Errorf("last progress %d of %d, want all done", last, total)
			}
			if i := slices.Index(steps, "switching readers to the new data"); i < 0 || (total > 0 && !slices.Contains(steps[:i], "writing")) {
				t.Errorf("steps %q: want writing, if there are rows, then switching", steps)
			}
			got, err := s.Snapshot(ctx)
			if err != nil {
				t.Fatalf("Snapshot: %v", err)
			}
			if want := sorted(tt.ds); !equalDatasets(got, want) {
				t.Errorf("Snapshot after Replace:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

// equalDatasets compares datasets, an empty list equal to a nil one.
func equalDatasets(a, b *org.Dataset) bool {
	return same(a.Documents, b.Documents) && same(a.People, b.People) &&
		same(a.Units, b.Units) && same(a.Links, b.Links) && same(a.Events, b.Events)
}

func same[T any](a, b []T) bool {
	return len(a)+len(b) == 0 || reflect.DeepEqual(a, b)
}

func TestReplaceIsAtomic(t *testing.T) {
	s, ctx := setup(t)
	tests := []struct {
		name    string
		edit    func(ds *org.Dataset)
		wantErr string
	}{
		{
			name: "link to a missing person",
			edit: func(ds *org.Dataset) {
				ds.People[0].Name = "Changed"         // updates roll back too
				ds.Units = ds.Units[:len(ds.Units)-2] // and deletes
				ds.Links = slices.DeleteFunc(ds.Links, func(l org.Link) bool { return l.From == "old" })
				ds.Links = append(ds.Links, org.Link{Rel: org.ReportsTo, From: "bob", To: "ghost"})
			},
			wantErr: `cannot write REPORTS_TO link from "bob" to "ghost": a node does not exist`,
		},
		{
			name: "link whose end has the wrong kind",
			edit: func(ds *org.Dataset) {
				ds.Links = append(ds.Links, org.Link{Rel: org.PartOf, From: "tao", To: "alice"})
			},
			wantErr: `cannot write PART_OF link from "tao" to "alice": a node does not exist`,
		},
		{
			name: "event involving a missing unit",
			edit: func(ds *org.Dataset) {
				ds.Events[0].UnitIDs = append(ds.Events[0].UnitIDs, "ghost")
			},
			wantErr: `cannot write INVOLVES link from "e-merge" to "ghost": a node does not exist`,
		},
		{
			name: "unknown relationship type",
			edit: func(ds *org.Dataset) {
				ds.Links = append(ds.Links, org.Link{Rel: "LIKES", From: "bob", To: "alice"})
			},
			wantErr: `unknown relationship type "LIKES"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := fixture()
			bad.Documents = append(bad.Documents, org.Document{ID: "d9", Title: "never written"})
			tt.edit(bad)
			err := s.Replace(ctx, bad, nil)
			if err == nil || !strings.Contains(org.ErrorMessage(err), tt.wantErr) || org.ErrorCode(err) != org.Invalid {
				t.Fatalf("Replace: got error %v (code %s), want INVALID containing %q", err, org.ErrorCode(err), tt.wantErr)
			}
			got, err := s.Snapshot(ctx)
			if err != nil {
				t.Fatalf("Snapshot: %v", err)
			}
			if want := sorted(fixture()); !equalDatasets(got, want) {
				t.Errorf("after a failed Replace:\n got %+v\nwant the previous data %+v", got, want)
			}
		})
	}
}
