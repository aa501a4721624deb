package main

import (
	"encoding/xml"
	"strings"
	"testing"
	"time"
)

// fakeResults makes results for sizes where every system answers every
// question in p50 = size/1000 ms (the peer twice that), with the peer
// missing where it cannot express the question.
func fakeResults(sizes ...int) []*sizeResult {
	var rs []*sizeResult
	for _, n := range sizes {
		r := &sizeResult{People: n, Cells: map[string]map[int]map[string]*cell{}}
		for _, q := range questions {
			cells := map[string]*cell{}
			for i, s := range systemOrder {
				if !canAsk(s, q) {
					continue
				}
				lat := time.Duration(n) * time.Microsecond * time.Duration(i+1)
				cells[s] = &cell{Requests: 1, Busy: time.Second, latencies: []time.Duration{lat}}
			}
			r.Cells[q.Key] = map[int]map[string]*cell{1: cells}
		}
		rs = append(rs, r)
	}
	return rs
}

func TestPlotIsWellFormedWithOneLinePerSystem(t *testing.T) {
	svg := plot(fakeResults(10000, 100000), 1)
	dec := xml.NewDecoder(strings.NewReader(svg))
	lines := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("not well-formed XML: %v", err)
			}
			break
		}
		if el, ok := tok.(xml.StartElement); ok && el.Name.Local == "polyline" {
			lines++
		}
	}
	want := 0
	for _, q := range questions {
		for _, s := range systemOrder {
			if canAsk(s, q) {
				want++
			}
		}
	}
	if lines != want {
		t.Errorf("got %d lines, want %d (one per question and system that can answer it)", lines, want)
	}
}
