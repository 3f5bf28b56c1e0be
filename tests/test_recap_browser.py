"""rekap.html opened by a real browser (headless Chromium), offline: the page renders every section."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from kumpulan_documents import HOSTILE_NAMES, SUBMISSIONS, write_folder

from skp.config import Config
from skp.recap.html import write_html
from skp.recap.tables import build_tables
from skp.run.batch import run_batch
from skp.run.discovery import discover

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium tidak terpasang"),
]


def test_chromium_renders_every_section_offline(tmp_path: Path, config: Config,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_folder(tmp_path / "kiriman", config)
    monkeypatch.chdir(folder)
    tables = build_tables(run_batch(discover([Path(".")]), config, jobs=1))
    page = tmp_path / "rekap.html"
    write_html(tables, page)
    assert CHROMIUM is not None
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", f"--user-data-dir={tmp_path / 'profil'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout
    assert re.findall(r'<h2 id="(\w+)">', dom) == ["ringkasan", "hierarki", "pegawai", "temuan"]
    pegawai = dom.split('<h2 id="pegawai">')[1].split("</table>")[0]
    assert pegawai.count("<tr>") == 1 + len(SUBMISSIONS)
    assert dom.count('class="baris"') == len(tables.ringkasan) - 1  # one bar per unit kerja
    assert "<script" not in dom
    for name in HOSTILE_NAMES:
        assert f"<td>{name}</td>" in dom
