package synth

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/orgraph/orgraph/org"
)

// keyOf is each relationship's list key in the dataset format, which is also
// the name of the files that hold it.
var keyOf = map[org.Rel]string{
	org.ReportsTo: "reports_to", org.Heads: "heads", org.PartOf: "part_of",
	org.MergedInto: "merged_into", org.SplitFrom: "split_from", org.RenamedTo: "renamed_to",
}

// Summary counts what Write wrote.
type Summary struct {
	Documents, People, Units, Links, Events, Files int
}

// Write generates the dataset for opt into dir as it goes, in files of at
// most opt.ChunkSize records named after their list (people-0001.yaml,
// reports_to-0001.yaml, ...), so memory stays proportional to the people,
// not to the facts. dir is created if needed and must hold no dataset files.
// When ctx is done Write stops, at the next year or file, and returns ctx's
// error; the files already written are left as a partial dataset.
func Write(ctx context.Context, dir string, opt Options) (Summary, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return Summary{}, err
	}
	return writeTo(ctx, dir, opt.ChunkSize, func(w *writer) error { return run(ctx, opt, w) })
}

// WriteDataset writes ds into dir as Write writes a generated dataset, in
// the same files, chunk records a file, so that a dataset Generate made and
// then edited (the bench's edited reload) reads back as fast as Write's
// output; chunk is as Options.ChunkSize. It writes the fields Write's records have: a document's id,
// language, outlet, date, title and note; a person's or unit's id, name,
// kind, aliases and sources; a fact's ends, title, dates, inferred flag and
// sources; an event's id, date, title, units, people and sources.
func WriteDataset(ctx context.Context, dir string, ds *org.Dataset, chunk int) (Summary, error) {
	chunk, err := chunkSize(chunk)
	if err != nil {
		return Summary{}, err
	}
	return writeTo(ctx, dir, chunk, func(w *writer) error {
		for _, d := range ds.Documents {
			w.document(d)
		}
		for _, p := range ds.People {
			w.person(p)
		}
		for _, u := range ds.Units {
			w.unit(u)
		}
		for _, l := range ds.Links {
			w.link(l)
		}
		for _, e := range ds.Events {
			w.event(e)
		}
		return nil
	})
}

// writeTo runs fill on a writer into dir, chunk records a file, and closes
// its files.
func writeTo(ctx context.Context, dir string, chunk int, fill func(*writer) error) (Summary, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Summary{}, err
	}
	// Stale files would be read together with the new ones as one dataset.
	existing, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
	yml, _ := filepath.Glob(filepath.Join(dir, "*.yml"))
	if existing = append(existing, yml...); len(existing) > 0 {
		return Summary{}, fmt.Errorf("synth: %s already holds dataset files (%s); write into an empty directory", dir, filepath.Base(existing[0]))
	}
	w := &writer{ctx: ctx, dir: dir, chunk: chunk, files: map[string]*chunked{}}
	err := errors.Join(fill(w), w.err)
	for _, f := range w.files {
		err = errors.Join(err, f.close())
	}
	if err != nil && ctx.Err() != nil {
		return w.sum, fmt.Errorf("synth: stopped; %s holds a partial dataset: %w", dir, ctx.Err())
	}
	return w.sum, err
}

// writer is the sink that streams records to chunked YAML files. Each record
// is one flow-style line; strings are double-quoted, which YAML reads back
// exactly as Go's strconv.Quote writes them.
type writer struct {
	ctx   context.Context // checked at each new file, so the first year's and the final facts stop too
	dir   string
	chunk int
	files map[string]*chunked
	buf   []byte
	sum   Summary
	err   error
}

// chunked is the open file of one list.
type chunked struct {
	key   string
	n     int // files so far
	count int // records in the current file
	f     *os.File
	w     *bufio.Writer
}

func (c *chunked) close() error {
	if c.f == nil {
		return nil
	}
	err := errors.Join(c.w.Flush(), c.f.Close())
	c.f = nil
	return err
}

// put writes one record line (without the list item's "  - ") under key.
func (w *writer) put(key string, rec []byte) {
	if w.err != nil {
		return
	}
	c := w.files[key]
	if c == nil {
		c = &chunked{key: key}
		w.files[key] = c
	}
	if c.f == nil || c.count == w.chunk {
		if w.err = errors.Join(w.ctx.Err(), c.close()); w.err != nil {
			return
		}
		c.n++
		c.count = 0
		name := filepath.Join(w.dir, fmt.Sprintf("%s-%04d.yaml", key, c.n))
		if c.f, w.err = os.Create(name); w.err != nil {
			return
		}
		w.sum.Files++
		c.w = bufio.NewWriterSize(c.f, 1<<16)
		c.w.WriteString("# Synthetic data written by orgraph gen.\n" + key + ":\n")
	}
	c.count++
	c.w.WriteString("  - ")
	c.w.Write(rec)
	c.w.WriteByte('\n')
}

func (w *writer) document(d org.Document) {
	b := field(w.buf[:0], "{id", d.ID, false)
	b = field(b, "language", d.Language, true)
	b = field(b, "outlet", d.Outlet, true)
	b = date(b, "published", d.Published.Date())
	b = field(b, "title", d.Title, true)
	b = field(b, "note", d.Note, true)
	w.buf = append(b, '}')
	w.put("documents", w.buf)
	w.sum.Documents++
}

func (w *writer) person(p org.Person) {
	w.buf = entity(w.buf[:0], p.ID, p.Name, "", p.Aliases, p.Sources)
	w.put("people", w.buf)
	w.sum.People++
}

func (w *writer) unit(u org.Unit) {
	w.buf = entity(w.buf[:0], u.ID, u.Name, u.Kind, u.Aliases, u.Sources)
	w.put("units", w.buf)
	w.sum.Units++
}

func (w *writer) link(l org.Link) {
	var b []byte
	switch l.Rel {
	case org.ReportsTo:
		b = field(field(w.buf[:0], "{person", l.From, false), "manager", l.To, false)
	case org.Heads:
		b = field(field(w.buf[:0], "{person", l.From, false), "unit", l.To, false)
		b = field(b, "title", l.Title, true)
	case org.PartOf:
		b = field(field(w.buf[:0], "{unit", l.From, false), "parent", l.To, false)
	default:
		b = field(field(w.buf[:0], "{unit", l.From, false), "target", l.To, false)
	}
	if l.Rel.IsLineage() {
		b = date(b, "date", l.Span.From.Date())
	} else {
		b = date(b, "from", l.Span.From.Date())
		b = date(b, "to", l.Span.To.Date())
	}
	if l.Inferred {
		b = append(b, ", inferred: true"...)
	}
	w.buf = append(sources(b, l.Sources), '}')
	w.put(keyOf[l.Rel], w.buf)
	w.sum.Links++
}

func (w *writer) event(e org.Event) {
	b := field(w.buf[:0], "{id", e.ID, false)
	b = date(b, "date", e.Date.Date())
	b = field(b, "title", e.Title, true)
	b = list(b, "units", e.UnitIDs)
	b = list(b, "people", e.PersonIDs)
	w.buf = append(sources(b, e.Sources), '}')
	w.put("events", w.buf)
	w.sum.Events++
}

func entity(b []byte, id, name, kind string, aliases []string, srcs []org.Source) []byte {
	b = field(b, "{id", id, false)
	b = field(b, "name", name, true)
	b = field(b, "kind", kind, true)
	b = list(b, "aliases", aliases)
	return append(sources(b, srcs), '}')
}

// field appends ", key: value", leaving out empty values; ids need no quotes.
func field(b []byte, key, v string, quote bool) []byte {
	if v == "" {
		return b
	}
	if key[0] != '{' {
		b = append(b, ", "...)
	}
	b = append(append(b, key...), ": "...)
	if quote {
		return strconv.AppendQuote(b, v)
	}
	return append(b, v...)
}

// date appends `, key: "2017-12"` at d's precision, or nothing when d is
// unknown; it is org.Date.String without fmt, which a million people notice.
func date(b []byte, key string, d org.Date) []byte {
	if d.IsZero() {
		return b
	}
	b = append(append(append(b, ", "...), key...), `: "`...)
	b = appendPadded(b, d.Year, 4)
	if d.Month > 0 {
		b = appendPadded(append(b, '-'), d.Month, 2)
	}
	if d.Day > 0 {
		b = appendPadded(append(b, '-'), d.Day, 2)
	}
	return append(b, '"')
}

func appendPadded(b []byte, n, width int) []byte {
	for w := 10; width > 1; width, w = width-1, w*10 {
		if n < w {
			b = append(b, '0')
		}
	}
	return strconv.AppendInt(b, int64(n), 10)
}

func list(b []byte, key string, vs []string) []byte {
	if len(vs) == 0 {
		return b
	}
	b = append(append(b, ", "...), key...)
	for i, v := range vs {
		if i == 0 {
			b = append(b, ": ["...)
		} else {
			b = append(b, ", "...)
		}
		b = strconv.AppendQuote(b, v)
	}
	return append(b, ']')
}

func sources(b []byte, srcs []org.Source) []byte {
	b = append(b, ", sources: ["...)
	for i, s := range srcs {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = field(b, "{doc", s.Document, false)
		b = append(field(b, "note", s.Note, true), '}')
	}
	return append(b, ']')
}
