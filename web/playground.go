package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"strings"
)

// The Playground is GraphiQL bundled from npm by `make playground`
// (web/playground/build.mjs); the built files are committed, so serving it
// needs neither Node nor the network.
//
//go:embed playground/index.html playground/dist
var playground embed.FS

// Playground serves GraphiQL mounted at /playground: the page at
// /playground itself, its script, stylesheet and licence notices under
// /playground/NAME. The page reads ?query= and ?variables= to open a query
// pre-filled.
func Playground() http.Handler {
	dist, err := fs.Sub(playground, "playground/dist")
	if err != nil {
		// Only a wrong literal above could cause this: fail at start-up, loudly.
		panic(err)
	}
	etags := contentTags(dist)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, "/playground"), "/")
		if name == "" {
			http.ServeFileFS(w, r, playground, "playground/index.html")
			return
		}
		tag, ok := etags[name] // files only: a directory would be listed
		if !ok {
			http.NotFound(w, r)
			return
		}
		// Embedded files have no modification time; a content hash lets a
		// browser revalidate the 1.6 MB bundle with a 304 instead.
		w.Header().Set("ETag", tag)
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, dist, name)
	})
}

// contentTags maps each file of fsys to a strong ETag of its content.
func contentTags(fsys fs.FS) map[string]string {
	tags := map[string]string{}
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		tags[path] = `"` + hex.EncodeToString(sum[:16]) + `"`
		return nil
	})
	if err != nil {
		panic(err) // embedded files always read
	}
	return tags
}
