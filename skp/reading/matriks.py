"""Matriks Pembagian Peran dan Hasil (SPEC §3.6): the koordinator's cascaded RK across the top, the team
down the left, and in each cell the result that becomes that member's RK.

The field rows (RENCANA KINERJA ATASAN, JENIS PENYELARASAN, METODE, TARGET ATASAN) fix the RK columns:
every non-empty cell right of the RK label is one column, and the member rows are read at those columns.
An RK label in the member table's header (``NAMA | NIP | JABATAN | RENCANA KINERJA ATASAN``) with nothing
right of it heads the one RK column instead, the RK and its fields written under it.
Teams also write those fields in the RK columns themselves, between the RK and the first member, with no
row label: ``Direct Cascading (pembagian beban target)`` (the method in brackets), ``Target: 1.200 berkas``;
and a member's name and NIP in one ``NAMA / NIP`` cell, the NIP on its second line.
"""

from __future__ import annotations

import re

from skp.mapping import Label, SheetMapping
from skp.models import MatriksAnggota, MatriksKolom, MatriksPeranHasil, Target
from skp.numbers import parse_number, parse_target
from skp.reading.bounds import bound_table
from skp.reading.grid import a1
from skp.reading.index import SheetIndex
from skp.reading.rules import ReadingRules
from skp.reading.table import TableLayout, label_keys, locate_table
from skp.vocab import canonical_jenis_penyelarasan, canonical_metode


def _field_rows(index: SheetIndex, mapping: SheetMapping) -> dict[str, tuple[int, int]]:
    """Label position of each field row, the first occurrence of each."""
    rows: dict[str, tuple[int, int]] = {}
    for field in mapping.fields:
        pos = next(iter(index.find(label_keys(field))), None)
        if pos is not None:
            rows[field.key] = pos
    return rows


def _in_column(index: SheetIndex, mapping: SheetMapping, rows: range, col: int) -> dict[str, tuple[str, int]]:
    """Field values written in an RK column under the RK without a row label, and their rows: a jenis
    penyelarasan with its method in brackets, or ``"LABEL : value"`` for any field (``Target: 1.200
    berkas``)."""
    found: dict[str, tuple[str, int]] = {}
    for field in mapping.fields:
        for r, c, value in index.find_inline(label_keys(field)):
            if r in rows and c == col and value:
                found.setdefault(field.key, (value, r))
    for r in rows:
        head, bracket, rest = (index.text(r, col) or "").partition("(")
        if "jenis_penyelarasan" not in found and canonical_jenis_penyelarasan(head) is not None:
            found["jenis_penyelarasan"] = (head.strip(), r)
            if bracket and canonical_metode(rest.rstrip(" )")) is not None:
                found.setdefault("metode", (rest.rstrip(" )"), r))
    return found


def _kolom(
    index: SheetIndex, mapping: SheetMapping, fields: dict[str, tuple[int, int]], below: range,
    heads_column: bool = False,
) -> tuple[list[MatriksKolom], list[int]]:
    if "rk" not in fields:
        return [], []
    r, c = fields["rk"]
    columns = [col for col, _ in index.row_texts(r) if col > index.span(r, c)[1]]
    if not columns and heads_column:  # the label heads the one RK column: the RK is the first text under it
        r = next((row for row in below if index.text(row, c)), -1)
        if r < 0:
            return [], []
        fields, below, columns = {**fields, "rk": (r, c)}, range(r + 1, below.stop), [c]
    kolom = []
    for col in columns:
        values = {key: index.text(fr, col) for key, (fr, _) in fields.items()}
        rows = {key: fr for key, (fr, _) in fields.items()}
        for key, (text, fr) in _in_column(index, mapping, below, col).items():
            if not values.get(key):
                values[key], rows[key] = text, fr
        target = values.get("target")
        metode = values.get("metode")
        item = MatriksKolom(
            sheet=index.name,
            row=r + 1,
            rk=values["rk"] or "",
            jenis_penyelarasan=canonical_jenis_penyelarasan(values.get("jenis_penyelarasan")),
            metode=(canonical_metode(metode) or metode) if metode else None,
            target=parse_target(target) if target else None,
        )
        item.cells = {key: a1(fr, col) for key, fr in rows.items()}
        kolom.append(item)
    return kolom, columns


_NIP_IN_TEXT_RE = re.compile(r"(?:\bNIP\b\.?\s*:?\s*)?(\d{8}[\s.]?\d{6}[\s.]?\d[\s.]?\d{3})(?!\d)",
                             re.IGNORECASE)


def _name_and_nip(nama: str | None, nip: str | None) -> tuple[str | None, str | None]:
    """A ``NAMA / NIP`` cell split into the name and the NIP written after it (``Rina, A.Md.⏎NIP. 1992…``);
    a member with a NIP column of its own is left as read."""
    if nama is None or nip is not None:
        return nama, nip
    match = _NIP_IN_TEXT_RE.search(nama)
    if match is None:
        return nama, nip
    return nama[:match.start()].strip(" \n,;/") or None, match.group(1)


def _share(text: str, whole: Target | None) -> Target | None:
    """A member's part of a column's target: the amount written in the whole's satuan (``… wilayah 2
    (140 sarana)`` → 140 sarana), else the cell read as a target; ``None`` when the satuan's amount is
    written more than once, differently."""
    satuan = whole.satuan if whole is not None and whole.is_measurable else None
    if satuan and satuan != "%":
        pattern = rf"(\d[\d.,]*)\s*{re.escape(satuan)}\b"
        amounts = {m.group(1) for m in re.finditer(pattern, text, re.IGNORECASE)}
        if len(amounts) > 1:
            return None
        if amounts:
            value = parse_number(amounts.pop())
            return Target(raw=text, min=value, max=value, satuan=satuan) if value is not None else None
    target = parse_target(text)
    return target if target.is_measurable else None


def _member_row(layout: TableLayout, r: int) -> bool:
    return any(layout.text(r, key) for key in ("nama", "nip", "jabatan"))


def read_matriks(
    index: SheetIndex, mapping: SheetMapping, footer: tuple[Label, ...], rules: ReadingRules
) -> MatriksPeranHasil:
    """The matrix's RK columns and member rows (members without any name, NIP or jabatan are skipped).

    Without a RENCANA KINERJA ATASAN row, the RK are read from the member table's own header, right of
    its NAMA | NIP | JABATAN columns."""
    layout = locate_table(index, mapping.table, rules.baris_judul_tabel_maks) if mapping.table else None
    fields = _field_rows(index, mapping)
    if "rk" not in fields and layout is not None:
        last = max(layout.columns.values(), key=lambda hit: hit.c1)
        fields["rk"] = last.header
    rk_row = fields["rk"][0] if "rk" in fields else -1
    end = rk_row + 1
    if layout is not None:
        bound_table(layout, footer, None)
        end = next((r for r in layout.data_rows() if _member_row(layout, r)), layout.data_start)
    below = range(rk_row + 1, max(end, rk_row + 1))
    heads_column = (
        layout is not None and "rk" in fields and layout.top <= fields["rk"][0] < layout.header_end
        and fields["rk"][1] > max((hit.c1 for hit in layout.columns.values()), default=-1)
    )
    kolom, columns = _kolom(index, mapping, fields, below, heads_column)
    matriks = MatriksPeranHasil(sheet=index.name, kolom=kolom)
    if kolom:
        matriks.row, matriks.cells = kolom[0].row, {"rk": kolom[0].cells["rk"]}
    if layout is None:
        return matriks
    field_rows = {r for r, _ in fields.values()}
    for r in layout.data_rows():
        if r in field_rows:
            continue
        hasil = [index.text(r, col) for col in columns]
        nama, nip = _name_and_nip(layout.text(r, "nama"), layout.text(r, "nip"))
        anggota = MatriksAnggota(
            sheet=index.name,
            row=r + 1,
            nama=nama,
            nip=nip,
            jabatan=layout.text(r, "jabatan"),
            hasil=hasil,
            target=[_share(h, k.target) if h else None for h, k in zip(hasil, kolom, strict=True)],
        )
        if not (anggota.nama or anggota.nip or anggota.jabatan):
            continue
        anggota.cells = {k: c for k in ("nama", "nip", "jabatan") if (c := layout.cell(r, k))}
        anggota.cells |= {f"hasil_{i}": a1(r, col) for i, col in enumerate(columns)}
        matriks.anggota.append(anggota)
    return matriks
