package graph

import (
	"slices"

	"github.com/orgraph/orgraph/org"
)

// citedLinks are the links of a document's facts of the given types, in
// the order the store gave them.
func citedLinks(c *org.Citations, rels ...org.Rel) []org.Link {
	out := []org.Link{}
	for _, l := range c.Links {
		if slices.Contains(rels, l.Rel) {
			out = append(out, l)
		}
	}
	return out
}
