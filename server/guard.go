package server

import (
	"net/http"
	"slices"
)

// Content security policies. The explorer is plain ES modules and one
// stylesheet from this origin; it sets a few style attributes (timeline
// positions, SVG gradient stops), hence style-src-attr. The Playground is
// GraphiQL bundled into one script and one stylesheet served from here
// (web/playground): no script but that one, nothing from elsewhere; its
// fonts and icons are data: URLs inside the stylesheet, and its dialogs
// inject small <style> elements (scroll locking), hence inline styles.
const (
	explorerCSP = "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; " +
		"img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
	playgroundCSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
		"font-src 'self' data:; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
	apiCSP = "default-src 'none'; frame-ancestors 'none'"
)

// secure adds the security headers every answer carries, with csp as its
// Content-Security-Policy.
func secure(csp string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// sameOrigin refuses browser requests to /graphql that another site's page
// made without CORS permission: POSTs (by Go's CrossOriginProtection, which
// reads Sec-Fetch-Site and Origin) and also GETs, since a GET query costs
// the server as much as a POST and an <img> or link on any page could
// trigger it. Address-bar navigation (Sec-Fetch-Site: none), same-origin
// pages, CORS-allowed origins and non-browser clients pass.
func sameOrigin(trusted []string, next http.Handler) http.Handler {
	if slices.Contains(trusted, "*") {
		return next // any origin may call: CORS said so
	}
	cop := http.NewCrossOriginProtection()
	for _, o := range trusted {
		// An origin that does not parse simply never matches.
		_ = cop.AddTrustedOrigin(o)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		probe := r
		if r.Method == http.MethodGet || r.Method == http.MethodHead {
			// CrossOriginProtection lets safe methods through; ask it as if
			// this were a POST.
			c := *r
			c.Method = http.MethodPost
			probe = &c
		}
		if r.Method != http.MethodOptions {
			if err := cop.Check(probe); err != nil {
				graphqlError(w, r, http.StatusForbidden, BadRequest, "cross-origin request refused: this origin is not in --cors-origins")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}
