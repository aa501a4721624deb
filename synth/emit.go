package synth

import (
	"github.com/orgraph/orgraph/org"
)

// Notes are short and generic, in the generator's own words; the start note
// depends on the relationship, the end note says what replaced the fact.
var (
	startNotes = map[org.Rel][]string{
		org.ReportsTo: {"org chart shows the reporting line", "transfer announced", "staff list names the manager"},
		org.Heads:     {"appointment announced", "named as head", "org chart lists the head"},
		org.PartOf:    {"org chart places the unit here", "restructuring notice moves the unit"},
	}
	endNotes = map[org.Rel]string{
		org.ReportsTo: "a later notice shows a different manager",
		org.Heads:     "a successor is named",
		org.PartOf:    "the unit moves or ends",
	}
	lineageNotes = map[org.Rel]string{
		org.MergedInto: "merger announced",
		org.SplitFrom:  "spin-off announced",
		org.RenamedTo:  "new name announced",
	}
)

const inferredNote = "implied by the org chart, not stated"

// emit writes a span fact: subject and o.other are, by rel, a person and
// their manager, a role and its holder, or a unit and its parent. An end
// date of 0 leaves the fact in force; endSrc reports its end.
func (s *sim) emit(rel org.Rel, subject int32, o open, to packed, endSrc int32) {
	l := org.Link{Rel: rel, Span: org.Span{From: o.from.date().Range(), To: to.date().Range()}, Inferred: o.inferred}
	switch rel {
	case org.ReportsTo:
		l.From, l.To = personID(subject), personID(o.other)
	case org.Heads:
		l.From, l.To, l.Title = personID(o.other), unitID(s.roles[subject].unit), s.roles[subject].title
	case org.PartOf:
		l.From, l.To = unitID(subject), unitID(o.other)
	}
	note := startNotes[rel][int(o.src)%len(startNotes[rel])]
	if o.inferred {
		note = inferredNote
	}
	l.Sources = []org.Source{s.lib.source(o.src, note)}
	if endSrc >= 0 && endSrc != o.src {
		l.Sources = append(l.Sources, s.lib.source(endSrc, endNotes[rel]))
	}
	s.out.link(l)
}

// lineage writes a merge, split or rename of unit u towards target on day t.
func (s *sim) lineage(rel org.Rel, u, target int32, t day) {
	d := startDate(s.r, t).date()
	s.out.link(org.Link{Rel: rel, From: unitID(u), To: unitID(target), Span: org.Span{From: d.Range(), To: d.Range()},
		Sources: []org.Source{s.lib.source(s.lib.reporting(s.r, t), lineageNotes[rel])}})
}

// event writes a restructuring event about units and people on day t.
func (s *sim) event(t day, title string, units, people []int32) {
	ev := org.Event{ID: eventID(s.events), Date: startDate(s.r, t).date().Range(), Title: title,
		Sources: []org.Source{s.lib.source(s.lib.reporting(s.r, t), "announcement of the change")}}
	s.events++
	for _, u := range units {
		ev.UnitIDs = append(ev.UnitIDs, unitID(u))
	}
	for _, p := range people {
		ev.PersonIDs = append(ev.PersonIDs, personID(p))
	}
	s.out.event(ev)
}
