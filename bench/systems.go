package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// system is one way of answering the bench's questions.
type system interface {
	Name() string
	// Can reports whether the system can express q at all.
	Can(q question) bool
	// Ask answers q about it and returns the answer's size.
	Ask(ctx context.Context, q question, it item) (int, error)
}

// The systems' names, in the report's column order.
const (
	sysNeo4j   = "orgraph-neo4j"
	sysMemory  = "orgraph-memory"
	sysPeer    = "peer"
	sysRawName = "raw-by-name"
	sysRawID   = "raw-by-id"
	sysFloor   = "floor"
)

var systemOrder = []string{sysNeo4j, sysMemory, sysPeer, sysRawName, sysRawID, sysFloor}

// floorQuery is what the floor system asks orgraph-memory's server for
// every question: a request that reads no data, so its latency is only
// HTTP, GraphQL's parse and response, and the machine's scheduling. It is
// the control for the other columns' tails: on a machine whose floor p99
// is near a target, no store meets that target.
const floorQuery = "{ __typename }"

// httpClient is shared by the GraphQL systems, with enough idle
// connections for the highest concurrency.
var httpClient = &http.Client{
	Timeout:   60 * time.Second,
	Transport: &http.Transport{MaxIdleConnsPerHost: 64, MaxConnsPerHost: 64},
}

// graphqlSystem posts GraphQL to orgraph (either store) or to the peer.
type graphqlSystem struct {
	name, url string
	peer      bool
	fixed     string // a query asked instead of the question's (the floor)
}

func (s graphqlSystem) Name() string { return s.name }

func (s graphqlSystem) Can(q question) bool { return !s.peer || q.Peer != "" }

func (s graphqlSystem) Ask(ctx context.Context, q question, it item) (int, error) {
	query, vars, count := q.Graphql, it.vars(q.OrgVars), q.OrgCount
	if s.fixed != "" {
		_, err := postGraphQL(ctx, s.url, s.fixed, nil)
		return 0, err
	}
	if s.peer {
		query, vars, count = q.Peer, it.vars(q.PeerVars), q.PeerCount
	}
	data, err := postGraphQL(ctx, s.url, query, vars)
	if err != nil {
		return 0, err
	}
	return countLists(data, count), nil
}

// postGraphQL sends one request and returns its decoded data, or the first
// GraphQL error.
func postGraphQL(ctx context.Context, url, query string, vars map[string]any) (any, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := httpClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var out struct {
		Data   any `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("HTTP %d: %s", resp.StatusCode, tail(string(b), 200))
	}
	if len(out.Errors) > 0 {
		return nil, fmt.Errorf("GraphQL error: %s", out.Errors[0].Message)
	}
	return out.Data, nil
}

// countLists counts the elements of every list found under one of keys,
// anywhere in a decoded JSON value.
func countLists(v any, keys []string) int {
	n := 0
	switch v := v.(type) {
	case map[string]any:
		for k, c := range v {
			if l, ok := c.([]any); ok && contains(keys, k) {
				n += len(l)
			}
			n += countLists(c, keys)
		}
	case []any:
		for _, c := range v {
			n += countLists(c, keys)
		}
	}
	return n
}

func contains(keys []string, k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

// cypherSystem runs the bench's raw Cypher through the Go driver, one read
// transaction per request, finding the entity by id or by normalized name.
type cypherSystem struct {
	name   string
	driver neo4j.DriverWithContext
	byID   bool
}

func (s cypherSystem) Name() string { return s.name }

func (s cypherSystem) file(q question) string {
	if s.byID {
		return q.RawID
	}
	return q.RawName
}

func (s cypherSystem) Can(q question) bool { return s.file(q) != "" }

func (s cypherSystem) Ask(ctx context.Context, q question, it item) (int, error) {
	params := it.vars(q.RawVars)
	if s.byID {
		params["id"] = it.ID
	} else {
		params["key"] = it.Key
	}
	return runCounted(ctx, s.driver, rawQuery(s.file(q)), params)
}

// runCounted runs one statement in a read transaction and sums its n column.
func runCounted(ctx context.Context, driver neo4j.DriverWithContext, stmt string, params map[string]any) (int, error) {
	sess := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: "neo4j", AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	return neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (int, error) {
		res, err := tx.Run(ctx, stmt, params)
		if err != nil {
			return 0, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return 0, err
		}
		n := 0
		for _, r := range recs {
			if v, ok := r.Get("n"); ok {
				if i, ok := v.(int64); ok {
					n += int(i)
				}
			}
		}
		return n, nil
	})
}
