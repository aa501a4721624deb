package synth

import (
	"cmp"
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

// run generates the whole history into out.
func run(opt Options, out sink) error {
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

// refresh brings the facts around position q in line with who holds it and
// its parent on day t: its holder's manager, its reports' manager, its roles.
func (s *sim) refresh(q int32, t day) {
	p, mgr := s.occ[q], int32(-1)
	if par := s.tree.parent[q]; par >= 0 {
		mgr = s.occ[par]
	}
	s.retarget(org.ReportsTo, p, &s.line[p], mgr, t)
	for c := s.tree.first[q]; c < s.tree.first[q]+int32(s.tree.kids[q]); c++ {
		s.retarget(org.ReportsTo, s.occ[c], &s.line[s.occ[c]], p, t)
	}
	for _, ri := range s.posRoles[q] {
		s.retarget(org.Heads, ri, &s.roles[ri].held, p, t)
	}
}

// retarget ends the open fact o on day t and opens one towards other; a fact
// that would end before it began (two changes on one day) is dropped.
func (s *sim) retarget(rel org.Rel, subject int32, o *open, other int32, t day) {
	if o.other == other {
		return
	}
	if o.other >= 0 && o.fromDay < t {
		s.emit(rel, subject, *o, endDate(s.r, t), s.lib.reporting(s.r, t))
	}
	if other < 0 {
		*o = open{other: -1}
		return
	}
	*o = s.opened(other, t)
}

// leave: the holder of q leaves on day t. Either a report (position c) is
// promoted into q and a hire takes c, or a hire takes q.
func (s *sim) leave(q, c int32, t day) {
	leaver := s.occ[q]
	s.retarget(org.ReportsTo, leaver, &s.line[leaver], -1, t)
	into := q
	if c >= 0 {
		promoted := s.occ[c]
		s.occ[q] = promoted
		into = c
	}
	s.occ[into] = s.hire(t)
	s.refresh(q, t)
	if c >= 0 {
		s.refresh(c, t)
	}
	if s.tree.level[q] <= 1 && len(s.posRoles[q]) > 0 {
		u := s.roles[s.posRoles[q][0]].unit
		s.event(t, "Leadership change at "+s.unitName(u), []int32{u}, []int32{leaver, s.occ[q]})
	}
}

// swap: the holders of positions a and b trade places on day t.
func (s *sim) swap(a, b int32, t day) {
	pa, pb := s.occ[a], s.occ[b]
	s.occ[a], s.occ[b] = pb, pa
	s.refresh(a, t)
	s.refresh(b, t)
}

// pick chooses a unit that existed before year y, optionally one with a
// sibling to merge into; -1 when a few tries find none.
func (s *sim) pick(y int, sibling bool) int32 {
	for range 10 {
		if len(s.live) == 0 {
			return -1
		}
		u := s.live[s.r.IntN(len(s.live))]
		if s.units[u].born < y && (!sibling || len(s.units[s.units[u].parent.other].kids) > 1) {
			return u
		}
	}
	return -1
}

// merge: a unit is absorbed by a sibling. Its sub-units move to the sibling,
// its head becomes the sibling's deputy head, and its own facts end.
func (s *sim) merge(y int, t day) {
	u := s.pick(y, true)
	if u < 0 {
		return
	}
	siblings := s.units[s.units[u].parent.other].kids
	v := siblings[s.r.IntN(len(siblings))]
	if v == u {
		v = siblings[(slices.Index(siblings, u)+1)%len(siblings)]
	}
	s.moveKids(u, v, t)
	hp := s.units[u].head
	s.close(u, t)
	s.addRole(v, hp, "Deputy "+kinds[s.units[v].kind].title, t)
	s.lineage(org.MergedInto, u, v, t)
	s.event(t, s.unitName(u)+" merges into "+s.unitName(v), []int32{u, v}, s.heads(u, v))
}

// split: a new unit splits off a unit and takes half of its sub-units; one of
// the old head's reports heads it.
func (s *sim) split(y int, t day) {
	u := s.pick(y, false)
	if u < 0 {
		return
	}
	w := s.newUnit(int(s.units[u].kind), s.units[u].parent.other, t, y)
	kids := slices.Clone(s.units[u].kids)
	for i := 1; i < len(kids); i += 2 {
		s.setParent(kids[i], w, t)
	}
	hp := s.units[u].head
	if n := s.tree.kids[hp]; n > 0 {
		hp = s.tree.first[hp] + int32(s.r.IntN(int(n)))
	}
	s.addRole(w, hp, kinds[s.units[w].kind].title, t)
	s.lineage(org.SplitFrom, w, u, t)
	s.event(t, s.unitName(w)+" splits from "+s.unitName(u), []int32{w, u}, s.heads(w, u))
}

// rename: a unit takes a new name, which makes it a new unit with the same
// parent, sub-units and heads.
func (s *sim) rename(y int, t day) {
	u := s.pick(y, false)
	if u < 0 {
		return
	}
	w := s.newUnit(int(s.units[u].kind), s.units[u].parent.other, t, y)
	s.moveKids(u, w, t)
	for _, ri := range slices.Clone(s.units[u].roles) {
		s.addRole(w, s.roles[ri].pos, s.roles[ri].title, t)
	}
	s.units[w].head = s.units[u].head
	s.close(u, t)
	s.lineage(org.RenamedTo, u, w, t)
	s.event(t, s.unitName(u)+" is renamed "+s.unitName(w), []int32{u, w}, s.heads(w))
}

// heads lists the people heading units, once each, for an event.
func (s *sim) heads(us ...int32) []int32 {
	var out []int32
	for _, u := range us {
		if hp := s.units[u].head; hp >= 0 && !slices.Contains(out, s.occ[hp]) {
			out = append(out, s.occ[hp])
		}
	}
	return out
}

func (s *sim) moveKids(from, to int32, t day) {
	for _, k := range slices.Clone(s.units[from].kids) {
		s.setParent(k, to, t)
	}
}

// setParent moves unit u under parent on day t.
func (s *sim) setParent(u, parent int32, t day) {
	if old := s.units[u].parent.other; old >= 0 {
		s.units[old].kids = slices.DeleteFunc(s.units[old].kids, func(k int32) bool { return k == u })
	}
	s.retarget(org.PartOf, u, &s.units[u].parent, parent, t)
	if parent >= 0 {
		s.units[parent].kids = append(s.units[parent].kids, u)
	}
}

// close ends everything that holds about unit u on day t: it has merged or
// been renamed, so its PART_OF and HEADS facts must end by then.
func (s *sim) close(u int32, t day) {
	s.setParent(u, -1, t)
	for _, ri := range s.units[u].roles {
		rl := &s.roles[ri]
		s.retarget(org.Heads, ri, &rl.held, -1, t)
		s.posRoles[rl.pos] = slices.DeleteFunc(s.posRoles[rl.pos], func(x int32) bool { return x == ri })
	}
	s.units[u].roles = nil
	last := s.live[len(s.live)-1]
	s.live[s.slot[u]], s.slot[last] = last, s.slot[u]
	s.live, s.slot[u] = s.live[:len(s.live)-1], -1
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
