package graph_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/storetest"
	"github.com/orgraph/orgraph/storetest/questions"
)

// counting wraps a store and counts its calls by method.
type counting struct {
	org.Store
	mu    sync.Mutex
	calls map[string]int
}

func (c *counting) count(method string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.calls == nil {
		c.calls = map[string]int{}
	}
	c.calls[method]++
}

func (c *counting) PersonByName(ctx context.Context, name string, knownAt org.Date) (*org.Person, error) {
	c.count("PersonByName")
	return c.Store.PersonByName(ctx, name, knownAt)
}

func (c *counting) UnitByName(ctx context.Context, name string, knownAt org.Date) (*org.Unit, error) {
	c.count("UnitByName")
	return c.Store.UnitByName(ctx, name, knownAt)
}

func (c *counting) People(ctx context.Context, ids []string, knownAt org.Date) ([]*org.Person, error) {
	c.count("People")
	return c.Store.People(ctx, ids, knownAt)
}

func (c *counting) Units(ctx context.Context, ids []string, knownAt org.Date) ([]*org.Unit, error) {
	c.count("Units")
	return c.Store.Units(ctx, ids, knownAt)
}

func (c *counting) Links(ctx context.Context, rel org.Rel, dir org.Direction, ids []string, w org.Window) ([][]org.Link, error) {
	c.count("Links " + string(rel))
	return c.Store.Links(ctx, rel, dir, ids, w)
}

func (c *counting) ReportingChains(ctx context.Context, ids []string, w org.Window) ([][]string, error) {
	c.count("ReportingChains")
	return c.Store.ReportingChains(ctx, ids, w)
}

func (c *counting) Lineages(ctx context.Context, ids []string, knownAt org.Date) ([][]org.Link, error) {
	c.count("Lineages")
	return c.Store.Lineages(ctx, ids, knownAt)
}

// TestOneCallPerLevel counts store calls for nested queries over the
// synthetic org, a four-way reporting tree (person i reports to person
// (i-1)/4) where every fact holds in 2018, one unit per ten people, each
// person heading unit i mod (n/10). The expected counts follow from the
// query's shape alone: one call per nesting level and relationship, the
// same for a small and a large org, though the answers hold dozens of nodes.
func TestOneCallPerLevel(t *testing.T) {
	tests := []struct {
		name, query string
		sizes       map[string]string // a path of the answer → how many values it must hold
		want        map[string]int
	}{{
		name: "reports of reports with roles and heads",
		query: `{ person(name: "Person 0") { directReports(at: "2018") { person { name
			roles(at: "2018") { unit { name heads(at: "2018") { person { name } } } }
			directReports(at: "2018") { person { name } } } } } }`,
		sizes: map[string]string{
			"person.directReports[].person.name":                             "4",
			"person.directReports[].person.directReports[].person.name":      "16",
			"person.directReports[].person.roles[].unit.heads[].person.name": "40",
		},
		// Levels: Person 0's reports (Links); the reports themselves (People)
		// with their roles and their reports (two Links); the roles' units
		// (Units) with their heads (Links) and the reports' reports (People);
		// the heads (People).
		want: map[string]int{"PersonByName": 1, "Links REPORTS_TO": 2, "Links HEADS": 2, "People": 3, "Units": 1},
	}, {
		name: "managers three levels deep, with roles and chains",
		query: `{ person(name: "Person 85") { roles { unit { name } }
			managers(at: "2018") { manager { name roles { title } reportingChain(at: "2018") { name }
			managers(at: "2018") { manager { name roles { title }
			managers(at: "2018") { manager { name roles { title } } } } } } } } }`,
		sizes: map[string]string{
			"person.managers[].manager.managers[].manager.managers[].manager.name": "1",
			"person.managers[].manager.reportingChain[].name":                      "3",
		},
		// Person 85 → 21 → 5 → 1: one Links call per level for the roles
		// (four levels) and the managers (three); the chain of Person 21
		// (5, 1, 0) is fetched with Person 5, so Person 1 is known already.
		want: map[string]int{"PersonByName": 1, "Links REPORTS_TO": 3, "Links HEADS": 4, "People": 2, "Units": 1, "ReportingChains": 1},
	}, {
		name:  "a unit's children with heads and grandchildren",
		query: `{ unit(name: "Unit 0") { children(at: "2018") { name heads(at: "2018") { person { name } } children(at: "2018") { name } } } }`,
		sizes: map[string]string{
			"unit.children[].name":                "4",
			"unit.children[].children[].name":     "16",
			"unit.children[].heads[].person.name": "40",
		},
		want: map[string]int{"UnitByName": 1, "Links PART_OF": 2, "Links HEADS": 1, "Units": 2, "People": 1},
	}, {
		// knownAt and certain reach the planner's keys as they reach the
		// resolvers', so nothing is fetched twice.
		name: "the same as known at a date, certain given",
		query: `{ unit(name: "Unit 0", knownAt: "2030") { children(at: "2018", certain: false) { name
			heads(at: "2018", certain: false) { holds person { name } } children(at: "2018") { name } } } }`,
		sizes: map[string]string{
			"unit.children[].name":                "4",
			"unit.children[].children[].name":     "16",
			"unit.children[].heads[].person.name": "40",
		},
		want: map[string]int{"UnitByName": 1, "Links PART_OF": 2, "Links HEADS": 1, "Units": 2, "People": 1},
	}}
	for _, n := range []int{1_000, 20_000} {
		s := memstore.New(storetest.Synthetic(n))
		for _, tt := range tests {
			t.Run(fmt.Sprintf("%s/%d", tt.name, n), func(t *testing.T) {
				c := &counting{Store: s}
				r := questions.Ask(t, serve(c, quiet), tt.query)
				if len(r.Errors) > 0 {
					t.Fatal(r.Errors)
				}
				for path, want := range tt.sizes {
					if got := fmt.Sprint(len(questions.Pluck(r.Data, path))); got != want {
						t.Errorf("%s holds %s values, want %s", path, got, want)
					}
				}
				if fmt.Sprint(c.calls) != fmt.Sprint(tt.want) {
					t.Errorf("store calls = %v, want %v", c.calls, tt.want)
				}
			})
		}
	}
}

// TestRequestsDoNotSleep runs nested requests in a synctest bubble, where
// the clock moves only when every goroutine is blocked on time: a request
// that waited for a batch to fill would see the clock move.
func TestRequestsDoNotSleep(t *testing.T) {
	s := memstore.New(storetest.Synthetic(1_000))
	synctest.Test(t, func(t *testing.T) {
		h := serve(s, quiet)
		start := time.Now()
		r := questions.Ask(t, h, `{ person(name: "Person 0") { directReports(at: "2018") { person {
			roles { unit { name } } directReports(at: "2018") { person { name reportingChain(at: "2018") { name } } } } } } }`)
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		if got := time.Since(start); got != 0 {
			t.Errorf("request took %v of the bubble's clock, want 0 (no waiting)", got)
		}
	})
}
