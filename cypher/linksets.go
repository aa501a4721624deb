package cypher

import (
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/org"
)

// qLinkSets is LinkSets' statement.
var qLinkSets = load("link_sets")

// LinkSets answers several Links calls at once: the i-th answer is what
// Links(ctx, rels[i], dirs[i], ids[i], ws[i]) returns. Those a scope can
// answer cost nothing; the rest cost one statement together.
func (s *Store) LinkSets(ctx context.Context, rels []org.Rel, dirs []org.Direction, ids [][]string, ws []org.Window) ([][][]org.Link, error) {
	out := make([][][]org.Link, len(rels))
	var sets []map[string]any
	var asked []int // the index in rels of each of sets
	for i, rel := range rels {
		if ls, ok := s.scopeOf(ctx).linksOf(rel, dirs[i], ids[i], ws[i]); ok {
			out[i] = ls
			continue
		}
		if len(ids[i]) == 0 || !slices.Contains(org.Rels, rel) {
			out[i] = group[org.Link](ids[i], nil)
			continue
		}
		sets = append(sets, window(ws[i], map[string]any{"rel": string(rel), "out": dirs[i] == org.Out, "ids": ids[i]}))
		asked = append(asked, i)
	}
	if len(sets) == 0 {
		return out, nil
	}
	recs, err := s.read(ctx, qLinkSets, map[string]any{"sets": sets})
	if err != nil {
		return nil, err
	}
	bySet := make([][]*neo4j.Record, len(sets))
	for _, rec := range recs {
		r := &row{rec: rec}
		n := r.integer("set")
		if r.err == nil && (n < 0 || n >= len(sets)) {
			r.err = fmt.Errorf("set %d of %d", n, len(sets))
		}
		if r.err != nil {
			return nil, org.Wrap(r.err, org.Internal, "unexpected data in neo4j")
		}
		bySet[n] = append(bySet[n], rec)
	}
	for n, i := range asked {
		recs := bySet[n]
		if err := s.scopeOf(ctx).keep(recs, farEndIsUnit(rels[i], dirs[i])); err != nil {
			return nil, err
		}
		rows, err := linksInDatasetOrder(recs, func(r *row, _ org.Link) string { return r.str("key") }, ws[i].KnownAt)
		if err != nil {
			return nil, err
		}
		out[i] = sorted(group(ids[i], rows))
	}
	return out, nil
}
