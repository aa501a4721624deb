package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// plot draws p50 latency (log scale) against dataset size (log scale), one
// panel per question and one line per system, as a self-contained SVG.
func plot(results []*sizeResult, conc int) string {
	const pw, ph, cols = 300, 210, 4
	const left, top, inner = 50, 50, 130
	colors := map[string]string{sysNeo4j: "#1f77b4", sysMemory: "#2ca02c", sysPeer: "#d62728", sysRawName: "#9467bd", sysRawID: "#7f7f7f", sysFloor: "#bcbd22"}
	rows := (len(questions) + 1 + cols - 1) / cols
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="11">`+"\n", cols*pw, rows*ph+30)
	fmt.Fprintf(&b, `<rect width="100%%" height="100%%" fill="white"/><text x="10" y="16" font-size="13">p50 latency (ms, log scale) against people (log scale), concurrency %d</text>`+"\n", conc)
	var sizes []float64
	for _, r := range results {
		sizes = append(sizes, float64(r.People))
	}
	xOf := func(n float64, x0 int) float64 {
		lo, hi := math.Log10(sizes[0]), math.Log10(sizes[len(sizes)-1])
		if hi == lo {
			return float64(x0) + inner/2
		}
		return float64(x0) + (math.Log10(n)-lo)/(hi-lo)*inner*1.6
	}
	for i, q := range questions {
		x0, y0 := i%cols*pw+left, i/cols*ph+top
		var lo, hi = math.Inf(1), math.Inf(-1)
		for _, r := range results {
			for _, c := range r.Cells[q.Key][conc] {
				if v := p50(c); v > 0 {
					lo, hi = math.Min(lo, math.Log10(v)), math.Max(hi, math.Log10(v))
				}
			}
		}
		if math.IsInf(lo, 0) {
			continue
		}
		lo, hi = math.Floor(lo), math.Ceil(hi)
		if hi == lo {
			hi++
		}
		yOf := func(v float64) float64 { return float64(y0) + inner - (math.Log10(v)-lo)/(hi-lo)*inner }
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-weight="bold">(%s) %s</text>`+"\n", x0-40, y0-8, q.Key, q.Title)
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#ccc"/>`+"\n", x0, y0, int(inner*1.6), inner)
		for e := lo; e <= hi; e++ {
			fmt.Fprintf(&b, `<text x="%d" y="%.0f" text-anchor="end">%g</text>`+"\n", x0-4, yOf(math.Pow(10, e))+4, math.Pow(10, e))
		}
		for _, n := range sizes {
			fmt.Fprintf(&b, `<text x="%.0f" y="%d" text-anchor="middle">%s</text>`+"\n", xOf(n, x0), y0+inner+14, human(n))
		}
		for _, s := range systemOrder {
			var pts []string
			for _, r := range results {
				if v := p50(r.Cells[q.Key][conc][s]); v > 0 {
					pts = append(pts, fmt.Sprintf("%.1f,%.1f", xOf(float64(r.People), x0), yOf(v)))
				}
			}
			if len(pts) == 0 {
				continue
			}
			fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="%s" stroke-width="2"/>`+"\n", strings.Join(pts, " "), colors[s])
			for _, pt := range pts {
				x, y, _ := strings.Cut(pt, ",")
				fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="3" fill="%s"/>`+"\n", x, y, colors[s])
			}
		}
	}
	// The legend takes the panel after the last question.
	i := len(questions)
	x0, y0 := i%cols*pw+left, i/cols*ph+top
	for j, s := range systemOrder {
		y := y0 + 10 + j*20
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="3"/><text x="%d" y="%d">%s</text>`+"\n", x0, y, x0+24, y, colors[s], x0+30, y+4, s)
	}
	b.WriteString("</svg>\n")
	return b.String()
}

func p50(c *cell) float64 {
	if c == nil || c.Requests == 0 || c.Errors > 0 {
		return 0
	}
	return float64(c.Percentile(0.5)) / float64(time.Millisecond)
}

func human(n float64) string {
	switch {
	case n >= 1e6:
		return fmt.Sprintf("%gM", n/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%gk", n/1e3)
	}
	return fmt.Sprint(n)
}
