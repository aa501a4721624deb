package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/orgraph/orgraph/memstore"
	"github.com/orgraph/orgraph/org"
	"github.com/orgraph/orgraph/server"
)

// shutdownGrace is how long in-flight requests get to finish on SIGTERM.
const shutdownGrace = 10 * time.Second

const serveUsage = `usage: orgraph serve [flags] [PATH...]

Serves GraphQL at /graphql, Playground at /playground and the explorer at /.
Without a Neo4j URI it serves PATH (default: the built-in dataset) from memory.

examples:
  orgraph serve                                   # the built-in dataset on http://127.0.0.1:8080/
  orgraph serve ./my-company/ --addr 127.0.0.1:9000
  orgraph serve --cors-origins http://localhost:5173   # a front-end app's dev server may call /graphql
  NEO4J_URI=neo4j://127.0.0.1:7687 NEO4J_PASSWORD_FILE=./pw orgraph serve

flags:
`

func serve(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", stderr)
	addr := fs.String("addr", env("ORGRAPH_ADDR", "127.0.0.1:8080"), "listen address (env ORGRAPH_ADDR)")
	level := fs.String("log-level", env("ORGRAPH_LOG_LEVEL", "info"), "debug, info, warn or error (env ORGRAPH_LOG_LEVEL)")
	corsOrigins := fs.String("cors-origins", env("ORGRAPH_CORS_ORIGINS", ""), "comma-separated origins allowed to call /graphql from browsers, or * (env ORGRAPH_CORS_ORIGINS)")
	pprofAddr := fs.String("pprof", env("ORGRAPH_PPROF", ""), "serve net/http/pprof on this separate loopback address, e.g. 127.0.0.1:6060 (env ORGRAPH_PPROF)")
	pprofAnyHost := fs.Bool("pprof-any-host", false, "allow --pprof on a non-loopback address")
	lf := newLimitFlags(fs)
	nc := neo4jFlags(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, serveUsage)
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	log, err := newLogger(stderr, *level)
	if err != nil {
		return err
	}
	limits, err := lf.limits()
	if err != nil {
		return err
	}

	var store org.Store
	if nc.URI != "" {
		if fs.NArg() > 0 {
			return errors.New("serve: PATH arguments are for the in-memory store; with Neo4j, run orgraph load first")
		}
		driver, cs, err := openNeo4j(ctx, nc)
		if err != nil {
			return err
		}
		defer driver.Close(context.Background())
		store = cs
		// Neo4j may still be starting: serve anyway, /readyz tells when it answers.
		if err := store.Ready(ctx); err != nil {
			log.Warn("neo4j not ready yet; serving and retrying on each request", "uri", redact(nc.URI), "reason", org.ErrorMessage(err))
		}
		log.Info("using neo4j", "uri", redact(nc.URI), "database", nc.Database)
		// Build the search index while the server starts taking requests,
		// so the first search of a large dataset does not wait for it
		// (about 3 s at 100,000 people); a failure here only means the
		// first search builds it.
		var warming sync.WaitGroup
		// Deferred after driver.Close, so run before it: the warm-up and
		// any index build must be done with the driver when it closes.
		defer func() { cs.Close(); warming.Wait() }()
		warming.Go(func() {
			start := time.Now()
			if err := cs.WarmSearch(ctx); err != nil {
				log.Warn("search index not built yet; the first search builds it", "reason", org.ErrorMessage(err))
				return
			}
			log.Info("search index built", "took", time.Since(start).Round(time.Millisecond))
		})
	} else {
		start := time.Now()
		ds, err := dataset(fs.Args())
		if err != nil {
			return err
		}
		store = memstore.New(ds)
		log.Info("loaded dataset into memory", "people", len(ds.People), "units", len(ds.Units), "relationships", len(ds.Links), "took", time.Since(start).Round(time.Millisecond))
		// Parsing and indexing leave several times the store's size in
		// garbage (about 1 GB at 100,000 people), which the runtime would
		// otherwise hand back to the OS only slowly: collect it and return
		// it now, so that the server starts at the store's own size. The
		// garbage collector keeps its default pacing (GOGC=100): at 100,000
		// people, measured in-process with requests interleaved, turning it
		// off entirely changed neither p50 nor p99 beyond the machine's
		// noise once the store was compact (issue 7).
		debug.FreeOSMemory()
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	opts := []server.Option{server.WithLimits(limits)}
	if *corsOrigins != "" {
		opts = append(opts, server.WithCORS(strings.Split(*corsOrigins, ",")...))
	}
	srv := server.NewHTTPServer(server.New(store, log, opts...), limits)
	errc := make(chan error, 2)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("serving", "url", "http://"+ln.Addr().String()+"/", "playground", "http://"+ln.Addr().String()+"/playground")
	if *pprofAddr != "" {
		psrv, pln, err := pprofServer(*pprofAddr, *pprofAnyHost)
		if err != nil {
			srv.Close()
			return err
		}
		defer psrv.Close()
		go func() { errc <- psrv.Serve(pln) }()
		log.Info("serving pprof", "url", "http://"+pln.Addr().String()+"/debug/pprof/")
	}

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	return srv.Shutdown(sctx)
}
