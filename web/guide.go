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

// guideHeaders are the request headers a cross-origin fetch of the guide
// may send: those Neo4j Browser sends (Cache-Control, Pragma) and the one
// older XMLHttpRequest helpers add.
const guideHeaders = "Cache-Control, Pragma, X-Requested-With"

// Guide serves the Neo4j Browser guide at /guide (open it in the Browser
// with `:play http://HOST/guide`) and its GRASS style sheet at
// /guide/orgraph.grass (`:style http://HOST/guide/orgraph.grass`).
//
// The Browser fetches both from its own origin (Neo4j's HTTP port), so
// they are readable by any origin: they are public, static and carry no
// credentials. It answers the CORS preflight (OPTIONS) that the Browser's
// fetch causes, so the route needs GET and OPTIONS. The Browser also
// refuses hosts that Neo4j's browser.remote_content_hostname_whitelist
// does not list.
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
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", "*")
		if r.Method == http.MethodOptions {
			// The Browser's fetch sends Cache-Control and Pragma, which
			// are not CORS-safelisted, so it asks first (a preflight).
			h.Set("Access-Control-Allow-Methods", "GET")
			h.Set("Access-Control-Allow-Headers", guideHeaders)
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h.Set("Content-Type", kind)
		http.ServeFileFS(w, r, guide, name)
	})
}
