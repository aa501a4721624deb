package synth

import (
	"slices"

	"github.com/orgraph/orgraph/org"
)

// The moves below are the changes a year applies, each on one day: people
// leave or swap positions, units merge, split or are renamed, and the facts
// around them end and start accordingly.

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
