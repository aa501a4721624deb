package graph_test

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"testing"

	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
)

// panicking is an in-memory store with a bug: reading Person 3 panics.
type panicking struct{ *memstore.Store }

func (p panicking) People(ctx context.Context, ids []string, knownAt org.Date) ([]*org.Person, error) {
	people, err := p.Store.People(ctx, ids, knownAt)
	for _, x := range people {
		if x != nil && x.Name == "Person 3" {
			panic("reading Person 3")
		}
	}
	return people, err
}

// TestPanicInAList has a store panic while one element of a list is
// marshalled, on the paths where list elements and an object's fields are
// resolved one after another (inplace.go): in memory, and below a root
// field the prefetch planner has loaded (the same store behind a wrapper
// that hides that it is in memory; there the planner's batched read fails
// for every element). Each request gets INTERNAL errors at elements of
// that list, among them the failing element's path, index included, which
// gqlgen's own concurrent path reports (the same selection below the people
// list, which the planner does not load; there only the failing element's
// read fails). The failed field's sibling is answered as on that path, and
// the server answers the next request.
func TestPanicInAList(t *testing.T) {
	store := panicking{memstore.New(storetest.Synthetic(100))}
	const failing, sibling = `directReports(at: "2018") { person { name } }`, `name roles(at: "2018") { title unit { name } }`
	// The concurrent path's answers, the error's path as if asked through
	// person. Its root field is not nullable, so the two are asked apart.
	concurrent := serve(&counting{Store: store}, quiet)
	_, _, errs := askRaw(t, concurrent, `{ people(prefix: "Person 0", first: 1) { edges { node { `+failing+` } } } }`)
	var want []string
	for _, e := range errs {
		want = append(want, fmt.Sprint(append([]any{"person"}, e.Path[4:]...)))
	}
	_, data, _ := askRaw(t, concurrent, `{ people(prefix: "Person 0", first: 1) { edges { node { `+sibling+` } } } }`)
	wantSibling := data["people"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"]
	// Synthetic's Person 0 heads Unit 0, titled Head, throughout 2018.
	if fmt.Sprint(wantSibling) != "map[name:Person 0 roles:[map[title:Head unit:map[name:Unit 0]]]]" {
		t.Fatalf("gqlgen's concurrent path answers the sibling %v", wantSibling)
	}
	for _, c := range []struct {
		name string
		h    http.Handler
		errs int // Person 0's reports, Persons 1–4: read one by one, only Person 3 fails; in one batch, all four
	}{
		{"in memory", serve(store, quiet), 1},
		{"planned", serve(&counting{Store: store}, quiet), 4},
	} {
		name, h := c.name, c.h
		_, data, errs := askRaw(t, h, `{ person(name: "Person 0") { `+failing+` } sibling: person(name: "Person 0") { `+sibling+` } }`)
		if len(errs) != c.errs {
			t.Errorf("%s: %d errors %+v, want %d", name, len(errs), errs, c.errs)
		}
		var paths []string
		for _, e := range errs {
			if e.Extensions["code"] != "INTERNAL" || fieldPath(e.Path) != "person.directReports.person" {
				t.Errorf("%s: error %+v, want INTERNAL errors at person.directReports[].person", name, e)
			}
			paths = append(paths, fmt.Sprint(e.Path))
		}
		if len(want) != 1 || !slices.Contains(paths, want[0]) {
			t.Errorf("%s: errors at %v; gqlgen's concurrent path reports %v", name, paths, want)
		}
		if data["person"] != nil || data["sibling"] == nil || fmt.Sprint(data["sibling"]) != fmt.Sprint(wantSibling) {
			t.Errorf("%s: data %v; gqlgen's concurrent path answers a null person and the sibling %v", name, data, wantSibling)
		}
		_, data, errs = askRaw(t, h, `{ person(name: "Person 1") { name } }`)
		if len(errs) != 0 || data["person"].(map[string]any)["name"] != "Person 1" {
			t.Errorf("%s: the next request got %v, errors %+v; want Person 1", name, data, errs)
		}
	}
}
