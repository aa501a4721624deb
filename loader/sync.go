package loader

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/orgraph/orgraph/org"
)

// Target is a database the loader can bring in line with a dataset; the
// cypher store is one.
type Target interface {
	// EnsureSchema creates the constraints and indexes, idempotently.
	EnsureSchema(ctx context.Context) error
	// Snapshot reads back everything a previous load wrote.
	Snapshot(ctx context.Context) (*org.Dataset, error)
	// Replace makes the stored data equal ds in one transaction.
	Replace(ctx context.Context, ds *org.Dataset, progress func(done, total int)) error
}

// Change is one difference between what is stored and the new dataset.
type Change struct {
	Op   byte   // '+' create, '~' change, '-' delete
	What string // e.g. "person dai-shan", "REPORTS_TO xuan-de → dai-shan from 2022-01-06"
}

func (c Change) String() string { return fmt.Sprintf("%c %s", c.Op, c.What) }

// Diff lists what loading next over prev would create, change and delete.
// Facts are keyed by what identifies them (ids; a link's type, ends and
// start), so an edited note is a change while a moved date is a delete and
// a create.
func Diff(prev, next *org.Dataset) []Change {
	var out []Change
	out = diffBy(out, prev.Documents, next.Documents, func(d org.Document) string { return "document " + d.ID })
	out = diffBy(out, prev.People, next.People, func(p org.Person) string { return "person " + p.ID })
	out = diffBy(out, prev.Units, next.Units, func(u org.Unit) string { return "unit " + u.ID })
	out = diffBy(out, prev.Links, next.Links, linkKey)
	out = diffBy(out, prev.Events, next.Events, func(e org.Event) string { return "event " + e.ID })
	return out
}

func linkKey(l org.Link) string {
	k := fmt.Sprintf("%s %s → %s", l.Rel, l.From, l.To)
	if l.Title != "" {
		k += " as " + l.Title
	}
	if !l.Span.From.IsZero() {
		k += " from " + l.Span.From.String()
	}
	return k
}

func diffBy[T any](out []Change, prev, next []T, key func(T) string) []Change {
	old := map[string]string{}
	for _, v := range prev {
		old[key(v)] = canonical(v)
	}
	seen := map[string]bool{}
	for _, v := range next {
		k := key(v)
		seen[k] = true
		switch was, ok := old[k]; {
		case !ok:
			out = append(out, Change{'+', k})
		case was != canonical(v):
			out = append(out, Change{'~', k})
		}
	}
	for _, v := range prev {
		if k := key(v); !seen[k] {
			out = append(out, Change{'-', k})
		}
	}
	return out
}

// canonical renders a value so that a nil and an empty list compare equal,
// as a database does not tell them apart.
func canonical(v any) string { return fmt.Sprintf("%+v", v) }

// Sync brings target in line with ds: schema first, then one atomic
// replacement, skipped when nothing differs so that reloading the same
// dataset changes nothing. With dryRun it only reports. Progress and the
// changes go to w.
func Sync(ctx context.Context, target Target, ds *org.Dataset, dryRun bool, w io.Writer) ([]Change, error) {
	if !dryRun {
		if err := target.EnsureSchema(ctx); err != nil {
			return nil, err
		}
	}
	prev, err := target.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	changes := Diff(prev, ds)
	for _, c := range changes {
		fmt.Fprintln(w, c)
	}
	fmt.Fprintln(w, summary(changes, dryRun))
	if dryRun || len(changes) == 0 {
		return changes, nil
	}
	err = target.Replace(ctx, ds, func(done, total int) {
		fmt.Fprintf(w, "writing: %d/%d\n", done, total)
	})
	return changes, err
}

func summary(changes []Change, dryRun bool) string {
	if len(changes) == 0 {
		return "nothing to change: the database already holds this dataset"
	}
	count := map[byte]int{}
	for _, c := range changes {
		count[c.Op]++
	}
	verb := "applying"
	if dryRun {
		verb = "dry run, nothing written; would apply"
	}
	parts := []string{fmt.Sprintf("%d to create", count['+']), fmt.Sprintf("%d to change", count['~']), fmt.Sprintf("%d to delete", count['-'])}
	return fmt.Sprintf("%s: %s", verb, strings.Join(parts, ", "))
}
