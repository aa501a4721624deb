package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/server"
)

// profiler counts the Cypher statements run through a wrapped driver and
// sums their PROFILE database hits. Embedding the driver's interfaces in
// the wrappers satisfies their unexported methods; only the calls orgraph
// makes (NewSession, ExecuteRead/ExecuteWrite, tx.Run) are intercepted.
type profiler struct {
	mu         sync.Mutex
	statements int
	dbHits     int64
}

func (p *profiler) reset() (int, int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	s, h := p.statements, p.dbHits
	p.statements, p.dbHits = 0, 0
	return s, h
}

type profDriver struct {
	neo4j.DriverWithContext
	p *profiler
}

func (d profDriver) NewSession(ctx context.Context, cfg neo4j.SessionConfig) neo4j.SessionWithContext {
	return profSession{d.DriverWithContext.NewSession(ctx, cfg), d.p}
}

type profSession struct {
	neo4j.SessionWithContext
	p *profiler
}

func (s profSession) ExecuteRead(ctx context.Context, work neo4j.ManagedTransactionWork, cfg ...func(*neo4j.TransactionConfig)) (any, error) {
	return s.SessionWithContext.ExecuteRead(ctx, s.wrap(work), cfg...)
}

func (s profSession) ExecuteWrite(ctx context.Context, work neo4j.ManagedTransactionWork, cfg ...func(*neo4j.TransactionConfig)) (any, error) {
	return s.SessionWithContext.ExecuteWrite(ctx, s.wrap(work), cfg...)
}

func (s profSession) wrap(work neo4j.ManagedTransactionWork) neo4j.ManagedTransactionWork {
	return func(tx neo4j.ManagedTransaction) (any, error) { return work(profTx{tx, s.p}) }
}

type profTx struct {
	neo4j.ManagedTransaction
	p *profiler
}

// Run prefixes PROFILE, reads the whole result to get the profile, and
// hands the caller a result that replays the records.
func (t profTx) Run(ctx context.Context, stmt string, params map[string]any) (neo4j.ResultWithContext, error) {
	res, err := t.ManagedTransaction.Run(ctx, "PROFILE "+stmt, params)
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
	t.p.mu.Lock()
	t.p.statements++
	if sum.Profile() != nil {
		t.p.dbHits += planHits(sum.Profile())
	}
	t.p.mu.Unlock()
	return &replay{ResultWithContext: res, recs: recs, sum: sum}, nil
}

func planHits(p neo4j.ProfiledPlan) int64 {
	n := p.DbHits()
	for _, c := range p.Children() {
		n += planHits(c)
	}
	return n
}

// replay is a consumed result whose records are served again.
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

// trips is one question's Cypher cost per GraphQL request on orgraph-neo4j,
// and its raw by-id Cypher's hits for comparison.
type trips struct {
	Requests             int
	MinStmts, MaxStmts   int
	Stmts, Hits, RawHits float64 // means per request
	MinSize, MaxSize     int
	PeerStmts, PeerHits  float64 // means per request; zero when not measured
}

// profileQuestion runs q's GraphQL in-process on a profiling cypher.Store
// for the first n items, and PROFILEs the raw by-id Cypher for the same.
func profileQuestion(ctx context.Context, driver neo4j.DriverWithContext, q question, items []item, n int) trips {
	p := &profiler{}
	store := cypher.New(profDriver{driver, p}, "neo4j")
	// As orgraph serve does at start: the search index is built once, before
	// any request, so a request's statements are its own.
	_ = store.WarmSearch(ctx)
	p.reset()
	h := server.New(store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	raw := cypherSystem{driver: profDriver{driver, p}, byID: true}
	t := trips{MinStmts: 1 << 30, MinSize: 1 << 30}
	for _, it := range items[:min(n, len(items))] {
		body, _ := json.Marshal(map[string]any{"query": q.Graphql, "variables": it.vars(q.OrgVars)})
		rec := httptest.NewRecorder()
		req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(rec, req)
		stmts, hits := p.reset()
		var out struct{ Data any }
		_ = json.Unmarshal(rec.Body.Bytes(), &out)
		size := countLists(out.Data, q.OrgCount)
		t.Requests++
		t.Stmts += float64(stmts)
		t.Hits += float64(hits)
		t.MinStmts, t.MaxStmts = min(t.MinStmts, stmts), max(t.MaxStmts, stmts)
		t.MinSize, t.MaxSize = min(t.MinSize, size), max(t.MaxSize, size)
		if raw.Can(q) {
			_, _ = raw.Ask(ctx, q, it)
			_, rawHits := p.reset()
			t.RawHits += float64(rawHits)
		}
	}
	if t.Requests > 0 {
		t.Stmts /= float64(t.Requests)
		t.Hits /= float64(t.Requests)
		t.RawHits /= float64(t.Requests)
	}
	return t
}

// profilePeer runs q's peer query on a peer started with PEER_PROFILE_PORT
// for the first n items and returns its mean statements and db hits per
// request, read from the peer's stats endpoint.
func profilePeer(ctx context.Context, url, statsURL string, q question, items []item, n int) (stmts, hits float64, err error) {
	stats := func() (s struct{ Statements, DbHits float64 }, err error) {
		resp, err := httpClient.Get(statsURL)
		if err != nil {
			return s, err
		}
		defer resp.Body.Close()
		return s, json.NewDecoder(resp.Body).Decode(&s)
	}
	if _, err := stats(); err != nil {
		return 0, 0, err
	}
	count := 0
	for _, it := range items[:min(n, len(items))] {
		if _, err := postGraphQL(ctx, url, q.Peer, it.vars(q.PeerVars)); err != nil {
			return 0, 0, err
		}
		s, err := stats()
		if err != nil {
			return 0, 0, err
		}
		stmts += s.Statements
		hits += s.DbHits
		count++
	}
	if count == 0 {
		return 0, 0, nil
	}
	return stmts / float64(count), hits / float64(count), nil
}
