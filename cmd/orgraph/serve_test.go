package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/orgraph/orgraph/cypher/cyphertest"
)

// freeAddr returns a loopback address nobody listens on right now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServe runs `orgraph serve` in the background until the test ends,
// then checks that it shut down cleanly.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() { done <- run(ctx, append([]string{"serve", "--addr", addr}, args...), io.Discard, io.Discard) }()
	t.Cleanup(func() {
		cancel()
		if status := <-done; status != 0 {
			t.Errorf("serve exited with %d after SIGTERM-like cancel, want 0", status)
		}
	})
	waitFor(t, "http://"+addr+"/healthz", 200, "")
	return "http://" + addr
}

// waitFor polls url until it answers status with body containing want.
func waitFor(t *testing.T, url string, status int, want string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	var last string
	for time.Now().Before(deadline) {
		if resp, err := http.Get(url); err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			last = resp.Status + " " + string(b)
			if resp.StatusCode == status && strings.Contains(string(b), want) {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("GET %s: last answer %q, want %d containing %q", url, last, status, want)
}

func TestServeFromMemory(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	base := startServe(t)
	waitFor(t, base+"/readyz", 200, "ready")
	waitFor(t, base+"/graphql?query="+url.QueryEscape(`{ person(name: "岱山") { name } }`), 200, `"Dai Shan"`)
}

// TestServeNeo4jComesBack starts serve against a Neo4j that is not there
// (a proxy that is not listening yet), then lets it through: serve starts
// anyway, says why it is not ready, and recovers on its own.
func TestServeNeo4jComesBack(t *testing.T) {
	_, db := cyphertest.Seeded(t)
	target, err := url.Parse(os.Getenv("NEO4J_URI"))
	if err != nil {
		t.Fatal(err)
	}
	proxy := freeAddr(t)
	// bolt:// so that every connection goes through the proxy; neo4j://
	// would learn the server's own address from the routing table.
	base := startServe(t, "--neo4j-uri", "bolt://"+proxy, "--neo4j-database", db)
	waitFor(t, base+"/readyz", 503, "neo4j is unavailable")

	ln, err := net.Listen("tcp", proxy)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go forward(ln, target.Host)
	waitFor(t, base+"/readyz", 200, "ready")
	waitFor(t, base+"/graphql?query="+url.QueryEscape(`{ unit(name: "聚划算") { mergedInto { date } } }`), 200, `"2017-12-02"`)
}

// forward pipes every connection accepted on ln to target.
func forward(ln net.Listener, target string) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			s, err := net.Dial("tcp", target)
			if err != nil {
				return
			}
			defer s.Close()
			go io.Copy(s, c)
			io.Copy(c, s)
		}()
	}
}
