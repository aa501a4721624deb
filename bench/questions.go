package main

import (
	"embed"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/orgraph/orgraph/org"
)

//go:embed cypher/*.cypher
var cypherFiles embed.FS

// rawQuery is one embedded raw Cypher statement of the bench, by file name.
func rawQuery(name string) string {
	b, err := cypherFiles.ReadFile("cypher/" + name + ".cypher")
	if err != nil {
		panic(err) // a missing file is a bug in this package, found on the first run
	}
	return string(b)
}

// item is one entity a question is asked about, with everything each system
// needs to ask it: orgraph a name and a date, the peer and raw Cypher the
// normalized key (or the id) and the window's first and last day, which
// the graph's date properties are compared with.
type item struct {
	ID, Name, Key string
	At            string // yyyy-mm-dd
	First, Last   string // yyyy-mm-dd
	Lucene        string
}

// question is one of the bench's questions as every system asks it. Counts
// are the answer's size (the number of list elements under the named
// fields), compared across systems so that a fast wrong answer cannot win.
type question struct {
	Key, Title string
	Graphql    string   // orgraph's query; variables name, at (or text)
	OrgVars    []string // which item fields become orgraph's variables
	OrgCount   []string
	Peer       string // the Neo4j GraphQL Library's query; "" when it cannot express the question
	PeerVars   []string
	PeerCount  []string
	PeerNote   string
	RawID      string // embedded raw Cypher by id; "" when none
	RawName    string
	RawVars    []string
	Kind       string // what pick chooses: "manager", "report", "parent", "lineage", "search"
}

const window = `(at: $at)`

var questions = []question{
	{
		Key: "a", Title: "a manager's direct reports at a date", Kind: "manager",
		Graphql:  `query($name: String!, $at: Date!) { person(name: $name) { directReports` + window + ` { person { name } validFrom validTo } } }`,
		OrgVars:  []string{"name", "at"},
		OrgCount: []string{"directReports"},
		Peer: `query($key: String!, $first: Date!, $last: Date!) { people(where: {keys: {includes: $key}}) {
  reportsConnection(where: {edge: {startMin: {lte: $last}, endMax: {gte: $first}}}) { edges { node { name } properties { startMin endMax } } } } }`,
		PeerVars: []string{"key", "first", "last"}, PeerCount: []string{"edges"},
		RawID: "a_by_id", RawName: "a_by_name", RawVars: []string{"first", "last"},
	},
	{
		Key: "b", Title: "roles and managers, 3 levels", Kind: "report",
		Graphql: `query($name: String!, $at: Date!) { person(name: $name) { name roles` + window + ` { title unit { name } }
  managers` + window + ` { manager { name roles` + window + ` { title unit { name } }
    managers` + window + ` { manager { name roles` + window + ` { title unit { name } }
      managers` + window + ` { manager { name roles` + window + ` { title unit { name } } } } } } } } } }`,
		OrgVars:  []string{"name", "at"},
		OrgCount: []string{"roles", "managers"},
		Peer: `query($key: String!, $first: Date!, $last: Date!) { people(where: {keys: {includes: $key}}) { name
  headsConnection(where: {edge: {startMin: {lte: $last}, endMax: {gte: $first}}}) { edges { node { name } properties { title } } }
  managersConnection(where: {edge: {startMin: {lte: $last}, endMax: {gte: $first}}}) { edges { node { name
    headsConnection(where: {edge: {startMin: {lte: $last}, endMax: {gte: $first}}}) { edges { node { name } properties { title } } }
    managersConnection(where: {edge: {startMin: {lte: $last}, endMax: {gte: $first}}}) { edges { node { name
      headsConnection(where: {edge: {startMin: {lte: $last}, endMax: {gte: $first}}}) { edges { node { name } properties { title } } }
      managersConnection(where: {edge: {startMin: {lte: $last}, endMax: {gte: $first}}}) { edges { node { name
        headsConnection(where: {edge: {startMin: {lte: $last}, endMax: {gte: $first}}}) { edges { node { name } properties { title } } } } } } } } } } } } } }`,
		PeerVars: []string{"key", "first", "last"}, PeerCount: []string{"edges"},
		RawID: "b_by_id", RawName: "b_by_name", RawVars: []string{"first", "last"},
	},
	{
		Key: "c", Title: "a unit's children with their heads", Kind: "parent",
		Graphql:  `query($name: String!, $at: Date!) { unit(name: $name) { children` + window + ` { name heads` + window + ` { person { name } title } } } }`,
		OrgVars:  []string{"name", "at"},
		OrgCount: []string{"children", "heads"},
		Peer: `query($key: String!, $first: Date!, $last: Date!) { units(where: {keys: {includes: $key}}) {
  childrenConnection(where: {edge: {startMin: {lte: $last}, endMax: {gte: $first}}}) { edges { node { name
    headedByConnection(where: {edge: {startMin: {lte: $last}, endMax: {gte: $first}}}) { edges { node { name } properties { title } } } } } } } }`,
		PeerVars: []string{"key", "first", "last"}, PeerCount: []string{"edges"},
		RawID: "c_by_id", RawName: "c_by_name", RawVars: []string{"first", "last"},
	},
	{
		Key: "d", Title: "direct reports of direct reports", Kind: "manager",
		Graphql:  `query($name: String!, $at: Date!) { person(name: $name) { directReports` + window + ` { person { name directReports` + window + ` { person { name } } } } } }`,
		OrgVars:  []string{"name", "at"},
		OrgCount: []string{"directReports"},
		Peer: `query($key: String!, $first: Date!, $last: Date!) { people(where: {keys: {includes: $key}}) {
  reportsConnection(where: {edge: {startMin: {lte: $last}, endMax: {gte: $first}}}) { edges { node { name
    reportsConnection(where: {edge: {startMin: {lte: $last}, endMax: {gte: $first}}}) { edges { node { name } } } } } } } }`,
		PeerVars: []string{"key", "first", "last"}, PeerCount: []string{"edges"},
		RawID: "d_by_id", RawName: "d_by_name", RawVars: []string{"first", "last"},
	},
	{
		Key: "e", Title: "reporting chain", Kind: "report",
		Graphql:  `query($name: String!, $at: Date!) { person(name: $name) { reportingChain(at: $at) { name } } }`,
		OrgVars:  []string{"name", "at"},
		OrgCount: []string{"reportingChain"},
		PeerNote: "cannot express: a chain of unbounded depth that follows one preferred line per step",
		RawID:    "e_by_id", RawName: "e_by_name", RawVars: []string{"first", "last"},
	},
	{
		Key: "f", Title: "lineage", Kind: "lineage",
		Graphql:  `query($name: String!) { unit(name: $name) { lineage { kind unit { name } target { name } date } } }`,
		OrgVars:  []string{"name"},
		OrgCount: []string{"lineage"},
		PeerNote: "cannot express: edges reachable through any number of merges, splits and renames in either direction",
		RawID:    "f_by_id", RawName: "f_by_name",
	},
	{
		Key: "g", Title: "search, half misspelt", Kind: "search",
		Graphql:  `query($text: String!) { search(text: $text, first: 10) { name kind score } }`,
		OrgVars:  []string{"text"},
		OrgCount: []string{"search"},
		Peer:     `query($lucene: String!) { fuzzyNames(lucene: $lucene, first: 10) }`,
		PeerVars: []string{"lucene"}, PeerCount: []string{"fuzzyNames"},
		PeerNote: "Lucene fuzzy (word~) over orgraph's orgraph_entity_names full-text index through a @cypher field: a different ranking from orgraph's",
		RawName:  "g_search", RawVars: []string{"lucene", "limit"},
	},
}

// vars picks an item's fields by name as GraphQL or Cypher parameters.
func (it item) vars(names []string) map[string]any {
	m := make(map[string]any, len(names)+1)
	for _, n := range names {
		switch n {
		case "name":
			m["name"] = it.Name
		case "text":
			m["text"] = it.Name
		case "at":
			m["at"] = it.At
		case "key":
			m["key"] = it.Key
		case "first":
			m["first"] = it.First
		case "last":
			m["last"] = it.Last
		case "lucene":
			m["lucene"] = it.Lucene
		case "limit":
			m["first"] = 10
		}
	}
	return m
}

// pickItems chooses up to n entities for each question from ds, shuffled
// with a fixed seed: the same sequence for every system. Each dated
// question gets a day inside one of the entity's relevant facts, so that
// answers are rarely empty.
func pickItems(ds *org.Dataset, n int, seed uint64) map[string][]item {
	in := map[org.Rel]map[string][]org.Link{}
	out := map[org.Rel]map[string][]org.Link{}
	for _, l := range ds.Links {
		if in[l.Rel] == nil {
			in[l.Rel], out[l.Rel] = map[string][]org.Link{}, map[string][]org.Link{}
		}
		in[l.Rel][l.To] = append(in[l.Rel][l.To], l)
		out[l.Rel][l.From] = append(out[l.Rel][l.From], l)
	}
	people := map[string]org.Person{}
	for _, p := range ds.People {
		people[p.ID] = p
	}
	units := map[string]org.Unit{}
	for _, u := range ds.Units {
		units[u.ID] = u
	}
	dated := func(links map[string][]org.Link, name func(string) string) func(*rand.Rand) []item {
		return func(rng *rand.Rand) []item {
			ids := sortedKeys(links)
			rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
			var items []item
			for _, id := range ids[:min(n, len(ids))] {
				ls := links[id]
				l := ls[rng.IntN(len(ls))]
				day := dayWithin(l.Span.FirstDay(), l.Span.LastDay(), rng)
				items = append(items, item{ID: id, Name: name(id), Key: org.Normalize(name(id)),
					At: day.Format(time.DateOnly), First: day.Format(time.DateOnly), Last: day.Format(time.DateOnly)})
			}
			return items
		}
	}
	personName := func(id string) string { return people[id].Name }
	unitName := func(id string) string { return units[id].Name }
	lineage := map[string][]org.Link{}
	for _, r := range org.LineageRels {
		for id, ls := range out[r] {
			lineage[id] = append(lineage[id], ls...)
		}
	}
	kinds := map[string]func(*rand.Rand) []item{
		"manager": dated(in[org.ReportsTo], personName),
		"report":  dated(out[org.ReportsTo], personName),
		"parent":  dated(in[org.PartOf], unitName),
		"lineage": func(rng *rand.Rand) []item {
			ids := sortedKeys(lineage)
			rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
			var items []item
			for _, id := range ids[:min(n, len(ids))] {
				items = append(items, item{ID: id, Name: unitName(id), Key: org.Normalize(unitName(id))})
			}
			return items
		},
		"search": func(rng *rand.Rand) []item {
			var items []item
			for i := range min(n, len(ds.People)) {
				p := ds.People[rng.IntN(len(ds.People))]
				text := p.Name
				if i%2 == 1 {
					text = misspell(text)
				}
				items = append(items, item{ID: p.ID, Name: text, Lucene: lucene(text)})
			}
			return items
		},
	}
	picked := map[string][]item{}
	for i, q := range questions {
		picked[q.Key] = kinds[q.Kind](rand.New(rand.NewPCG(seed, uint64(i))))
	}
	return picked
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// dayWithin picks a day in [first, last] (yyyymmdd; 0 and 99999999 mean
// unknown), clamped to 2000–2025 where a bound is unknown.
func dayWithin(first, last int, rng *rand.Rand) time.Time {
	lo, hi := parseDay(max(first, 20000101)), parseDay(min(last, 20251231))
	if hi.Before(lo) {
		return lo
	}
	days := int(hi.Sub(lo).Hours() / 24)
	return lo.AddDate(0, 0, rng.IntN(days+1))
}

func parseDay(d int) time.Time {
	return time.Date(d/10000, time.Month(d/100%100), d%100, 0, 0, 0, 0, time.UTC)
}

// misspell swaps two neighbouring letters near the middle of the name, the
// commonest typing slip.
func misspell(s string) string {
	r := []rune(s)
	for i := len(r) / 2; i+1 < len(r); i++ {
		if unicode.IsLetter(r[i]) && unicode.IsLetter(r[i+1]) && r[i] != r[i+1] {
			r[i], r[i+1] = r[i+1], r[i]
			return string(r)
		}
	}
	for i := len(r)/2 - 1; i > 0; i-- {
		if unicode.IsLetter(r[i]) && unicode.IsLetter(r[i-1]) && r[i] != r[i-1] {
			r[i], r[i-1] = r[i-1], r[i]
			return string(r)
		}
	}
	return s
}

// lucene makes a fuzzy Lucene query of text: each word, stripped of
// Lucene's operators, followed by ~.
func lucene(text string) string {
	var words []string
	for _, w := range strings.Fields(text) {
		w = strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, w)
		if w != "" {
			words = append(words, w+"~")
		}
	}
	return strings.Join(words, " ")
}
