package synth

import (
	"cmp"
	"context"
	"math/rand/v2"
	"slices"

	"github.com/orgraph/orgraph/org"
)

// sink receives the generated records in order: documents first, then the
// rest as the history unfolds. Write streams them to files; Generate keeps them.
type sink interface {
	document(org.Document)
	person(org.Person)
	unit(org.Unit)
	link(org.Link)
	event(org.Event)
}

// open is a fact still in force: the node at its far end (-1: none open),
// when it started and the document that reported the start.
type open struct {
	other    int32
	from     packed
	fromDay  day
	src      int32
	inferred bool
}

type unit struct {
	kind   uint8
	ord    int32 // the name's ordinal within its kind
	parent open
	kids   []int32 // units currently part of this one
	roles  []int32 // open roles heading it
	head   int32   // the position of its head, whose report heads a split-off
	born   int
}

// role is a position's title at a unit; whoever holds the position holds it.
type role struct {
	unit, pos int32
	title     string
	held      open // other: the person
}

// sim is the state of one history while it is generated: some tens of bytes
// per person plus the units, whatever the number of facts already written.
type sim struct {
	opt      Options
	r        *rand.Rand
	out      sink
	lib      *library
	names    namer
	tree     *tree
	occ      []int32 // position → person holding it
	line     []open  // person → open REPORTS_TO fact
	units    []unit
	live     []int32 // units that may merge, split or be renamed (not the company)
	slot     []int32 // unit → index in live, -1 when not there
	roles    []role
	posRoles [][]int32 // position → its open roles
	named    []int     // units named so far, per kind
	events   int
	acc      [3]int // merges, splits and renames owed, in thousandths, carried to next year
}

// run generates the whole history into out. It stops between years when ctx
// is done: a million people take seconds per year.
func run(ctx context.Context, opt Options, out sink) error {
	opt, err := opt.withDefaults()
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(opt.Seed, 0x6f7267726170680a))
	s := &sim{opt: opt, r: r, out: out, names: newNamer(opt.People, opt.Seed), named: make([]int, len(kinds))}
	s.lib = newLibrary(r, min(400, max(20, opt.People/25)), opt.From, opt.To)
	for _, d := range s.lib.docs {
		out.document(d)
	}
	s.found()
	hires := opt.People - len(s.occ)
	years := opt.To - opt.From
	for k := range years {
		if err := ctx.Err(); err != nil {
			return err
		}
		s.year(opt.From+1+k, hires*(k+1)/years-hires*k/years)
	}
	s.flush()
	return nil
}

// found sets up the organisation as it stands in the first year. A quarter of
// its facts have an unknown start: they were already in force.
func (s *sim) found() {
	s.tree = buildTree(s.r, s.opt.positions())
	n := len(s.tree.parent)
	s.occ = make([]int32, n)
	s.posRoles = make([][]int32, n)
	s.line = make([]open, 0, s.opt.People)
	first := func() day {
		if s.r.IntN(4) == 0 {
			return unknownDay
		}
		return changeDay(s.r, s.opt.From)
	}
	for q := range int32(n) {
		s.occ[q] = s.hire(first())
		if par := s.tree.parent[q]; par >= 0 {
			s.line[s.occ[q]] = s.opened(s.occ[par], first())
		}
	}
	unitOf := make(map[int32]int32)
	for q := range int32(n) {
		if s.tree.kids[q] == 0 {
			continue
		}
		k := min(int(s.tree.level[q]), len(kinds)-1)
		parent := int32(-1)
		if q > 0 {
			parent = unitOf[s.tree.parent[q]]
		}
		u := s.newUnit(k, parent, first(), s.opt.From)
		unitOf[q] = u
		s.addRole(u, q, kinds[k].title, first())
	}
}

// year plans a year's changes, then applies them in date order. Leavers and
// lineage changes come first; transfers then make up the share of people
// whose manager changes, as estimated from the positions involved.
func (s *sim) year(y, leavers int) {
	const (
		opLeave = iota
		opSwap
		opMerge
		opSplit
		opRename
	)
	type op struct {
		t    day
		kind int
		a, b int32
	}
	var ops []op
	t := s.tree
	n := len(t.parent)
	changed := 0
	for range leavers {
		q, c := int32(s.r.IntN(n)), int32(-1)
		changed += int(t.kids[q])
		if t.kids[q] > 0 && s.r.IntN(2) == 0 {
			c = t.first[q] + int32(s.r.IntN(int(t.kids[q])))
			changed += int(t.kids[c])
		}
		ops = append(ops, op{changeDay(s.r, y), opLeave, q, c})
	}
	for i, rate := range []int{mergeRate, splitRate, renameRate} {
		s.acc[i] += rate * len(s.live)
		for ; s.acc[i] >= 1000; s.acc[i] -= 1000 {
			ops = append(ops, op{t: changeDay(s.r, y), kind: opMerge + i})
		}
	}
	target := changeRate * changeTuning * n / 1000 / 1000
	for tries := 0; changed < target && n > 1 && tries < 4*n; tries++ {
		a := int32(1 + s.r.IntN(n-1))
		peers := t.byLevel[t.level[a]]
		b := peers[s.r.IntN(len(peers))]
		if t.parent[a] == t.parent[b] {
			continue
		}
		changed += 2 + int(t.kids[a]) + int(t.kids[b])
		ops = append(ops, op{changeDay(s.r, y), opSwap, a, b})
	}
	slices.SortStableFunc(ops, func(a, b op) int { return cmp.Compare(a.t, b.t) })
	for _, o := range ops {
		switch o.kind {
		case opLeave:
			s.leave(o.a, o.b, o.t)
		case opSwap:
			s.swap(o.a, o.b, o.t)
		case opMerge:
			s.merge(y, o.t)
		case opSplit:
			s.split(y, o.t)
		case opRename:
			s.rename(y, o.t)
		}
	}
}

// changeTuning corrects the plan's estimate for people counted twice in a
// year (a transfer and a new manager, say), so the measured share of people
// changing manager lands near changeRate.
const changeTuning = 1100 // thousandths

// hire creates a person who joins on day t; the caller gives them a position.
func (s *sim) hire(t day) int32 {
	p := int32(len(s.line))
	s.line = append(s.line, open{other: -1})
	name, aliases := s.names.person(int(p))
	note := "listed among the staff"
	if t != unknownDay && s.opt.From < yearOf(t) {
		note = "joins; first listed here"
	}
	s.out.person(org.Person{ID: personID(p), Name: name, Aliases: aliases,
		Sources: []org.Source{s.lib.source(s.lib.reporting(s.r, t), note)}})
	return p
}

func yearOf(t day) int {
	y, _, _ := t.ymd()
	return y
}

// opened starts a fact towards other on day t.
func (s *sim) opened(other int32, t day) open {
	o := open{other: other, fromDay: t, src: s.lib.reporting(s.r, t), inferred: s.r.IntN(25) == 0}
	if t != unknownDay {
		o.from = startDate(s.r, t)
	}
	return o
}

// newUnit creates a unit of kind k under parent from day t, in year born.
func (s *sim) newUnit(k int, parent int32, t day, born int) int32 {
	u := int32(len(s.units))
	s.units = append(s.units, unit{kind: uint8(k), ord: int32(s.named[k]), parent: open{other: -1}, head: -1, born: born})
	s.named[k]++
	name, aliases := s.names.unit(k, int(s.units[u].ord), int(u)+1)
	s.out.unit(org.Unit{ID: unitID(u), Name: name, Kind: kinds[k].name, Aliases: aliases,
		Sources: []org.Source{s.lib.source(s.lib.reporting(s.r, t), "shown on the org chart")}})
	s.slot = append(s.slot, -1)
	if parent >= 0 {
		s.slot[u] = int32(len(s.live))
		s.live = append(s.live, u)
		s.units[u].parent = s.opened(parent, t)
		s.units[parent].kids = append(s.units[parent].kids, u)
	}
	return u
}

// addRole gives position q a title at unit u from day t.
func (s *sim) addRole(u, q int32, title string, t day) {
	for _, ri := range s.posRoles[q] {
		if s.roles[ri].unit == u {
			return
		}
	}
	ri := int32(len(s.roles))
	s.roles = append(s.roles, role{unit: u, pos: q, title: title, held: s.opened(s.occ[q], t)})
	s.posRoles[q] = append(s.posRoles[q], ri)
	s.units[u].roles = append(s.units[u].roles, ri)
	if s.units[u].head < 0 {
		s.units[u].head = q
	}
}

func (s *sim) unitName(u int32) string {
	name, _ := s.names.unit(int(s.units[u].kind), int(s.units[u].ord), int(u)+1)
	return name
}

// flush writes the facts still in force at the end, with no end date.
func (s *sim) flush() {
	for p := range s.line {
		if s.line[p].other >= 0 {
			s.emit(org.ReportsTo, int32(p), s.line[p], 0, -1)
		}
	}
	for u := range s.units {
		if s.units[u].parent.other >= 0 {
			s.emit(org.PartOf, int32(u), s.units[u].parent, 0, -1)
		}
	}
	for ri := range s.roles {
		if s.roles[ri].held.other >= 0 {
			s.emit(org.Heads, int32(ri), s.roles[ri].held, 0, -1)
		}
	}
}
