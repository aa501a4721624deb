package synth

import (
	"context"
	"slices"
	"strings"

	"github.com/orgraph/orgraph/org"
)

// Generate returns the synthetic dataset for opt in memory: the same records,
// in the same order, that loader.ParsePaths reads back from what Write writes.
// It holds the whole dataset, so for a million people prefer Write.
func Generate(opt Options) (*org.Dataset, error) {
	c := &collector{links: map[org.Rel][]org.Link{}}
	if err := run(context.Background(), opt, c); err != nil {
		return nil, err
	}
	// The loader reads files in name order and Write puts each relationship
	// in files named after its key, so links come back grouped by key name.
	rels := slices.Clone(org.Rels)
	slices.SortFunc(rels, func(a, b org.Rel) int { return strings.Compare(keyOf[a], keyOf[b]) })
	for _, rel := range rels {
		c.ds.Links = append(c.ds.Links, c.links[rel]...)
	}
	org.Derive(&c.ds) // lifespans and bounds, as the loader fills them
	return &c.ds, nil
}

type collector struct {
	ds    org.Dataset
	links map[org.Rel][]org.Link
}

func (c *collector) document(d org.Document) { c.ds.Documents = append(c.ds.Documents, d) }
func (c *collector) person(p org.Person)     { c.ds.People = append(c.ds.People, p) }
func (c *collector) unit(u org.Unit)         { c.ds.Units = append(c.ds.Units, u) }
func (c *collector) link(l org.Link)         { c.links[l.Rel] = append(c.links[l.Rel], l) }
func (c *collector) event(e org.Event)       { c.ds.Events = append(c.ds.Events, e) }
