#!/usr/bin/env bash
# Menyiapkan lingkungan dari nol lalu menjalankan seluruh pengujian.
# Dipakai apa adanya oleh README dan oleh .ci/run: paket Debian (LibreOffice untuk menguji templat,
# Chromium untuk menguji rekap HTML, gcc dan header Python untuk menguji skp percepat), virtualenv .venv,
# paket Python proyek beserta extra [dev], lalu
# pemeriksaan kode dengan konfigurasi proyek sendiri (ruff, import-linter untuk lapisan, mypy) dan pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# skp percepat (mypyc) mengompilasi C: kompiler dan header Python untuk ujinya
command -v cc >/dev/null 2>&1 || need+=(gcc libc6-dev)
python3 -c 'import os, sysconfig, sys; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
  || need+=(python3-dev)
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev]'
export PATH="$PWD/.venv/bin:$PATH"
echo "== ruff ==" && ruff check .
echo "== import-linter ==" && lint-imports --no-cache
echo "== mypy ==" && mypy
# Windows dan macOS memulai proses pekerja dengan spawn, bukan fork: uji batch dijalankan sekali dengan spawn.
echo "== uji batch dengan spawn ==" && SKP_START_METHOD=spawn .venv/bin/python -m pytest -q -p no:cacheprovider \
  tests/test_run.py tests/test_run_cli.py tests/test_run_isolation.py tests/test_bad_input_isolation.py \
  tests/test_penilaian_cli.py
exec .venv/bin/python -m pytest "$@"
