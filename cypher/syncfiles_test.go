package cypher_test

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/seeds"
)

// counted is a dataset folder that counts the files read from it.
type counted struct {
	fstest.MapFS
	reads *int
}

func (c counted) ReadFile(name string) ([]byte, error) {
	*c.reads++
	return c.MapFS.ReadFile(name)
}

// TestSyncFiles is `orgraph load PATH` against Neo4j: files byte for byte
// those of the last load are only read to be hashed, never parsed (one read
// each, where a load reads them twice); one changed byte reloads; --force
// parses and compares even then; and data written by anything else than
// the same files reloads.
func TestSyncFiles(t *testing.T) {
	s, _ := emptied(t)
	ctx := t.Context()
	dir := fstest.MapFS{}
	err := fs.WalkDir(seeds.FS, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".yaml") {
			return err
		}
		b, err := fs.ReadFile(seeds.FS, p)
		dir[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	reads := 0
	sync := func(force bool) ([]loader.Change, string) {
		t.Helper()
		files, err := loader.FindFS(counted{dir, &reads}, ".")
		if err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		reads = 0
		changes, err := loader.SyncFiles(ctx, s, files, false, force, &out)
		if err != nil {
			t.Fatal(err)
		}
		return changes, out.String()
	}

	if changes, _ := sync(false); len(changes) == 0 {
		t.Fatal("first load: no changes")
	}
	t.Run("same files", func(t *testing.T) {
		changes, out := sync(false)
		if len(changes) != 0 || !strings.Contains(out, "nothing to change") {
			t.Errorf("got %v, %q; want nothing to change", changes, out)
		}
		if reads != len(dir) {
			t.Errorf("got %d file reads, want %d: one each, to hash them", reads, len(dir))
		}
	})
	t.Run("one note edited", func(t *testing.T) {
		people := dir["people.yaml"]
		people.Data = []byte(strings.Replace(string(people.Data), "note: ", "note: Edited. ", 1))
		changes, _ := sync(false)
		if len(changes) != 1 || changes[0].Op != '~' || !strings.HasPrefix(changes[0].What, "person ") {
			t.Errorf("got %v, want one changed person", changes)
		}
		if reads != 2*len(dir) {
			t.Errorf("got %d file reads, want %d: hashed, then parsed", reads, 2*len(dir))
		}
	})
	t.Run("forced", func(t *testing.T) {
		changes, out := sync(true)
		if len(changes) != 0 || !strings.Contains(out, "nothing to change") {
			t.Errorf("got %v, %q; want nothing to change", changes, out)
		}
		if reads != 2*len(dir) {
			t.Errorf("got %d file reads, want %d: hashed, then parsed", reads, 2*len(dir))
		}
	})
	t.Run("written from no files", func(t *testing.T) {
		if err := s.Replace(ctx, cyphertest.Seeds(t), nil); err != nil {
			t.Fatal(err)
		}
		if changes, _ := sync(false); len(changes) != 1 {
			t.Errorf("got %v, want the edited note written again", changes)
		}
	})
}
