# Sourced by scripts/run and scripts/test: keeps .venv on Python 3.12+ with a pinned requirements file installed.

ensure_venv() {
  local requirements="$1" stamp=".venv/.installed-$(basename "$1").sha256" wanted
  if [ -x .venv/bin/python ] && ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then
    echo "[venv] .venv is older than Python 3.12: recreating it"
    rm -rf .venv
  fi
  if [ ! -x .venv/bin/python ]; then
    local python
    python=$(scripts/find-python)
    echo "[venv] creating .venv with $python"
    "$python" -m venv .venv
  fi
  wanted=$(cat "$requirements" requirements.txt | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    echo "[venv] installing $requirements"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
    echo "$wanted" > "$stamp"
  fi
}
