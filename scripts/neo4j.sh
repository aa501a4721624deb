#!/usr/bin/env bash
# Local Neo4j Community server for development and CI, without Docker.
#
#   scripts/neo4j.sh fetch|start|stop|status
#
# Neo4j publishes no tarball on Maven Central (the standalone assembly is a
# pom-only artifact), so we resolve that pom's runtime dependencies with Maven
# into a lib/ dir: that is exactly the jar set of the official tarball, minus
# the scripts. We then run the server class directly, which gives us a single
# JVM whose pid we own (the bin/neo4j bootloader would fork a second one).
#
# Env: ORGRAPH_CACHE, NEO4J_PASSWORD, NEO4J_BOLT_PORT, NEO4J_HTTP_PORT,
#      NEO4J_START_TIMEOUT, JAVA_HOME.
set -euo pipefail

NEO4J_VERSION=5.26.30 # LTS line; newest 5.26.x on Maven Central at time of writing.
BROWSER_VERSION=5.24.0 # org.neo4j.client:neo4j-browser, serves the UI on the HTTP port.

CACHE="${ORGRAPH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/orgraph}"
DIST="$CACHE/neo4j-$NEO4J_VERSION"
LIB="$DIST/lib"
RUN="$DIST/run" # used as Neo4j's home: data, logs, conf, plugins all land here.
PIDFILE="$RUN/neo4j.pid"
LOG="$RUN/logs/console.log" # JVM stdout/stderr; Neo4j's own log is neo4j.log next to it
BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
PASSWORD="${NEO4J_PASSWORD:-orgraph-dev}"
TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

die() { echo "neo4j.sh: $*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Only trust the pid file if the process is really our server; pids get reused.
running_pid() {
  local pid cmd
  [[ -f $PIDFILE ]] && pid=$(<"$PIDFILE") && [[ -n $pid ]] || return 1
  cmd="$(ps -ww -o args= -p "$pid" 2>/dev/null) " || return 1 # portable (macOS too)
  [[ $cmd == *CommunityEntryPoint*"--home-dir=$RUN "* ]] || return 1
  echo "$pid"
}

check_java() {
  command -v "$JAVA" >/dev/null 2>&1 ||
    die "java not found (need Java 17 or 21; install e.g. openjdk-17-jre-headless or set JAVA_HOME)"
  local v major
  v=$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)
  major=${v%%.*}
  [[ $major == 1 ]] && major=$(echo "$v" | cut -d. -f2) # "1.8.0_x" style
  [[ $major =~ ^[0-9]+$ ]] && ((major >= 17)) && return 0
  die "Neo4j $NEO4J_VERSION needs Java 17 or newer (17 and 21 are supported), but '$JAVA' is version '${v:-unknown}'"
}

fetch() {
  [[ -d $LIB ]] && { [[ ${1:-} == quiet ]] || echo "Neo4j $NEO4J_VERSION is cached in $DIST."; return 0; }
  command -v mvn >/dev/null 2>&1 || die "mvn not found; it is needed once to download Neo4j from Maven Central"
  echo "Fetching Neo4j $NEO4J_VERSION from Maven Central into $DIST ..."
  local work="$DIST/fetch.$$"
  mkdir -p "$work"
  trap 'rm -rf "$work"' EXIT
  # The plugin version is pinned: Maven 3.8's default (2.8) is ancient.
  cat >"$work/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>orgraph.local</groupId><artifactId>neo4j-runtime</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j.assembly</groupId><artifactId>neo4j-community-standalone</artifactId>
      <version>$NEO4J_VERSION</version><type>pom</type>
    </dependency>
    <dependency>
      <groupId>org.neo4j.client</groupId><artifactId>neo4j-browser</artifactId>
      <version>$BROWSER_VERSION</version>
    </dependency>
  </dependencies>
  <build><plugins><plugin>
    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>3.6.1</version>
  </plugin></plugins></build>
</project>
EOF
  # Private local repo, deleted afterwards: keeps ~/.m2 clean and makes the
  # cache dir the only thing CI needs to cache. settings.xml mirrors still apply.
  (cd "$work" && mvn -B -Dmaven.repo.local="$work/m2" dependency:copy-dependencies \
    -DincludeScope=runtime -DexcludeTypes=pom -DoutputDirectory="$work/lib" >"$work/mvn.log" 2>&1) ||
    { tail -n 40 "$work/mvn.log" >&2; die "Maven download failed"; }
  # rename is atomic, so a half-finished fetch never looks complete; a
  # concurrent fetch may have won the race, which is fine.
  [[ -d $LIB ]] || mv "$work/lib" "$LIB"
  rm -rf "$work"
  trap - EXIT
  local jars=("$LIB"/*.jar)
  echo "Fetched ${#jars[@]} jars ($(du -sh "$LIB" | cut -f1))."
}

write_conf() {
  mkdir -p "$RUN/conf" "$RUN/logs"
  # Written on every start so port/env changes apply. Advertised addresses
  # matter for neo4j:// URIs: the routing table hands them back to drivers.
  cat >"$RUN/conf/neo4j.conf" <<EOF
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:$BOLT_PORT
server.bolt.advertised_address=127.0.0.1:$BOLT_PORT
server.http.listen_address=127.0.0.1:$HTTP_PORT
server.http.advertised_address=127.0.0.1:$HTTP_PORT
server.https.enabled=false
server.memory.heap.initial_size=512m
server.memory.heap.max_size=1g
server.memory.pagecache.size=256m
dbms.usage_report.enabled=false
# Throwaway dev data: don't preallocate 256MB of tx log per database.
db.tx_log.preallocate=false
db.tx_log.rotation.retention_policy=1 files
# Bolt's Netty shutdown otherwise idles 2x5s, doubling stop time.
internal.dbms.bolt.netty_server_shutdown_quiet_period=0
EOF
}

start() {
  check_java
  local pid
  if pid=$(running_pid); then
    port_open "$BOLT_PORT" && { echo "Neo4j already running (pid $pid, bolt://127.0.0.1:$BOLT_PORT)."; exit 0; }
    die "Neo4j process $pid exists but Bolt port $BOLT_PORT is not answering; run '$0 stop' first"
  fi
  port_open "$BOLT_PORT" && die "port $BOLT_PORT is already in use by another process"
  port_open "$HTTP_PORT" && die "port $HTTP_PORT is already in use by another process"
  ((${#PASSWORD} >= 8)) || die "NEO4J_PASSWORD must be at least 8 characters (Neo4j's default minimum)"
  fetch quiet
  write_conf
  local t0=$SECONDS
  # The initial password only takes effect before the system database exists.
  if [[ ! -d $RUN/data/databases/system ]]; then
    NEO4J_HOME="$RUN" NEO4J_CONF="$RUN/conf" "$JAVA" -cp "$LIB/*" org.neo4j.cli.AdminTool \
      dbms set-initial-password "$PASSWORD" >"$RUN/logs/admin.log" 2>&1 ||
      { cat "$RUN/logs/admin.log" >&2; die "setting the initial password failed"; }
  fi
  # JVM flags are the subset of the tarball's default neo4j.conf that the
  # server needs on Java 17+ (module opens for Netty/native memory access).
  nohup "$JAVA" -Xms512m -Xmx1g -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC \
    -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields \
    -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
    -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8 \
    -cp "$LIB/*" org.neo4j.server.CommunityEntryPoint --home-dir="$RUN" --config-dir="$RUN/conf" \
    >>"$LOG" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PIDFILE"
  printf 'Starting Neo4j %s (pid %s, logs in %s) ' "$NEO4J_VERSION" "$pid" "$RUN/logs"
  until port_open "$BOLT_PORT" && port_open "$HTTP_PORT"; do
    if ! kill -0 "$pid" 2>/dev/null || ((SECONDS - t0 >= TIMEOUT)); then
      echo
      kill -0 "$pid" 2>/dev/null && echo "Timed out after ${TIMEOUT}s." >&2 || echo "Neo4j exited." >&2
      # Neo4j detects it has no TTY and logs to neo4j.log only; console.log
      # catches JVM-level failures (bad flags, OOM) before logging is up.
      for f in "$RUN/logs/neo4j.log" "$LOG"; do
        grep -q . "$f" 2>/dev/null && { echo "--- last 40 lines of $f" >&2; tail -n 40 "$f" >&2; }
      done
      stop >/dev/null
      exit 1
    fi
    printf .
    sleep 1
  done
  echo
  echo "Neo4j ready in $((SECONDS - t0))s: neo4j://127.0.0.1:$BOLT_PORT (user neo4j), http://127.0.0.1:$HTTP_PORT"
}

stop() {
  local pid i
  if ! pid=$(running_pid); then
    rm -f "$PIDFILE"
    echo "Neo4j not running."
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "Neo4j did not stop within 60s; killing it." >&2
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  rm -f "$PIDFILE"
  echo "Neo4j stopped."
}

status() {
  local pid
  if pid=$(running_pid); then
    echo "Neo4j $NEO4J_VERSION running (pid $pid), bolt $(port_open "$BOLT_PORT" && echo up || echo down) on 127.0.0.1:$BOLT_PORT."
  else
    echo "Neo4j not running."
    return 3 # LSB convention, so callers can test it
  fi
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 fetch|start|stop|status" >&2; exit 2 ;;
esac
