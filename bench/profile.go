package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/server"
)

// cost counts the statements of ran that completed and sums their
// PROFILE database hits.
func cost(ran []cyphertest.Statement) (stmts int, hits int64) {
	for _, s := range ran {
		if s.Summary != nil {
			stmts++
			hits += cyphertest.DBHits(s.Summary)
		}
	}
	return stmts, hits
}

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
	ran := &cyphertest.Log{}
	profiled := cyphertest.Profile(driver, ran.Add)
	store := cypher.New(profiled, "neo4j")
	// As orgraph serve does at start: the search index is built once, before
	// any request, so a request's statements are its own.
	_ = store.WarmSearch(ctx)
	ran.Take()
	h := server.New(store, slog.New(slog.NewTextHandler(io.Discard, nil)))
	raw := cypherSystem{driver: profiled, byID: true}
	t := trips{MinStmts: 1 << 30, MinSize: 1 << 30}
	for _, it := range items[:min(n, len(items))] {
		body, _ := json.Marshal(map[string]any{"query": q.Graphql, "variables": it.vars(q.OrgVars)})
		rec := httptest.NewRecorder()
		req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(rec, req)
		stmts, hits := cost(ran.Take())
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
			_, rawHits := cost(ran.Take())
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
