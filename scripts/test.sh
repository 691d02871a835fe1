#!/usr/bin/env bash
# Command 2: install everything and run the whole test suite against a real Neo4j that the
# test session starts and stops itself (tests/conftest.py). Extra arguments go to pytest.
# Fails when anything fails, including when no test ran (pytest exit code 5).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

source scripts/install.sh

# ---- browser hook: tests that drive a real browser -----------------------------------------
# Runs only when tests/ use Playwright. Whoever adds those tests puts here what the browser needs
# (e.g. `apt-get install -y chromium` or `.venv/bin/python -m playwright install chromium`).
if grep -rqsl --include='*.py' -e 'playwright' tests/; then
  echo "Tests use Playwright: preparing the browser"
  # tests/test_explorer_browser.py drives Debian's chromium at /usr/bin/chromium (no browser
  # download: Playwright's own browser builds cannot be fetched here) and checks that Vietnamese
  # names are drawn with a face that has their letters: fonts-dejavu-core (DejaVu Sans covers
  # Vietnamese) and fonts-liberation, each installed when fontconfig does not list it, even with
  # chromium already there. The playwright Python package comes with the test extra.
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  fonts=$(fc-list : family 2>/dev/null || true)
  grep -qi 'dejavu sans' <<<"$fonts" || missing+=(fonts-dejavu-core)
  grep -qi 'liberation' <<<"$fonts" || missing+=(fonts-liberation)
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
      as_root=()
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      as_root=(sudo -n)
    else
      echo "error: ${missing[*]} missing: run as root: apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
    echo "Installing ${missing[*]} (apt)"
    ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    ${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      "${missing[@]}" >/dev/null
  fi
  /usr/bin/chromium --version 2>/dev/null || true
fi
# ---- end of browser hook ----------------------------------------------------------------------

echo "Linting (ruff check .)"
.venv/bin/ruff check .

echo "Running the test suite (a private Neo4j starts and stops with it)"
status=0
.venv/bin/pytest --durations=10 "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "error: pytest collected no tests" >&2
  exit 1
fi
exit "$status"
