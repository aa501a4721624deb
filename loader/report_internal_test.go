package loader

import (
	"fmt"
	"strings"
	"testing"
)

// A load lists its first changes and counts the rest; a dry run lists all.
func TestReportLists(t *testing.T) {
	changes := func(n int) []Change {
		out := make([]Change, n)
		for i := range out {
			out[i] = Change{'+', fmt.Sprintf("person p%d", i)}
		}
		return out
	}
	tests := []struct {
		name      string
		n         int
		dryRun    bool
		wantLines int    // change lines
		wantMore  string // the line that counts the rest, or ""
	}{
		{"a few", 3, false, 3, ""},
		{"as many as listed", listed, false, listed, ""},
		{"more than listed", listed + 70, false, listed, "… and 70 more (a dry run lists them all)"},
		{"dry run", listed + 70, true, listed + 70, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			report(&b, changes(tt.n), tt.dryRun)
			lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			got := 0
			for _, l := range lines {
				if strings.HasPrefix(l, "+ person p") {
					got++
				}
			}
			if got != tt.wantLines {
				t.Errorf("listed %d changes, want %d:\n%s", got, tt.wantLines, b.String())
			}
			if more := strings.Contains(b.String(), "… and"); more != (tt.wantMore != "") || (more && !strings.Contains(b.String(), tt.wantMore)) {
				t.Errorf("got:\n%s\nwant the rest counted as %q", b.String(), tt.wantMore)
			}
			if last := lines[len(lines)-1]; !strings.Contains(last, fmt.Sprintf("%d to create", tt.n)) {
				t.Errorf("last line %q does not count all %d creations", last, tt.n)
			}
		})
	}
}
