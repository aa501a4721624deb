package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// flowCases are files in and just outside the fast path's layout. yaml.v3
// is the oracle: whatever decodeFlow accepts must decode to the same file
// through yaml.v3, without problems.
var flowCases = []struct {
	name string
	data string
	fast bool // whether decodeFlow should take it: if not, yaml.v3 reads it
}{
	{"empty", "", true},
	{"comments only", "# nothing\n\n  # here\n", true},
	{"null list", "people:\nunits: []\n", true},
	{"generated", "# gen\npeople:\n  - {id: p1, name: \"Li Wei\", aliases: [\"李伟\", \"Wei Li\", E1], sources: [{doc: doc-0012, note: \"listed\"}]}\n" +
		"  - {id: p2, name: Bo, sources: [{doc: d, note: x}]}  # two\n\nheads:\n- {person: p1, unit: u1, title: \"Team Lead\", from: \"2008-10\", inferred: true, sources: []}\n", true},
	{"plain digits and spaces", "units:\n  - {id: 2019, name: Acme  Labs ,kind: a.b/c_d, founded: 2020-03-01, aliases: []}\n", true},
	{"bool spellings", "heads:\n  - {inferred: TRUE}\n  - {inferred: False}\n", true},
	{"empty mapping", "events:\n  - {}\n  - { }\n", true},
	{"no final newline", "documents:\n  - {id: d, title: T}", true},
	{"non-ASCII plain", "people:\n  - {id: p, name: 张伟}\n", true},
	{"quoted key", "people:\n  - {\"id\": p}\n", false},
	{"block mapping", "people:\n  - id: p\n    name: P\n", false},
	{"multi-line flow", "people:\n  - {id: p,\n     name: P}\n", false},
	{"unknown key", "people:\n  - {id: p, nmae: P}\n", false},
	{"unknown top key", "persons:\n  - {id: p}\n", false},
	{"duplicate key", "people:\n  - {id: p, id: q}\n", false},
	{"duplicate top key", "people: []\npeople: []\n", false},
	{"null value", "people:\n  - {id: null}\n", false},
	{"tilde", "people:\n  - {id: ~}\n", false},
	{"empty value", "people:\n  - {id: , name: x}\n", false},
	{"escape", "people:\n  - {id: \"a\\tb\"}\n", false},
	{"single quotes", "people:\n  - {id: 'a'}\n", false},
	{"tab", "people:\n\t- {id: a}\n", false},
	{"carriage return", "people:\r\n  - {id: a}\r\n", false},
	{"control character", "people:\n  - {id: \"a\x01\"}\n", false},
	{"line separator", "people:\n  - {id: \"a\u2028b\"}\n", false},
	{"byte order mark", "\ufeffpeople: []\n", false},
	{"invalid UTF-8", "people:\n  - {id: \"\xff\"}\n", false},
	{"colon in plain", "people:\n  - {id: a:b}\n", false},
	{"hash in plain", "people:\n  - {id: a #b}\n", false},
	{"comment without space", "people:\n  - {id: a}#b\n", false},
	{"trailing comma", "people:\n  - {id: a,}\n", false},
	{"anchor", "people:\n  - {id: &x a}\n", false},
	{"quoted bool", "heads:\n  - {inferred: \"true\"}\n", false},
	{"yes as bool", "heads:\n  - {inferred: yes}\n", false},
	{"list for a string", "people:\n  - {id: [a]}\n", false},
	{"mapping in a string list", "people:\n  - {aliases: [{a: b}]}\n", false},
	{"uneven items", "people:\n  - {id: a}\n    - {id: b}\n", false},
	{"item without key", "- {id: a}\n", false},
	{"second document", "people: []\n---\nunits: []\n", false},
	{"indented key", " people: []\n", false},
	{"list after key", "people: [{id: a}]\n", false},
	{"scalar for a list", "people: x\n", false},
	{"unterminated quote", "people:\n  - {id: \"a}\n", false},
}

func TestDecodeFlowMatchesYAML(t *testing.T) {
	for _, c := range flowCases {
		t.Run(c.name, func(t *testing.T) {
			_, fast := decodeFlow([]byte(c.data))
			if fast != c.fast {
				t.Fatalf("decodeFlow took it: got %v, want %v", fast, c.fast)
			}
			sameAsYAML(t, []byte(c.data))
		})
	}
	files, err := filepath.Glob("testdata/*/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	fixtures := append(files, "../seeds/documents.yaml")
	for _, name := range fixtures {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			sameAsYAML(t, data)
		})
	}
}

// sameAsYAML fails when decodeFlow accepts data and yaml.v3 reads it
// otherwise.
func sameAsYAML(t *testing.T, data []byte) {
	t.Helper()
	got, ok := decodeFlow(data)
	if !ok {
		return
	}
	want, probs := decodeYAML("f.yaml", data)
	if len(probs) > 0 {
		t.Fatalf("decodeFlow accepted what yaml.v3 refuses: %v", probs)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("decodeFlow read\n%#v\nyaml.v3 read\n%#v", got, want)
	}
	if path := spareRoom(reflect.ValueOf(got).Elem(), "file"); path != "" {
		t.Fatalf("%s has room to spare: an append elsewhere would write into the dataset's memory", path)
	}
}

// spareRoom names a list in v whose capacity exceeds its length, or is "".
// yaml.v3 makes every list exactly as long as it is.
func spareRoom(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.Slice:
		if v.Cap() != v.Len() {
			return path
		}
		for i := range v.Len() {
			if p := spareRoom(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if p := spareRoom(v.Field(i), path+"."+v.Type().Field(i).Name); p != "" {
				return p
			}
		}
	}
	return ""
}

// FuzzDecodeFlow checks the fast path against yaml.v3 on any input.
func FuzzDecodeFlow(f *testing.F) {
	for _, c := range flowCases {
		f.Add([]byte(c.data))
	}
	f.Fuzz(func(t *testing.T, data []byte) { sameAsYAML(t, data) })
}
