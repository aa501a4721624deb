package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// gqlgen runs each resolver field of an object, beyond the first, and each
// element of a list in a goroutine of its own, so that those waiting on I/O
// overlap. Where nothing waits, the goroutines only cost their start and
// their stacks' growth, since every new goroutine grows its stack again
// down gqlgen's deep call chains. There both run in place, one after
// another; the generated code calls the functions below instead of
// gqlgen's (graph/internal/inplace does the rewrite when `go generate`
// runs). Nothing waits
//   - for a store that answers from memory: at 100,000 people, stack growth
//     alone was a fifth of the server's CPU on roles and managers three
//     levels deep, once lists no longer spawned;
//   - below a root field the prefetch planner has loaded whole (person,
//     unit, events; see planner.run): every field there finds its answer
//     in the loaders. On Neo4j at 100,000 people, stack growth was a tenth
//     of the server's CPU on the bench's (b) and (d); in place there, p50
//     was 2–5% lower on (a)–(f) and throughput at concurrency 16 up to 7%
//     higher, in three interleaved runs.
// Elsewhere on Neo4j the goroutines stay: below changes, documents or
// lists of people, each field fetches what it needs, and those round trips
// should overlap. So do the root fields themselves: each is a lookup of
// its own.
//
// Lists alone, measured at 100,000 people in memory, requests to both
// builds interleaved, three runs: direct reports of direct reports p50
// 24–27% lower and p99 25–53% lower (2.5 → 1.5 ms), direct reports p50
// 11–14% lower, roles and managers three levels deep unchanged (its lists
// are short).

// inPlace reports whether the field or list element about to be resolved
// under ctx has nothing to wait for.
func inPlace(ctx context.Context) bool {
	l, _ := ctx.Value(loadersKey{}).(*loaders)
	if l == nil {
		return false
	}
	if l.direct {
		return true
	}
	rc := graphql.GetRootFieldContext(ctx)
	if rc == nil {
		return false
	}
	_, ok := l.planned.Load(rc)
	return ok
}

// concurrently stands for fs.Concurrently(i, f): in place, it resolves the
// field now, which is all Dispatch would do with it later, as nothing
// observes fs's results one by one (only @defer's field sets, which are
// not rewritten, do).
func concurrently(ctx context.Context, fs *graphql.FieldSet, i int, f func(context.Context) graphql.Marshaler) {
	if !inPlace(ctx) {
		fs.Concurrently(i, f)
		return
	}
	fs.Values[i] = f(ctx)
}

// marshalList stands for graphql.MarshalSliceConcurrently, with its
// arguments.
func marshalList(ctx context.Context, n int, workerLimit int64, omitPanicHandler bool, marshal func(context.Context, int) graphql.Marshaler) graphql.Array {
	if !inPlace(ctx) {
		return graphql.MarshalSliceConcurrently(ctx, n, workerLimit, omitPanicHandler, marshal)
	}
	ret := make(graphql.Array, n)
	for i := range n {
		if !marshalElement(ctx, ret, i, omitPanicHandler, marshal) {
			return nil
		}
	}
	return ret
}

// marshalElement sets ret[i]. Like gqlgen's own, it turns a panic into an
// error at the element's path and a null list, and the request goes on.
func marshalElement(ctx context.Context, ret graphql.Array, i int, omitPanicHandler bool, marshal func(context.Context, int) graphql.Marshaler) (ok bool) {
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &i})
	if !omitPanicHandler {
		defer func() {
			if r := recover(); r != nil {
				graphql.AddError(ctx, graphql.Recover(ctx, r))
				ok = false
			}
		}()
	}
	ret[i] = marshal(ctx, i)
	return true
}

// deferredPath stands for graphql.GetPath(ctx) as the path of an object's
// @defer group. gqlgen builds that path for every object it marshals and
// drops it unless a fragment of the object is deferred. In memory at
// 100,000 people, building it was 7–11% of a request's allocations on the
// bench's (a)–(d) (direct reports of direct reports: 956 → 853), and p50
// over HTTP was 2–5% lower without it in two interleaved runs.
func deferredPath(ctx context.Context, defers map[string]*graphql.FieldSetView) ast.Path {
	if len(defers) == 0 {
		return nil
	}
	return graphql.GetPath(ctx)
}
