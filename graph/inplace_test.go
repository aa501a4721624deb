package graph_test

import (
	"context"
	"fmt"
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
// marshalled, on the in-memory path where list elements and an object's
// fields are resolved one after another (inplace.go): the request gets an
// INTERNAL error at that element, at a path, index included, that gqlgen's
// own concurrent path reports too (the same store behind a wrapper that
// hides that it is in memory; there the batched read fails for every
// element), the failed field's sibling is answered as on that path, and
// the server answers the next request.
func TestPanicInAList(t *testing.T) {
	store := panicking{memstore.New(storetest.Synthetic(100))}
	const query = `{ person(name: "Person 0") { directReports(at: "2018") { person { name } } }
		sibling: person(name: "Person 0") { name roles(at: "2018") { title unit { name } } } }`
	_, wantData, want := askRaw(t, serve(&counting{Store: store}, quiet), query)
	h := serve(store, quiet)
	_, data, errs := askRaw(t, h, query)
	if len(errs) != 1 || errs[0].Extensions["code"] != "INTERNAL" || fieldPath(errs[0].Path) != "person.directReports.person" {
		t.Errorf("errors %+v, want one INTERNAL error at person.directReports[].person", errs)
	} else if !slices.ContainsFunc(want, func(e gqlError) bool { return fmt.Sprint(e.Path) == fmt.Sprint(errs[0].Path) }) {
		t.Errorf("error at %v, not among the paths gqlgen's concurrent path reports: %+v", errs[0].Path, want)
	}
	if fmt.Sprint(data) != fmt.Sprint(wantData) || data["sibling"] == nil {
		t.Errorf("data %v, gqlgen's concurrent path answers %v", data, wantData)
	}
	_, data, errs = askRaw(t, h, `{ person(name: "Person 1") { name } }`)
	if len(errs) != 0 || data["person"].(map[string]any)["name"] != "Person 1" {
		t.Errorf("the next request got %v, errors %+v; want Person 1", data, errs)
	}
}
