package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// writeReport writes RESULTS.md and latency.svg into cfg.out.
func writeReport(cfg config, results []*sizeResult, took time.Duration) error {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("# orgraph benchmark results\n\n")
	w("Written by `make bench` (the harness in [bench/](README.md)); do not edit by hand.\n\n")
	w("- command: `%s`\n", commandLine(cfg))
	w("- date: %s; whole run %v\n", time.Now().UTC().Format("2006-01-02 15:04 UTC"), took.Round(time.Second))
	w("- commit: %s\n", commit(cfg.repo))
	w("- machine: %d CPUs (%s), %s RAM\n", runtime.NumCPU(), cpuModel(), memTotal())
	w("- versions: %s, %s, Node %s, Neo4j Community %s (%s, scripts/neo4j.sh), @neo4j/graphql 7.6.3 with @apollo/server 5.5.1\n",
		runtime.Version(), firstLine(output("java", "-version")), strings.TrimSpace(output("node", "--version")), neo4jVersion(cfg), neo4jMemory(cfg))
	w("- per cell: each system measured for %v in %v slices, taking turns (interleaved), after one unmeasured slice; %d rotating entities per question, the same sequence for every system\n\n",
		cfg.duration, cfg.slice, cfg.entities)
	w("Systems: **orgraph-neo4j** (`orgraph serve` on Neo4j), **orgraph-memory** (`orgraph serve DIR`), **peer** (the Neo4j GraphQL Library on the same database, `bench/peer/`), **raw-by-name** and **raw-by-id** (the bench's parameterised Cypher in `bench/cypher/` through the Go driver, one read transaction per request, finding the entity by its normalized name in the `keys` property or by id), and **floor**, a control: `{ __typename }` sent to orgraph-memory's server in every question's slices, which reads no data, so its tail is what HTTP, GraphQL and this machine's scheduling alone cost. Cells read `p50 / p99 ms · req/s`; n/e: the system cannot express the question.\n\n")

	writeTargets(w, cfg, results)
	for _, r := range results {
		writeSize(w, cfg, r)
	}
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(cfg.out, "latency.svg"), []byte(plot(results, cfg.concurrency[0])), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(cfg.out, "RESULTS.md"), []byte(b.String()), 0o644)
}

func writeSize(w func(string, ...any), cfg config, r *sizeResult) {
	w("## %d people\n\n", r.People)
	w("Dataset from `orgraph gen --people %d --seed %d`: %d nodes, %d relationships.\n\n", r.People, cfg.seed, r.Nodes, r.Links)
	w("### Loader, validation and start-up\n\n| step | wall time | relationships/s | peak RSS | note |\n|---|---|---|---|---|\n")
	row := func(name string, t timing, rels int, note string) {
		if t.Err != "" {
			w("| %s | failed after %v | | %s | %s |\n", name, t.Wall.Round(time.Millisecond), mibOrEmpty(t.MaxRSS), oneLine(t.Err))
			return
		}
		rate := ""
		if rels > 0 && t.Wall > 0 {
			rate = fmt.Sprintf("%.0f", float64(rels)/t.Wall.Seconds())
		}
		w("| %s | %v | %s | %s | %s |\n", name, t.Wall.Round(time.Millisecond), rate, mibOrEmpty(t.MaxRSS), note)
	}
	if r.Gen.Wall > 0 {
		row("orgraph gen", r.Gen, 0, "")
	}
	row("orgraph validate", r.Validate, 0, "")
	if r.MemoryOnly {
		writeMemoryOnly(w, cfg, r)
		return
	}
	importNote := func(t timing, what string) string {
		note := "the physical limit: an empty, offline store, no transactions; " + what
		if t.Own > 0 {
			note += fmt.Sprintf("; %v by its own report (JVM start-up excluded), %.0f relationships/s", t.Own.Round(time.Millisecond), float64(r.Links)/t.Own.Seconds())
		}
		return note
	}
	row("neo4j-admin database import full", r.Import, r.Links, importNote(r.Import,
		"the dataset's facts alone: the nodes with names and aliases, the facts with the bounds the questions filter on"))
	row("neo4j-admin import of orgraph's graph", r.ImportGraph, r.Links, importNote(r.ImportGraph,
		"everything the first load wrote (every label and property, citations), exported from Neo4j"))
	row("orgraph load, first", r.Load, r.Links, "")
	row("orgraph load, no-op reload", r.Noop, r.Links, "")
	row("orgraph load, edited reload", r.Edited, r.Links, fmt.Sprintf("%d facts changed or dropped", r.EditedFacts))
	w("\n| server | ready after | RSS when ready |\n|---|---|---|\n")
	for _, name := range []string{sysMemory, sysNeo4j, sysPeer} {
		s := r.Serve[name]
		if s.Err != "" {
			w("| %s | %s | |\n", name, oneLine(s.Err))
			continue
		}
		w("| %s | %v | %s |\n", name, s.Ready.Round(time.Millisecond), mib(s.RSS))
	}
	w("\n")
	for _, c := range cfg.concurrency {
		w("### Latency and throughput, concurrency %d\n\n| question |", c)
		for _, s := range systemOrder {
			w(" %s |", s)
		}
		w(" neo4j/peer req/s | neo4j/raw-by-id p50 |\n|---|")
		for range systemOrder {
			w("---|")
		}
		w("---|---|\n")
		for _, q := range questions {
			cells := r.Cells[q.Key][c]
			w("| (%s) %s |", q.Key, q.Title)
			for _, s := range systemOrder {
				w(" %s |", cellText(cells[s]))
			}
			w(" %s | %s |\n", ratio(tput(cells, sysNeo4j), tput(cells, sysPeer)), ratio(p50ms(cells, sysNeo4j), p50ms(cells, sysRawID)))
		}
		w("\n")
	}
	w("### Answers agree\n\nAnswer sizes (list elements in the answer) on the first %d entities of each question, compared with orgraph-memory's.\n\n| question |", checkSample)
	others := []string{sysNeo4j, sysPeer, sysRawName, sysRawID}
	for _, s := range others {
		w(" %s |", s)
	}
	w(" first disagreement |\n|---|---|---|---|---|---|\n")
	for _, q := range questions {
		a := r.Agree[q.Key]
		w("| (%s) |", q.Key)
		var first []string
		for _, s := range others {
			if !canAsk(s, q) {
				w(" n/e |")
				continue
			}
			w(" %d/%d |", a.Agree[s], a.Sample)
			if a.First[s] != "" {
				first = append(first, s+": "+a.First[s])
			}
		}
		w(" %s |\n", oneLine(strings.Join(first, "; ")))
	}
	w("\nSearch (g) differs by design between orgraph (trigram candidates ranked by edit distance, both stores alike) and Lucene fuzzy matching; only orgraph-neo4j must agree there.\n\n")
	w("### Cypher round trips and database hits per request (orgraph-neo4j, PROFILE)\n\n")
	w("Each GraphQL request run in-process through `server.New(cypher.New(driver, \"neo4j\"))` with a driver that PROFILEs every statement, on the first %d entities; raw-by-id's hits for the same entities, and the peer's (a second peer whose driver sessions PROFILE each statement it generates), for comparison. Means per request.\n\n", profileSample)
	w("| question | statements per request (min–max) | answer size (min–max) | db hits per request | raw-by-id db hits | peer statements | peer db hits |\n|---|---|---|---|---|---|---|\n")
	for _, q := range questions {
		t, ok := r.Trips[q.Key]
		if !ok || t.Requests == 0 {
			w("| (%s) | not measured | | | | | |\n", q.Key)
			continue
		}
		raw := "n/e"
		if q.RawID != "" {
			raw = fmt.Sprintf("%.0f", t.RawHits)
		}
		peerStmts, peerHits := "n/e", "n/e"
		if q.Peer != "" && t.PeerStmts > 0 {
			peerStmts, peerHits = fmt.Sprintf("%.1f", t.PeerStmts), fmt.Sprintf("%.0f", t.PeerHits)
		} else if q.Peer != "" {
			peerStmts, peerHits = "not measured", ""
		}
		w("| (%s) %s | %.1f (%d–%d) | %d–%d | %.0f | %s | %s | %s |\n", q.Key, q.Title, t.Stmts, t.MinStmts, t.MaxStmts, t.MinSize, t.MaxSize, t.Hits, raw, peerStmts, peerHits)
	}
	w("\n")
	var errs []string
	for _, q := range questions {
		for _, c := range cfg.concurrency {
			for _, s := range systemOrder {
				if cl := r.Cells[q.Key][c][s]; cl != nil && cl.Errors > 0 {
					errs = append(errs, fmt.Sprintf("- %s, concurrency %d: %d of %d requests failed; first: %s", s, c, cl.Errors, cl.Requests, oneLine(cl.FirstErr)))
				}
			}
		}
	}
	if len(errs)+len(r.Notes) > 0 {
		w("### Errors and notes\n\n%s\n", strings.Join(append(errs, prefixed(r.Notes)...), "\n"))
		for _, q := range questions {
			if q.PeerNote != "" {
				w("- peer, (%s): %s\n", q.Key, q.PeerNote)
			}
		}
		w("\n")
	} else {
		w("### Notes\n\n")
		for _, q := range questions {
			if q.PeerNote != "" {
				w("- peer, (%s): %s\n", q.Key, q.PeerNote)
			}
		}
		w("\n")
	}
}

// writeMemoryOnly is the rest of a size measured in memory only: the
// server's start-up and its latencies beside the floor's.
func writeMemoryOnly(w func(string, ...any), cfg config, r *sizeResult) {
	w("\n| server | ready after | RSS when ready |\n|---|---|---|\n")
	if s := r.Serve[sysMemory]; s.Err != "" {
		w("| %s | %s | |\n", sysMemory, oneLine(s.Err))
	} else {
		w("| %s | %v | %s |\n", sysMemory, s.Ready.Round(time.Millisecond), mib(s.RSS))
	}
	w("\n")
	for _, c := range cfg.concurrency {
		w("### Latency and throughput, concurrency %d\n\n| question | %s | %s |\n|---|---|---|\n", c, sysMemory, sysFloor)
		for _, q := range questions {
			cells := r.Cells[q.Key][c]
			w("| (%s) %s | %s | %s |\n", q.Key, q.Title, cellText(cells[sysMemory]), cellText(cells[sysFloor]))
		}
		w("\n")
	}
	w("### Notes\n\n%s\n\n", strings.Join(prefixed(r.Notes), "\n"))
}

func prefixed(notes []string) []string {
	out := make([]string, len(notes))
	for i, n := range notes {
		out[i] = "- " + oneLine(n)
	}
	return out
}

func canAsk(sys string, q question) bool {
	switch sys {
	case sysPeer:
		return q.Peer != ""
	case sysRawID:
		return q.RawID != ""
	case sysRawName:
		return q.RawName != ""
	}
	return true
}

func cellText(c *cell) string {
	if c == nil {
		return "n/e"
	}
	if c.Requests == 0 {
		return "no requests"
	}
	s := fmt.Sprintf("%s / %s · %.0f", ms(c.Percentile(0.5)), ms(c.Percentile(0.99)), c.Throughput())
	if c.Errors > 0 {
		s += fmt.Sprintf(" (%d errors)", c.Errors)
	}
	return s
}

func ms(d time.Duration) string {
	v := float64(d) / float64(time.Millisecond)
	if v < 10 {
		return fmt.Sprintf("%.2f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

func tput(cells map[string]*cell, s string) float64 {
	if c := cells[s]; c != nil && c.Errors == 0 {
		return c.Throughput()
	}
	return 0
}

func p50ms(cells map[string]*cell, s string) float64 {
	if c := cells[s]; c != nil && c.Errors == 0 && c.Requests > 0 {
		return float64(c.Percentile(0.5)) / float64(time.Millisecond)
	}
	return 0
}

func ratio(a, b float64) string {
	if a == 0 || b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

func mibOrEmpty(b int64) string {
	if b == 0 {
		return ""
	}
	return mib(b)
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, "|", "\\|")
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}

func commandLine(cfg config) string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "BENCH_") {
			env = append(env, kv)
		}
	}
	cmd := "make bench"
	if len(os.Args) > 1 {
		cmd = "go run ./bench " + strings.Join(os.Args[1:], " ")
	}
	return strings.TrimSpace(strings.Join(env, " ") + " " + cmd)
}

func commit(repo string) string {
	head := strings.TrimSpace(outputIn(repo, "git", "rev-parse", "--short", "HEAD"))
	if strings.Contains(head, " ") || head == "" {
		return "unknown (not a git checkout)"
	}
	if strings.TrimSpace(outputIn(repo, "git", "status", "--porcelain", "--untracked-files=no")) != "" {
		head += " (dirty: uncommitted changes in the tree)"
	}
	return head
}

func output(name string, args ...string) string { return outputIn("", name, args...) }

func outputIn(dir, name string, args ...string) string {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, _ := cmd.CombinedOutput()
	return string(out)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

func cpuModel() string {
	b, _ := os.ReadFile("/proc/cpuinfo")
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}

func memTotal() string {
	b, _ := os.ReadFile("/proc/meminfo")
	var kb int64
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "MemTotal:" {
			fmt.Sscan(f[1], &kb)
		}
	}
	return fmt.Sprintf("%.1f GiB", float64(kb)/(1<<20))
}

// neo4jMemory is the heap and page cache the bench's Neo4j ran with, as
// scripts/neo4j.sh wrote them into its configuration.
func neo4jMemory(cfg config) string {
	m, _ := filepath.Glob(filepath.Join(cfg.cache, "neo4j-*", "run", "conf", "neo4j.conf"))
	if len(m) == 0 {
		return "memory settings unknown"
	}
	conf, err := os.ReadFile(m[len(m)-1])
	if err != nil {
		return "memory settings unknown"
	}
	setting := func(key string) string {
		for line := range strings.Lines(string(conf)) {
			if v, ok := strings.CutPrefix(strings.TrimSpace(line), key+"="); ok {
				return v
			}
		}
		return "default"
	}
	return fmt.Sprintf("heap %s, page cache %s", setting("server.memory.heap.max_size"), setting("server.memory.pagecache.size"))
}

func neo4jVersion(cfg config) string {
	m, _ := filepath.Glob(filepath.Join(cfg.cache, "neo4j-*"))
	if len(m) == 0 {
		return "unknown"
	}
	return strings.TrimPrefix(filepath.Base(m[len(m)-1]), "neo4j-")
}
