#!/usr/bin/env bash
# Builds orgraph, serves the built-in dataset on a free loopback port, and runs
# the browser tests against it. The server is always stopped, pass or fail.
# Needs Go, Node and Chromium (/usr/bin/chromium or $CHROMIUM; on Debian:
# apt-get install chromium fonts-noto-cjk).
set -euo pipefail

e2e="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$e2e/../.." && pwd)"
tmp="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || { echo "run.sh: no Chromium at $chromium (apt-get install chromium, or set CHROMIUM)" >&2; exit 1; }

(cd "$root" && go build -o "$tmp/orgraph" ./cmd/orgraph)

# Ask the kernel for a free port; the tiny race until the server binds it is
# acceptable on a test machine.
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
"$tmp/orgraph" serve --addr "127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
pid=$!

url="http://127.0.0.1:$port"
for _ in $(seq 150); do
  if curl -fsS -o /dev/null "$url/readyz" 2>/dev/null; then ready=1; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
if [ -z "${ready:-}" ]; then
  echo "run.sh: server not ready at $url/readyz within 30s; its log:" >&2
  cat "$tmp/server.log" >&2
  exit 1
fi

cd "$e2e"
[ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund
ORGRAPH_URL="$url" ORGRAPH_BIN="$tmp/orgraph" CHROMIUM="$chromium" node --test
