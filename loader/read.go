package loader

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/orgraph/orgraph/org"
)

// ParseFS reads every .yaml/.yml file under root in fsys, in name order.
// The built-in dataset is read this way from the binary's embedded files.
func ParseFS(fsys fs.FS, root string) (*org.Dataset, error) {
	ds, _, err := CheckFS(fsys, root)
	return ds, err
}

// CheckFS is ParseFS that also returns the valid dataset's warnings
// (see Problem; each Msg starts with "warning: ").
func CheckFS(fsys fs.FS, root string) (*org.Dataset, Problems, error) {
	files, err := FindFS(fsys, root)
	if err != nil {
		return nil, nil, err
	}
	return files.Check()
}

// FindFS lists the .yaml/.yml files under root in fsys, without reading them.
func FindFS(fsys fs.FS, root string) (Files, error) {
	var names []string
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && isYAML(p) {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		return Files{}, org.Wrap(err, org.Invalid, "cannot read dataset")
	}
	return newFiles(names, func(name string) ([]byte, error) { return fs.ReadFile(fsys, name) }), nil
}

// ParsePaths reads dataset files and directories (every .yaml/.yml file in
// them, recursively) from disk. Problems name the paths as given.
func ParsePaths(paths []string) (*org.Dataset, error) {
	ds, _, err := CheckPaths(paths)
	return ds, err
}

// CheckPaths is ParsePaths that also returns the valid dataset's warnings.
func CheckPaths(paths []string) (*org.Dataset, Problems, error) {
	files, err := FindPaths(paths)
	if err != nil {
		return nil, nil, err
	}
	return files.Check()
}

// FindPaths lists the dataset files that paths name, and the .yaml/.yml
// files in the directories among them, recursively, without reading them.
// A path that cannot be walked is a Problem.
func FindPaths(paths []string) (Files, error) {
	var names []string
	var probs Problems
	for _, p := range paths {
		err := filepath.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (name == p || isYAML(name)) {
				names = append(names, name)
			}
			return err
		})
		if err != nil {
			probs = append(probs, Problem{File: p, Line: 1, Msg: cleanPathError(err)})
		}
	}
	if len(probs) > 0 {
		return Files{}, probs
	}
	return newFiles(names, os.ReadFile), nil
}

func parse(names []string, read func(string) ([]byte, error)) (*org.Dataset, Problems, error) {
	if len(names) == 0 {
		return nil, nil, Problems{{File: ".", Line: 1, Msg: "no .yaml or .yml dataset files found"}}
	}
	files, probs := decodeAll(names, read)
	if len(probs) > 0 {
		return nil, nil, probs
	}
	ds, warnings, probs := validate(names, files)
	if len(probs) > 0 {
		return nil, nil, probs
	}
	return ds, warnings, nil
}

// decodeAll decodes the files on every core, since each stands alone until
// validate, and returns them with their problems in name order, as one
// after the other would. It reads them one at a time: read may come from a
// caller's fs.FS, which need not be safe for concurrent use.
func decodeAll(names []string, read func(string) ([]byte, error)) ([]*file, Problems) {
	files := make([]*file, len(names))
	probs := make([][]Problem, len(names))
	var next atomic.Int64
	var reading sync.Mutex
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(names); i = int(next.Add(1) - 1) {
				reading.Lock()
				data, err := read(names[i])
				reading.Unlock()
				if err != nil {
					probs[i] = []Problem{{File: names[i], Line: 1, Msg: cleanPathError(err)}}
					continue
				}
				files[i], probs[i] = decodeFile(names[i], data)
			}
		})
	}
	wg.Wait()
	var all Problems
	for _, ps := range probs {
		all = append(all, ps...)
	}
	return files, all
}

func isYAML(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// cleanPathError drops the Go "open x:" prefix that would repeat the file name.
func cleanPathError(err error) string {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
