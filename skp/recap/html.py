"""The recap as one self-contained HTML dashboard: opens offline, from a USB stick or an e-mail attachment.

The first screen answers "how are we doing": instansi, periode and date, submitted against expected (with
a daftar pegawai), lulus / perlu perbaikan / gagal dibaca, the most frequent problems in plain Indonesian
(the code's uraian first, the code itself secondary) and one card per unit kerja. Below come the
hierarchy as a tree (a broken link red, an RK nobody intervenes amber) and the tables, which a small
inline script makes filterable and sortable; everything is readable without the script, and prints.

Nothing is fetched: CSS and script are inline, and a Content-Security-Policy allows only that one script
(by its hash) and no network request at all. Every value from a submission or the daftar goes through
:func:`~skp.sinks.html_text`; no user text is ever placed inside the script. File links exist only where
:func:`~skp.sinks.relative_link` allows (a plain relative path inside the recap's folder).
"""

from __future__ import annotations

import base64
import hashlib
import os
import pickle
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import quote

import pandas as pd

from skp import __version__
from skp.nip import spaced_nip
from skp.recap.tables import (
    DITERIMA,
    NIP_COLUMNS,
    STATUS_LABELS,
    TANPA_RK_ATASAN,
    TIDAK_COCOK,
    TIDAK_DIINTERVENSI,
    TOTAL,
    RecapInfo,
    RecapTables,
    Table,
    number_text,
)
from skp.recap.xlsx import LINK_COLUMNS
from skp.run.spill import temporary_database
from skp.sinks import html_text, plain, relative_link
from skp.writing.atomic import atomic_write

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
STATUS_CLASS = {"Lulus": "lulus", "Perlu Perbaikan": "perbaikan", "Gagal Dibaca": "gagal"}
LONG_TEXT = 40  # characters: such a cell keeps a readable width on a phone instead of a thin column
TINGKAT_CLASS = {"error": "gagal", "peringatan": "perbaikan", "info": "info"}
# distinct cells per column remembered while a table is written, then forgotten at once: repeats sit close
# together (a submission's rows are consecutive), and a larger memo only grows with the batch (4,096 and
# 50,000 cost the same CPU over 5,000 submissions)
MEMO_SIZE = 4_096
FLUSH_CHARS = 1 << 20  # the page is written in pieces of about this many characters
_ROWS_PER_WRITE = 512  # tree rows gathered between two writes to its temporary database

CSS = """
:root{--biru:#1f4e78;--hijau:#2e7d32;--kuning:#b26a00;--merah:#c62828;--abu:#5f6b7a;--garis:#c8d3df}
*{box-sizing:border-box}
body{font-family:"Segoe UI",Arial,sans-serif;margin:0;color:#1b1b1b;background:#f5f7fa;line-height:1.4}
header,main{max-width:1320px;margin:0 auto;padding:16px 20px}
header{background:var(--biru);color:#fff;max-width:none}
header h1{margin:0;font-size:1.6rem}header p{margin:4px 0 0;opacity:.9}
h2{color:var(--biru);border-bottom:2px solid var(--biru);padding-bottom:4px;margin:28px 0 10px;
  font-size:1.25rem}
.kpi{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin-top:16px}
.kpi div{background:#fff;border-radius:8px;padding:12px 14px;border-left:6px solid var(--biru);
  box-shadow:0 1px 2px rgba(0,0,0,.08)}
.kpi b{display:block;font-size:1.9rem;line-height:1.1}.kpi span{color:var(--abu)}
.kpi .lulus{border-color:var(--hijau)}.kpi .perbaikan{border-color:#f9a825}
.kpi .gagal{border-color:var(--merah)}
.masalah{background:#fff;border-radius:8px;padding:8px 16px 8px 36px;margin:0}
.masalah li{margin:6px 0}.masalah code,.kode{color:var(--abu);font-size:.8rem}
.unit{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:12px}
.kartu{background:#fff;border-radius:8px;padding:12px;box-shadow:0 1px 2px rgba(0,0,0,.08);break-inside:avoid}
.kartu h3{margin:0 0 6px;font-size:1rem;overflow-wrap:anywhere}
.kartu p{margin:4px 0;color:var(--abu);font-size:.9rem}
.batang{display:flex;height:12px;border-radius:6px;overflow:hidden;background:#e3e8ee;margin:6px 0}
.batang span{display:block;height:100%}
.b-lulus{background:var(--hijau)}.b-perbaikan{background:#f9a825}.b-gagal{background:var(--merah)}
.pohon ul{list-style:none;margin:0;padding-left:22px;border-left:1px dashed var(--garis)}
.pohon>ul{padding-left:0;border-left:0}
.pohon li{margin:4px 0}.simpul{display:inline-block;background:#fff;border:1px solid var(--garis);
  border-radius:6px;padding:4px 8px;overflow-wrap:anywhere;max-width:100%}
.simpul small{color:var(--abu)}
.putus{border-color:var(--merah);background:#fdecea}.putus .tanda{color:var(--merah);font-weight:600}
.kosong{border-color:#f9a825;background:#fff8e1}.kosong .tanda{color:var(--kuning);font-weight:600}
.tanda{display:block;font-size:.85rem}
.alat{display:flex;gap:8px;align-items:center;flex-wrap:wrap;margin:6px 0}
.alat input{padding:6px 8px;border:1px solid var(--garis);border-radius:4px;min-width:220px;font:inherit}
.alat output{color:var(--abu);font-size:.9rem}
.gulir{overflow-x:auto;background:#fff;border-radius:6px}
table{border-collapse:collapse;font-size:13px;width:100%}
th{background:var(--biru);color:#fff;text-align:left;position:sticky;top:0;cursor:pointer;user-select:none}
th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
th,td{border:1px solid var(--garis);padding:4px 8px;vertical-align:top}
td{overflow-wrap:break-word}td:first-child{min-width:11em}td.panjang{min-width:18em}
td.angka{text-align:right;white-space:nowrap}td.nip{white-space:nowrap}
tr.lulus td:first-child{border-left:4px solid var(--hijau)}
tr.perbaikan td:first-child{border-left:4px solid #f9a825}tr.perbaikan{background:#fffaf0}
tr.gagal td:first-child{border-left:4px solid var(--merah)}tr.gagal{background:#fdf1f0}
tr.jumlah td{font-weight:600;background:#eef2f7}
p.catatan{color:var(--abu);margin:4px 0 8px}
footer{color:var(--abu);font-size:.85rem;text-align:center;padding:20px}
@media (max-width:600px){header h1{font-size:1.25rem}.kpi b{font-size:1.5rem}
  .alat input{min-width:0;width:100%}table{min-width:960px}}
@media print{
  body{background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
  header{background:#fff;color:#000;border-bottom:2px solid #000}
  .alat{display:none}.gulir{overflow:visible}th{position:static;background:#ddd;color:#000}
  .kartu,.kpi div,.simpul{box-shadow:none;border:1px solid #999}
  table{font-size:10px}tr{break-inside:avoid}h2{break-after:avoid}
  a{color:#000;text-decoration:none}
}
"""

SCRIPT = """
(function () {
  "use strict";
  function key(cell) {
    var raw = cell.getAttribute("data-angka");
    return raw === null ? null : parseFloat(raw);
  }
  document.querySelectorAll("table.data").forEach(function (table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var input = document.getElementById(table.id + "-saring");
    var count = document.getElementById(table.id + "-jumlah");
    function show() {
      var term = input ? input.value.trim().toLowerCase() : "";
      var shown = 0;
      rows.forEach(function (row) {
        var hit = !term || row.textContent.toLowerCase().indexOf(term) !== -1;
        row.hidden = !hit;
        if (hit) { shown += 1; }
      });
      if (count) { count.value = shown + " dari " + rows.length + " baris"; }
    }
    if (input) { input.addEventListener("input", show); }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      th.tabIndex = 0;
      function sort() {
        var down = th.getAttribute("aria-sort") === "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (o) {
          o.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", down ? "descending" : "ascending");
        var fixed = rows.filter(function (r) { return r.classList.contains("jumlah"); });
        var moving = rows.filter(function (r) { return !r.classList.contains("jumlah"); });
        moving.sort(function (a, b) {
          var x = a.cells[index], y = b.cells[index];
          var p = key(x), q = key(y), order;
          if (p !== null && q !== null) { order = p - q; }
          else { order = x.textContent.localeCompare(y.textContent, "id", {numeric: true}); }
          return down ? -order : order;
        });
        rows = moving.concat(fixed);
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
    });
    show();
  });
})();
"""

SECTIONS = {
    "Ringkasan": "Per unit kerja: pegawai yang mengirim (satu NIP satu pegawai; yang pindah unit di tengah "
                 "tahun tercantum di kedua unit dan sekali di baris Jumlah), SKP yang diterima, yang lulus, "
                 "yang perlu perbaikan dan yang berkasnya gagal dibaca, beserta kode temuan tersering.",
    "Belum Mengirim": "Pegawai di daftar pegawai yang wajib mengirim SKP tetapi SKP-nya tidak ada di antara "
                      "kiriman. Pegawai dengan status yang tidak wajib mengirim (mis. pensiun, tugas "
                      "belajar) tidak dicantumkan.",
    "Predikat": "Sebaran predikat kinerja per unit kerja (dari sheet Penilaian yang telah diisi), satu per "
                "pegawai (bawaan: SKP periode terakhirnya, aturan rekap.predikat_pegawai); dua SKP periode "
                "sama yang predikatnya berbeda dihitung "
                "Belum Pasti.",
    "Hierarki": "Atasan dan bawahan: apakah RK bawahan mengintervensi RK atasan yang benar-benar ada, "
                "serta RK atasan yang tidak diintervensi siapa pun.",
    "Pegawai": "Satu baris per SKP yang dikirim.",
    "Temuan": "Satu baris per temuan; perbaiki sel yang disebut lalu kirim ulang.",
}


def _anchor(name: str) -> str:
    return name.lower().replace(" ", "-")


def _tanggal(info: RecapInfo) -> str:
    day = info.dibuat
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _number(value: int | float, column: str) -> str:
    text = number_text(value, column)
    return f"{text}%" if column == "Persen Mengirim" else text


def _cell(value: object, column: str, linked: bool, links: dict[str, str | None], link_base: str) -> str:
    value = plain(value)
    if value is None:
        return "<td></td>"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'<td class="angka" data-angka="{value!r}">{_number(value, column)}</td>'
    if column in NIP_COLUMNS:
        return f'<td class="nip">{html_text(spaced_nip(value))}</td>'
    text = html_text(value)
    if linked:
        if text not in links:
            target = relative_link(str(value), link_base)
            links[text] = html_text(quote(target)) if target is not None else None
        if links[text] is not None:
            return f'<td><a href="{links[text]}">{text}</a></td>'
    return f'<td class="panjang">{text}</td>' if len(text) > LONG_TEXT else f"<td>{text}</td>"


def _row_classes(frame_name: str, columns: list[str]) -> tuple[int | None, dict[object, str]]:
    """Which column colours a row of this table, and the row attribute for each of its values."""
    def at(column: str) -> int | None:
        return columns.index(column) if column in columns else None

    if frame_name in ("Ringkasan", "Predikat"):
        return at("Unit Kerja"), {TOTAL: ' class="jumlah"'}
    if frame_name == "Pegawai":
        return at("Status"), {status: f' class="{css}"' for status, css in STATUS_CLASS.items()}
    if frame_name == "Temuan":
        return at("Tingkat"), {tingkat: f' class="{css}"' for tingkat, css in TINGKAT_CLASS.items()}
    if frame_name == "Hierarki":
        return at("Keselarasan"), {TIDAK_COCOK: ' class="gagal"', TIDAK_DIINTERVENSI: ' class="perbaikan"',
                                   TANPA_RK_ATASAN: ' class="perbaikan"'}
    return None, {}


def _table(name: str, table: Table, link_base: str) -> Iterator[str]:
    """The table's markup, row by row; each cell is rendered once per distinct value in its column."""
    columns = table.columns
    linked = [c in LINK_COLUMNS for c in columns]
    links: dict[str, str | None] = {}
    memos: list[dict[Any, str]] = [{} for _ in columns]
    ident = f"tabel-{_anchor(name)}"
    head = "".join(f'<th scope="col">{html_text(c)}</th>' for c in columns)
    label = html_text(f"Saring tabel {name}")
    yield (f'<div class="alat"><input type="search" id="{ident}-saring" placeholder="{label}…" '
           f'aria-label="{label}"><output id="{ident}-jumlah">{len(table)} baris</output></div>'
           f'\n<div class="gulir"><table class="data" id="{ident}">\n<thead><tr>{head}</tr></thead>\n'
           f"<tbody>\n")
    marker, classes = _row_classes(name, columns)
    first = True
    for values in table:
        cells = []
        for value, column, link, memo in zip(values, columns, linked, memos, strict=True):
            if not isinstance(value, str):
                cells.append(_cell(value, column, link, links, link_base))
                continue
            cell = memo.get(value)
            if cell is None:
                if len(memo) >= MEMO_SIZE or len(links) >= MEMO_SIZE:
                    memo.clear()
                    links.clear()
                cell = memo[value] = _cell(value, column, link, links, link_base)
            cells.append(cell)
        mark = values[marker] if marker is not None else None
        css = classes.get(mark, "") if isinstance(mark, str) else ""
        yield ("" if first else "\n") + f"<tr{css}>" + "".join(cells) + "</tr>"
        first = False
    yield "\n</tbody>\n</table></div>"


def _kpi(info: RecapInfo) -> str:
    cards = []
    if info.wajib is not None and info.sudah is not None:
        rate = f" ({info.persen}%)" if info.persen is not None else ""
        cards.append(f"<div><b>{info.sudah} / {info.wajib}</b>"
                     f"<span>pegawai sudah mengirim SKP{rate}</span></div>")
    cards.append(f"<div><b>{info.berkas}</b><span>berkas SKP diterima</span></div>")
    if info.pegawai is not None:
        cards.append(f"<div><b>{info.pegawai}</b><span>pegawai mengirim</span></div>")
    for key, label in STATUS_LABELS.items():
        css = STATUS_CLASS[label]
        cards.append(f'<div class="{css}"><b>{info.status.get(key, 0)}</b>'
                     f"<span>{html_text(label.lower())}</span></div>")
    return '<section class="kpi" aria-label="Ringkasan angka">' + "".join(cards) + "</section>"


def _masalah(info: RecapInfo) -> str:
    if not info.masalah:
        return "<h2>Masalah terbanyak</h2><p>Tidak ada temuan. Semua berkas lulus pemeriksaan.</p>"
    items = "".join(
        f"<li><strong>{html_text(m.uraian)}</strong> — {m.berkas} berkas"
        + (f", {m.jumlah} temuan" if m.jumlah != m.berkas else "")
        + f' <code>{html_text(m.kode)} · {html_text(m.tingkat)}</code></li>'
        for m in info.masalah
    )
    return f'<h2 id="masalah">Masalah terbanyak</h2><ol class="masalah">{items}</ol>'


def to_act_on(record: dict[str, Any]) -> int:
    """What a unit's head has to act on: people who have not submitted, SKP to fix, files to send again."""
    return sum(int(record.get(column) or 0)
               for column in ("Belum Mengirim", "Perlu Perbaikan", "Gagal Dibaca"))


def _units(ringkasan: pd.DataFrame) -> str:
    """One card per unit kerja, the units with the most to act on first (the tables below keep the
    alphabet): a head of an agency of forty units sees at once which need a call."""
    cards = []
    statuses = list(STATUS_LABELS.values())
    records = [r for r in ringkasan.to_dict("records") if r["Unit Kerja"] != TOTAL]
    for record in sorted(records, key=lambda r: -to_act_on(r)):  # stable: ties keep the alphabet
        total = int(record[DITERIMA])  # files: the bar splits them by status
        bars = "".join(
            f'<span class="b-{STATUS_CLASS[s]}" style="width:{100 * int(record[s]) / total:.1f}%" '
            f'title="{html_text(s)}: {int(record[s])}"></span>'
            for s in statuses if total and int(record[s])
        )
        lines = [f"{total} SKP diterima dari {int(record['Pegawai'])} pegawai: {int(record['Lulus'])} lulus, "
                 f"{int(record['Perlu Perbaikan'])} perlu perbaikan, "
                 f"{int(record['Gagal Dibaca'])} gagal dibaca"]
        if "Wajib Mengirim" in record and not int(record["Wajib Mengirim"]) + int(record["Tidak Wajib"]):
            lines.append("Unit kerja ini tidak ada di daftar pegawai")
        elif "Wajib Mengirim" in record:
            percent = plain(record.get("Persen Mengirim"))
            rate = f" ({int(percent)}%)" if percent is not None else ""
            lines.append(f"Sudah mengirim {int(record['Sudah Mengirim'])} dari "
                         f"{int(record['Wajib Mengirim'])}{rate}; belum {int(record['Belum Mengirim'])}; "
                         f"tidak wajib {int(record['Tidak Wajib'])}")
        top = record.get("Kode Temuan Tersering")
        if top:
            lines.append(f'<span class="kode">Tersering: {html_text(top)}</span>')
        body = "".join(f"<p>{line}</p>" for line in lines)
        cards.append(f'<article class="kartu"><h3>{html_text(record["Unit Kerja"])}</h3>'
                     f'<div class="batang">{bars}</div>{body}</article>')
    return ('<h2 id="unit">Per unit kerja</h2><p class="catatan">Yang paling banyak perlu ditindaklanjuti '
            "(belum mengirim, perlu perbaikan, gagal dibaca) lebih dahulu.</p>"
            '<div class="unit">' + "".join(cards) + "</div>")


_BROKEN, _IDLE = 0, 1  # a subordinate whose RK atasan is not the superior's; a superior RK nobody intervenes


def _tree_index(tables: RecapTables) -> sqlite3.Connection:
    """The tree read from the Hierarki table into a private temporary database (as the batch's entries
    are, :mod:`skp.run.spill`), so a national batch's tree is never whole in memory: each superior in the
    order it first appears, its subordinates in the order they first appear under it, the marks of each
    person, and the name and jabatan of everyone in the Pegawai table (texts pickled, so they come back
    exactly as written)."""
    db = temporary_database("""
        CREATE TABLE superior (path TEXT PRIMARY KEY, seen INTEGER NOT NULL);
        CREATE TABLE link (superior TEXT NOT NULL, subordinate TEXT NOT NULL, seen INTEGER NOT NULL,
                           PRIMARY KEY (superior, subordinate));
        CREATE TABLE mark (path TEXT NOT NULL, kind INTEGER NOT NULL, seen INTEGER NOT NULL,
                           text BLOB NOT NULL);
        CREATE TABLE person (path TEXT PRIMARY KEY, data BLOB NOT NULL);
    """)
    table = tables.hierarki
    index = {c: i for i, c in enumerate(table.columns)}
    top, bottom, state, rk = (index[c] for c in ("Berkas Atasan", "Berkas Bawahan", "Keselarasan",
                                                 "RK Atasan yang Diintervensi"))
    superiors: list[tuple[str, int]] = []
    links: list[tuple[str, str, int]] = []
    marks: list[tuple[str, int, int, bytes]] = []

    def write() -> None:
        db.executemany("INSERT OR IGNORE INTO superior VALUES (?, ?)", superiors)
        db.executemany("INSERT OR IGNORE INTO link VALUES (?, ?, ?)", links)
        db.executemany("INSERT INTO mark VALUES (?, ?, ?, ?)", marks)
        superiors.clear()
        links.clear()
        marks.clear()

    for seen, r in enumerate(table):
        superior, subordinate = r[top], plain(r[bottom])
        if subordinate is None:
            if r[state] == TIDAK_DIINTERVENSI:
                marks.append((superior, _IDLE, seen, pickle.dumps(str(r[rk]))))
        else:
            superiors.append((superior, seen))
            links.append((superior, subordinate, seen))
            if r[state] == TIDAK_COCOK:
                marks.append((subordinate, _BROKEN, seen, pickle.dumps(str(r[rk]))))
        if len(links) + len(marks) >= _ROWS_PER_WRITE:
            write()
    write()
    berkas, nama, jabatan = (tables.pegawai.columns.index(c) for c in ("Berkas", "Nama", "Jabatan"))
    db.executemany("INSERT OR REPLACE INTO person VALUES (?, ?)",
                   ((r[berkas], pickle.dumps((r[nama], r[jabatan]))) for r in tables.pegawai))
    db.execute("CREATE INDEX link_subordinate ON link (subordinate)")
    db.execute("CREATE INDEX mark_path ON mark (path, kind, seen)")
    return db


def _tree(tables: RecapTables) -> Iterator[str]:
    """The hierarchy as nested lists, read from the Hierarki table so both never disagree."""
    if not len(tables.hierarki):
        return
    db = _tree_index(tables)
    try:
        yield from _tree_nodes(db)
    finally:
        db.close()


def _tree_nodes(db: sqlite3.Connection) -> Iterator[str]:
    def label(path: str) -> str:
        person = db.execute("SELECT data FROM person WHERE path = ?", (path,)).fetchone()
        written_name, written_jabatan = pickle.loads(person[0]) if person is not None else (None, None)
        name, jabatan = plain(written_name) or path, plain(written_jabatan)
        found = db.execute("SELECT kind, text FROM mark WHERE path = ? ORDER BY kind, seen",
                           (path,)).fetchall()
        broken = [pickle.loads(text) for kind, text in found if kind == _BROKEN]
        idle = [pickle.loads(text) for kind, text in found if kind == _IDLE]
        css, marks = "simpul", []
        if broken:
            css += " putus"
            marks += [f'<span class="tanda">RK atasan tidak ditemukan: {html_text(t)}</span>' for t in broken]
        if idle:
            css += " kosong"
            marks += [f'<span class="tanda">Tidak diintervensi bawahan: {html_text(t)}</span>' for t in idle]
        return (f'<span class="{css}"><strong>{html_text(name)}</strong>'
                + (f" <small>{html_text(jabatan)}</small>" if jabatan else "")
                + f' <small>({html_text(path)})</small>{"".join(marks)}</span>')

    def node(path: str, seen: frozenset[str]) -> Iterator[str]:
        yield f"<li>{label(path)}"
        below = db.execute("SELECT subordinate FROM link WHERE superior = ? ORDER BY seen",
                           (path,)).fetchall()
        kids = [kid for (kid,) in below if kid not in seen]
        if kids:
            yield "<ul>"
            for kid in kids:
                yield from node(kid, seen | {kid})
            yield "</ul>"
        yield "</li>"

    # the superiors nobody is above, else (everyone in a loop) the first superior
    roots = db.execute("SELECT path FROM superior WHERE path NOT IN (SELECT subordinate FROM link) "
                       "ORDER BY seen").fetchall()
    roots = roots or db.execute("SELECT path FROM superior ORDER BY seen LIMIT 1").fetchall()
    yield ('<h2 id="pohon">Pohon kinerja</h2><p class="catatan">Merah: RK atasan yang ditulis bawahan tidak '
           "ada di SKP atasan. Kuning: RK atasan yang tidak diintervensi bawahan mana pun.</p>"
           '<div class="pohon"><ul>')
    for (root,) in roots:
        yield from node(root, frozenset({root}))
    yield "</ul></div>"


def html_chunks(tables: RecapTables, link_base: str) -> Iterator[str]:
    """The whole page, piece by piece; links to submissions are relative to ``link_base``."""
    info = tables.info
    title = "Rekap SKP" + (f" {info.instansi}" if info and info.instansi else "")
    facts = []
    if info is not None:
        if info.periode:
            facts.append(f"Periode {html_text(info.periode)}")
        facts.append(f"dibuat {_tanggal(info)}")
        if info.daftar:
            facts.append(f"daftar pegawai {html_text(os.path.basename(info.daftar))}")
    facts.append(f"skp {html_text(__version__)}")
    first = (_kpi(info) + _masalah(info) if info is not None else "") + _units(tables.ringkasan)
    nav = " · ".join(f'<a href="#{_anchor(n)}">{html_text(n)}</a>' for n, _ in tables.named())
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode("utf-8")).digest()).decode("ascii")
    policy = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; "
              "img-src 'none'; form-action 'none'; base-uri 'none'")
    yield (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html_text(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{html_text(title)}</h1><p>{' · '.join(facts)}</p></header>\n<main>\n"
        f"{first}\n"
    )
    yield from _tree(tables)
    yield f"\n<nav><p>Tabel: {nav}</p></nav>\n"
    for number, (name, table) in enumerate(tables.named()):
        yield (("\n" if number else "") + f'<h2 id="{_anchor(name)}">{html_text(name)}</h2>\n'
               f'<p class="catatan">{html_text(SECTIONS[name])}</p>\n')
        yield from _table(name, table, link_base)
    yield (f"\n</main>\n<footer>Dibuat dengan skp {html_text(__version__)}.</footer>\n"
           f"<script>{SCRIPT}</script>\n</body>\n</html>\n")


def _write_chunks(handle: BinaryIO, chunks: Iterator[str]) -> None:
    """UTF-8 text from ``chunks`` onto ``handle``, gathered into pieces of about :data:`FLUSH_CHARS`."""
    pending: list[str] = []
    size = 0
    for chunk in chunks:
        pending.append(chunk)
        size += len(chunk)
        if size >= FLUSH_CHARS:
            handle.write("".join(pending).encode("utf-8"))
            pending, size = [], 0
    handle.write("".join(pending).encode("utf-8"))


def write_html(tables: RecapTables, path: Path) -> None:
    """Write the recap page to ``path`` atomically (UTF-8), streamed: the page is never whole in memory."""
    link_base = os.path.abspath(Path(path).parent)
    atomic_write(path, lambda handle: _write_chunks(handle, html_chunks(tables, link_base)))
