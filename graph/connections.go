package graph

import (
	"encoding/base64"
	"encoding/json"
	"fmt"

	"github.com/orgraph/orgraph/org"
)

// Cursors are opaque to clients: the list position (name and id) as a
// JSON pair in base64, so that a page continues after the same entry even when entries
// were added before it.

func encodeCursor(c org.Cursor) string {
	b, _ := json.Marshal([2]string{c.Name, c.ID}) // two strings always marshal
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) (org.Cursor, error) {
	var pair [2]string
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &pair)
	}
	if err != nil || pair[1] == "" {
		// Clipped like gqlgen's own errors, so a huge value is not echoed.
		return org.Cursor{}, org.Errorf(org.Invalid, "%s", clipMessage(fmt.Sprintf("invalid cursor %q: pass an edge's cursor or pageInfo.endCursor", s)))
	}
	return org.Cursor{Name: pair[0], ID: pair[1]}, nil
}

// listQuery checks the arguments of people and units.
func listQuery(first *int, after, prefix *string, knownAt *org.Date) (org.ListQuery, error) {
	q := org.ListQuery{KnownAt: dateValue(knownAt)}
	var err error
	if q.First, err = checkFirst(first); err != nil {
		return q, err
	}
	if after != nil {
		if q.After, err = decodeCursor(*after); err != nil {
			return q, err
		}
	}
	if prefix != nil {
		q.Prefix = *prefix
	}
	return q, nil
}

// edges pairs a page's entries with the nodes looked up for them, dropping
// any the store no longer holds, and says where the page ends.
func edges[T any, E any](page org.ListPage, nodes []*T, edge func(cursor string, node *T) E) ([]E, *PageInfo) {
	out := []E{}
	info := &PageInfo{HasNextPage: page.HasNext}
	for i, c := range page.Items {
		if nodes[i] == nil {
			continue
		}
		cur := encodeCursor(c)
		out = append(out, edge(cur, nodes[i]))
		info.EndCursor = &cur
	}
	return out, info
}

// ids are the ids of a page's entries.
func ids(page org.ListPage) []string {
	out := make([]string, len(page.Items))
	for i, c := range page.Items {
		out[i] = c.ID
	}
	return out
}
