#!/usr/bin/env bash
# Runs a command with the local Neo4j up: starts it if needed and stops it
# afterwards only if it was started here, so a developer's own server stays up.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
started=0
if ! "$here/neo4j.sh" status >/dev/null 2>&1; then
  "$here/neo4j.sh" start
  started=1
else
  # Returns at once when it is up, and waits for one still starting or
  # recovering from a crash, which status alone counts as running.
  "$here/neo4j.sh" start
fi
status=0
"$@" || status=$?
if ((started)); then "$here/neo4j.sh" stop; fi
exit "$status"
