package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/orgraph/orgraph/org"
)

// writeImportCSVs writes ds as neo4j-admin import CSVs in dir: the same
// labels, ids, names, aliases and relationship types orgraph loads, with
// startMin/endMax as dates (and title on HEADS): the dataset's facts alone,
// so the import is the physical limit for writing them. exportGraphCSVs
// gives the limit for writing the whole of orgraph's graph.
func writeImportCSVs(ds *org.Dataset, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	err := writeCSV(filepath.Join(dir, "nodes.csv"), []string{"id:ID", "name", "aliases:string[]", "kind", ":LABEL"}, func(w func(...string)) {
		for _, d := range ds.Documents {
			w(d.ID, d.Title, "", "", "Document;Orgraph")
		}
		for _, p := range ds.People {
			w(p.ID, p.Name, strings.Join(p.Aliases, importArrayDelimiter), "", "Person;Orgraph")
		}
		for _, u := range ds.Units {
			w(u.ID, u.Name, strings.Join(u.Aliases, importArrayDelimiter), u.Kind, "Unit;Orgraph")
		}
		for _, e := range ds.Events {
			w(e.ID, e.Title, "", "", "Event;Orgraph")
		}
	})
	if err != nil {
		return err
	}
	return writeCSV(filepath.Join(dir, "relationships.csv"), []string{":START_ID", ":END_ID", ":TYPE", "startMin:date", "endMax:date", "title"}, func(w func(...string)) {
		for _, l := range ds.Links {
			w(l.From, l.To, string(l.Rel), isoDay(l.Span.FirstDay()), isoDay(l.Span.LastDay()), l.Title)
		}
	})
}

// isoDay writes a yyyymmdd day as neo4j-admin reads a date, with orgraph's
// stand-ins for an unknown start and an open end (see cypher/days.go).
func isoDay(d int) string {
	switch {
	case d <= org.MinDay:
		return "0001-01-01"
	case d >= org.MaxDay:
		return "9999-12-31"
	}
	return fmt.Sprintf("%04d-%02d-%02d", d/10000, d/100%100, d%100)
}

func writeCSV(path string, header []string, rows func(func(...string))) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	_ = w.Write(header)
	rows(func(fields ...string) { _ = w.Write(fields) })
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
