package loader_test

import (
	"testing"
	"testing/fstest"

	"github.com/orgraph/orgraph/loader"
)

// TestFilesDigest: the digest follows the files' bytes and the order in
// which they are read, and nothing else.
func TestFilesDigest(t *testing.T) {
	a, b := []byte("people: []\n"), []byte("units: []\n")
	digest := func(fsys fstest.MapFS, root string) string {
		t.Helper()
		files, err := loader.FindFS(fsys, root)
		if err != nil {
			t.Fatal(err)
		}
		d, err := files.Digest()
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	base := digest(fstest.MapFS{"a.yaml": {Data: a}, "b.yaml": {Data: b}}, ".")
	tests := []struct {
		name string
		fsys fstest.MapFS
		root string
		same bool
	}{
		{"the same files elsewhere", fstest.MapFS{"x/a.yaml": {Data: a}, "x/b.yaml": {Data: b}}, "x", true},
		{"a file that is not a dataset file added", fstest.MapFS{"a.yaml": {Data: a}, "b.yaml": {Data: b}, "notes.txt": {Data: a}}, ".", true},
		{"one byte changed", fstest.MapFS{"a.yaml": {Data: a}, "b.yaml": {Data: []byte("units: [ ]\n")}}, ".", false},
		{"read in the other order", fstest.MapFS{"a.yaml": {Data: b}, "b.yaml": {Data: a}}, ".", false},
		{"the bytes split between files differently", fstest.MapFS{"a.yaml": {Data: append(append([]byte{}, a...), b...)}, "b.yaml": {}}, ".", false},
		{"a file fewer", fstest.MapFS{"a.yaml": {Data: a}}, ".", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := digest(tt.fsys, tt.root) == base; got != tt.same {
				t.Errorf("got same digest %v, want %v", got, tt.same)
			}
		})
	}
}
