package web

import (
	"regexp"
	"strings"
	"testing"
)

// TestGuideStyle checks that the style sheet gives every kind of node
// orgraph writes a caption, so none shows as a blank circle in Neo4j
// Browser, and that each caption names a property that kind has
// (cypher/README.md lists them): every :Orgraph node has a name.
func TestGuideStyle(t *testing.T) {
	b, err := guide.ReadFile("guide/orgraph.grass")
	if err != nil {
		t.Fatal(err)
	}
	blocks := map[string]string{}
	for _, m := range regexp.MustCompile(`(?ms)^([\w.]+) \{\n(.*?)^\}`).FindAllStringSubmatch(string(b), -1) {
		blocks[m[1]] = m[2]
	}
	tests := []struct{ selector, caption string }{
		{"node.Person", `"{name}"`},
		{"node.Unit", `"{name}"`},
		{"node.Event", `"{name}"`},
		{"node.Document", `"{name}"`},
		// Every node also has its kind's :Orgraph<Kind> label; a label
		// without a rule gets a colour the Browser makes up, over ours.
		{"node.OrgraphPerson", `"{name}"`},
		{"node.OrgraphUnit", `"{name}"`},
		{"node.OrgraphEvent", `"{name}"`},
		{"node.OrgraphDocument", `"{name}"`},
		{"relationship.HEADS", `"{title}"`},
	}
	for _, tt := range tests {
		t.Run(tt.selector, func(t *testing.T) {
			block, ok := blocks[tt.selector]
			if !ok {
				t.Fatalf("no %s rule in orgraph.grass", tt.selector)
			}
			if want := "caption: " + tt.caption + ";"; !strings.Contains(block, want) {
				t.Errorf("%s: got %q, want it to contain %q", tt.selector, block, want)
			}
		})
	}
}
