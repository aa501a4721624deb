// Package web holds the explorer UI: plain ES modules, CSS and inline SVG
// compiled into the binary, so `orgraph serve` needs no build step, no
// node_modules and no files beside the executable. The page talks only to
// /graphql.
package web

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed static
var static embed.FS

// Handler serves the explorer's static files at the root path; "/" answers
// with index.html, which reads deep links (?person=…, ?unit=…, &at=…) itself.
func Handler() http.Handler {
	root, err := fs.Sub(static, "static")
	if err != nil {
		// Only a wrong literal above could cause this: fail at start-up, loudly.
		panic(err)
	}
	return http.FileServerFS(root)
}
