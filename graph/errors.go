package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/orgraph/orgraph/org"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// ErrorPresenter is the one place where errors become what clients see: an
// org.Error anywhere in the chain shows its message and its code in
// extensions.code; gqlgen's own errors (syntax, validation, bad arguments)
// pass through; anything else is logged and shown as an INTERNAL "internal
// error", so that driver details never leak. gqlgen wraps every resolver
// error in a gqlerror.Error that carries the cause in Err: the wrapper gives
// the error its path, the cause decides what the client reads.
func ErrorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var ge *gqlerror.Error
		wrapped := errors.As(err, &ge)
		if wrapped && ge.Err == nil {
			return graphql.DefaultErrorPresenter(ctx, err)
		}
		out := &gqlerror.Error{Path: graphql.GetPath(ctx), Err: err}
		if wrapped {
			out.Path, out.Locations, out.Rule = ge.Path, ge.Locations, ge.Rule
		}
		var oe *org.Error
		code, msg := org.Internal, "internal error"
		if errors.As(err, &oe) {
			code, msg = oe.Code, oe.Message
		}
		if code == org.Internal || code == org.Unavailable {
			log.ErrorContext(ctx, "query failed", "code", code, "path", out.Path.String(), "err", err)
		}
		out.Message = msg
		out.Extensions = map[string]any{"code": string(code)}
		return out
	}
}

// Recover turns a resolver panic into an INTERNAL error; the server goes on.
func Recover(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "resolver panic", "panic", p)
		return org.Wrap(fmt.Errorf("panic: %v", p), org.Internal, "internal error")
	}
}
