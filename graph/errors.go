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
// org.Error shows its message and its code in extensions.code; gqlgen's own
// errors (syntax, validation) pass through; anything else is logged and
// shown as an INTERNAL error so that driver details never leak.
func ErrorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var oe *org.Error
		var ge *gqlerror.Error
		switch {
		case errors.As(err, &oe):
			if oe.Code == org.Internal || oe.Code == org.Unavailable {
				log.ErrorContext(ctx, "query failed", "code", oe.Code, "err", err)
			}
			return withCode(ctx, oe.Message, oe.Code)
		case errors.As(err, &ge):
			return graphql.DefaultErrorPresenter(ctx, err)
		}
		log.ErrorContext(ctx, "query failed", "err", err)
		return withCode(ctx, "internal error", org.Internal)
	}
}

func withCode(ctx context.Context, msg string, code org.Code) *gqlerror.Error {
	e := gqlerror.ErrorPathf(graphql.GetPath(ctx), "%s", msg)
	e.Extensions = map[string]any{"code": string(code)}
	return e
}

// Recover turns a resolver panic into an INTERNAL error; the server goes on.
func Recover(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "resolver panic", "panic", p)
		return org.Wrap(fmt.Errorf("panic: %v", p), org.Internal, "internal error")
	}
}
