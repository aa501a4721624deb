package loader

import (
	"fmt"
	"strings"

	"github.com/orgraph/orgraph/org"
)

// warnings finds what a valid dataset may still have wrong, each at the
// later fact's file:line and naming the other's: the same fact twice, one
// person with two managers at once, one unit with two heads of one title at
// once ("at once" as org.Bounds.AtOnce says, after lifespan clipping). Reporting cycles are problems, not warnings
// (see cycles). Warnings never stop a load; orgraph validate --strict
// makes them fail. links are the dataset's, written at c.sites; the maps
// hold their indexes, not copies, since a dataset has hundreds of
// thousands.
func (c *checker) warnings(links []org.Link) Problems {
	var ws Problems
	warn := func(i int, format string, args ...any) {
		ws = append(ws, Problem{File: c.sites[i].file, Line: c.sites[i].line, Msg: "warning: " + fmt.Sprintf(format, args...)})
	}
	// same is what makes two facts the same. Parsed ranges print
	// differently when they differ, so this is the fact as written.
	type same struct {
		rel             org.Rel
		from, to, title string
		span            org.Span
	}
	seen := make(map[same]int, len(links))
	managers := map[string][]int{} // person → their reporting lines
	heads := map[[2]string][]int{} // unit, title → its heads
	for i, f := range links {
		key := same{f.Rel, f.From, f.To, f.Title, f.Span}
		if prev, dup := seen[key]; dup {
			warn(i, "the same %s fact as at %s", lower(f.Rel), c.sites[prev])
			continue
		}
		seen[key] = i
		switch f.Rel {
		case org.ReportsTo:
			for _, j := range managers[f.From] {
				if prev := links[j]; prev.To != f.To && prev.Bounds.AtOnce(f.Bounds) {
					warn(i, "%s has two managers at once: %s here and %s at %s", f.From, f.To, prev.To, c.sites[j])
				}
			}
			managers[f.From] = append(managers[f.From], i)
		case org.Heads:
			k := [2]string{f.To, f.Title}
			for _, j := range heads[k] {
				if prev := links[j]; prev.From != f.From && prev.Bounds.AtOnce(f.Bounds) {
					warn(i, "%s has two heads titled %q at once: %s here and %s at %s", f.To, f.Title, f.From, prev.From, c.sites[j])
				}
			}
			heads[k] = append(heads[k], i)
		}
	}
	ws.sort()
	return ws
}

func lower(r org.Rel) string { return strings.ToLower(string(r)) }
