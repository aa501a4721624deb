// Command bench is `make bench`: it builds orgraph, generates synthetic org
// histories of several sizes, and measures side by side, in one interleaved
// run, orgraph on Neo4j, orgraph in memory, the Neo4j GraphQL Library over
// the same database and raw Cypher through the Go driver; plus the loader
// against neo4j-admin import, validation and serve start-up. It writes
// bench/RESULTS.md and bench/latency.svg. See bench/README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// config is everything a run depends on; flags override the environment.
type config struct {
	sizes       []int
	memorySizes []int // measured in memory only, after sizes
	seed        int
	duration    time.Duration // measured time per system in each question × concurrency cell
	slice       time.Duration // one round-robin turn of a system
	loadTimeout time.Duration // a load taking longer is stopped and reported as failed
	concurrency []int
	entities    int // rotating entities per question
	repo        string
	work        string // scratch: binaries, datasets, CSVs
	cache       string // the bench's own Neo4j home, apart from a developer's
	boltPort    int
	httpPort    int
	password    string
	out         string // where RESULTS.md and the plot go
}

func main() {
	cfg, err := parseConfig(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	procs := newProcs(cfg)
	finished := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			// A step that cannot be cancelled (parsing a large dataset) may
			// take minutes; a second Ctrl-C then quits at once.
			log.Print("interrupted: stopping everything the bench started (Ctrl-C again to quit at once)")
			stop()
		case <-finished:
		}
	}()
	err = run(ctx, cfg, procs)
	close(finished)
	// Everything started is stopped whatever happened, Ctrl-C included.
	procs.stopAll()
	stop()
	if err != nil {
		log.Printf("bench failed: %v", err)
		os.Exit(1)
	}
}

func parseConfig(args []string) (config, error) {
	home, _ := os.UserHomeDir()
	cache := filepath.Join(env("XDG_CACHE_HOME", filepath.Join(home, ".cache")), "orgraph")
	cache = filepath.Join(env("ORGRAPH_CACHE", cache), "bench")
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	sizes := fs.String("sizes", env("BENCH_SIZES", "10000,100000"), "people per dataset, comma-separated")
	memSizes := fs.String("memory-sizes", env("BENCH_MEMORY_SIZES", "1000000"), "people per dataset measured in memory only (no Neo4j, peer or loads), after --sizes; \"\" for none")
	conc := fs.String("concurrency", env("BENCH_CONCURRENCY", "1,16"), "client concurrency levels, comma-separated")
	cfg := config{}
	fs.IntVar(&cfg.seed, "seed", atoi(env("BENCH_SEED", "1")), "generator seed")
	fs.DurationVar(&cfg.duration, "duration", dur(env("BENCH_DURATION", "3s")), "measured time per system and cell")
	fs.DurationVar(&cfg.slice, "slice", dur(env("BENCH_SLICE", "250ms")), "round-robin slice")
	fs.DurationVar(&cfg.loadTimeout, "load-timeout", dur(env("BENCH_LOAD_TIMEOUT", "30m")), "longest wait for one orgraph load")
	fs.IntVar(&cfg.entities, "entities", atoi(env("BENCH_ENTITIES", "500")), "rotating entities per question")
	fs.StringVar(&cfg.repo, "repo", ".", "orgraph checkout")
	fs.StringVar(&cfg.work, "work", env("BENCH_WORK", filepath.Join(os.TempDir(), "orgraph-bench")), "scratch directory")
	fs.StringVar(&cfg.cache, "cache", cache, "the bench's own Neo4j cache (never a developer's)")
	fs.IntVar(&cfg.boltPort, "bolt-port", atoi(env("BENCH_BOLT_PORT", "7697")), "the bench Neo4j's Bolt port")
	fs.IntVar(&cfg.httpPort, "http-port", atoi(env("BENCH_HTTP_PORT", "7484")), "the bench Neo4j's HTTP port")
	fs.StringVar(&cfg.out, "out", "bench", "directory for RESULTS.md and latency.svg")
	cfg.password = "orgraph-bench"
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	var err error
	if cfg.sizes, err = ints(*sizes); err != nil {
		return cfg, fmt.Errorf("--sizes: %w", err)
	}
	if *memSizes != "" {
		if cfg.memorySizes, err = ints(*memSizes); err != nil {
			return cfg, fmt.Errorf("--memory-sizes: %w", err)
		}
	}
	if cfg.concurrency, err = ints(*conc); err != nil {
		return cfg, fmt.Errorf("--concurrency: %w", err)
	}
	if cfg.duration <= 0 || cfg.slice <= 0 || cfg.loadTimeout <= 0 || cfg.entities <= 0 {
		return cfg, fmt.Errorf("--duration, --slice, --load-timeout and --entities must be positive")
	}
	for _, p := range []*string{&cfg.repo, &cfg.work, &cfg.cache, &cfg.out} {
		if *p, err = filepath.Abs(*p); err != nil {
			return cfg, err
		}
	}
	return cfg, nil
}

func env(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// atoi and dur turn a bad environment value into zero, which the checks
// after parsing reject by name.
func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func dur(s string) time.Duration { d, _ := time.ParseDuration(s); return d }

func ints(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("%q is not a positive number", f)
		}
		out = append(out, n)
	}
	return out, nil
}
