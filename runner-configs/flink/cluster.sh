#!/usr/bin/env bash
# A local Flink 1.19 session cluster for PerfOrch: one JobManager and one TaskManager, two background
# JVMs started from Maven-resolved Flink jars (no Flink distribution needed).
#
#   cluster.sh start  [--port N] [--rpc-port M] [--state-dir DIR] [--timeout SECONDS]
#   cluster.sh stop   [--port N] [--state-dir DIR] [--grace SECONDS]
#   cluster.sh status [--port N] [--state-dir DIR]
#
# --port is the REST port (web UI and job submission, default 8081). The JobManager's RPC port is
# --rpc-port, else the first free port from 6123 (default REST port) or from N+1. Logs, PID files and
# Flink's temporary files go to the state folder, by default target/cluster-N beside this script.
# Exit codes: 0 ok (status: up), 1 error, 2 usage, 3 (status only) not running.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
conf_dir="$here/conf"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jm_class=org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint
tm_class=org.apache.flink.runtime.taskexecutor.TaskManagerRunner

die() { echo "cluster.sh: $*" >&2; exit 1; }
usage_error() { echo "cluster.sh: $*" >&2; sed -n '5,7p' "${BASH_SOURCE[0]}" | sed 's/^# */usage: /' >&2; exit 2; }

is_port() { [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le 65535 ]; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- Arguments ---
command="${1:-}"
[ $# -gt 0 ] && shift
port=8081 rpc_port="" state_dir="" timeout=60 grace=15
while [ $# -gt 0 ]; do
  [ $# -ge 2 ] || usage_error "$1 needs a value"
  case "$1" in
    --port) port="$2" ;;
    --rpc-port) rpc_port="$2" ;;
    --state-dir) state_dir="$2" ;;
    --timeout) timeout="$2" ;;
    --grace) grace="$2" ;;
    *) usage_error "unknown option '$1'" ;;
  esac
  shift 2
done
is_port "$port" || usage_error "--port must be a port number (1-65535), got '$port'"
[ -z "$rpc_port" ] || is_port "$rpc_port" || usage_error "--rpc-port must be a port number, got '$rpc_port'"
[[ "$timeout" =~ ^[0-9]+$ ]] || usage_error "--timeout must be whole seconds, got '$timeout'"
[[ "$grace" =~ ^[0-9]+$ ]] || usage_error "--grace must be whole seconds, got '$grace'"
state_dir="${state_dir:-$here/target/cluster-$port}"
[ "$command" != start ] || mkdir -p "$state_dir"
[ ! -d "$state_dir" ] || state_dir="$(cd "$state_dir" && pwd -P)"   # the form the JVM marker uses
jm_pid_file="$state_dir/jobmanager.pid" tm_pid_file="$state_dir/taskmanager.pid"
jm_log="$state_dir/jobmanager.log" tm_log="$state_dir/taskmanager.log"
ports_file="$state_dir/ports"
# Marks our JVMs' command lines, so that a PID reused by another process is never signalled.
marker="-Dperforch.flink.state=$state_dir"

# --- Processes ---
pid_of() { [ -s "$1" ] && cat "$1" || true; }
ours() {
  local args
  [ -n "$1" ] && args="$(tr '\0' '\n' 2>/dev/null <"/proc/$1/cmdline")" && grep -qxF -- "$marker" <<<"$args"
}
recorded_rest_port() { [ -s "$ports_file" ] && sed -n 's/^rest=//p' "$ports_file" || echo "$port"; }

overview() { curl -fsS --max-time 3 "http://localhost:$1/overview" 2>/dev/null || true; }
json_int() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p" <<<"$2"; }

print_endpoints() {
  echo "  REST / web UI:  http://localhost:$1"
  echo "  Beam options:   --runner=FlinkRunner --flinkMaster=localhost:$1"
  echo "  logs:           $jm_log"
  echo "                  $tm_log"
}

# --- Classpath: Flink's jars as Maven resolves them (pom.xml here), cached until the POM changes ---
classpath() {
  local cache="$here/target/classpath.txt" log="$here/target/classpath-mvn.log"
  if [ -s "$cache" ] && [ "$cache" -nt "$here/pom.xml" ] && all_present "$cache"; then
    cat "$cache"; return
  fi
  command -v mvn >/dev/null || die "Maven (mvn) is needed once to resolve Flink's jars: apt-get install maven"
  mkdir -p "$here/target"
  local tmp="$cache.$$"
  echo "cluster.sh: resolving Flink's jars with Maven (once) ..." >&2
  # Offline first (the PerfOrch build has normally fetched them); online only if something is missing.
  if ! mvn -B -q -o -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$tmp" >"$log" 2>&1 &&
     ! mvn -B -q -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$tmp" >>"$log" 2>&1; then
    rm -f "$tmp"
    die "Maven could not resolve Flink's jars from $here/pom.xml; see $log"
  fi
  mv -f "$tmp" "$cache"   # atomic: concurrent starts never read half a file
  cat "$cache"
}
all_present() {
  local jar
  while IFS= read -r -d: jar || [ -n "$jar" ]; do [ -f "${jar%$'\n'}" ] || return 1; done <"$1"
}

# Flink's own memory arithmetic (what bin/jobmanager.sh and bin/taskmanager.sh do): prints the JVM flags
# on the first line and the derived -D settings on the second, or fails with Flink's message.
resource_params() {
  local out
  if ! out="$("$java_bin" -cp "$cp" org.apache.flink.runtime.util.bash.BashJavaUtils "$1" --configDir "$conf_dir" 2>&1)"; then
    die "Flink rejected $conf_dir/flink-conf.yaml (computing the JVMs' memory flags):"$'\n'"$(
      grep -v '^\[main\] INFO' <<<"$out" | head -n 12)"
  fi
  out="$(sed -n 's/^BASH_JAVA_UTILS_EXEC_RESULT://p' <<<"$out")"
  [ "$(wc -l <<<"$out")" -eq 2 ] || die "unexpected output from Flink's BashJavaUtils $1: $out"
  echo "$out"
}

first_free_port() {
  local p
  for ((p = $1; p < $1 + 100 && p <= 65535; p++)); do
    [ "$p" -ne "$port" ] && ! listening "$p" && { echo "$p"; return; }
  done
  die "no free port in $1..$(($1 + 99)) for the JobManager's RPC; pass --rpc-port"
}

launch() { # name main-class jvm-flags dynamic-properties
  local name="$1" main="$2" log="$state_dir/$1.log"
  local -a jvm dyn java_opts
  read -ra jvm <<<"$3"
  read -ra dyn <<<"$4"
  read -ra java_opts <<<"$(sed -n 's/^env\.java\.opts\.all:[[:space:]]*//p' "$conf_dir/flink-conf.yaml")"
  nohup "$java_bin" "${jvm[@]}" "${java_opts[@]}" "$marker" \
    -Dlog.file="$log" \
    -Dorg.slf4j.simpleLogger.logFile=System.out \
    -Dorg.slf4j.simpleLogger.showDateTime=true \
    -Dorg.slf4j.simpleLogger.dateTimeFormat="yyyy-MM-dd HH:mm:ss,SSS" \
    -cp "$cp" "$main" --configDir "$conf_dir" "${dyn[@]}" \
    -D rest.port="$port" -D jobmanager.rpc.port="$rpc_port" \
    -D io.tmp.dirs="$state_dir/tmp" -D web.tmpdir="$state_dir/web" \
    >"$log" 2>&1 </dev/null &
  echo $! >"$state_dir/$name.pid"
}

kill_both() { # signal; returns 0 once neither JVM is left
  local pid alive=0
  for pid in "$(pid_of "$jm_pid_file")" "$(pid_of "$tm_pid_file")"; do
    if ours "$pid"; then alive=1; [ -z "$1" ] || kill "-$1" "$pid" 2>/dev/null || true; fi
  done
  return $alive
}

remove_state() {
  # Flink's working files (uploaded job jars among them) go; the logs stay for a look afterwards.
  rm -rf "$jm_pid_file" "$tm_pid_file" "$ports_file" "$state_dir/tmp" "$state_dir/web"
}

stop_cluster() { # returns 1 when there was nothing to stop
  local waited
  if kill_both ""; then remove_state; return 1; fi
  kill_both TERM || true
  for ((waited = 0; waited < grace * 5; waited++)); do kill_both "" && break; sleep 0.2; done
  if ! kill_both ""; then
    echo "cluster.sh: still running after ${grace}s, sending KILL" >&2
    kill_both KILL || true
    for ((waited = 0; waited < 50; waited++)); do kill_both "" && break; sleep 0.2; done
    kill_both "" || die "could not stop PIDs $(pid_of "$jm_pid_file") $(pid_of "$tm_pid_file")"
  fi
  remove_state
}

# After a failed start: each log's errors and their causes, else its last lines.
log_excerpts() {
  local log errors
  for log in "$jm_log" "$tm_log"; do
    [ -s "$log" ] || continue
    errors="$(grep -E ' ERROR |^Caused by: ' "$log" | head -n 10 || true)"
    if [ -n "$errors" ]; then echo "--- errors in $log:"; echo "$errors"
    else echo "--- last lines of $log:"; tail -n 10 "$log"; fi
  done
  return 0
}

start_cluster() {
  if ours "$(pid_of "$jm_pid_file")" && ours "$(pid_of "$tm_pid_file")"; then
    port="$(recorded_rest_port)"
    echo "Flink session cluster already running (state $state_dir):"
    print_endpoints "$port"
    return 0
  elif ! kill_both ""; then
    die "one of the two JVMs is running without the other (state $state_dir); run \`$0 stop\` first"
  fi
  remove_state
  command -v curl >/dev/null || die "curl is needed to check the cluster's REST endpoint"
  listening "$port" && die "port $port is already in use by another process; choose another with --port"
  if [ -z "$rpc_port" ]; then
    rpc_port="$(first_free_port "$([ "$port" -eq 8081 ] && echo 6123 || echo $((port + 1)))")"
  elif listening "$rpc_port"; then
    die "RPC port $rpc_port is already in use by another process; choose another with --rpc-port"
  fi

  cp="$(classpath)"
  local jm_params tm_params
  jm_params="$(resource_params GET_JM_RESOURCE_PARAMS)"
  tm_params="$(resource_params GET_TM_RESOURCE_PARAMS)"
  mkdir -p "$state_dir/tmp" "$state_dir/web"
  printf 'rest=%s\nrpc=%s\n' "$port" "$rpc_port" >"$ports_file"
  launch jobmanager "$jm_class" "$(sed -n 1p <<<"$jm_params")" "$(sed -n 2p <<<"$jm_params")"
  launch taskmanager "$tm_class" "$(sed -n 1p <<<"$tm_params")" "$(sed -n 2p <<<"$tm_params")"

  local deadline=$((SECONDS + timeout)) json="" name
  while ((SECONDS < deadline)); do
    for name in jobmanager taskmanager; do
      # kill -0, not ours: a JVM only shows the marker once nohup has exec'd it.
      if ! kill -0 "$(pid_of "$state_dir/$name.pid")" 2>/dev/null; then
        stop_cluster || true
        log_excerpts >&2
        die "the $name exited during start-up; see $state_dir/$name.log"
      fi
    done
    json="$(overview "$port")"
    if [ "$(json_int taskmanagers "$json")" -ge 1 ] 2>/dev/null &&
       [ "$(json_int slots-available "$json")" -ge 1 ] 2>/dev/null; then
      echo "Flink $(sed -n 's/.*"flink-version":"\([^"]*\)".*/\1/p' <<<"$json") session cluster up" \
        "($(json_int taskmanagers "$json") TaskManager, $(json_int slots-available "$json") free slots; state $state_dir):"
      print_endpoints "$port"
      return 0
    fi
    sleep 0.5
  done
  stop_cluster || true
  log_excerpts >&2
  die "no TaskManager with free slots at http://localhost:$port/overview after ${timeout}s" \
    "(last answer: ${json:-none}); stopped both JVMs; logs: $jm_log, $tm_log"
}

status_cluster() {
  local jm tm json
  jm="$(pid_of "$jm_pid_file")" tm="$(pid_of "$tm_pid_file")"
  if ! ours "$jm" && ! ours "$tm"; then
    echo "Flink session cluster not running (state $state_dir)"
    return 3
  fi
  port="$(recorded_rest_port)"
  json="$(overview "$port")"
  if ours "$jm" && ours "$tm" && [ -n "$json" ]; then
    echo "Flink session cluster up (JobManager PID $jm, TaskManager PID $tm):" \
      "$(json_int taskmanagers "$json") TaskManager, $(json_int slots-total "$json") slots," \
      "$(json_int slots-available "$json") free, $(json_int jobs-running "$json") jobs running"
    print_endpoints "$port"
    return 0
  fi
  echo "Flink session cluster unhealthy: JobManager $(ours "$jm" && echo "PID $jm" || echo down)," \
    "TaskManager $(ours "$tm" && echo "PID $tm" || echo down), REST on port $port" \
    "$([ -n "$json" ] && echo answers || echo "does not answer"); see $jm_log and $tm_log"
  return 1
}

case "$command" in
  start) start_cluster ;;
  stop)
    if stop_cluster; then echo "Flink session cluster stopped (state $state_dir)"
    else echo "Flink session cluster not running (state $state_dir)"; fi ;;
  status) status_cluster ;;
  -h|--help|help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' ;;
  "") usage_error "missing command (start, stop or status)" ;;
  *) usage_error "unknown command '$command' (expected start, stop or status)" ;;
esac
