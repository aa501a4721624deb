package cypher

import (
	"context"
	"crypto/rand"
	"slices"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"golang.org/x/sync/errgroup"

	"github.com/orgraph/orgraph/org"
)

// batchSize bounds the rows of one staging transaction: large enough that
// a load is few round trips, small enough that no transaction comes near
// Neo4j's memory limit, whatever the dataset's size.
const batchSize = 10000

// leaseSeconds is how long a load's lease lasts without renewal. Every
// transaction of a load renews it, so it only has to outlast the longest
// one (the switch); a crashed load blocks the next one at most this long.
const leaseSeconds = 120

// involves links an event to the people and units it concerns; it is not an
// org.Rel because the dataset keeps those ids on the event itself.
const involves = "INVOLVES"

// stageLinks is the staging statement of each relationship type and end
// label: static types and labels, so Neo4j seeks both ends by index.
var stageLinks = map[[2]string]statement{
	{string(org.ReportsTo), "OrgraphPerson"}: qStageReportsTo,
	{string(org.Heads), "OrgraphUnit"}:       qStageHeads,
	{string(org.PartOf), "OrgraphUnit"}:      qStagePartOf,
	{string(org.MergedInto), "OrgraphUnit"}:  qStageMergedInto,
	{string(org.SplitFrom), "OrgraphUnit"}:   qStageSplitFrom,
	{string(org.RenamedTo), "OrgraphUnit"}:   qStageRenamedTo,
	{involves, "OrgraphUnit"}:                qStageInvolvesUnit,
	{involves, "OrgraphPerson"}:              qStageInvolvesPerson,
	{citedIn, "OrgraphDocument"}:             qStageCitedIn,
}

// batch is one staging statement and n rows for it, written in a
// transaction of its own. The rows are built only when the batch is
// written, by the writer that writes it: a load then holds two batches'
// rows rather than the dataset's (at 100k people, hundreds of megabytes),
// and one writer builds while the other waits for Neo4j.
type batch struct {
	query statement
	n     int
	rows  func() []map[string]any
	links bool // the statement returns how many relationships it created
}

// plan is everything a load writes for a dataset, built only when the
// stored digest differs from the dataset's: a no-op reload needs only that.
type plan struct {
	batches []batch
	total   int // rows in all, for progress
}

// newPlan checks what would fail a load half-way (a relationship type
// orgraph does not know, a link to a node that is not in the dataset)
// before anything is written, and splits the rows into batches.
func newPlan(ds *org.Dataset) (*plan, error) {
	docs := make(map[string]org.Document, len(ds.Documents))
	for _, d := range ds.Documents {
		docs[d.ID] = d
	}
	ls, err := links(ds, docs)
	if err != nil {
		return nil, err
	}
	if err := checkEnds(ds, ls); err != nil {
		return nil, err
	}
	p := &plan{total: len(ds.Documents) + len(ds.People) + len(ds.Units) + len(ds.Events) + len(ls)}
	p.batches = append(p.batches, batches(qStageDocuments, ds.Documents, false, documentRows)...)
	p.batches = append(p.batches, batches(qStagePeople, ds.People, false, func(c []org.Person) []map[string]any { return personRows(c, docs) })...)
	p.batches = append(p.batches, batches(qStageUnits, ds.Units, false, func(c []org.Unit) []map[string]any { return unitRows(c, docs) })...)
	p.batches = append(p.batches, batches(qStageEvents, ds.Events, false, func(c []org.Event) []map[string]any { return eventRows(c, docs) })...)
	// Group the relationships by statement, keeping dataset order within each.
	grouped := map[statement][]link{}
	var order []statement
	for _, l := range ls {
		q := stageLinks[[2]string{l.rel, l.toLabel}]
		if _, ok := grouped[q]; !ok {
			order = append(order, q)
		}
		grouped[q] = append(grouped[q], l)
	}
	for _, q := range order {
		p.batches = append(p.batches, batches(q, grouped[q], true, linkRows)...)
	}
	return p, nil
}

// batches splits items into batches of batchSize for statement q, each
// building its rows with rows when it is written.
func batches[T any](q statement, items []T, links bool, rows func([]T) []map[string]any) []batch {
	var out []batch
	for chunk := range slices.Chunk(items, batchSize) {
		out = append(out, batch{q, len(chunk), func() []map[string]any { return rows(chunk) }, links})
	}
	return out
}

// checkEnds fails, naming the first such link, when a link's start or end
// is not a node of the dataset of the kind its type requires, before
// anything is written.
func checkEnds(ds *org.Dataset, links []link) error {
	nodes := map[[2]string]bool{}
	add := func(label, id string) { nodes[[2]string{label, id}] = true }
	for _, p := range ds.People {
		add("OrgraphPerson", p.ID)
	}
	for _, u := range ds.Units {
		add("OrgraphUnit", u.ID)
	}
	for _, e := range ds.Events {
		add("OrgraphEvent", e.ID)
	}
	for _, d := range ds.Documents {
		add("OrgraphDocument", d.ID)
	}
	for _, l := range links {
		if !nodes[[2]string{l.fromLabel, l.from}] || !nodes[[2]string{l.toLabel, l.to}] {
			return org.Errorf(org.Invalid, "cannot write %s link from %q to %q: a node does not exist", l.rel, l.from, l.to)
		}
	}
	return nil
}

// The steps of a load that Load reports to its progress function, with
// how far each has got: rows written of all rows, nodes and relationships
// deleted so far, or nothing.
const (
	stepReading   = "reading the stored data to compare"
	stepLeftovers = "deleting what an interrupted load left, nodes and relationships"
	stepWriting   = "writing"
	stepSwitching = "switching readers to the new data"
	stepDeleting  = "deleting the previous data, nodes and relationships"
)

// Replace makes the database's orgraph data equal to ds, atomically for
// readers: they see the previous data until it is all replaced at once. A
// failure leaves the previous data as it was. It calls progress, when not
// nil, as Load does. Running it twice changes nothing.
func (s *Store) Replace(ctx context.Context, ds *org.Dataset, progress func(step string, done, total int)) error {
	_, err := s.Load(ctx, ds, "", nil, progress)
	return err
}

// Load is Replace for `orgraph load`. It first takes the load lease on the
// :OrgraphMeta node, waiting while another load holds it, so concurrent
// loads run one after another, each seeing what the previous one committed.
// With a diff function, it then writes nothing when the stored digest says
// the database already holds ds; otherwise it calls diff with the stored
// data, read under the lease, and writes only when diff returns true.
// Without one it always writes. It reports whether it wrote. A non-empty
// source, the loader.Files digest of ds's files, is recorded with the data
// for Holds. It calls progress, when not nil, at each step and after each
// batch: "writing" with the rows written so far and in all, the deletions
// with the nodes and relationships deleted so far, the other steps once
// with zeros.
//
// Writing is staged: the new data is written in transactions of batchSize
// rows as nodes that only staging labels mark, invisible to every query;
// one transaction then retires the visible generation and promotes the
// staging one; the retired generation is deleted in batches afterwards.
// Each transaction renews the lease. Whatever a crashed load left behind,
// staging or retired, the next load deletes first.
func (s *Store) Load(ctx context.Context, ds *org.Dataset, source string, diff func(stored *org.Dataset) bool, progress func(step string, done, total int)) (bool, error) {
	if progress == nil {
		progress = func(string, int, int) {}
	}
	sum, key := datasetDigest(ds), sourceKey(source)
	l := &lease{s: s, token: rand.Text()}
	stored, storedKey, err := l.acquire(ctx)
	if err != nil {
		return false, err
	}
	defer l.release(context.WithoutCancel(ctx))
	if diff != nil && stored == sum {
		if key == nil || storedKey == key {
			return false, nil
		}
		// The same data from files written differently: record them, so
		// that the next load of these files stops at Holds.
		_, err := renewed(ctx, l, func(tx neo4j.ManagedTransaction) (struct{}, error) {
			_, err := run(ctx, tx, qLoadSetSource, map[string]any{"source": key})
			return struct{}{}, err
		})
		return false, err
	}
	if diff != nil {
		progress(stepReading, 0, 0)
		changed, err := s.changed(ctx, diff)
		if err != nil {
			return false, err
		}
		if !changed {
			// Same data written differently (e.g. in another order):
			// record the digest so the next load stops at the lock.
			_, err := renewed(ctx, l, func(tx neo4j.ManagedTransaction) (struct{}, error) {
				_, err := run(ctx, tx, qLoadSetDigest, map[string]any{"digest": sum, "source": key})
				return struct{}{}, err
			})
			return false, err
		}
	}
	// Built only now, after the stored data is no longer referenced: at
	// 100k people each is several hundred megabytes.
	p, err := newPlan(ds)
	if err != nil {
		return false, err
	}
	return true, p.write(ctx, l, sum, key, progress)
}

// changed reads the stored data and asks diff whether ds differs from it.
// Under the lease no other load changes the visible data, so the snapshot
// is what the switch replaces.
func (s *Store) changed(ctx context.Context, diff func(stored *org.Dataset) bool) (bool, error) {
	prev, err := s.Snapshot(ctx)
	if err != nil {
		return false, err
	}
	return diff(prev), nil
}

// writers is how many staging transactions run side by side, nodes first,
// then relationships. Measured on a 2-core machine: for nodes about 15%
// faster than one in interleaved runs at 10k people, within run-to-run
// noise at 100k; for relationships at 100k, in runs taken in the order
// one, two, two, one, the relationship phase took 85 and 64 s one at a
// time and 45 and 40 s two at a time. Relationship batches lock both ends
// of what they create, so two sharing a manager or document can deadlock;
// Neo4j then fails one with a transient error and ExecuteWrite runs that
// batch again, which costs less than the waiting saves.
const writers = 2

// write stages p, switches generations and deletes the retired one.
func (p *plan) write(ctx context.Context, l *lease, digest string, source any, progress func(step string, done, total int)) error {
	if err := l.deleteHidden(ctx, stepLeftovers, progress); err != nil {
		return err
	}
	var mu sync.Mutex
	done := 0
	stage := func(b batch) error {
		if err := l.stage(ctx, b); err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		done += b.n
		progress(stepWriting, done, p.total)
		return nil
	}
	nodes := slices.IndexFunc(p.batches, func(b batch) bool { return b.links })
	if nodes < 0 {
		nodes = len(p.batches)
	}
	// Relationships only once every node is staged: their ends must exist.
	if err := inParallel(ctx, p.batches[:nodes], stage); err != nil {
		return err
	}
	if err := inParallel(ctx, p.batches[nodes:], stage); err != nil {
		return err
	}
	progress(stepSwitching, 0, 0)
	_, err := renewed(ctx, l, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		for _, q := range []statement{qSwitchRetire, qSwitchPromote} {
			if _, err := run(ctx, tx, q, nil); err != nil {
				return struct{}{}, err
			}
		}
		_, err := run(ctx, tx, qLoadSetDigest, map[string]any{"digest": digest, "source": source})
		return struct{}{}, err
	})
	if err != nil {
		return err
	}
	// The new data is visible, so the load has succeeded: what is left is
	// invisible garbage that the next load deletes first. Reporting a
	// failure to delete it as the load's would tell the user that nothing
	// was written when everything was.
	_ = l.deleteHidden(ctx, stepDeleting, progress)
	return nil
}

// inParallel stages batches, writers at a time; after a failure it starts
// no more and returns the first error.
func inParallel(ctx context.Context, batches []batch, stage func(batch) error) error {
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(writers)
	for _, b := range batches {
		g.Go(func() error {
			if gctx.Err() != nil {
				return nil
			}
			return stage(b)
		})
	}
	return g.Wait()
}

// stage writes one batch in a transaction of its own. It renews the lease
// after the batch, just before the commit, rather than first as renewed
// does: the renewal holds the :OrgraphMeta node's lock until the commit,
// and taken first it would make the writers wait for each other.
func (l *lease) stage(ctx context.Context, b batch) error {
	rows := b.rows()
	_, err := writeTx(ctx, l.s, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		recs, err := run(ctx, tx, b.query, map[string]any{"rows": rows})
		if err != nil {
			return struct{}{}, err
		}
		// Renewed before the count is checked: a load that took the lease
		// over has deleted this one's staging nodes, and that, not a
		// missing end, is what to report then.
		if err := l.renew(ctx, tx); err != nil {
			return struct{}{}, err
		}
		if b.links {
			if n, _ := recs[0].Get("created"); n != int64(len(rows)) {
				// checkEnds makes this unreachable unless the staging
				// generation was tampered with; never switch to it then.
				return struct{}{}, org.Errorf(org.Internal, "staged %v of %d %s relationships", n, len(rows), rows[0]["rel"])
			}
		}
		return struct{}{}, nil
	})
	return err
}

// lease is one load's hold on the load lock: a token and an expiry on the
// :OrgraphMeta node, taken and renewed under that node's write lock.
type lease struct {
	s     *Store
	token string
}

// acquire waits until the lease is free (or expired), takes it, and
// returns the digest of the stored dataset and the key of its files.
func (l *lease) acquire(ctx context.Context) (string, any, error) {
	params := map[string]any{"token": l.token, "seconds": leaseSeconds}
	for {
		recs, err := writeTx(ctx, l.s, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
			if _, err := run(ctx, tx, qLoadLock, nil); err != nil {
				return nil, err
			}
			return run(ctx, tx, qLoadAcquire, params)
		})
		if err != nil {
			return "", nil, err
		}
		if len(recs) > 0 {
			digest, _ := recs[0].Get("digest")
			source, _ := recs[0].Get("source")
			s, _ := digest.(string)
			return s, source, nil
		}
		select {
		case <-ctx.Done():
			return "", nil, org.Wrap(ctx.Err(), org.Unavailable, "waiting for another load to finish")
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// release gives the lease up; if it fails, the lease expires.
func (l *lease) release(ctx context.Context) {
	_, _ = writeTx(ctx, l.s, func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		return run(ctx, tx, qLoadRelease, map[string]any{"token": l.token})
	})
}

// renewed runs work in a write transaction that first renews l, and fails
// without running it if another load has taken the lease over.
func renewed[T any](ctx context.Context, l *lease, work neo4j.ManagedTransactionWorkT[T]) (T, error) {
	return writeTx(ctx, l.s, func(tx neo4j.ManagedTransaction) (T, error) {
		if err := l.renew(ctx, tx); err != nil {
			var zero T
			return zero, err
		}
		return work(tx)
	})
}

// renew extends l inside tx under the :OrgraphMeta node's write lock, held
// until tx ends, and fails if another load has taken the lease over: then
// tx must not commit.
func (l *lease) renew(ctx context.Context, tx neo4j.ManagedTransaction) error {
	if _, err := run(ctx, tx, qLoadLock, nil); err != nil {
		return err
	}
	recs, err := run(ctx, tx, qLoadRenew, map[string]any{"token": l.token, "seconds": leaseSeconds})
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return org.Errorf(org.Unavailable, "load abandoned: another load took the load lock over after %d s without renewal; nothing of this load became visible", leaseSeconds)
	}
	return nil
}

// deleteHidden deletes the staging and retired generations in batches (the
// key nodes of earlier versions first), their relationships, then the
// nodes, so that no transaction deletes more than batchSize of anything (a
// node's relationships came with it when it was deleted whole, and a
// document cited by every fact made one transaction outgrow Neo4j's
// memory). It reports step to progress after each batch that deleted
// something, with the count so far.
func (l *lease) deleteHidden(ctx context.Context, step string, progress func(step string, done, total int)) error {
	deleted := 0
	for _, q := range []statement{qDeleteLegacyKeys, qDeleteGenerationLinks, qDeleteGeneration} {
		for {
			n, err := renewed(ctx, l, func(tx neo4j.ManagedTransaction) (int64, error) {
				recs, err := run(ctx, tx, q, map[string]any{"limit": batchSize})
				if err != nil {
					return 0, err
				}
				n, _ := recs[0].Get("deleted")
				return n.(int64), nil
			})
			if err != nil {
				return err
			}
			if n == 0 {
				break
			}
			deleted += int(n)
			progress(step, deleted, 0)
		}
	}
	return nil
}
