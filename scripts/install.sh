# Sourced by scripts/demo.sh and scripts/test.sh: create .venv if missing and install partygraph
# (editable, with the test extras) into it. Expects to run from the repository root.

PYTHON="${PYTHON:-python3}"

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "error: $PYTHON not found: install Python 3.10+ (sudo apt-get install -y python3 python3-venv)" >&2
  exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
  echo "error: partygraph needs Python 3.10+, $PYTHON is $("$PYTHON" -V 2>&1)" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv with $("$PYTHON" -V 2>&1)"
  if ! "$PYTHON" -m venv .venv; then
    rm -rf .venv
    echo "error: could not create a virtualenv: sudo apt-get install -y python3-venv" >&2
    exit 1
  fi
fi
echo "Installing partygraph into .venv"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
