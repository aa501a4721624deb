package loader_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/orgraph/orgraph/loader"
)

// FuzzParse feeds any bytes to the decoder and validator as one dataset
// file. Whatever it is, parsing must not panic, and it either yields a
// dataset or problems that each point at the file and a line the user can
// go to.
func FuzzParse(f *testing.F) {
	fixtures, err := filepath.Glob("testdata/*/*.yaml")
	if err != nil || len(fixtures) == 0 {
		f.Fatalf("no fixtures to seed the fuzzer: %v", err)
	}
	for _, name := range fixtures {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ds, err := loader.ParseFS(fstest.MapFS{"f.yaml": {Data: data}}, ".")
		if err == nil {
			if ds == nil {
				t.Fatal("no problems and no dataset")
			}
			return
		}
		var probs loader.Problems
		if !errors.As(err, &probs) || len(probs) == 0 || ds != nil {
			t.Fatalf("got %v, %#v; want problems and no dataset", ds, err)
		}
		for _, p := range probs {
			if p.File != "f.yaml" || p.Line < 1 || p.Msg == "" {
				t.Fatalf("problem %q does not point at a line of f.yaml", p)
			}
		}
	})
}
