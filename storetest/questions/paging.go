package questions

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"testing"
)

// walkPages pages through every person and every unit, three at a time,
// following endCursor: the pages together must hold totalCount entries,
// each once, in name order. It checks the connection as a client uses it,
// whatever the store.
func walkPages(t *testing.T, h http.Handler) {
	for _, field := range []string{"people", "units"} {
		t.Run("paging through "+field, func(t *testing.T) {
			var names, ids []string
			after, total := "null", -1
			for page := 0; ; page++ {
				if page > 100 {
					t.Fatal("more than 100 pages of 3")
				}
				r := Ask(t, h, fmt.Sprintf(`{ %s(first: 3, after: %s) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`, field, after))
				if len(r.Errors) > 0 {
					t.Fatalf("errors: %+v", r.Errors)
				}
				names = append(names, Pluck(r.Data, field+".edges[].node.name")...)
				ids = append(ids, Pluck(r.Data, field+".edges[].node.id")...)
				n, _ := strconv.Atoi(Pluck(r.Data, field+".totalCount")[0])
				if total >= 0 && n != total {
					t.Fatalf("totalCount changed between pages: got %d, want %d", n, total)
				}
				total = n
				if Pluck(r.Data, field+".pageInfo.hasNextPage")[0] != "true" {
					break
				}
				after = strconv.Quote(Pluck(r.Data, field+".pageInfo.endCursor")[0])
			}
			if len(ids) != total || len(ids) == 0 {
				t.Fatalf("got %d entries over all pages, want totalCount %d (and some)", len(ids), total)
			}
			if u := slices.Compact(slices.Sorted(slices.Values(ids))); len(u) != len(ids) {
				t.Errorf("got %d distinct ids among %d entries, want no repeats", len(u), len(ids))
			}
			if !slices.IsSorted(names) {
				t.Errorf("got names %q, want them in order", names)
			}
		})
	}
}
