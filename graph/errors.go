package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/orgraph/orgraph/org"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// ErrorPresenter is the one place where errors become what clients see: an
// org.Error anywhere in the chain shows its message and its code in
// extensions.code; gqlgen's own errors (syntax, validation, bad arguments)
// pass through, what they quote clipped; anything else is logged and shown as an INTERNAL "internal
// error", so that driver details never leak. gqlgen wraps every resolver
// error in a gqlerror.Error that carries the cause in Err: the wrapper gives
// the error its path, the cause decides what the client reads.
func ErrorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var ge *gqlerror.Error
		wrapped := errors.As(err, &ge)
		if wrapped && ge.Err == nil {
			// gqlgen's own errors quote what the client sent (a name, a
			// literal); a copy with the quotes clipped keeps the meaning
			// without echoing a 200 KB request back.
			out := *graphql.DefaultErrorPresenter(ctx, err)
			out.Message = clipMessage(out.Message)
			return &out
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

// clipMessage shortens each quoted part of msg to quoteRunes and the whole
// message to messageRunes, marking every cut with "…".
func clipMessage(msg string) string {
	const quoteRunes, messageRunes = 40, 200
	var b strings.Builder
	for i, part := range strings.Split(msg, `"`) {
		if i > 0 {
			b.WriteByte('"')
		}
		if r := []rune(part); i%2 == 1 && len(r) > quoteRunes {
			part = string(r[:quoteRunes]) + "…"
		}
		b.WriteString(part)
	}
	if r := []rune(b.String()); len(r) > messageRunes {
		return string(r[:messageRunes]) + "…"
	}
	return b.String()
}

// Recover turns a resolver panic into an INTERNAL error; the server goes on.
func Recover(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "resolver panic", "panic", p)
		return org.Wrap(fmt.Errorf("panic: %v", p), org.Internal, "internal error")
	}
}
