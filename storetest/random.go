package storetest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/orgraph/orgraph/org"
)

// syllables build random names; few enough that aliases share search grams
// and misspellings land near real names.
var syllables = []string{"an", "bo", "chen", "dai", "fan", "jia", "lu", "shan", "tao", "xue", "yi", "zhang", "天", "猫", "淘", "宝"}

// Random makes a small, valid org history from a seed: the same seed
// always gives the same dataset, so a failure can be replayed. Dates are
// partial, EDTF ranges or open-ended; some units have stated lifespans;
// facts cite documents published at different times (one with no date), so
// knownAt has something to cut. Derive has filled the lifespans and bounds.
func Random(seed uint64) *org.Dataset {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	ds := &org.Dataset{}
	for i := range 1 + r.IntN(4) {
		d := org.Document{ID: fmt.Sprintf("doc%d", i), Title: fmt.Sprintf("Report %d", i)}
		if r.IntN(5) > 0 {
			d.Published = randomRange(r)
		}
		ds.Documents = append(ds.Documents, d)
	}
	// src cites one or two documents.
	src := func() []org.Source {
		var out []org.Source
		for range 1 + r.IntN(2) {
			d := ds.Documents[r.IntN(len(ds.Documents))]
			out = append(out, org.Source{Document: d.ID, Title: d.Title, Published: d.Published, Note: "generated"})
		}
		return out
	}
	defer org.Derive(ds)
	used := map[string]bool{}
	name := func() string {
		for {
			var b strings.Builder
			for range 1 + r.IntN(3) {
				b.WriteString(syllables[r.IntN(len(syllables))])
			}
			if n := b.String(); !used[org.Normalize(n)] {
				used[org.Normalize(n)] = true
				return n
			}
		}
	}
	var people, units []string
	for i := range 3 + r.IntN(6) {
		p := org.Person{ID: fmt.Sprintf("p%d", i), Name: name(), Sources: src()}
		for range r.IntN(3) {
			p.Aliases = append(p.Aliases, name())
		}
		ds.People = append(ds.People, p)
		people = append(people, p.ID)
	}
	for i := range 3 + r.IntN(6) {
		u := org.Unit{ID: fmt.Sprintf("u%d", i), Name: name(), Kind: "team", Sources: src()}
		if r.IntN(4) == 0 {
			u.Founded = randomRange(r)
		}
		if r.IntN(5) == 0 {
			u.Dissolved = randomRange(r)
			if !u.Founded.IsZero() && u.Dissolved.LastDay() < u.Founded.FirstDay() {
				u.Founded, u.Dissolved = u.Dissolved, u.Founded
			}
		}
		for range r.IntN(3) {
			u.Aliases = append(u.Aliases, name())
		}
		ds.Units = append(ds.Units, u)
		units = append(units, u.ID)
	}
	pick := func(ids []string) string { return ids[r.IntN(len(ids))] }
	for range r.IntN(3 * len(people)) {
		from, to := pick(people), pick(people)
		if from != to {
			ds.Links = append(ds.Links, org.Link{Rel: org.ReportsTo, From: from, To: to, Span: randomSpan(r), Inferred: r.IntN(4) == 0, Sources: src()})
		}
	}
	for range r.IntN(2 * len(people)) {
		ds.Links = append(ds.Links, org.Link{Rel: org.Heads, From: pick(people), To: pick(units), Title: []string{"Head", "CEO"}[r.IntN(2)], Span: randomSpan(r), Sources: src()})
	}
	for range r.IntN(2 * len(units)) {
		// Parents always have a lower index, so PART_OF has no cycles.
		i, j := r.IntN(len(units)), r.IntN(len(units))
		if i > j {
			ds.Links = append(ds.Links, org.Link{Rel: org.PartOf, From: units[i], To: units[j], Span: randomSpan(r), Sources: src()})
		}
	}
	for range r.IntN(len(units)) {
		from, to := pick(units), pick(units)
		if from != to {
			d := randomRange(r)
			ds.Links = append(ds.Links, org.Link{Rel: org.LineageRels[r.IntN(3)], From: from, To: to, Span: org.Span{From: d, To: d}, Sources: src()})
		}
	}
	for i := range r.IntN(5) {
		ds.Events = append(ds.Events, org.Event{ID: fmt.Sprintf("e%d", i), Date: randomRange(r), Title: name(), UnitIDs: []string{pick(units)}, PersonIDs: []string{pick(people)}, Sources: src()})
	}
	return ds
}

// randomDate is a date between 2008 and 2022 at a random precision.
func randomDate(r *rand.Rand) org.Date {
	d := org.Date{Year: 2008 + r.IntN(15)}
	if r.IntN(3) > 0 {
		d.Month = 1 + r.IntN(12)
		if r.IntN(2) > 0 {
			d.Day = 1 + r.IntN(28)
		}
	}
	return d
}

// randomRange is mostly a partial date, sometimes an interval between two,
// sometimes open on one side.
func randomRange(r *rand.Rand) org.Range {
	a, b := randomDate(r), randomDate(r)
	if b.LastDay() < a.FirstDay() {
		a, b = b, a
	}
	switch r.IntN(8) {
	case 0:
		return org.Range{Earliest: a, Latest: b}
	case 1:
		return org.Range{Earliest: a}
	case 2:
		return org.Range{Latest: b}
	}
	return a.Range()
}

// randomSpan may leave either end unknown; To never ends before From can start.
func randomSpan(r *rand.Rand) org.Span {
	var s org.Span
	if r.IntN(4) > 0 {
		s.From = randomRange(r)
	}
	if r.IntN(3) > 0 {
		s.To = randomRange(r)
		if !s.From.IsZero() && s.To.LastDay() < s.From.FirstDay() {
			s.From, s.To = s.To, s.From
		}
	}
	return s
}
