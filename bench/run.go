package main

import (
	"context"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// sizeResult is everything measured for one dataset size.
type sizeResult struct {
	People, Links, Nodes int
	MemoryOnly           bool // only orgraph-memory and the floor were measured (--memory-sizes)
	Gen, Validate        timing
	Import               timing // the dataset's facts, lean (writeImportCSVs)
	ImportGraph          timing // orgraph's whole graph as its first load wrote it
	Load, Noop, Edited   timing
	EditedFacts          int
	Serve                map[string]serveInfo
	Cells                map[string]map[int]map[string]*cell // question → concurrency → system
	Agree                map[string]agreement
	Trips                map[string]trips
	Notes                []string
}

type serveInfo struct {
	Ready time.Duration
	RSS   int64
	Err   string
}

// checkSample and profileSample are how many entities per question the
// answer check and the PROFILE pass use.
const checkSample, profileSample = 20, 20

func run(ctx context.Context, cfg config, p *procs) error {
	started := time.Now()
	if err := os.MkdirAll(cfg.work, 0o755); err != nil {
		return err
	}
	bin := filepath.Join(cfg.work, "orgraph")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/orgraph")
	build.Dir = cfg.repo
	if t := p.timed(ctx, "go build", build); t.Err != "" {
		return fmt.Errorf("building orgraph: %s", t.Err)
	}
	peerDir := filepath.Join(cfg.repo, "bench", "peer")
	if _, err := os.Stat(filepath.Join(peerDir, "node_modules")); err != nil {
		npm := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
		npm.Dir = peerDir
		if t := p.timed(ctx, "npm ci", npm); t.Err != "" {
			return fmt.Errorf("installing the peer: %s", t.Err)
		}
	}
	dist, err := neo4jDist(ctx, p)
	if err != nil {
		return err
	}
	var results []*sizeResult
	for i, n := range append(cfg.sizes, cfg.memorySizes...) {
		r, err := benchSize(ctx, cfg, p, bin, dist, peerDir, n, i >= len(cfg.sizes))
		if r != nil {
			results = append(results, r)
		}
		if err != nil {
			log.Printf("size %d: %v", n, err)
			if r == nil || ctx.Err() != nil {
				break
			}
		}
		// Each size starts on an empty database; Neo4j's memory goes too.
		if out, err := p.neo4jScript(ctx, "stop"); err != nil {
			log.Printf("neo4j stop: %v: %s", err, out)
		}
	}
	if ctx.Err() != nil {
		// Interrupted: a partial report must not replace a whole one.
		return ctx.Err()
	}
	if len(results) == 0 {
		return fmt.Errorf("nothing measured")
	}
	if err := writeReport(cfg, results, time.Since(started)); err != nil {
		return err
	}
	log.Printf("wrote %s in %v", filepath.Join(cfg.out, "RESULTS.md"), time.Since(started).Round(time.Second))
	return nil
}

// benchSize measures one dataset size from nothing. A failing step is
// noted in the result and the steps that do not depend on it still run.
// memoryOnly measures orgraph-memory alone: no import, load, Neo4j or peer.
func benchSize(ctx context.Context, cfg config, p *procs, bin, dist, peerDir string, n int, memoryOnly bool) (*sizeResult, error) {
	r := &sizeResult{People: n, Serve: map[string]serveInfo{}, Cells: map[string]map[int]map[string]*cell{},
		Agree: map[string]agreement{}, Trips: map[string]trips{}}
	dir := filepath.Join(cfg.work, fmt.Sprintf("data-%d", n))
	var err error
	if r.Gen, err = generate(ctx, p, bin, dir, n, cfg.seed); err != nil {
		return nil, err
	}
	r.Validate = p.timed(ctx, "orgraph validate", exec.CommandContext(ctx, bin, "validate", dir))
	ds, err := readDataset(dir)
	if err != nil {
		return nil, err
	}
	r.Links, r.Nodes = len(ds.Links), len(ds.People)+len(ds.Units)+len(ds.Documents)+len(ds.Events)
	r.MemoryOnly = memoryOnly
	loaded := false
	if !memoryOnly {
		csvDir := filepath.Join(cfg.work, fmt.Sprintf("import-%d", n))
		if err := writeImportCSVs(ds, csvDir); err != nil {
			return nil, err
		}
		r.Import = adminImport(ctx, p, dist, csvDir)
		if err := freshNeo4j(ctx, p, dist); err != nil {
			return nil, err
		}
		load := func(name, path string) timing {
			lctx, cancel := context.WithTimeout(ctx, cfg.loadTimeout)
			defer cancel()
			cmd := exec.CommandContext(lctx, bin, "load", path)
			cmd.Env = cfg.neo4jEnv()
			return p.timed(lctx, name, cmd)
		}
		r.Load = load("orgraph load (first)", dir)
		if r.Load.Err == "" {
			r.ImportGraph = importLoadedGraph(ctx, cfg, p, dist, n)
		}
		r.Noop = load("orgraph load (no-op)", dir)
		edited := filepath.Join(cfg.work, fmt.Sprintf("data-%d-edited", n))
		eds, changed, err := editedCopy(ds, edited)
		if err != nil {
			return nil, err
		}
		r.EditedFacts = changed
		r.Edited = load("orgraph load (edited)", edited)
		// The questions are asked of whatever Neo4j now holds, and
		// orgraph-memory serves the same folder: the edited one unless
		// that load failed.
		loaded = r.Load.Err == "" || r.Edited.Err == ""
		if r.Edited.Err == "" {
			ds, dir = eds, edited
		}
	}

	var systems []system
	serve := func(name string, cmd *exec.Cmd, ready func(base string) bool, base string) {
		t0 := time.Now()
		c, err := p.start(name, cmd)
		if err != nil {
			r.Serve[name] = serveInfo{Err: err.Error()}
			return
		}
		for !ready(base) {
			if time.Since(t0) > 5*time.Minute || p.exited(c) || ctx.Err() != nil {
				r.Serve[name] = serveInfo{Err: fmt.Sprintf("not ready after %v; see %s", time.Since(t0).Round(time.Second), filepath.Join(cfg.work, "logs", name+".log"))}
				p.stop(c)
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
		r.Serve[name] = serveInfo{Ready: time.Since(t0), RSS: rss(c.Process.Pid)}
		log.Printf("%s ready in %v, RSS %s", name, r.Serve[name].Ready.Round(time.Millisecond), mib(r.Serve[name].RSS))
		systems = append(systems, graphqlSystem{name: name, url: base + "/graphql", peer: name == sysPeer})
	}
	defer func() {
		for _, name := range []string{sysMemory, sysNeo4j, sysPeer} {
			p.stopNamed(name)
		}
	}()
	orgReady := func(base string) bool { return httpOK(base + "/readyz") }
	addr := freeAddr()
	serve(sysMemory, exec.Command(bin, "serve", "--addr", addr, dir), orgReady, "http://"+addr)
	if r.Serve[sysMemory].Err == "" {
		systems = append(systems, graphqlSystem{name: sysFloor, url: "http://" + addr + "/graphql", fixed: floorQuery})
	}
	if !loaded {
		note := "no load succeeded, so only orgraph-memory was measured"
		if memoryOnly {
			note = "measured in memory only (--memory-sizes): no import, load, Neo4j or peer at this size"
		}
		r.Notes = append(r.Notes, note)
		items := pickItems(ds, cfg.entities, uint64(cfg.seed))
		for _, q := range questions {
			r.Cells[q.Key] = map[int]map[string]*cell{}
			for _, c := range cfg.concurrency {
				r.Cells[q.Key][c] = interleave(ctx, cfg, systems, q, items[q.Key], c)
			}
		}
		return r, nil
	}
	driver, err := openDriver(ctx, cfg)
	if err != nil {
		return r, err
	}
	defer driver.Close(context.Background())
	if err := writeStmt(ctx, driver, rawQuery("await_indexes")); err != nil {
		r.Notes = append(r.Notes, "waiting for indexes: "+err.Error())
	}
	addr = freeAddr()
	cmd := exec.Command(bin, "serve", "--addr", addr)
	cmd.Env = cfg.neo4jEnv()
	serve(sysNeo4j, cmd, orgReady, "http://"+addr)
	addr = freeAddr()
	cmd = exec.Command("node", "server.js")
	cmd.Dir = peerDir
	cmd.Env = append(cfg.neo4jEnv(), "PORT="+addr[strings.LastIndex(addr, ":")+1:])
	serve(sysPeer, cmd, func(base string) bool {
		_, err := postGraphQL(ctx, base+"/graphql", "{ __typename }", nil)
		return err == nil
	}, "http://"+addr)
	systems = append(systems, cypherSystem{name: sysRawName, driver: driver}, cypherSystem{name: sysRawID, driver: driver, byID: true})
	if !hasSystem(systems, sysMemory) {
		return r, fmt.Errorf("orgraph-memory did not start, so no answer can be checked")
	}

	items := pickItems(ds, cfg.entities, uint64(cfg.seed))
	for _, q := range questions {
		if r.Serve[sysNeo4j].Err == "" {
			r.Trips[q.Key] = profileQuestion(ctx, driver, q, items[q.Key], profileSample)
		}
	}
	profilePeers(ctx, cfg, p, r, peerDir, items)
	for _, q := range questions {
		r.Agree[q.Key] = checkAnswers(ctx, systems, q, items[q.Key], checkSample)
		r.Cells[q.Key] = map[int]map[string]*cell{}
		for _, c := range cfg.concurrency {
			log.Printf("size %d, question %s, concurrency %d", n, q.Key, c)
			r.Cells[q.Key][c] = interleave(ctx, cfg, systems, q, items[q.Key], c)
			if ctx.Err() != nil {
				return r, ctx.Err()
			}
		}
	}
	return r, nil
}

// importLoadedGraph exports what the first load wrote and times
// neo4j-admin's import of it.
func importLoadedGraph(ctx context.Context, cfg config, p *procs, dist string, n int) timing {
	driver, err := openDriver(ctx, cfg)
	if err != nil {
		return timing{Err: err.Error()}
	}
	defer driver.Close(context.Background())
	dir := filepath.Join(cfg.work, fmt.Sprintf("import-graph-%d", n))
	if err := os.RemoveAll(dir); err != nil {
		return timing{Err: err.Error()}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return timing{Err: err.Error()}
	}
	if err := exportGraphCSVs(ctx, driver, dir); err != nil {
		return timing{Err: "exporting the loaded graph: " + err.Error()}
	}
	return adminImport(ctx, p, dist, dir)
}

func hasSystem(systems []system, name string) bool {
	for _, s := range systems {
		if s.Name() == name {
			return true
		}
	}
	return false
}

// stopNamed stops the background server started under name, if running.
func (p *procs) stopNamed(name string) {
	p.mu.Lock()
	var found []*exec.Cmd
	for c, n := range p.running {
		if n == name {
			found = append(found, c)
		}
	}
	p.mu.Unlock()
	for _, c := range found {
		p.stop(c)
	}
}

func writeStmt(ctx context.Context, driver neo4j.DriverWithContext, stmt string) error {
	sess := driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: "neo4j"})
	defer sess.Close(ctx)
	_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, stmt, nil)
		if err != nil {
			return nil, err
		}
		return res.Consume(ctx)
	})
	return err
}

func httpOK(url string) bool {
	resp, err := httpClient.Get(url)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// freeAddr is a loopback address with a port free right now.
func freeAddr() string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "127.0.0.1:0"
	}
	defer l.Close()
	return l.Addr().String()
}

// profilePeers starts a second peer whose statements run under PROFILE and
// records its statements and db hits per request for each question it can
// express; a failure only leaves them unmeasured, with a note.
func profilePeers(ctx context.Context, cfg config, p *procs, r *sizeResult, peerDir string, items map[string][]item) {
	addr, stats := freeAddr(), freeAddr()
	port := func(a string) string { return a[strings.LastIndex(a, ":")+1:] }
	cmd := exec.Command("node", "server.js")
	cmd.Dir = peerDir
	cmd.Env = append(cfg.neo4jEnv(), "PORT="+port(addr), "PEER_PROFILE_PORT="+port(stats))
	c, err := p.start("peer-profile", cmd)
	if err != nil {
		r.Notes = append(r.Notes, "peer PROFILE pass: "+err.Error())
		return
	}
	defer p.stop(c)
	url := "http://" + addr + "/graphql"
	for t0 := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		if _, err := postGraphQL(ctx, url, "{ __typename }", nil); err == nil {
			break
		}
		if time.Since(t0) > 2*time.Minute || p.exited(c) || ctx.Err() != nil {
			r.Notes = append(r.Notes, "peer PROFILE pass: the profiling peer did not start")
			return
		}
	}
	for _, q := range questions {
		if q.Peer == "" {
			continue
		}
		stmts, hits, err := profilePeer(ctx, url, "http://"+stats+"/", q, items[q.Key], profileSample)
		if err != nil {
			r.Notes = append(r.Notes, fmt.Sprintf("peer PROFILE pass, (%s): %v", q.Key, err))
			continue
		}
		t := r.Trips[q.Key]
		t.PeerStmts, t.PeerHits = stmts, hits
		r.Trips[q.Key] = t
	}
}
