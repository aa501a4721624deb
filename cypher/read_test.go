package cypher_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/orgraph/orgraph/org"
)

func person(id string) *org.Person {
	for _, p := range fixture().People {
		if p.ID == id {
			return &p
		}
	}
	return nil
}

func unit(id string) *org.Unit {
	for _, u := range fixture().Units {
		if u.ID == id {
			return &u
		}
	}
	return nil
}

func TestByName(t *testing.T) {
	s, ctx := setup(t)
	people := []struct{ name, want string }{
		{"Alice Wang", "alice"},
		{"  alice-WANG ", "alice"},
		{"ALI", "alice"},
		{"艾丽丝", "alice"},
		{"xiao yao", "carol"},
		{"Tmall", ""}, // a unit
		{"nobody", ""},
		{"", ""},
		{"!!", ""},
	}
	for _, tt := range people {
		t.Run("person "+tt.name, func(t *testing.T) {
			got, err := s.PersonByName(ctx, tt.name, org.Date{})
			if err != nil {
				t.Fatal(err)
			}
			if want := person(tt.want); !reflect.DeepEqual(got, want) {
				t.Errorf("PersonByName(%q) = %+v, want %+v", tt.name, got, want)
			}
		})
	}
	units := []struct{ name, want string }{
		{"淘宝", "tao"},
		{"eg", "grp"},
		{"taotian group", "taotian"},
		{"Alice Wang", ""}, // a person
	}
	for _, tt := range units {
		t.Run("unit "+tt.name, func(t *testing.T) {
			got, err := s.UnitByName(ctx, tt.name, org.Date{})
			if err != nil {
				t.Fatal(err)
			}
			if want := unit(tt.want); !reflect.DeepEqual(got, want) {
				t.Errorf("UnitByName(%q) = %+v, want %+v", tt.name, got, want)
			}
		})
	}
}

func TestByIDs(t *testing.T) {
	s, ctx := setup(t)
	tests := []struct {
		name string
		ids  []string
	}{
		{"none", []string{}},
		{"unknown, repeated and mixed", []string{"bob", "ghost", "alice", "tao", "bob"}},
		{"units", []string{"taotian", "grp"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gotP, err := s.People(ctx, tt.ids, org.Date{})
			if err != nil {
				t.Fatal(err)
			}
			gotU, err := s.Units(ctx, tt.ids, org.Date{})
			if err != nil {
				t.Fatal(err)
			}
			wantP, wantU := []*org.Person{}, []*org.Unit{}
			for _, id := range tt.ids {
				wantP, wantU = append(wantP, person(id)), append(wantU, unit(id))
			}
			if !reflect.DeepEqual(gotP, wantP) {
				t.Errorf("People(%q) = %+v, want %+v", tt.ids, gotP, wantP)
			}
			if !reflect.DeepEqual(gotU, wantU) {
				t.Errorf("Units(%q) = %+v, want %+v", tt.ids, gotU, wantU)
			}
		})
	}
}

// searchAll is the search org.Store specifies, done over the whole fixture:
// what the gram-filtered candidates from Neo4j must rank to.
func searchAll(text string, first int) []org.SearchHit {
	q := org.Normalize(text)
	hits := []org.SearchHit{}
	add := func(id, name, kind string, aliases []string) {
		if sc := org.BestScore(q, append([]string{name}, aliases...)); sc > 0 {
			hits = append(hits, org.SearchHit{ID: id, Name: name, Kind: kind, Score: sc})
		}
	}
	for _, p := range fixture().People {
		add(p.ID, p.Name, "person", p.Aliases)
	}
	for _, u := range fixture().Units {
		add(u.ID, u.Name, "unit", u.Aliases)
	}
	return org.RankHits(hits, first)
}

func TestSearch(t *testing.T) {
	s, ctx := setup(t)
	tests := []struct {
		text  string
		first int
		want  []org.SearchHit // nil: as searchAll
	}{
		{text: "Alice Wang", first: 1, want: []org.SearchHit{{ID: "alice", Name: "Alice Wang", Kind: "person", Score: 1}}},
		{text: "ma", first: 10},
		{text: "Ma", first: 2},
		{text: "tao", first: 10},
		{text: "淘", first: 10},
		{text: "xiao-yao", first: 10},
		{text: "Alise Wang", first: 10}, // misspelt
		{text: "labs", first: 10},
		{text: "zzz", first: 10, want: []org.SearchHit{}},
		{text: "", first: 10, want: []org.SearchHit{}},
		{text: "ma", first: 0, want: []org.SearchHit{}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, err := s.Search(ctx, tt.text, tt.first, org.Date{})
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			if want == nil {
				want = searchAll(tt.text, tt.first)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Search(%q, %d) = %+v, want %+v", tt.text, tt.first, got, want)
			}
		})
	}
}

func TestEvents(t *testing.T) {
	s, ctx := setup(t)
	tests := []struct {
		name     string
		from, to string
		want     []string
	}{
		{"all", "", "", []string{"e-found", "e-merge", "e-rename"}},
		{"at a year", "2020", "2020", []string{"e-merge"}},
		{"partial dates overlap", "2020-03-31", "2021-12", []string{"e-merge", "e-rename"}},
		{"open end", "2016", "", []string{"e-merge", "e-rename"}},
		{"none", "2016", "2019", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Events(ctx, window(tt.from, tt.to))
			if err != nil {
				t.Fatal(err)
			}
			want := []org.Event{}
			for _, id := range tt.want {
				i := slices.IndexFunc(fixture().Events, func(e org.Event) bool { return e.ID == id })
				want = append(want, fixture().Events[i])
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Events(%s..%s) = %+v, want %+v", tt.from, tt.to, got, want)
			}
		})
	}
}

func window(from, to string) org.Window {
	var w org.Window
	if from != "" {
		w.From = org.MustDate(from)
	}
	if to != "" {
		w.To = org.MustDate(to)
	}
	return w
}
