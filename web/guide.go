package web

import (
	"embed"
	"net/http"
)

// The Neo4j Browser guide and its style sheet, written by hand (see
// web/guide/orgraph.html for the format's rules).
//
//go:embed guide/orgraph.html guide/orgraph.grass
var guide embed.FS

// Guide serves the Neo4j Browser guide at /guide (open it in the Browser
// with `:play http://HOST/guide`) and its GRASS style sheet at
// /guide/orgraph.grass (`:style http://HOST/guide/orgraph.grass`).
//
// The Browser fetches both from its own origin (Neo4j's HTTP port), so
// they are readable by any origin: they are public, static and carry no
// credentials. The Browser also refuses hosts that Neo4j's
// browser.remote_content_hostname_whitelist does not list.
func Guide() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var name, kind string
		switch r.URL.Path {
		case "/guide", "/guide/":
			name, kind = "guide/orgraph.html", "text/html; charset=utf-8"
		case "/guide/orgraph.grass":
			name, kind = "guide/orgraph.grass", "text/plain; charset=utf-8"
		default:
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Content-Type", kind)
		http.ServeFileFS(w, r, guide, name)
	})
}
