#!/usr/bin/env bash
# What the test suite needs beside the code, brought up in one place for ./test.sh (and so for
# .ci/run, which only calls ./test.sh): Debian's chromium for the browser tests and a throwaway
# PostgreSQL on loopback for the PostgreSQL store suite. Sourced, not run:  . .ci/services.sh
# It installs only what is missing (apt-get as root, or sudo -n; never prompts), reuses a server
# already running, exports CASUS_TEST_PG, and prints one line saying what it found or started.
# A CASUS_TEST_PG already set is used as it is (a developer's own server).
# Never `set -e` here: it is sourced into test.sh, which must go on to report its own summary.

casus_services() {
  local root log need=() started=() as_root pg_env
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  log="$(mktemp -t casus-services.XXXXXX)"
  if [[ $(id -u) -eq 0 ]]; then as_root=(); elif command -v sudo >/dev/null 2>&1; then as_root=(sudo -n); else as_root=(false); fi

  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  if [[ -z "${CASUS_TEST_PG:-}" ]] && ! compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null; then need+=(postgresql); fi
  if ((${#need[@]})); then
    if DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get update -qq >"$log" 2>&1 \
      && DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >>"$log" 2>&1; then
      started+=("installed ${need[*]}")
    else
      tail -5 "$log" >&2
      echo "test: could not install ${need[*]} (needs root or passwordless sudo); those tests will fail" >&2
    fi
  fi

  if [[ -n "${CASUS_TEST_PG:-}" ]]; then
    started+=("PostgreSQL from CASUS_TEST_PG")
  elif pg_env="$(cd "$root" && bash -c '. .ci/postgres.sh >&2 && printf %s "$CASUS_TEST_PG"' 2>>"$log")" && [[ -n "$pg_env" ]]; then
    export CASUS_TEST_PG="$pg_env"
    started+=("PostgreSQL on 127.0.0.1:${CASUS_PG_PORT:-55432}")
  else
    tail -5 "$log" >&2
    echo "test: PostgreSQL could not be started; the PostgreSQL tests will fail" >&2
  fi
  command -v chromium >/dev/null 2>&1 && started+=("chromium $(command -v chromium)")
  local line="" part
  for part in "${started[@]}"; do line+="${line:+; }$part"; done
  echo "test: services: ${line:-none}"
  rm -f "$log"
}
casus_services
