package synth_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/orgraph/orgraph/loader"

	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/synth"
)

func name(people int, seed uint64) string { return fmt.Sprintf("%d people seed %d", people, seed) }

func generate(t *testing.T, opt synth.Options) *org.Dataset {
	t.Helper()
	ds, err := synth.Generate(opt)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// readAll maps each file Write wrote to its bytes.
func readAll(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = b
	}
	return files
}

func write(t *testing.T, opt synth.Options) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := synth.Write(context.Background(), dir, opt); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestDeterministic(t *testing.T) {
	tests := []struct {
		name      string
		a, b      synth.Options
		wantEqual bool
	}{
		{"same seed", synth.Options{People: 3000, Seed: 7}, synth.Options{People: 3000, Seed: 7}, true},
		{"same seed, small chunks", synth.Options{People: 500, Seed: 7, ChunkSize: 100}, synth.Options{People: 500, Seed: 7, ChunkSize: 100}, true},
		{"other seed", synth.Options{People: 3000, Seed: 7}, synth.Options{People: 3000, Seed: 8}, false},
		{"other size", synth.Options{People: 3000, Seed: 7}, synth.Options{People: 3001, Seed: 7}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := readAll(t, write(t, tt.a)), readAll(t, write(t, tt.b))
			if got := maps.EqualFunc(a, b, bytes.Equal); got != tt.wantEqual {
				t.Errorf("got equal output %v, want %v (%d and %d files)", got, tt.wantEqual, len(a), len(b))
			}
		})
	}
}

// TestRoundTrip checks that what Write writes is valid and reads back as
// exactly what Generate returns, chunked or not, at several sizes and seeds,
// and that WriteDataset writes what Generate returns as Write does.
func TestRoundTrip(t *testing.T) {
	for _, opt := range []synth.Options{
		{People: 1, Seed: 1},
		{People: 7, Seed: 2},
		{People: 100, Seed: 3, ChunkSize: 7},
		{People: 1000, Seed: 4},
		{People: 1500, Seed: 5, From: 1995, To: 2001, ChunkSize: 400},
		{People: 3000, Seed: 6},
	} {
		t.Run(name(opt.People, opt.Seed), func(t *testing.T) {
			dir := write(t, opt)
			got, err := loader.ParsePaths([]string{dir})
			if err != nil {
				t.Fatalf("the loader rejects the output:\n%.2000v", err)
			}
			want := generate(t, opt)
			if len(got.People) != opt.People {
				t.Errorf("got %d people, want %d", len(got.People), opt.People)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("read back %d documents, %d people, %d units, %d links, %d events; Generate made %d, %d, %d, %d, %d, not all equal",
					len(got.Documents), len(got.People), len(got.Units), len(got.Links), len(got.Events),
					len(want.Documents), len(want.People), len(want.Units), len(want.Links), len(want.Events))
			}
			again := t.TempDir()
			if _, err := synth.WriteDataset(t.Context(), again, want, opt.ChunkSize); err != nil {
				t.Fatal(err)
			}
			if a, b := readAll(t, dir), readAll(t, again); !maps.EqualFunc(a, b, bytes.Equal) {
				t.Errorf("WriteDataset of what Generate made wrote %d files, not all equal to Write's %d", len(b), len(a))
			}
		})
	}
}

func TestChunks(t *testing.T) {
	dir := write(t, synth.Options{People: 2000, Seed: 1, ChunkSize: 500})
	for name, b := range readAll(t, dir) {
		if n := bytes.Count(b, []byte("\n  - ")); n > 500 {
			t.Errorf("%s: got %d records, want at most 500", name, n)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "people-0004.yaml")); err != nil {
		t.Errorf("want 2000 people in four files: %v", err)
	}
}

func TestBadOptions(t *testing.T) {
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "mine.yml"), []byte("people: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		dir  string
		opt  synth.Options
		want string
	}{
		{"no people", t.TempDir(), synth.Options{People: 0}, "people 0: want at least 1"},
		{"years backwards", t.TempDir(), synth.Options{People: 10, From: 2020, To: 2010}, "years 2020–2010"},
		{"negative chunks", t.TempDir(), synth.Options{People: 10, ChunkSize: -1}, "chunk size -1"},
		{"directory with data", full, synth.Options{People: 10}, "already holds dataset files (mine.yml)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := synth.Write(context.Background(), tt.dir, tt.opt)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
			if entries, _ := os.ReadDir(tt.dir); tt.dir != full && len(entries) > 0 {
				t.Errorf("got %d files written, want none", len(entries))
			}
		})
	}
}

// TestCancelled checks that Write stops when its context is done, so that
// Ctrl-C stops orgraph gen, and says the directory holds a partial dataset.
func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	dir := t.TempDir()
	_, err := synth.Write(ctx, dir, synth.Options{People: 2000, Seed: 1})
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "partial dataset") {
		t.Errorf("got %v, want context.Canceled and a word about the partial dataset", err)
	}
	if files := readAll(t, dir); len(files) > 0 {
		t.Errorf("got %d files written after cancelling, want none", len(files))
	}
}
