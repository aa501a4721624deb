package main

import (
	"fmt"
	"strings"
	"testing"
)

// A size measured in memory only, larger than the rest, is not where
// the targets are judged: it has no Neo4j, peer or load to judge.
func TestTargetsSkipMemoryOnlySizes(t *testing.T) {
	results := fakeResults(2000, 3000)
	results[1].MemoryOnly = true
	var b strings.Builder
	writeTargets(func(f string, a ...any) { fmt.Fprintf(&b, f, a...) }, config{concurrency: []int{1}}, results)
	if !strings.Contains(b.String(), "Judged at 2000 people (no-op reload at 2000)") {
		t.Errorf("targets not judged at 2000 people:\n%s", b.String())
	}
}
