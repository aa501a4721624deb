package loader_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/orgraph/orgraph/loader"
)

// synthetic writes a valid dataset of people people, each reporting to two
// managers in turn, and units units, each moving between parents spans
// times: units×spans PART_OF links. Parents always have a smaller index, so
// the data has no cycle and validation must find no problem.
func synthetic(people, units, spans int) fstest.MapFS {
	var b strings.Builder
	src := "sources: [{doc: d1, note: synthetic}]"
	b.WriteString("documents:\n  - {id: d1, published: \"2001\", title: Synthetic}\npeople:\n")
	for i := range people {
		fmt.Fprintf(&b, "  - {id: p%d, name: Person %d, aliases: [P-%d x], %s}\n", i, i, i, src)
	}
	b.WriteString("units:\n")
	for i := range units {
		fmt.Fprintf(&b, "  - {id: u%d, name: Unit %d, kind: group, %s}\n", i, i, src)
	}
	b.WriteString("reports_to:\n")
	for i := 1; i < people; i++ {
		fmt.Fprintf(&b, "  - {person: p%d, manager: p%d, from: \"2010-03\", to: \"2015-06-30\", %s}\n", i, (i-1)/7, src)
		fmt.Fprintf(&b, "  - {person: p%d, manager: p%d, from: \"2015-07\", %s}\n", i, (i-1)/5, src)
	}
	b.WriteString("part_of:\n")
	for i := 1; i < units; i++ {
		for s := range spans {
			fmt.Fprintf(&b, "  - {unit: u%d, parent: u%d, from: \"%d\", to: \"%d\", %s}\n", i, i*(s+1)/(spans+1), 2000+2*s, 2001+2*s, src)
		}
	}
	return fstest.MapFS{"synthetic.yaml": {Data: []byte(b.String())}}
}

// BenchmarkValidate parses and validates synthetic datasets at the sizes the
// issues measured: 10k people, 10k PART_OF links, and 100k people.
func BenchmarkValidate(b *testing.B) {
	sizes := []struct {
		name                 string
		people, units, spans int
	}{
		{"people=10k", 10_000, 100, 1},
		{"part_of=10k", 100, 2_501, 4},
		{"people=10k,part_of=10k", 10_000, 2_501, 4},
		{"people=100k", 100_000, 100, 1},
		{"people=10k,yaml.v3", 10_000, 100, 1},
	}
	for _, sz := range sizes {
		b.Run(sz.name, func(b *testing.B) {
			fsys := synthetic(sz.people, sz.units, sz.spans)
			if strings.HasSuffix(sz.name, "yaml.v3") {
				// A document marker is YAML the fast reader leaves to
				// yaml.v3, which reads everything else the same: this
				// measures the path hand-written files may take.
				f := fsys["synthetic.yaml"]
				f.Data = append([]byte("---\n"), f.Data...)
			}
			for b.Loop() {
				if _, err := loader.ParseFS(fsys, "."); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
