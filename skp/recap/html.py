"""The recap as one self-contained HTML page: opens offline, from a USB stick or an e-mail attachment.

No scripts, fonts, images or style sheets are fetched: the CSS is inline and the charts are plain bars
drawn with CSS widths. Every value that comes from a submission is HTML-escaped, and file links are
percent-encoded relative paths, so a crafted name or file name cannot inject markup or a script.
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path
from urllib.parse import quote

import pandas as pd

from skp import __version__
from skp.recap.tables import STATUS_LABELS, RecapTables
from skp.recap.xlsx import LINK_COLUMNS, relative_link
from skp.sinks import plain
from skp.writing.atomic import atomic_write

CSS = """
body{font-family:Segoe UI,Arial,sans-serif;margin:24px;color:#1b1b1b}
h1{color:#1f4e78}h2{color:#1f4e78;border-bottom:2px solid #1f4e78;padding-bottom:4px;margin-top:32px}
table{border-collapse:collapse;font-size:13px;margin:8px 0}
th{background:#1f4e78;color:#fff;text-align:left;position:sticky;top:0}
th,td{border:1px solid #c8d3df;padding:4px 8px;vertical-align:top}
tr:nth-child(even) td{background:#f3f6fa}
td.angka{text-align:right}
.grafik{margin:8px 0 16px}.baris{display:flex;align-items:center;font-size:12px;margin:2px 0}
.label{width:260px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.batang{display:flex;height:14px;flex:1;max-width:600px}
.batang span{display:block;height:100%}
.s0{background:#2e7d32}.s1{background:#f9a825}.s2{background:#c62828}.s3{background:#6d4c41}.s4{background:#455a64}
.legenda span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
"""

SECTIONS = {
    "Ringkasan": "Per unit kerja: jumlah pegawai yang mengirim SKP, yang lulus, yang perlu perbaikan dan "
                 "yang berkasnya gagal dibaca, beserta kode temuan tersering.",
    "Predikat": "Sebaran predikat kinerja per unit kerja (dari sheet Penilaian yang telah diisi).",
    "Hierarki": "Atasan dan bawahan: apakah RK bawahan mengintervensi RK atasan yang benar-benar ada, "
                "serta RK atasan yang tidak diintervensi siapa pun.",
    "Pegawai": "Satu baris per SKP yang dikirim.",
    "Temuan": "Satu baris per temuan; perbaiki sel yang disebut lalu kirim ulang.",
}


def _value(value: object, linked: bool, links: dict[str, str], link_base: str) -> str:
    value = plain(value)
    if value is None:
        return "<td></td>"
    if isinstance(value, float):
        return f'<td class="angka">{value:.2f}'.replace(".", ",") + "</td>"
    if isinstance(value, int):
        return f'<td class="angka">{value}</td>'
    text = escape(str(value))
    if linked:
        link = links.get(text)
        if link is None:  # a submission has many findings: its link is built once
            link = links[text] = escape(quote(relative_link(str(value), link_base)))
        return f'<td><a href="{link}">{text}</a></td>'
    return f"<td>{text}</td>"


def _table(frame: pd.DataFrame, link_base: str) -> str:
    columns = [str(c) for c in frame.columns]
    linked = [c in LINK_COLUMNS for c in columns]
    links: dict[str, str] = {}
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "\n".join(
        "<tr>" + "".join(_value(v, k, links, link_base) for v, k in zip(row, linked, strict=True)) + "</tr>"
        for row in frame.itertuples(index=False, name=None)
    )
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def _chart(frame: pd.DataFrame, series: list[str]) -> str:
    """Horizontal stacked bars, one per unit kerja, scaled to the largest unit (Jumlah row left out)."""
    units = frame.iloc[:-1]
    largest = max(1, int(units[series].sum(axis=1).max())) if len(units) else 1
    legend = "".join(f'<span class="s{i}"></span>{escape(s)}' for i, s in enumerate(series))
    rows = []
    for _, row in units.iterrows():
        bars = "".join(
            f'<span class="s{i}" style="width:{100 * int(row[s]) / largest:.2f}%" '
            f'title="{escape(s)}: {int(row[s])}"></span>'
            for i, s in enumerate(series) if int(row[s])
        )
        label = escape(str(row.iloc[0]))
        rows.append(f'<div class="baris"><div class="label" title="{label}">{label}</div>'
                    f'<div class="batang">{bars}</div></div>')
    return f'<div class="grafik"><div class="legenda">{legend}</div>{"".join(rows)}</div>'


def render_html(tables: RecapTables, link_base: str) -> str:
    """The whole page as text; links to submissions are relative to ``link_base``."""
    parts = []
    for name, frame in tables.named():
        parts.append(f'<h2 id="{name.lower()}">{escape(name)}</h2>\n<p>{escape(SECTIONS[name])}</p>')
        if name == "Ringkasan":
            parts.append(_chart(frame, list(STATUS_LABELS.values())))
        elif name == "Predikat":
            parts.append(_chart(frame, [str(c) for c in frame.columns[1:-1]]))
        parts.append(_table(frame, link_base))
    nav = " · ".join(f'<a href="#{n.lower()}">{escape(n)}</a>' for n, _ in tables.named())
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Rekap SKP</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<h1>Rekap SKP</h1>\n<p>Dibuat dengan skp {escape(__version__)}. {nav}</p>\n"
        + "\n".join(parts)
        + "\n</body>\n</html>\n"
    )


def write_html(tables: RecapTables, path: Path) -> None:
    """Write the recap page to ``path`` atomically (UTF-8)."""
    page = render_html(tables, os.path.abspath(Path(path).parent))
    atomic_write(path, lambda handle: handle.write(page.encode("utf-8")))
