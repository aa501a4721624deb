package web

import (
	"embed"
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
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, "/playground"), "/")
		if name == "" {
			http.ServeFileFS(w, r, playground, "playground/index.html")
			return
		}
		// Files only: a directory would be listed.
		if st, err := fs.Stat(dist, name); err != nil || st.IsDir() {
			http.NotFound(w, r)
			return
		}
		http.ServeFileFS(w, r, dist, name)
	})
}
