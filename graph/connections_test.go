package graph

import (
	"strings"
	"testing"

	"github.com/orgraph/orgraph/org"
)

func TestCursorRoundTrip(t *testing.T) {
	for _, c := range []org.Cursor{
		{Name: "Dai Shan", ID: "dai-shan"},
		{Name: "天猫超市", ID: "tmall-supermarket"},
		{Name: "a\x00b\"c", ID: "x/y+z"},
		{Name: "", ID: "nameless"},
	} {
		t.Run(c.ID, func(t *testing.T) {
			got, err := decodeCursor(encodeCursor(c))
			if err != nil || got != c {
				t.Errorf("got %+v, %v; want %+v", got, err, c)
			}
		})
	}
}

func TestCursorRefused(t *testing.T) {
	for _, s := range []string{"", "zzz", encodeCursor(org.Cursor{Name: "no id"}), "WyJhIl0", strings.Repeat("A", 300)} {
		t.Run(s[:min(len(s), 10)], func(t *testing.T) {
			_, err := decodeCursor(s)
			if err == nil || !strings.Contains(err.Error(), "invalid cursor") || len(err.Error()) > 300 {
				t.Errorf("got %v, want an INVALID error quoting at most a clip of %q", err, s[:min(len(s), 20)])
			}
		})
	}
}
