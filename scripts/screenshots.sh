#!/usr/bin/env bash
# Takes a screenshot of each page of the web workbench into docs/screenshots/ (committed), over a
# throwaway database holding the starter knowledge base (paraphrased facts shipped in data/starter) and
# ATOP's alliance members, and no corpus article: the pictures go into the repository, and article
# sentences from ../shared must not. Uses Debian's chromium in headless mode; nothing is fetched from
# outside the machine.
#   scripts/screenshots.sh            (reads ../shared or $CASUS_SHARED; PORT=5899 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
shared=${CASUS_SHARED:-$root/../shared}
port=${PORT:-5899}
chromium=${CHROMIUM:-/usr/bin/chromium}
out=$root/docs/screenshots
work=$(mktemp -d /tmp/casus-screens.XXXXXX)
export XDG_DATA_HOME=$work/xdg
db=$work/screens.db
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

[ -x "$chromium" ] || { echo "screenshots: $chromium not found (apt-get install chromium)" >&2; exit 1; }
./casus import atop "$shared/data/atop/atop5_1m.csv" --db "$db" > /dev/null
./casus serve --db "$db" --urls "http://127.0.0.1:$port" > "$work/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -sf "$base/api/info" > /dev/null && break; sleep 1; done
curl -sf "$base/api/info" > /dev/null || { echo "screenshots: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

mkdir -p "$out"
shot() { # NAME PATH [WIDTH,HEIGHT]
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync \
    --hide-scrollbars --window-size="${3:-1400,900}" --virtual-time-budget=20000 --user-data-dir="$work/chrome" \
    --screenshot="$out/$1.png" "$base/$2" > /dev/null 2>&1
  echo "docs/screenshots/$1.png  ← /$2"
}
shot explorer-iran "?actor=IRN"
shot explorer-security-asserted "?actor=IRN&type=security&modality=asserted"
shot explorer-timeline "?actor=IRN#timeline"
shot explorer-diff "?actor=IRN#diff"
shot explorer-2015 "?actor=IRN&as_of=2015-01-01"
shot scenario-question "scenario.html?target=Iran&against=Israel&joins=United%20States&ask=RUS" 1400,2600
shot actor-russia-full "actor.html?actor=RUS" 1400,2000
shot add-article "add.html"
shot api "api.html"
