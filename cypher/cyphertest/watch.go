package cyphertest

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Statement is one Cypher statement that a watched driver ran.
type Statement struct {
	Text   string // as the caller wrote it, without the PROFILE that Profile adds
	Params map[string]any
	// Tx numbers the transaction it ran in, from 1 per watched driver, so
	// that statements of one transaction share it. A retried transaction
	// gets a new number.
	Tx int64
	// Summary is the statement's result summary, with its profiled plan
	// when the driver profiles; nil when the statement failed.
	Summary neo4j.ResultSummary
}

// Watch wraps d so that every statement run in a managed transaction of
// its sessions (ExecuteRead, ExecuteWrite: the only routing-safe calls,
// hence the only ones orgraph makes) is reported to hook once it has run.
// The statement's records are read in full to get its summary and then
// handed to the caller again. hook may be called from several goroutines
// at once: a GraphQL request runs its loaders concurrently.
func Watch(d neo4j.DriverWithContext, hook func(Statement)) neo4j.DriverWithContext {
	return &watcher{DriverWithContext: d, hook: hook}
}

// Profile is Watch with every statement run as PROFILE, so that each
// Summary holds the statement's plan with its database hits (see DBHits).
func Profile(d neo4j.DriverWithContext, hook func(Statement)) neo4j.DriverWithContext {
	return &watcher{DriverWithContext: d, hook: hook, profile: true}
}

// DBHits sums the database hits of a profiled statement's plan: zero when
// it was not profiled.
func DBHits(sum neo4j.ResultSummary) int64 {
	if sum == nil || sum.Profile() == nil {
		return 0
	}
	return planHits(sum.Profile())
}

func planHits(p neo4j.ProfiledPlan) int64 {
	n := p.DbHits()
	for _, c := range p.Children() {
		n += planHits(c)
	}
	return n
}

// Log collects the statements a watched driver runs: its Add is the hook.
// It is safe for concurrent use.
type Log struct {
	mu  sync.Mutex
	ran []Statement
}

// Add records s.
func (l *Log) Add(s Statement) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ran = append(l.ran, s)
}

// Take returns the statements recorded since the last Take, oldest
// first, and forgets them.
func (l *Log) Take() []Statement {
	l.mu.Lock()
	defer l.mu.Unlock()
	ran := l.ran
	l.ran = nil
	return ran
}

// The wrappers embed the driver's interfaces, which satisfies their
// unexported methods; only the calls that lead to a statement are
// intercepted.
type watcher struct {
	neo4j.DriverWithContext
	hook    func(Statement)
	profile bool
	txs     atomic.Int64
}

func (w *watcher) NewSession(ctx context.Context, cfg neo4j.SessionConfig) neo4j.SessionWithContext {
	return watchedSession{w.DriverWithContext.NewSession(ctx, cfg), w}
}

type watchedSession struct {
	neo4j.SessionWithContext
	w *watcher
}

func (s watchedSession) ExecuteRead(ctx context.Context, work neo4j.ManagedTransactionWork, cfg ...func(*neo4j.TransactionConfig)) (any, error) {
	return s.SessionWithContext.ExecuteRead(ctx, s.wrap(work), cfg...)
}

func (s watchedSession) ExecuteWrite(ctx context.Context, work neo4j.ManagedTransactionWork, cfg ...func(*neo4j.TransactionConfig)) (any, error) {
	return s.SessionWithContext.ExecuteWrite(ctx, s.wrap(work), cfg...)
}

func (s watchedSession) wrap(work neo4j.ManagedTransactionWork) neo4j.ManagedTransactionWork {
	return func(tx neo4j.ManagedTransaction) (any, error) {
		return work(watchedTx{tx, s.w, s.w.txs.Add(1)})
	}
}

type watchedTx struct {
	neo4j.ManagedTransaction
	w  *watcher
	tx int64
}

// Run runs the statement (as PROFILE when profiling), reads its whole
// result to get the summary, reports it, and hands the caller a result
// that replays the records.
func (t watchedTx) Run(ctx context.Context, stmt string, params map[string]any) (neo4j.ResultWithContext, error) {
	s := Statement{Text: stmt, Params: params, Tx: t.tx}
	defer func() { t.w.hook(s) }()
	text := stmt
	if t.w.profile {
		text = "PROFILE " + stmt
	}
	res, err := t.ManagedTransaction.Run(ctx, text, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	s.Summary = sum
	return &replay{ResultWithContext: res, recs: recs, sum: sum}, nil
}

// replay is a consumed result whose records are served again; its other
// methods are the consumed result's.
type replay struct {
	neo4j.ResultWithContext
	recs []*neo4j.Record
	i    int
	cur  *neo4j.Record
	sum  neo4j.ResultSummary
}

func (r *replay) Next(context.Context) bool {
	if r.i >= len(r.recs) {
		r.cur = nil
		return false
	}
	r.cur = r.recs[r.i]
	r.i++
	return true
}

func (r *replay) NextRecord(ctx context.Context, rec **neo4j.Record) bool {
	ok := r.Next(ctx)
	*rec = r.cur
	return ok
}

func (r *replay) Record() *neo4j.Record { return r.cur }

func (r *replay) Err() error { return nil }

func (r *replay) Collect(context.Context) ([]*neo4j.Record, error) {
	rest := r.recs[r.i:]
	r.i = len(r.recs)
	return rest, nil
}

func (r *replay) Single(ctx context.Context) (*neo4j.Record, error) {
	rest, _ := r.Collect(ctx)
	if len(rest) != 1 {
		return nil, &neo4j.UsageError{Message: "result does not hold exactly one record"}
	}
	return rest[0], nil
}

func (r *replay) Consume(context.Context) (neo4j.ResultSummary, error) { return r.sum, nil }
