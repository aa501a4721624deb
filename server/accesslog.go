package server

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// recorder notes the status and size of an answer for the access log.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection underneath.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// opNameKey carries, in a request's context, where gqlgen's operation hook
// writes the GraphQL operation name for the access log.
type opNameKey struct{}

// noteOperation is a gqlgen operation hook that hands the operation name
// to the access log.
func noteOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if p, ok := ctx.Value(opNameKey{}).(*string); ok {
		oc := graphql.GetOperationContext(ctx)
		*p = oc.OperationName
		if *p == "" && oc.Operation != nil {
			*p = oc.Operation.Name
		}
	}
	return next(ctx)
}

// accessLog logs one structured line per request: method, path, status,
// duration, bytes written and, for GraphQL, the operation name. Health
// probes log at debug level, everything else at info.
func accessLog(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		var op string
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r.WithContext(context.WithValue(r.Context(), opNameKey{}, &op)))
		level := slog.LevelInfo
		if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" {
			level = slog.LevelDebug
		}
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		attrs := []slog.Attr{
			slog.String("method", r.Method), slog.String("path", r.URL.Path), slog.Int("status", rec.status),
			slog.Duration("duration", time.Since(start)), slog.Int64("bytes", rec.bytes),
		}
		if op != "" {
			attrs = append(attrs, slog.String("operation", truncate(op)))
		}
		log.LogAttrs(r.Context(), level, "request", attrs...)
	})
}
