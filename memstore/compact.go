package memstore

import (
	"slices"
	"strings"

	"github.com/orgraph/orgraph/org"
)

// compact copies a dataset into few large allocations: every string once,
// packed with the others into shared blocks, and every slice of aliases,
// ids or sources a window on one shared array. The values are equal, so
// answers are too; what changes is the number of objects the garbage
// collector must mark on every cycle while the server runs. At 100,000
// people the YAML decoder hands over each id, name, alias, note and source
// as an object of its own, millions in all, and collections marking them
// ran for seconds on two cores while requests waited (issue 7). The
// caller's dataset is left untouched.
func compact(ds *org.Dataset, in *interner) *org.Dataset {
	out := &org.Dataset{
		Documents: ds.Documents,
		People:    slices.Clone(ds.People),
		Units:     slices.Clone(ds.Units),
		Links:     slices.Clone(ds.Links),
		Events:    slices.Clone(ds.Events),
	}
	var srcs slab[org.Source]
	var strs slab[string]
	for _, p := range out.People {
		srcs.need(len(p.Sources))
		strs.need(len(p.Aliases))
	}
	for _, u := range out.Units {
		srcs.need(len(u.Sources))
		strs.need(len(u.Aliases))
	}
	for _, l := range out.Links {
		srcs.need(len(l.Sources))
	}
	for _, e := range out.Events {
		srcs.need(len(e.Sources))
		strs.need(len(e.UnitIDs) + len(e.PersonIDs))
	}
	source := func(s org.Source) org.Source {
		s.Document, s.Title, s.Note = in.of(s.Document), in.of(s.Title), in.of(s.Note)
		return s
	}
	for i := range out.People {
		p := &out.People[i]
		p.ID, p.Name = in.of(p.ID), in.of(p.Name)
		p.Aliases, p.Sources = strs.copy(p.Aliases, in.of), srcs.copy(p.Sources, source)
	}
	for i := range out.Units {
		u := &out.Units[i]
		u.ID, u.Name, u.Kind = in.of(u.ID), in.of(u.Name), in.of(u.Kind)
		u.Aliases, u.Sources = strs.copy(u.Aliases, in.of), srcs.copy(u.Sources, source)
	}
	for i := range out.Links {
		l := &out.Links[i]
		l.Rel = org.Rel(in.of(string(l.Rel)))
		l.From, l.To, l.Title = in.of(l.From), in.of(l.To), in.of(l.Title)
		l.Sources = srcs.copy(l.Sources, source)
	}
	for i := range out.Events {
		e := &out.Events[i]
		e.ID, e.Title = in.of(e.ID), in.of(e.Title)
		e.UnitIDs, e.PersonIDs = strs.copy(e.UnitIDs, in.of), strs.copy(e.PersonIDs, in.of)
		e.Sources = srcs.copy(e.Sources, source)
	}
	return out
}

// interner hands out one copy of each distinct string, written into blocks
// of blockBytes shared by many strings.
type interner struct {
	// seen maps each string handed out to itself.
	seen  map[string]string
	block strings.Builder
}

const blockBytes = 64 << 10

func (in *interner) of(s string) string {
	if c, ok := in.seen[s]; ok {
		return c
	}
	if len(s) > blockBytes/8 {
		in.seen[s] = s // a long string is worth its own object
		return s
	}
	if in.block.Cap()-in.block.Len() < len(s) {
		in.block = strings.Builder{}
		in.block.Grow(blockBytes)
	}
	// Writing within the capacity never moves what the block holds, so
	// the strings handed out before stay valid and keep sharing it.
	start := in.block.Len()
	in.block.WriteString(s)
	c := in.block.String()[start:]
	in.seen[c] = c
	return c
}

// slab hands out windows on one array, sized by need beforehand.
type slab[T any] struct {
	n   int
	all []T
}

// need reserves n more elements.
func (s *slab[T]) need(n int) { s.n += n }

// copy returns a copy of xs, each element passed through f, as a window
// on the slab whose capacity ends with it, so that an append copies
// instead of overwriting the next window. nil stays nil.
func (s *slab[T]) copy(xs []T, f func(T) T) []T {
	if xs == nil {
		return nil
	}
	if s.all == nil {
		s.all = make([]T, 0, s.n)
	}
	start := len(s.all)
	for _, x := range xs {
		s.all = append(s.all, f(x))
	}
	return s.all[start:len(s.all):len(s.all)]
}
