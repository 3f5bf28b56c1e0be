"""rekap.html opened by a real browser (headless Chromium over the DevTools protocol), offline.

The page is loaded once per viewport width (1400 px desktop, 390 px phone) in a fresh profile; the test
records every console message, uncaught exception, JavaScript dialog and network request, takes a
full-page screenshot (kept in the test's temporary folder for a human to look at), and drives the
filter and sort controls. Hostile names from the submissions and the daftar (``</script>``,
``"><img onerror>``) must show as text and never run.
"""

from __future__ import annotations

import base64
import itertools
import json
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from kumpulan_documents import HOSTILE_NAMES, write_folder

from batch.cmd_rekap import rekap
from skp.config import Config

websocket = pytest.importorskip("websocket")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
DAFTAR = Path(__file__).parent / "data" / "daftar" / "daftar_pegawai_dinas_pupr.xlsx"
HOSTILE_FILE = '"><img src=x onerror=alert(2)>.xlsx'
HOSTILE_DAFTAR = ("</script><script>alert(1)</script>", '"><img src=x onerror=alert(1)>')
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium tidak terpasang"),
]


class Browser:
    """One Chromium page over the DevTools protocol, with everything the page did recorded."""

    def __init__(self, profile: Path) -> None:
        assert CHROMIUM is not None
        self.process = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not port_file.exists() or not port_file.read_text().strip():
            assert time.monotonic() < deadline, "Chromium tidak membuka port DevTools"
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            page = next(t for t in json.load(answer) if t["type"] == "page")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60,
                                                  suppress_origin=True)
        self.ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        ident = next(self.ids)
        self.socket.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == ident:
                assert "error" not in message, message
                return message.get("result", {})
            self.events.append(message)
            if message.get("method") == "Page.javascriptDialogOpening":  # an alert(): record and dismiss
                self.socket.send(json.dumps({"id": next(self.ids), "method": "Page.handleJavaScriptDialog",
                                             "params": {"accept": True}}))

    def load(self, url: str, width: int) -> None:
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1,
                  mobile=width < 600)
        self.call("Page.navigate", url=url)
        deadline = time.monotonic() + 60
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            assert time.monotonic() < deadline, "halaman tidak selesai dimuat"
            self.call("Runtime.evaluate", expression="1")
        self.call("Runtime.evaluate", expression="new Promise(r => setTimeout(r, 200))", awaitPromise=True)

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def screenshot(self, path: Path, whole: bool = True) -> None:
        shot = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=whole)
        path.write_bytes(base64.b64decode(shot["data"]))

    def of(self, method: str) -> list[dict[str, Any]]:
        return [e["params"] for e in self.events if e.get("method") == method]

    def close(self) -> None:
        self.socket.close()
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory, config: Config) -> Path:
    """rekap.html with a daftar, written inside the submission folder (so file links exist)."""
    folder = write_folder(tmp_path_factory.mktemp("kiriman"), config)
    shutil.copy(folder / "unit" / "staf_a.xlsx", folder / HOSTILE_FILE)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = CliRunner().invoke(rekap, [".", "-o", "rekap.xlsx", "--html", "rekap.html",
                                            "--daftar", str(DAFTAR), "-j", "1"])
    assert result.exit_code == 0, result.output
    return folder / "rekap.html"


@pytest.fixture(scope="module")
def shots() -> Path:
    """Where the screenshots are kept for a human to look at (``SKP_SCREENSHOTS`` or a temporary folder)."""
    import os
    import tempfile

    folder = Path(os.environ.get("SKP_SCREENSHOTS") or tempfile.mkdtemp(prefix="skp-rekap-layar-"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    opened = Browser(tmp_path / "profil")
    try:
        yield opened
    finally:
        opened.close()


@pytest.mark.parametrize("width", [1400, 390])
def test_dashboard_renders_offline_without_errors_or_requests(page: Path, browser: Browser, shots: Path,
                                                              width: int) -> None:
    browser.load(page.as_uri(), width)
    browser.screenshot(shots / f"rekap-{width}.png")
    browser.screenshot(shots / f"rekap-{width}-layar-pertama.png", whole=False)
    assert (shots / f"rekap-{width}.png").stat().st_size > 10_000
    # nothing but the page itself was requested, and nothing went wrong
    assert [r["request"]["url"] for r in browser.of("Network.requestWillBeSent")] == [page.as_uri()]
    assert browser.of("Runtime.consoleAPICalled") == []
    assert browser.of("Runtime.exceptionThrown") == []
    assert browser.of("Log.entryAdded") == []  # a CSP violation would be logged here
    assert browser.of("Page.javascriptDialogOpening") == []
    # hostile text is shown as text, and the only script is the page's own
    assert browser.evaluate("document.scripts.length") == 1
    assert browser.evaluate("document.images.length") == 0
    text = browser.evaluate("document.body.innerText")
    for name in (*HOSTILE_NAMES, *HOSTILE_DAFTAR, HOSTILE_FILE):
        assert name in text, name
    # the first screen answers "how are we doing"
    assert browser.evaluate("document.querySelector('.kpi').innerText.replace(/\\s+/g, ' ')").startswith(
        "4 / 8 pegawai sudah mengirim SKP (50%) 8 berkas SKP diterima")
    assert "Dua kiriman untuk NIP dan periode yang sama." in browser.evaluate(
        "document.querySelector('.masalah').innerText")
    # unit names are never cut off: every card title fits its box
    assert browser.evaluate(
        "[...document.querySelectorAll('.kartu h3')].every(h => h.scrollWidth <= h.clientWidth + 1)")
    # counts are whole numbers, never "4,00"
    assert not browser.evaluate("/\\b\\d+,00\\b/.test(document.querySelector('#tabel-ringkasan').innerText)")


def test_tree_marks_broken_links_red_and_unintervened_rk_amber(page: Path, browser: Browser) -> None:
    browser.load(page.as_uri(), 1400)
    names = "[...document.querySelectorAll('.pohon .{} strong')].map(e => e.textContent)"
    broken, idle = browser.evaluate(names.format("putus")), browser.evaluate(names.format("kosong"))
    assert sorted(broken) == ["Ani", "Ani"]  # staf_a and its hostile-named copy
    assert sorted(idle) == ["Budi Santoso, S.T.", "Ir. Hadi Prasetyo, M.T."]
    assert browser.evaluate("getComputedStyle(document.querySelector('.putus')).borderTopColor") == \
        "rgb(198, 40, 40)"


def test_tables_filter_and_sort(page: Path, browser: Browser) -> None:
    browser.load(page.as_uri(), 1400)
    rows = "[...document.querySelectorAll('#tabel-pegawai tbody tr')]"
    total = browser.evaluate(f"{rows}.length")
    browser.evaluate("const f = document.getElementById('tabel-pegawai-saring'); f.value = 'teknik jalan';"
                     "f.dispatchEvent(new Event('input')); 0")
    assert browser.evaluate(f"{rows}.filter(r => !r.hidden).length") == 3  # Ani, her copy, Bayu
    shown = browser.evaluate("document.getElementById('tabel-pegawai-jumlah').value")
    assert shown == f"3 dari {total} baris"
    column = ("[...document.querySelectorAll('#tabel-pegawai th')]"
              ".findIndex(t => t.textContent === 'Jumlah RK')")
    browser.evaluate(f"document.querySelectorAll('#tabel-pegawai th')[{column}].click(); 0")
    values = browser.evaluate(f"{rows}.filter(r => !r.hidden).map(r => r.cells[{column}].textContent)")
    assert values == sorted(values, key=int)
    browser.evaluate(f"document.querySelectorAll('#tabel-pegawai th')[{column}].click(); 0")
    values = browser.evaluate(f"{rows}.filter(r => !r.hidden).map(r => r.cells[{column}].textContent)")
    assert values == sorted(values, key=int, reverse=True)
