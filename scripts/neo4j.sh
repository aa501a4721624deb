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
# start says ready only once its own JVM listens on both ports and Neo4j has
# logged "Started."; another process on a port is named and refused. After a
# crash Neo4j replays its transaction logs first: start shows that recovery's
# progress, waits as long as it advances, and never kills a recovering
# server (a killed recovery only starts over).
#
# Env: ORGRAPH_CACHE, NEO4J_PASSWORD, NEO4J_BOLT_PORT, NEO4J_HTTP_PORT,
#      NEO4J_START_TIMEOUT (seconds without progress), JAVA_HOME,
#      NEO4J_HEAP (max heap, default 1g), NEO4J_PAGECACHE (default 1g).
#
# The page cache holds the store's files in memory; one smaller than the
# store makes reads past it go to disk. The default covers the 100k-person
# benchmark (a store of about 1 GB); give a larger dataset more.
set -euo pipefail

NEO4J_VERSION=5.26.30 # LTS line; newest 5.26.x on Maven Central at time of writing.
BROWSER_VERSION=5.24.0 # org.neo4j.client:neo4j-browser, serves the UI on the HTTP port.

CACHE="${ORGRAPH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/orgraph}"
DIST="$CACHE/neo4j-$NEO4J_VERSION"
LIB="$DIST/lib"
RUN="$DIST/run" # used as Neo4j's home: data, logs, conf, plugins all land here.
PIDFILE="$RUN/neo4j.pid"
LOG="$RUN/logs/console.log" # JVM stdout/stderr; Neo4j's own log is neo4j.log next to it
USERLOG="$RUN/logs/neo4j.log" # "Started.", bind errors
DEBUGLOG="$RUN/logs/debug.log" # recovery progress
MARKS="$RUN/logmarks" # sizes of those two logs when the running JVM was launched
BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
PASSWORD="${NEO4J_PASSWORD:-orgraph-dev}"
TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
HEAP="${NEO4J_HEAP:-1g}"
PAGECACHE="${NEO4J_PAGECACHE:-1g}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

die() { echo "neo4j.sh: $*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# listen_inodes PORT: socket inodes listening on PORT (IPv4 and IPv6), Linux only.
listen_inodes() {
  local hex
  hex=$(printf ':%04X' "$1")
  awk -v p="$hex" '$4 == "0A" && substr($2, length($2) - 4) == p { print $10 }' /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

# owns_port PID PORT: whether process PID is the one listening on PORT. On
# Linux it matches the listening socket's inode with PID's descriptors;
# elsewhere it asks lsof; with neither it cannot tell and trusts the port.
owns_port() {
  local pid=$1 port=$2 inode fds
  if [[ -r /proc/net/tcp && -d /proc/$pid/fd ]]; then
    fds=$(ls -l "/proc/$pid/fd" 2>/dev/null) || return 1
    for inode in $(listen_inodes "$port"); do
      [[ $fds == *"socket:[$inode]"* ]] && return 0
    done
    return 1
  fi
  if command -v lsof >/dev/null 2>&1; then
    lsof -nP -a -p "$pid" -iTCP:"$port" -sTCP:LISTEN >/dev/null 2>&1
    return
  fi
  port_open "$port"
}

# port_holder PORT: who listens on PORT, as well as ss or lsof can tell.
port_holder() {
  local pid=""
  if command -v ss >/dev/null 2>&1; then
    pid=$(ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | sed -n '1s/pid=//p') || true
  elif command -v lsof >/dev/null 2>&1; then
    pid=$(lsof -nP -iTCP:"$1" -sTCP:LISTEN -t 2>/dev/null | sed -n 1p) || true
  fi
  if [[ -n $pid ]]; then
    echo "pid $pid: $(ps -ww -o args= -p "$pid" 2>/dev/null | cut -c1-120)"
  else
    echo "another process (run 'ss -ltnp' or 'lsof -iTCP:$1' to see which)"
  fi
}

# since FILE MARK: what FILE gained after it was MARK bytes long (all of it
# if it has been rotated since).
since() {
  local size
  size=$(wc -c 2>/dev/null <"$1") || return 0
  ((size >= $2)) || set -- "$1" 0
  tail -c +"$(($2 + 1))" "$1"
}

# recovery MARK: the last recovery line Neo4j logged since MARK, shortened
# to "db: what", and whether it is still under way (status 0) or done (1).
recovery() {
  local line
  line=$(since "$DEBUGLOG" "$1" | grep -aE 'Recovery required from|TransactionLogsRecovery|\] +[0-9]+% completed|Recovery in .* completed' | tail -1) || true
  [[ -n $line ]] || return 1
  echo "$line" | sed -E 's/.*\] \[([^/]*)\/[^]]*\] *(.{0,80}).*/\1: \2/'
  [[ $line != *"Recovery in "*completed* ]]
}

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
server.memory.heap.max_size=$HEAP
server.memory.pagecache.size=$PAGECACHE
dbms.usage_report.enabled=false
# Hosts Neo4j Browser may fetch guides and style sheets from (:play URL,
# :style URL); it compares host names only, not ports. 127.0.0.1 and
# localhost allow orgraph serve's guide: :play http://127.0.0.1:8080/guide
browser.remote_content_hostname_whitelist=guides.neo4j.com,localhost,127.0.0.1
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
    if ready "$pid"; then
      echo "Neo4j already running (pid $pid, bolt://127.0.0.1:$BOLT_PORT)."
      exit 0
    fi
    echo "Neo4j is already starting (pid $pid); waiting for it."
    wait_ready "$pid" $SECONDS
    return
  fi
  local port
  for port in "$BOLT_PORT" "$HTTP_PORT"; do
    port_open "$port" && die "port $port is already in use by $(port_holder "$port"); stop it, or pick other ports with NEO4J_BOLT_PORT/NEO4J_HTTP_PORT"
  done
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
  # Only log lines written after this point are about this JVM.
  echo "$(wc -c 2>/dev/null <"$USERLOG" || echo 0) $(wc -c 2>/dev/null <"$DEBUGLOG" || echo 0)" >"$MARKS"
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
  wait_ready "$pid" "$t0"
}

# marks: the log sizes saved when the running JVM was launched.
marks() {
  local m
  m=$(cat "$MARKS" 2>/dev/null) || m=""
  [[ $m =~ ^[0-9]+\ [0-9]+$ ]] && echo "$m" || echo "0 0"
}

# ready PID: PID is alive, listens on both ports itself, and has logged
# "Started." (its ports open a little before its databases are online).
# grep reads all its input, not -q: with pipefail an early exit could fail
# the pipeline through a SIGPIPE'd writer.
ready() {
  local user debug
  read -r user debug < <(marks)
  kill -0 "$1" 2>/dev/null && owns_port "$1" "$BOLT_PORT" && owns_port "$1" "$HTTP_PORT" &&
    since "$USERLOG" "$user" | grep -a 'INFO  Started\.' >/dev/null
}

# wait_ready PID T0: waits until PID is ready. It fails when PID exits, when
# another process holds a port, or after NEO4J_START_TIMEOUT seconds without
# progress; each step of a crash recovery counts as progress.
wait_ready() {
  local pid=$1 t0=$2 deadline=$(($2 + TIMEOUT)) user debug step last="" port
  read -r user debug < <(marks)
  until ready "$pid"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo
      echo "Neo4j exited." >&2
      for port in "$BOLT_PORT" "$HTTP_PORT"; do
        port_open "$port" && echo "Port $port is held by $(port_holder "$port")." >&2
      done
      show_logs "$user"
      rm -f "$PIDFILE"
      exit 1
    fi
    for port in "$BOLT_PORT" "$HTTP_PORT"; do
      if port_open "$port" && ! owns_port "$pid" "$port" &&
        since "$USERLOG" "$user" | grep -a 'INFO  Started\.' >/dev/null; then
        echo
        echo "Neo4j started, but port $port is held by $(port_holder "$port"), not by Neo4j (pid $pid)." >&2
        stop >/dev/null
        exit 1
      fi
    done
    step=$(recovery "$debug") || true
    if [[ -n $step && $step != "$last" ]]; then
      printf '\n  recovering %s ' "$step"
      last=$step
      deadline=$((SECONDS + TIMEOUT))
    fi
    if ((SECONDS >= deadline)); then
      echo
      if recovery "$debug" >/dev/null; then
        echo "Neo4j (pid $pid) is still recovering after a crash: no progress for ${TIMEOUT}s (last: $last)." >&2
        echo "It is left running, since a killed recovery starts over: run '$0 start' again to keep waiting." >&2
        exit 1
      fi
      echo "Timed out after ${TIMEOUT}s." >&2
      show_logs "$user"
      stop >/dev/null
      exit 1
    fi
    printf .
    sleep 1
  done
  echo
  echo "Neo4j ready in $((SECONDS - t0))s: neo4j://127.0.0.1:$BOLT_PORT (user neo4j), http://127.0.0.1:$HTTP_PORT"
}

# show_logs MARK: the end of what this JVM logged. Neo4j detects it has no
# TTY and logs to neo4j.log only; console.log catches JVM-level failures
# (bad flags, OOM) before logging is up.
show_logs() {
  local out
  # Java stack frames bury the one line that says what went wrong.
  out=$(since "$USERLOG" "$1" | grep -avE '^[[:space:]]+(at |\.\.\. [0-9]+ more)' | tail -n 30) || true
  [[ -n $out ]] && { echo "--- last lines of $USERLOG" >&2; echo "$out" >&2; }
  grep -q '[^[:space:]]' "$LOG" 2>/dev/null && { echo "--- last 20 lines of $LOG" >&2; tail -n 20 "$LOG" >&2; }
  return 0
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
