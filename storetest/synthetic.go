package storetest

import (
	"fmt"

	"github.com/orgraph/orgraph/org"
)

// Synthetic makes a large regular org for benchmarks: n people in a
// four-way reporting tree, one unit per ten people in a unit tree, each
// person heading a unit, and a chain of splits; every fact dated.
func Synthetic(n int) *org.Dataset {
	src := []org.Source{{Document: "doc", Title: "Synthetic", Note: "generated"}}
	ds := &org.Dataset{Documents: []org.Document{{ID: "doc", Title: "Synthetic"}}}
	span := func(i int) org.Span {
		return org.Span{From: org.Date{Year: 2008 + i%10, Month: 1 + i%12}.Range(), To: org.Date{Year: 2019 + i%4}.Range()}
	}
	units := max(1, n/10)
	for i := range n {
		id := fmt.Sprintf("p%d", i)
		ds.People = append(ds.People, org.Person{ID: id, Name: fmt.Sprintf("Person %d", i), Aliases: []string{fmt.Sprintf("P%dx", i)}, Sources: src})
		if i > 0 {
			ds.Links = append(ds.Links, org.Link{Rel: org.ReportsTo, From: id, To: fmt.Sprintf("p%d", (i-1)/4), Span: span(i), Sources: src})
		}
		ds.Links = append(ds.Links, org.Link{Rel: org.Heads, From: id, To: fmt.Sprintf("u%d", i%units), Title: "Head", Span: span(i), Sources: src})
	}
	for i := range units {
		id := fmt.Sprintf("u%d", i)
		ds.Units = append(ds.Units, org.Unit{ID: id, Name: fmt.Sprintf("Unit %d", i), Kind: "team", Sources: src})
		if i > 0 {
			ds.Links = append(ds.Links, org.Link{Rel: org.PartOf, From: id, To: fmt.Sprintf("u%d", (i-1)/4), Span: span(i), Sources: src})
		}
		// A chain of splits for lineage, dated before every other fact so
		// that the lifespans they give (each new unit begins at its split)
		// clip nothing: a rename or merge would end the older unit.
		if i > 0 && i%100 == 0 {
			d := org.Date{Year: 2000 + i/100%8}.Range()
			ds.Links = append(ds.Links, org.Link{Rel: org.SplitFrom, From: id, To: fmt.Sprintf("u%d", i-100), Span: org.Span{From: d, To: d}, Sources: src})
		}
	}
	org.Derive(ds)
	return ds
}
