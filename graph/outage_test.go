package graph_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/orgraph/orgraph/cypher"
	"github.com/orgraph/orgraph/cypher/cyphertest"
	"github.com/orgraph/orgraph/loader"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/seeds"
)

// proxy forwards loopback TCP connections to a target until cut, which
// closes every connection and refuses new ones: Neo4j, as far as a client
// can tell, has died.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
}

func newProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target}
	t.Cleanup(p.cut)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { io.Copy(up, c); up.Close() }()
			go func() { io.Copy(c, up); c.Close() }()
		}
	}()
	return p
}

func (p *proxy) cut() {
	p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
}

// cutting kills the connection to Neo4j when the first call of one kind
// starts: "Links", after the root field found its node and before any
// nested level; "People", after the first level of links, as the people
// at their ends are fetched.
type cutting struct {
	org.Store
	on   string
	once sync.Once
	cut  func()
}

func (c *cutting) Links(ctx context.Context, rel org.Rel, dir org.Direction, ids []string, w org.Window) ([][]org.Link, error) {
	if c.on == "Links" {
		c.once.Do(c.cut)
	}
	return c.Store.Links(ctx, rel, dir, ids, w)
}

func (c *cutting) People(ctx context.Context, ids []string, knownAt org.Date) ([]*org.Person, error) {
	if c.on == "People" {
		c.once.Do(c.cut)
	}
	return c.Store.People(ctx, ids, knownAt)
}

// TestNeo4jDiesMidRequest loads the built-in dataset into a real Neo4j,
// reaches it through a proxy, and kills the proxy while a nested query runs:
// every field that needed Neo4j afterwards must say UNAVAILABLE, and no
// driver text (addresses, ports) may reach the client.
func TestNeo4jDiesMidRequest(t *testing.T) {
	d, db := cyphertest.Driver(t)
	ctx := t.Context()
	ds, err := loader.ParseFS(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	direct := cypher.New(d, db)
	if err := direct.Replace(ctx, ds, nil); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		on     string
		failed []string // fields that must fail, whatever the timing
	}{
		{"Links", []string{"person.directReports", "person.managers", "person.roles", "person.reportingChain"}},
		{"People", []string{"person.directReports.person"}},
	}
	for _, tt := range tests {
		t.Run("cut at "+tt.on, func(t *testing.T) {
			u, err := url.Parse(os.Getenv("NEO4J_URI"))
			if err != nil {
				t.Fatal(err)
			}
			p := newProxy(t, u.Host)
			// bolt://, not neo4j://: a routing driver would learn Neo4j's own
			// address from it and go around the proxy.
			password := os.Getenv("NEO4J_PASSWORD")
			if password == "" {
				password = "orgraph-dev"
			}
			user := os.Getenv("NEO4J_USER")
			if user == "" {
				user = "neo4j"
			}
			viaProxy, err := neo4j.NewDriverWithContext("bolt://"+p.ln.Addr().String(), neo4j.BasicAuth(user, password, ""),
				func(c *config.Config) {
					c.MaxTransactionRetryTime = time.Second // give up on the dead server quickly
					c.SocketConnectTimeout = time.Second
				})
			if err != nil {
				t.Fatal(err)
			}
			defer viaProxy.Close(context.Background())

			var logged bytes.Buffer
			h := serve(&cutting{Store: cypher.New(viaProxy, db), on: tt.on, cut: p.cut}, slog.New(slog.NewTextHandler(&logged, nil)))
			body, data, errs := askRaw(t, h, `{ person(name: "Dai Shan") { name
				directReports { person { name roles { title } } }
				managers { manager { name } }
				roles { unit { name } }
				reportingChain(at: "2022-02") { name } } }`)
			if data["person"] != nil {
				t.Errorf("person = %v, want null: its non-null lists failed", data["person"])
			}
			paths := map[string]bool{}
			for _, e := range errs {
				paths[fieldPath(e.Path)] = true
				if e.Extensions["code"] != "UNAVAILABLE" {
					t.Errorf("error at %v = %q with extensions %v, want code UNAVAILABLE", e.Path, e.Message, e.Extensions)
				}
			}
			for _, want := range tt.failed {
				if !paths[want] {
					t.Errorf("no UNAVAILABLE error at %s; errors at %v", want, paths)
				}
			}
			for _, secret := range []string{u.Host, p.ln.Addr().String(), "bolt", "connection", "fetch function"} {
				if strings.Contains(strings.ToLower(body), strings.ToLower(secret)) {
					t.Errorf("response %s reveals %q", body, secret)
				}
			}
			if !strings.Contains(logged.String(), "UNAVAILABLE") {
				t.Errorf("nothing logged for the operator: %q", logged.String())
			}
		})
	}
}
