"""The web app: one endpoint per add-in button, plus Kirim SKP and a health check.

Every POST takes the JSON an xlwings client sends and answers with the actions it applies
(``{"actions": [...]}``), exactly what ``book.json()`` records. Requests share nothing: each body is read
under a size limit, parsed, opened in its own remote-engine app (:mod:`server.book`) and handled in a
worker thread. The token is compared in constant time. Logs carry the endpoint, the NIP and the outcome,
never names, file names or cell contents.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlwings as xw
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from addin import bagi_target, bersihkan_tanda, buat_matriks_peran_hasil, buat_skp_bawahan, hitung_nilai
from addin.grid import book_grid
from addin.kaskade import tell
from addin.periksa import periksa_skp
from server.book import remote_book
from server.kiriman import drafts_folder, store, superior_findings
from server.payload import PayloadRejected, cell_count, client_actions, for_engine, parse
from skp import __version__
from skp.config import Config
from skp.findings import Finding
from skp.models import SkpDocument
from skp.numbers import format_number
from skp.periksa import check_grid
from skp.reading.safety import reading_limits

log = logging.getLogger("skp.server")


@dataclass(frozen=True)
class Settings:
    """What the server is started with; read-only for the requests."""

    kiriman: Path
    token: str | None
    config: Config
    batas_bytes: int = 20 * 1024 * 1024


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to exceed ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"Kiriman lebih dari {limit // (1024 * 1024)} MB ditolak.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"Kiriman lebih dari {limit // (1024 * 1024)} MB ditolak.")
        chunks.append(chunk)
    return b"".join(chunks)


def _authorised(request: Request, token: str | None) -> None:
    if token is None:
        return
    given = request.headers.get("authorization", "").encode("utf-8", "surrogateescape")
    if not hmac.compare_digest(given, token.encode("utf-8")):
        raise HTTPException(401, "Token server SKP tidak sah. Periksa isian AUTH pada sheet xlwings.conf.")


def _periode(document: SkpDocument) -> str | None:
    period = document.periode
    if period.start and period.end:
        return f"{period.start.isoformat()}-{period.end.isoformat()}"
    return period.raw


Button = Callable[[xw.Book, bytes, Settings], str]


def _nip(nip: str | None) -> str:
    """The NIP as logged: its digits only, so text typed into the NIP cell never reaches the log."""
    return "".join(ch for ch in nip or "" if ch.isdigit()) or "-"


def _periksa(book: xw.Book, body: bytes, settings: Settings) -> str:
    config = settings.config
    report = periksa_skp(book, config, lambda r, d: superior_findings(settings.kiriman, r, d, config))
    return f"nip={_nip(report.nip)} status={report.status}"


def _kirim(book: xw.Book, body: bytes, settings: Settings) -> str:
    config = settings.config
    grid = book_grid(book)
    report, document = check_grid(grid, book.fullname, config)
    shown = periksa_skp(book, config, lambda r, d: superior_findings(settings.kiriman, r, d, config))
    if document is None or not report.nip:
        tell(book, "SKP tidak dikirim: NIP pegawai belum terbaca. Lengkapi identitas pegawai "
                   "lalu kirim ulang.")
        return f"nip=- status={report.status} tersimpan=tidak"
    if document.pegawai.nip_typed_as_number:  # its last digits are lost: the name would be another NIP's
        tell(book, "SKP tidak dikirim: NIP pegawai diketik sebagai angka sehingga digit terakhirnya hilang. "
                   "Ketik ulang NIP sebagai teks (awali dengan tanda petik ') lalu kirim ulang.")
        return f"nip=- status={report.status} tersimpan=tidak"
    stored = store(settings.kiriman, body, grid, report.nip, _periode(document))
    note = "" if shown.valid else " Masih ada error: perbaiki lalu kirim ulang."
    tell(book, f"SKP diterima server sebagai {stored.latest.name} (versi {stored.version}).{note}")
    return f"nip={_nip(report.nip)} status={shown.status} versi={stored.version}"


def _bawahan(book: xw.Book, body: bytes, settings: Settings) -> str:
    report, _ = check_grid(book_grid(book), book.fullname, settings.config)
    folder = drafts_folder(settings.kiriman, report.nip)
    folder.mkdir(parents=True, exist_ok=True)
    shown = f"server SKP (folder {folder.relative_to(settings.kiriman).as_posix()}; minta kepada pengelola)"
    written = buat_skp_bawahan(book, folder, settings.config, shown)
    return f"nip={_nip(report.nip)} draf={len(written)}"


def _simple(button: Callable[..., Any], with_config: bool = True) -> Button:
    def run(book: xw.Book, body: bytes, settings: Settings) -> str:
        button(book, settings.config) if with_config else button(book)
        return "selesai"
    return run


BUTTONS: dict[str, Button] = {
    "periksa": _periksa,
    "bersihkan": _simple(bersihkan_tanda, with_config=False),
    "matriks": _simple(buat_matriks_peran_hasil),
    "bagi-target": _simple(bagi_target),
    "bawahan": _bawahan,
    "nilai": _simple(hitung_nilai),
    "kirim": _kirim,
}


def _too_big(cells: int, limit: int) -> dict[str, Any]:
    detail = f"{format_number(cells, 0)} sel melebihi batas {format_number(limit, 0)} sel"
    finding = Finding.make("berkas-terlalu-besar", rincian=detail)
    return {"actions": [{"func": "alert", "args": [finding.message, "SKP", "ok", "critical", ""],
                         "values": None, "sheet_position": None, "start_row": None, "start_column": None,
                         "row_count": None, "column_count": None}]}


def _handle(name: str, button: Button, payload: dict[str, Any], body: bytes, settings: Settings) -> dict:
    limit = reading_limits(settings.config).jumlah_sel
    cells = cell_count(payload)
    if cells > limit:
        log.info("%s status=berkas-terlalu-besar", name)
        return _too_big(cells, limit)
    with remote_book(for_engine(payload)) as book:
        outcome = button(book, body, settings)
        actions = client_actions(payload["client"], book.json()["actions"])
    log.info("%s %s", name, outcome)
    return {"actions": actions}


def create_app(settings: Settings) -> FastAPI:
    """The FastAPI app serving the add-in's buttons over ``settings``."""
    app = FastAPI(title="skp server", version=__version__, docs_url=None, redoc_url=None, openapi_url=None)

    @app.exception_handler(StarletteHTTPException)
    async def plain(request: Request, exc: StarletteHTTPException) -> PlainTextResponse:
        # xlwings' VBA client shows a failed answer's body in a message box: plain text reads best there.
        # The router's own 404/405 (an administrator's curl to a wrong address) are said in Indonesian too.
        detail = str(exc.detail)
        if not isinstance(exc, HTTPException) and exc.status_code in (404, 405):
            buttons = ", ".join(f"/{name}" for name in BUTTONS)
            path = request.url.path
            detail = (f"Alamat {path} tidak ada di server SKP." if exc.status_code == 404 else
                      f"{path} tidak menerima {request.method}.")
            detail += f" Tombol memakai POST ke {buttons}; pemantauan memakai GET /kesehatan."
        return PlainTextResponse(detail, status_code=exc.status_code, headers=exc.headers)

    @app.get("/kesehatan")
    async def kesehatan() -> JSONResponse:
        return JSONResponse({"status": "sehat", "versi": __version__})

    def endpoint(name: str, button: Button) -> Callable[[Request], Any]:
        async def handle(request: Request) -> JSONResponse:
            _authorised(request, settings.token)
            body = await _body(request, settings.batas_bytes)
            try:
                payload = parse(body)
            except PayloadRejected as exc:
                log.info("%s status=ditolak", name)
                raise HTTPException(400, str(exc)) from exc
            try:
                answer = await run_in_threadpool(_handle, name, button, payload, body, settings)
            except Exception as exc:  # the user sees a message box, the log the kind of failure only
                log.error("%s status=galat %s", name, type(exc).__name__)
                log.debug("rincian galat", exc_info=True)
                raise HTTPException(500, "Terjadi kesalahan di server SKP; hubungi pengelola.") from exc
            return JSONResponse(answer)
        return handle

    for name, button in BUTTONS.items():
        app.add_api_route(f"/{name}", endpoint(name, button), methods=["POST"])
    return app
