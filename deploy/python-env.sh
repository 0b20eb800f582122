# Sourced by run.sh and test.sh (bash): find a Python the bot supports, keep .venv made by that
# Python (a .venv made by another one is rebuilt), and install a lock file with its hashes checked.

MIN_PYTHON="3.11"

python_version() {  # "3.11" for the interpreter $1, nothing when it does not run
  "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null
}

supported() {  # whether the interpreter $1 is at least MIN_PYTHON
  "$1" -c 'import sys; sys.exit(sys.version_info[:2] < (3, 11))' >/dev/null 2>&1
}

find_python() {  # the first supported interpreter: $PYTHON, then python3.11 (the lock's), python3, newer
  local candidate
  for candidate in ${PYTHON:-} python3.11 python3 python3.12 python3.13; do
    if command -v "$candidate" >/dev/null 2>&1 && supported "$candidate"; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

prepare_venv() {  # prepare_venv LOCK_FILE
  local python want have
  if ! python="$(find_python)"; then
    echo "This bot needs Python ${MIN_PYTHON} or newer, and found $(python3 --version 2>&1 || echo 'no python3')." >&2
    echo "Install it (Debian/Ubuntu: apt-get install python3.11 python3.11-venv) or set PYTHON=/path/to/python3.11." >&2
    exit 1
  fi
  want="$(python_version "$python")"
  if [ -e .venv ]; then
    have="$(python_version .venv/bin/python)"
    if [ "$have" != "$want" ]; then
      echo ".venv was made by Python ${have:-that is gone}; rebuilding it with Python ${want} (${python})" >&2
      rm -rf .venv
    fi
  fi
  if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
  fi
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r "$1"
}
