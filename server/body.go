package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
)

// BadRequest is the extensions.code of a request that is not a GraphQL
// request at all: a body that is not one JSON object, or a content type
// that a browser could send across origins without asking first.
const BadRequest = "BAD_REQUEST"

// graphqlError answers with one GraphQL error of the given code, in the
// media type the client asked for. Its message is always one of ours: a bad
// request is never echoed.
func graphqlError(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	w.Header().Set("Content-Type", responseType(r))
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{"message": msg, "extensions": map[string]any{"code": code}}}})
}

// responseType is the media type of a GraphQL answer to r: the first of
// the two GraphQL-over-HTTP types that Accept lists, application/json when
// it lists neither (or any type), as gqlgen's transports decide.
func responseType(r *http.Request) string {
	for part := range strings.SplitSeq(r.Header.Get("Accept"), ",") {
		switch mt, _, _ := mime.ParseMediaType(strings.TrimSpace(part)); mt {
		case "application/graphql-response+json", "application/json":
			return mt
		case "*/*", "application/*":
			return "application/json"
		}
	}
	return "application/json"
}

// requestBody reads a POST body of at most limit bytes and checks that it
// is one JSON object of GraphQL parameters, answering 413 or 400 itself
// otherwise; gqlgen then reads the checked copy. gqlgen would otherwise
// read any size and put an undecodable body into its error message.
func requestBody(limit int64, next http.Handler) http.Handler {
	tooLarge := fmt.Sprintf("request body is larger than the limit of %d bytes", limit)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			next.ServeHTTP(w, r)
			return
		}
		if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
			// text/plain and form types are what a cross-site form may post.
			graphqlError(w, r, http.StatusUnsupportedMediaType, BadRequest, "POST /graphql needs Content-Type: application/json")
			return
		}
		if r.ContentLength > limit {
			w.Header().Set("Connection", "close")
			graphqlError(w, r, http.StatusRequestEntityTooLarge, LimitExceeded, tooLarge)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
		var tooBig *http.MaxBytesError
		switch {
		case errors.As(err, &tooBig):
			graphqlError(w, r, http.StatusRequestEntityTooLarge, LimitExceeded, tooLarge)
			return
		case err != nil:
			// A client that stops sending, or the server's read timeout.
			graphqlError(w, r, http.StatusBadRequest, BadRequest, "request body could not be read")
			return
		}
		if msg := checkParams(body); msg != "" {
			graphqlError(w, r, http.StatusBadRequest, BadRequest, msg)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// checkParams says what is wrong with a body, or "" if it decodes as
// gqlgen's request parameters.
func checkParams(body []byte) string {
	if b := bytes.TrimLeft(body, " \t\r\n"); len(b) > 0 && b[0] == '[' {
		return "batched requests (a JSON array) are not supported: send one operation per request"
	}
	var p struct {
		Query         string         `json:"query"`
		OperationName string         `json:"operationName"`
		Variables     map[string]any `json:"variables"`
		Extensions    map[string]any `json:"extensions"`
	}
	d := json.NewDecoder(bytes.NewReader(body))
	d.UseNumber()
	if err := d.Decode(&p); err != nil {
		return "request body is not a JSON object of GraphQL parameters (query, operationName, variables, extensions)"
	}
	return ""
}

// withTimeout gives each request a deadline that reaches the store through
// its context, so work stops when the deadline passes or the client goes.
func withTimeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
