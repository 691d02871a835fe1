#!/usr/bin/env bash
# Command 1: install everything, start the local Neo4j, load the sample articles and serve the
# API on http://127.0.0.1:8000 (Ctrl-C stops the API; `.venv/bin/partygraph db stop` stops Neo4j).
# With NEO4J_URI set, that server is used and no local Neo4j is started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

source scripts/install.sh

.venv/bin/partygraph db start

if ! .venv/bin/partygraph load examples/articles; then
  echo "error: loading the sample articles (examples/articles) failed; see the messages above" >&2
  exit 1
fi

echo "Serving the API on http://127.0.0.1:${PARTYGRAPH_API_PORT:-8000} (try /health and /docs)"
exec .venv/bin/partygraph serve
