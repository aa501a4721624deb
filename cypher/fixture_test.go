package cypher_test

import (
	"github.com/orgraph/orgraph/org"
)

// fixture is a small made-up organisation covering what the queries must
// get right: preferred and overlapping reporting lines, a reporting cycle,
// partial dates, lineage in both directions, sources with and without a
// known document date.
func fixture() *org.Dataset {
	docs := []org.Document{
		{ID: "d1", Language: "en", Outlet: "Gazette", Published: org.MustRange("2019-09-10"), Title: "Annual report", Note: "made up"},
		{ID: "d2", Language: "zh", Title: "内部信"},
	}
	src := func(doc, note string) []org.Source {
		for _, d := range docs {
			if d.ID == doc {
				return []org.Source{{Document: doc, Title: d.Title, Published: d.Published, Note: note}}
			}
		}
		panic("no document " + doc)
	}
	span := func(from, to string) org.Span {
		var s org.Span
		if from != "" {
			s.From = org.MustRange(from)
		}
		if to != "" {
			s.To = org.MustRange(to)
		}
		return s
	}
	link := func(rel org.Rel, from, to string, s org.Span) org.Link {
		return org.Link{Rel: rel, From: from, To: to, Span: s, Sources: src("d1", from+" "+string(rel)+" "+to)}
	}
	heads := link(org.Heads, "alice", "tao", span("2015", "2019-03"))
	heads.Title = "President"
	heads.Sources = append(heads.Sources, src("d2", "second source")...)
	inferred := link(org.ReportsTo, "erin", "frank", span("2020-01", ""))
	inferred.Inferred = true
	ds := &org.Dataset{
		Documents: docs,
		People: []org.Person{
			{ID: "alice", Name: "Alice Wang", Aliases: []string{"Ali", "艾丽丝"}, Sources: src("d1", "named")},
			{ID: "bob", Name: "Bob Li"},
			{ID: "carol", Name: "Carol Zhang", Aliases: []string{"Xiao-Yao"}},
			{ID: "dave", Name: "Dave Wu"},
			{ID: "erin", Name: "Erin Ma"},
			{ID: "frank", Name: "Frank Ma", Sources: src("d2", "signed the letter")},
			{ID: "gina", Name: "Gina Ma"},
		},
		Units: []org.Unit{
			{ID: "grp", Name: "Example Group", Kind: "company", Aliases: []string{"EG"}},
			{ID: "tao", Name: "Tao Business Group", Kind: "business group", Aliases: []string{"淘宝"}},
			{ID: "tmall", Name: "Tmall", Kind: "business unit"},
			{ID: "jhs", Name: "Juhuasuan", Kind: "business unit"},
			{ID: "taotian", Name: "Taotian Group", Kind: "business group", Sources: src("d1", "renamed")},
			{ID: "old", Name: "Old Labs", Kind: "lab"},
			{ID: "new", Name: "New Labs", Kind: "lab"},
		},
		Links: []org.Link{
			// alice: bob from 2015 to 2018, carol from mid-2017 on.
			link(org.ReportsTo, "alice", "bob", span("2015", "2018")),
			link(org.ReportsTo, "alice", "carol", span("2017-06", "")),
			link(org.ReportsTo, "bob", "carol", span("2010", "")),
			link(org.ReportsTo, "carol", "dave", span("", "")),
			// dave → bob closes a cycle bob → carol → dave → bob from 2016.
			link(org.ReportsTo, "dave", "bob", span("2016", "")),
			// erin: two lines with the same span; the smaller id wins.
			link(org.ReportsTo, "erin", "gina", span("2020-01", "")),
			inferred,
			heads,
			link(org.PartOf, "tao", "grp", span("2015", "")),
			link(org.MergedInto, "tmall", "tao", span("2020-03", "2020-03")),
			link(org.SplitFrom, "jhs", "tmall", span("2012", "2012")),
			link(org.RenamedTo, "tao", "taotian", span("2021-12-01", "2021-12-01")),
			link(org.RenamedTo, "old", "new", span("2019", "2019")),
		},
		Events: []org.Event{
			{ID: "e-merge", Date: org.MustRange("2020-03"), Title: "Tmall merges into Tao", UnitIDs: []string{"tmall", "tao"}, PersonIDs: []string{"alice"}, Sources: src("d1", "merger")},
			{ID: "e-found", Date: org.MustRange("2015"), Title: "Group founded", UnitIDs: []string{"grp"}},
			{ID: "e-rename", Date: org.MustRange("2021-12-01"), Title: "Tao renamed", UnitIDs: []string{"tao", "taotian"}, Sources: src("d2", "rename")},
		},
	}
	// As the loader hands a dataset to a store: lifespans and bounds filled.
	org.Derive(ds)
	return ds
}
