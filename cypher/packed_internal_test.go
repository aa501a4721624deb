package cypher

import (
	"reflect"
	"testing"

	"github.com/orgraph/orgraph/org"
)

// packedDocs are the documents the packed values below cite: one dated,
// one without a date or title.
var packedDocs = map[string]org.Document{
	"d1": {ID: "d1", Title: "Annual report", Published: org.MustRange("2019-09")},
	"d2": {ID: "d2"},
}

// cited is src as the read path returns it: with each document's title
// and date.
func cited(src ...org.Source) []org.Source {
	for i, s := range src {
		d := packedDocs[s.Document]
		src[i].Title, src[i].Published = d.Title, d.Published
	}
	return src
}

// asStored is a packed list as the driver hands it back.
func asStored(s []string) any {
	out := make([]any, len(s))
	for i, x := range s {
		out[i] = x
	}
	return out
}

func TestPackedRoundTrip(t *testing.T) {
	src := cited(org.Source{Document: "d1", Note: "named, with | and \"quotes\""}, org.Source{Document: "d2"})
	people := []org.Person{
		{ID: "alice", Name: "Alice Wang", Aliases: []string{"Ali", "艾丽丝", ""}, Sources: src},
		{ID: "bob", Name: "Bob"},
	}
	for _, p := range people {
		var u unpacker
		if got := u.person(asStored(packPerson(p, packedDocs))); u.err != nil || !reflect.DeepEqual(*got, p) {
			t.Errorf("person %s: got %+v (%v), want %+v", p.ID, *got, u.err, p)
		}
	}
	units := []org.Unit{
		{
			ID: "tao", Name: "Tao", Kind: "business group", Aliases: []string{"淘宝"}, Sources: src,
			Founded: org.MustRange("2003-05"), Dissolved: org.MustRange("2018-10/2018-12"),
			Exists: org.Lifespan{From: org.MustRange("2003-05"), To: org.MustRange("2018-10/2018-12")},
		},
		{ID: "lab", Name: "Lab", Exists: org.Lifespan{From: org.MustRange("2015/..")}},
	}
	for _, un := range units {
		var u unpacker
		if got := u.unit(asStored(packUnit(un, packedDocs))); u.err != nil || !reflect.DeepEqual(*got, un) {
			t.Errorf("unit %s: got %+v (%v), want %+v", un.ID, *got, u.err, un)
		}
	}
	links := []org.Link{
		{
			Rel: org.Heads, From: "alice", To: "tao", Title: "President",
			Span:    org.Span{From: org.MustRange("2015"), To: org.MustRange("2019-03")},
			Bounds:  org.Bounds{StartMin: 20150101, StartMax: 20151231, EndMin: 20190301, EndMax: 20190331},
			Sources: src,
		},
		{
			Rel: org.ReportsTo, From: "erin", To: "frank", Inferred: true,
			Bounds: org.Bounds{StartMin: org.MinDay, StartMax: org.MaxDay, EndMin: org.MaxDay, EndMax: org.MaxDay},
		},
	}
	for i, l := range links {
		var u unpacker
		got := u.link(asStored(packLink(l, 7+i, packedDocs)))
		if u.err != nil || !reflect.DeepEqual(got, seqLink{l, 7 + i}) {
			t.Errorf("link %d: got %+v (%v), want %+v", i, got, u.err, seqLink{l, 7 + i})
		}
	}
}

func TestPackedMalformed(t *testing.T) {
	person := packPerson(org.Person{ID: "p", Name: "P", Aliases: []string{"a"}}, nil)
	link := packLink(org.Link{Rel: org.ReportsTo, From: "a", To: "b"}, 0, nil)
	tests := []struct {
		name   string
		decode func(*unpacker)
	}{
		{"not a list", func(u *unpacker) { u.person("alice") }},
		{"not strings", func(u *unpacker) { u.person([]any{"p", "P", "", "", "", "", "", int64(0)}) }},
		{"too short", func(u *unpacker) { u.link(asStored(link[:linkFields-1])) }},
		{"alias count beyond the list", func(u *unpacker) {
			u.person(asStored(append(append([]string{}, person[:entityFields-1]...), "3", "a")))
		}},
		{"alias count not a number", func(u *unpacker) {
			u.person(asStored(append(append([]string{}, person[:entityFields-1]...), "x")))
		}},
		{"a partial source", func(u *unpacker) { u.link(asStored(append(append([]string{}, link...), "d1", "title"))) }},
		{"a bad date", func(u *unpacker) {
			bad := append([]string{}, link...)
			bad[4] = "2019-13"
			u.link(asStored(bad))
		}},
		{"a bad day number", func(u *unpacker) {
			bad := append([]string{}, link...)
			bad[6] = "soon"
			u.link(asStored(bad))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var u unpacker
			tt.decode(&u)
			if u.err == nil {
				t.Error("got no error, want one")
			}
		})
	}
}
