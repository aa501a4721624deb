package loader

import (
	"strings"

	"github.com/orgraph/orgraph/org"
)

// lifespans reports every HEADS or PART_OF fact whose stated dates lie
// certainly outside the lifespan of a unit at its ends: it ended before the
// unit began, or began after the unit ended. An unknown start is no
// problem: queries clip it to the lifespan.
func (c *checker) lifespans(ds *org.Dataset) {
	lives := org.Lifespans(ds)
	for i, f := range ds.Links {
		var units []string
		switch f.Rel {
		case org.Heads:
			units = []string{f.To}
		case org.PartOf:
			units = []string{f.From, f.To}
		}
		for _, id := range units {
			if why := lives[id].Outside(f.Span, id); why != "" {
				c.add(c.sites[i].file, c.sites[i].line, "%s %s → %s %s", strings.ToLower(string(f.Rel)), f.From, f.To, why)
			}
		}
	}
}
