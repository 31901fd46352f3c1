# The demo's clock (sourced by scripts/demo.sh). On the real clock these read the machine's time. In a
# simulation (scripts/run.sh --simulation) every service adds the offset in $data/clock-offset to the
# real time; the demo moves the platform forward by rewriting that file (it only ever grows).
clock_file="$data/clock-offset"

offset_seconds() {
  $simulated && [[ -f $clock_file ]] || { echo 0; return; }
  python3 - "$clock_file" <<'PY'
import re, sys
text = open(sys.argv[1]).read().strip()
m = re.fullmatch(r'(-)?(?:(\d+)\.)?(\d+):(\d+):(\d+)(?:\.(\d+))?', text)
if not m: print(0); sys.exit()
seconds = int(m[2] or 0) * 86400 + int(m[3]) * 3600 + int(m[4]) * 60 + int(m[5])
print(-seconds if m[1] else seconds)
PY
}

# The platform's now, as epoch seconds, an ISO instant, and its UTC date.
now_epoch() { echo $(( $(date +%s) + $(offset_seconds) )); }
now_iso() { date -u -d "@$(now_epoch)" +%Y-%m-%dT%H:%M:%SZ; }
today_utc() { date -u -d "@$(now_epoch)" +%F; }
astana() { TZ=Asia/Almaty date -d "$1" '+%a %d %b %Y %H:%M'; }

# Moves every service's clock on by $1 seconds; $2 says why.
advance() {
  local seconds=$1 total
  total=$(( $(offset_seconds) + seconds ))
  python3 - "$clock_file" "$total" <<'PY'
import os, sys
path, total = sys.argv[1], int(sys.argv[2])
sign = '-' if total < 0 else ''
total = abs(total)
days, rest = divmod(total, 86400)
text = f"{sign}{days}.{rest // 3600:02}:{rest % 3600 // 60:02}:{rest % 60:02}"
with open(path + '.next', 'w') as f: f.write(text)
os.replace(path + '.next', path)
PY
  echo "   ⏩ $2: the platform's clock now reads $(astana "$(now_iso)") in Astana"
}

# Starts the platform in simulation mode unless one already answers; a platform on the real clock is refused.
start_simulation() {
  if curl -s -o /dev/null "$identity/health"; then
    if ! curl -sI "$identity/health" | grep -qi '^nomad-simulated-clock:'; then
      echo "A platform on the real clock is running: stop it (Ctrl+C in its terminal) before a simulation." >&2
      exit 1
    fi
    echo "Simulation mode: using the platform already running ($(curl -sI "$identity/health" | grep -i '^nomad-simulated-clock:' | tr -d '\r'))"
    return
  fi
  mkdir -p "$data"
  if [[ -n $simulation_start && ! -f $clock_file ]]; then
    # A fresh simulation may begin at any moment: the first offset the services read may be negative.
    advance $(( $(date -u -d "$simulation_start" +%s) - $(date +%s) )) "pinned to the simulation's start"
  fi
  echo "Simulation mode: starting the platform on a clock the demo moves (log: $data/run.log; the first start builds and takes a few minutes)"
  setsid "$root/scripts/run.sh" --simulation > "$data/run.log" 2>&1 &
  platform_pid=$!
  trap 'kill -- -$platform_pid 2>/dev/null; wait $platform_pid 2>/dev/null' EXIT
  for url in "$identity" "$hub" "$approval" "$arrival" "$psc"; do
    for _ in $(seq 1 600); do
      curl -sf -o /dev/null "$url/health" && break
      kill -0 $platform_pid 2>/dev/null || { echo "The platform stopped; see $data/run.log" >&2; tail -20 "$data/run.log" >&2; exit 1; }
      sleep 1
    done
    curl -sf -o /dev/null "$url/health" || { echo "$url did not become healthy; see $data/run.log" >&2; exit 1; }
  done
  echo "   platform up; HTTP API reference: $identity/api-reference (and each service's); gRPC reflection on :5102, :5112, :5122, :5132"
}
