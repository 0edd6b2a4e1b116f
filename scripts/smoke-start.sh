#!/usr/bin/env bash
# Proves the README's `npm start`: boots on an empty embedded database, answers /readyz within
# 30 s, lets a demo user sign in through the API, then stops cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
port=${SMOKE_PORT:-3917}
log="$data/start.log"
# The web UI is built by `prestart`; time the boot from when the server process starts.
npm run build:web >/dev/null
RELAIS_DATA_DIR="$data" PORT="$port" node bin/relais.js start >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
ready=""
for i in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then ready=$i; break; fi
  kill -0 $pid 2>/dev/null || { cat "$log"; echo "server exited"; exit 1; }
  sleep 0.5
done
[ -n "$ready" ] || { cat "$log"; echo "not ready within 30 s"; exit 1; }
echo "ready after ~$((ready / 2)) s"
grep -q "Relais is running: http://127.0.0.1:$port" "$log" || { cat "$log"; echo "no login URL printed"; exit 1; }
code=$(curl -s -o "$data/session.json" -w '%{http_code}' -H 'content-type: application/json' \
  -d '{"login":"admin@demo-fr.relais.test","password":"relais-demo-2026"}' "http://127.0.0.1:$port/api/session")
[ "$code" = 200 ] || { cat "$data/session.json"; echo "demo login failed: $code"; exit 1; }
curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "web UI not served"; exit 1; }
kill -TERM $pid
wait $pid || true
# A restart keeps the data and does not duplicate the demo.
RELAIS_DATA_DIR="$data" PORT="$port" node bin/relais.js start >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' \
  -d '{"login":"agent@demo-il.relais.test","password":"relais-demo-2026"}' "http://127.0.0.1:$port/api/session")
[ "$code" = 200 ] || { echo "login after restart failed: $code"; exit 1; }
kill -TERM $pid
wait $pid || true
echo "smoke start: ok"
