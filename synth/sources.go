package synth

import (
	"fmt"
	"math/rand/v2"
	"sort"

	"github.com/orgraph/orgraph/org"
)

// library is the synthetic source documents: staff bulletins and org-chart
// notices spread evenly over the history, each fact citing one published
// on or soon after the day it reports.
type library struct {
	docs   []org.Document
	last   []day // the last day of each document's publication period
	byLast []int // document indexes ordered by last
}

var outlets = [][2]string{
	{"en", "Staff Bulletin"}, {"en", "Intranet News"}, {"en", "Org Chart Export"},
	{"zh", "内部通讯"}, {"zh", "内网公告"},
}

// newLibrary makes n documents published from 1 January of the first year to
// January after the last, so a change late in the last year is still reported.
func newLibrary(r *rand.Rand, n, from, to int) *library {
	start, end := dayOf(from, 1, 1), dayOf(to+1, 1, 31)
	lib := &library{}
	for i := range n {
		t := start + day(int64(end-start)*int64(i)/int64(n)) + day(r.IntN(7))
		p := packIn(r, t)
		out := outlets[r.IntN(len(outlets))]
		doc := org.Document{ID: docID(i), Language: out[0], Outlet: out[1], Published: p.date().Range()}
		if out[0] == "en" {
			doc.Title = fmt.Sprintf("%s no. %d", out[1], i+1)
		} else {
			doc.Title = fmt.Sprintf("%s 第%d期", out[1], i+1)
		}
		if p.date().Precision() == org.PrecisionYear {
			doc.Note = "undated; the year comes from its contents"
		}
		lib.docs = append(lib.docs, doc)
		lib.last = append(lib.last, lastDay(p))
		lib.byLast = append(lib.byLast, i)
	}
	sort.SliceStable(lib.byLast, func(a, b int) bool { return lib.last[lib.byLast[a]] < lib.last[lib.byLast[b]] })
	return lib
}

// packIn writes the publication day t at day (60%), month (30%) or year
// precision: unlike a fact's dates, it need not line up with anything.
func packIn(r *rand.Rand, t day) packed {
	y, m, d := t.ymd()
	switch x := r.IntN(10); {
	case x < 1:
		return packed(y * 10000)
	case x < 4:
		return packed(y*10000 + m*100)
	}
	return packed(y*10000 + m*100 + d)
}

func lastDay(p packed) day {
	d := p.date()
	l := d.LastDay()
	return dayOf(l/10000, l/100%100, l%100)
}

// reporting picks a document that may report a change on day t: one of the
// first three whose publication period ends on or after t. An unknown day
// takes one of the earliest documents.
func (lib *library) reporting(r *rand.Rand, t day) int32 {
	i := 0
	if t != unknownDay {
		i = sort.Search(len(lib.byLast), func(k int) bool { return lib.last[lib.byLast[k]] >= t })
	}
	i = min(i+r.IntN(3), len(lib.byLast)-1)
	return int32(lib.byLast[i])
}

// source cites document d with note.
func (lib *library) source(d int32, note string) org.Source {
	doc := lib.docs[d]
	return org.Source{Document: doc.ID, Title: doc.Title, Published: doc.Published, Note: note}
}
