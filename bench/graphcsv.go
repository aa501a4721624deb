package main

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// importArrayDelimiter separates list elements in the CSVs of
// exportGraphCSVs: names, notes and titles may hold neo4j-admin's default
// ';', but no dataset string holds a unit separator.
const importArrayDelimiter = "\x1f"

// exportGraphCSVs writes everything the database holds (orgraph's graph
// as its first load wrote it: every node, relationship, label and
// property, citations and load metadata included) as
// neo4j-admin import CSVs in dir: a node file per combination of labels
// and a relationship file per type, each with the union of its
// properties, typed from the values. Importing them is the physical limit
// for writing orgraph's own graph, where writeImportCSVs's lean graph is
// the limit for writing the dataset's facts alone.
func exportGraphCSVs(ctx context.Context, driver neo4j.DriverWithContext, dir string) error {
	nodes, err := readGraph(ctx, driver, `MATCH (n) RETURN elementId(n) AS id, labels(n) AS kind, properties(n) AS props`)
	if err != nil {
		return err
	}
	rels, err := readGraph(ctx, driver, `MATCH (a)-[r]->(b) RETURN [elementId(a), elementId(b)] AS id, type(r) AS kind, properties(r) AS props`)
	if err != nil {
		return err
	}
	for i, g := range groups(nodes) {
		if err := g.write(filepath.Join(dir, fmt.Sprintf("nodes-%02d.csv", i)), []string{":ID"}, func(id any) []string {
			return []string{id.(string)}
		}); err != nil {
			return err
		}
	}
	for i, g := range groups(rels) {
		if err := g.write(filepath.Join(dir, fmt.Sprintf("relationships-%02d.csv", i)), []string{":START_ID", ":END_ID"}, func(id any) []string {
			ends := id.([]any)
			return []string{ends[0].(string), ends[1].(string)}
		}); err != nil {
			return err
		}
	}
	return nil
}

// graphRow is one node or relationship: its id (or ends), its labels or
// type, and its properties.
type graphRow struct {
	id    any
	kind  string
	props map[string]any
}

func readGraph(ctx context.Context, driver neo4j.DriverWithContext, query string) ([]graphRow, error) {
	sess := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: "neo4j", AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	return neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) ([]graphRow, error) {
		res, err := tx.Run(ctx, query, nil)
		if err != nil {
			return nil, err
		}
		var out []graphRow
		for res.Next(ctx) {
			rec := res.Record()
			id, _ := rec.Get("id")
			kind, _ := rec.Get("kind")
			props, _ := rec.Get("props")
			out = append(out, graphRow{id, kindName(kind), props.(map[string]any)})
		}
		return out, res.Err()
	})
}

// kindName is a relationship's type, or a node's labels as neo4j-admin's
// :LABEL column takes them.
func kindName(kind any) string {
	if labels, ok := kind.([]any); ok {
		s := make([]string, len(labels))
		for i, l := range labels {
			s[i] = l.(string)
		}
		slices.Sort(s)
		return strings.Join(s, ";")
	}
	return kind.(string)
}

// graphGroup is the rows of one kind, with their properties' names and
// import types.
type graphGroup struct {
	kind  string
	rows  []graphRow
	names []string
	types map[string]string
}

func groups(rows []graphRow) []*graphGroup {
	byKind := map[string]*graphGroup{}
	var out []*graphGroup
	for _, r := range rows {
		g := byKind[r.kind]
		if g == nil {
			g = &graphGroup{kind: r.kind, types: map[string]string{}}
			byKind[r.kind] = g
			out = append(out, g)
		}
		g.rows = append(g.rows, r)
		for k, v := range r.props {
			if t := importType(v); t != "" && g.types[k] == "" {
				g.types[k] = t
			} else if _, ok := g.types[k]; !ok {
				g.types[k] = ""
			}
		}
	}
	for _, g := range out {
		for k := range g.types {
			g.names = append(g.names, k)
		}
		slices.Sort(g.names)
	}
	return out
}

// importType is the CSV header type of a property value; "" when the value
// does not tell (an empty list).
func importType(v any) string {
	switch x := v.(type) {
	case bool:
		return "boolean"
	case int64:
		return "long"
	case float64:
		return "double"
	case dbtype.Date:
		return "date"
	case []any:
		if len(x) == 0 {
			return ""
		}
		return importType(x[0]) + "[]"
	}
	return "string"
}

// write writes the group as one CSV: the id columns, the properties, and
// the labels or type.
func (g *graphGroup) write(path string, idHeader []string, ids func(any) []string) error {
	header := append([]string{}, idHeader...)
	for _, k := range g.names {
		t := g.types[k]
		if t == "" {
			t = "string[]" // only empty lists seen
		}
		header = append(header, k+":"+t)
	}
	kindColumn := ":LABEL"
	if len(idHeader) == 2 {
		kindColumn = ":TYPE"
	}
	header = append(header, kindColumn)
	return writeCSV(path, header, func(w func(...string)) {
		for _, r := range g.rows {
			fields := ids(r.id)
			for _, k := range g.names {
				fields = append(fields, importValue(r.props[k]))
			}
			w(append(fields, r.kind)...)
		}
	})
}

// importValue is a property value as neo4j-admin reads it; "" (no
// property) for null.
func importValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case dbtype.Date:
		return x.Time().Format(time.DateOnly)
	case []any:
		s := make([]string, len(x))
		for i, e := range x {
			s[i] = importValue(e)
		}
		return strings.Join(s, importArrayDelimiter)
	}
	return fmt.Sprint(v)
}
