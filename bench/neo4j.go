package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/orgraph/orgraph/cypher"
)

// neo4jDist is the Neo4j distribution folder inside the bench's cache. When
// the bench cache has none yet but the developer's cache (its parent) does,
// the jars are shared by a symlink instead of downloaded again: they are
// read-only, while the data (run/) stays the bench's own.
func neo4jDist(ctx context.Context, p *procs) (string, error) {
	cfg := p.cfg
	parent := filepath.Dir(cfg.cache)
	dists, _ := filepath.Glob(filepath.Join(parent, "neo4j-*", "lib"))
	mine, _ := filepath.Glob(filepath.Join(cfg.cache, "neo4j-*", "lib"))
	if len(mine) == 0 && len(dists) > 0 {
		lib := dists[len(dists)-1]
		dir := filepath.Join(cfg.cache, filepath.Base(filepath.Dir(lib)))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return "", err
		}
		if err := os.Symlink(lib, filepath.Join(dir, "lib")); err != nil {
			return "", err
		}
		log.Printf("sharing Neo4j's jars from %s", lib)
	}
	if len(mine) == 0 && len(dists) == 0 {
		if out, err := p.neo4jScript(ctx, "fetch"); err != nil {
			return "", fmt.Errorf("neo4j fetch: %v: %s", err, out)
		}
	}
	mine, _ = filepath.Glob(filepath.Join(cfg.cache, "neo4j-*", "lib"))
	if len(mine) == 0 {
		return "", fmt.Errorf("no Neo4j in %s after fetching", cfg.cache)
	}
	return filepath.Dir(mine[len(mine)-1]), nil
}

// freshNeo4j (re)starts the bench's Neo4j on an empty database, so every
// size starts from nothing.
func freshNeo4j(ctx context.Context, p *procs, dist string) error {
	if out, err := p.neo4jScript(ctx, "stop"); err != nil {
		return fmt.Errorf("neo4j stop: %v: %s", err, out)
	}
	if err := os.RemoveAll(filepath.Join(dist, "run", "data")); err != nil {
		return err
	}
	p.neo4j = true
	out, err := p.neo4jScript(ctx, "start")
	if err != nil {
		return fmt.Errorf("neo4j start: %v: %s", err, out)
	}
	log.Print(strings.TrimSpace(out))
	return nil
}

func (cfg config) boltURI() string { return fmt.Sprintf("neo4j://127.0.0.1:%d", cfg.boltPort) }

// neo4jEnv is the environment orgraph and the peer read to reach the
// bench's Neo4j.
func (cfg config) neo4jEnv() []string {
	return append(os.Environ(), "NEO4J_URI="+cfg.boltURI(), "NEO4J_USER=neo4j",
		"NEO4J_PASSWORD="+cfg.password, "NEO4J_DATABASE=neo4j")
}

func openDriver(ctx context.Context, cfg config) (neo4j.DriverWithContext, error) {
	d, err := cypher.Open(ctx, cypher.Config{URI: cfg.boltURI(), User: "neo4j", Password: cfg.password, Database: "neo4j"})
	if err != nil {
		return nil, err
	}
	return d, d.VerifyConnectivity(ctx)
}

// adminImport times neo4j-admin database import full of the CSVs in dir
// (nodes*.csv, relationships*.csv) into a scratch NEO4J_HOME, leaving the
// served database alone.
func adminImport(ctx context.Context, p *procs, dist, dir string) timing {
	nodes, _ := filepath.Glob(filepath.Join(dir, "nodes*.csv"))
	rels, _ := filepath.Glob(filepath.Join(dir, "relationships*.csv"))
	files := []string{}
	for _, f := range nodes {
		files = append(files, "--nodes="+f)
	}
	for _, f := range rels {
		files = append(files, "--relationships="+f)
	}
	home := filepath.Join(dir, "home")
	if err := os.RemoveAll(home); err != nil {
		return timing{Err: err.Error()}
	}
	if err := os.MkdirAll(filepath.Join(home, "conf"), 0o755); err != nil {
		return timing{Err: err.Error()}
	}
	if err := os.WriteFile(filepath.Join(home, "conf", "neo4j.conf"), []byte("dbms.usage_report.enabled=false\n"), 0o644); err != nil {
		return timing{Err: err.Error()}
	}
	java := "java"
	if jh := os.Getenv("JAVA_HOME"); jh != "" {
		java = filepath.Join(jh, "bin", "java")
	}
	cmd := exec.CommandContext(ctx, java, "-Xmx1g",
		"--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
		"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
		"-cp", filepath.Join(dist, "lib")+"/*", "org.neo4j.cli.AdminTool",
		// The database name comes first: the file options take several values.
		"database", "import", "full", "neo4j", "--overwrite-destination=true",
		"--array-delimiter=U+001F", "--multiline-fields=true")
	cmd.Args = append(cmd.Args, files...)
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+home, "NEO4J_CONF="+filepath.Join(home, "conf"))
	// neo4j-admin writes import.report into its working directory.
	cmd.Dir = home
	t := p.timed(ctx, "neo4j-admin import", cmd)
	if t.Err == "" {
		_ = os.RemoveAll(home) // the imported store is only a measurement
		if own, ok := importTime(t.out); ok {
			t.Own = own
		}
	}
	return t
}

// importDone matches the import's own report of its duration, e.g.
// "IMPORT DONE in 1m 2s 345ms.": that excludes the JVM's start-up.
var importDone = regexp.MustCompile(`IMPORT DONE in ((?:\d+\w+ ?)+)\.`)

func importTime(out string) (time.Duration, bool) {
	m := importDone.FindStringSubmatch(out)
	if m == nil {
		return 0, false
	}
	var total time.Duration
	for _, part := range strings.Fields(m[1]) {
		d, err := time.ParseDuration(part)
		if err != nil {
			return 0, false
		}
		total += d
	}
	return total, true
}
