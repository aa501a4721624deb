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
// makes them fail.
func (c *checker) warnings() Problems {
	var ws Problems
	warn := func(f located, format string, args ...any) {
		ws = append(ws, Problem{File: f.file, Line: f.line, Msg: "warning: " + fmt.Sprintf(format, args...)})
	}
	seen := map[string]located{}
	managers := map[string][]located{} // person → their reporting lines
	heads := map[[2]string][]located{} // unit, title → its heads
	for _, f := range c.facts {
		key := fmt.Sprintf("%s|%s|%s|%s|%s|%s", f.Rel, f.From, f.To, f.Title, f.Span.From, f.Span.To)
		if prev, dup := seen[key]; dup {
			warn(f, "the same %s fact as at %s", lower(f.Rel), where(prev))
			continue
		}
		seen[key] = f
		switch f.Rel {
		case org.ReportsTo:
			for _, prev := range managers[f.From] {
				if prev.To != f.To && prev.Bounds.AtOnce(f.Bounds) {
					warn(f, "%s has two managers at once: %s here and %s at %s", f.From, f.To, prev.To, where(prev))
				}
			}
			managers[f.From] = append(managers[f.From], f)
		case org.Heads:
			k := [2]string{f.To, f.Title}
			for _, prev := range heads[k] {
				if prev.From != f.From && prev.Bounds.AtOnce(f.Bounds) {
					warn(f, "%s has two heads titled %q at once: %s here and %s at %s", f.To, f.Title, f.From, prev.From, where(prev))
				}
			}
			heads[k] = append(heads[k], f)
		}
	}
	ws.sort()
	return ws
}

func where(f located) string { return fmt.Sprintf("%s:%d", f.file, f.line) }

func lower(r org.Rel) string { return strings.ToLower(string(r)) }
