"""Matriks Pembagian Peran dan Hasil (SPEC §3.6): the koordinator's cascaded RK across the top, the team
down the left, and in each cell the result that becomes that member's RK.

The field rows (RENCANA KINERJA ATASAN, JENIS PENYELARASAN, METODE, TARGET ATASAN) fix the RK columns:
every non-empty cell right of the RK label is one column, and the member rows are read at those columns.
An RK label in the member table's header (``NAMA | NIP | JABATAN | RENCANA KINERJA ATASAN``) with nothing
right of it heads the one RK column instead, the RK and its fields written under it.
Teams also write those fields in the RK columns themselves, between the RK and the first member, with no
row label: ``Direct Cascading (pembagian beban target)`` (the method in brackets), ``Target: 1.200 berkas``;
and a member's name and NIP in one ``NAMA / NIP`` cell, the NIP on its second line, or on the row under
the name.

A team often lists its results before the RK row is filled (the template's RK row still empty), or in a
table of its own whose result columns are headed only ``RK ATASAN 1``, ``RK ATASAN 2`` or ``HASIL KERJA
YANG DIHARAPKAN``: such a header is not an RK text. The columns are then the member table's result columns,
each naming the superior's RK by its number (the header's, else its position), and cascading matches them
to the superior's Kinerja Utama RK in that order.
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


# A header naming the superior's RK by number only ("RK ATASAN 2", "RK 1", "Rencana Kinerja Atasan ke-3"),
# and the template's heading over the result columns: neither is the text of an RK.
_RK_NUMBER_RE = re.compile(
    r"^(?:no\.?\s*)?(?:rk|rencana\s+kinerja)(?:\s+(?:atasan|koordinator|ketua\s+tim|pimpinan))?"
    r"\s*(?:ke\s*-?\s*|no\.?\s*)?(\d{1,2})$",
    re.IGNORECASE,
)
_RESULTS_HEADING_RE = re.compile(r"^hasil(?:\s+kerja)?(?:\s+yang)?\s+diharapkan\b", re.IGNORECASE)


def _rk_number(text: str | None) -> int | None:
    match = _RK_NUMBER_RE.match(" ".join((text or "").split()))
    return int(match.group(1)) if match else None


def _names_no_rk(text: str | None) -> bool:
    """Whether an RK cell holds no RK text: empty, ``RK ATASAN n`` or the results heading."""
    text = " ".join((text or "").split())
    return not text or _rk_number(text) is not None or _RESULTS_HEADING_RE.match(text) is not None


def _agency_extra(index: SheetIndex, rows: range, col: int) -> bool:
    """Whether a column is headed by one of the agency's extra labels the reader ignores (KETERANGAN,
    CATATAN, PARAF: ``pembacaan.pencocokan_label.judul_diabaikan``): notes there are no RK nor result."""
    return any(index.key(r, col) in index.session.fuzzy.ignored for r in rows)


def _result_columns(index: SheetIndex, layout: TableLayout) -> dict[int, int]:
    """The member table's result columns that hold a member's result (right of NAMA | NIP | JABATAN),
    each with the superior's RK number it stands for: the ``RK ATASAN n`` above its members, else its
    position among the columns with a header or a result."""
    last = max(hit.c1 for hit in layout.columns.values())
    members = range(layout.data_start, layout.end)
    columns = sorted({c for r in range(layout.top, max(layout.end, layout.data_start))
                      for c, _ in index.row_texts(r) if c > last})
    columns = [c for c in columns if not _agency_extra(index, range(layout.data_start), c)]
    numbers: dict[int, int] = {}
    for position, col in enumerate(columns, start=1):
        if not any(index.text(r, col) for r in members):
            continue
        named = (_rk_number(index.text(r, col)) for r in range(layout.data_start))
        numbers[col] = next((n for n in named if n is not None), position)
    return numbers


def _kolom(
    index: SheetIndex, mapping: SheetMapping, fields: dict[str, tuple[int, int]], below: range,
    heads_column: bool = False, numbered: dict[int, int] | None = None,
) -> tuple[list[MatriksKolom], list[int]]:
    """The RK columns: the texts right of the RK label, or the ``numbered`` result columns when given."""
    if "rk" not in fields:
        return [], []
    r, c = fields["rk"]
    columns = [col for col, _ in index.row_texts(r)
               if col > index.span(r, c)[1] and not _agency_extra(index, range(r, r + 1), col)]
    if numbered is not None:
        columns = list(numbered)
    elif not columns and heads_column:  # the label heads the one RK column: the RK is the first text under it
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
        rk_text = values["rk"] or ""
        item = MatriksKolom(
            sheet=index.name,
            row=r + 1,
            rk="" if _names_no_rk(rk_text) else rk_text,
            nomor=(numbered or {}).get(col, _rk_number(rk_text)) if _names_no_rk(rk_text) else None,
            jenis_penyelarasan=canonical_jenis_penyelarasan(values.get("jenis_penyelarasan")),
            metode=(canonical_metode(metode) or metode) if metode else None,
            target=parse_target(target) if target else None,
        )
        item.cells = {key: a1(fr, col) for key, fr in rows.items()}
        kolom.append(item)
    return kolom, columns


_NIP_IN_TEXT_RE = re.compile(r"(?:\bNIP\b\.?\s*:?\s*)?(\d{8}[\s.]?\d{6}[\s.]?\d[\s.]?\d{3})(?!\d)",
                             re.IGNORECASE)
# a number alone where a name or NIP stands: an NIP with digits missing or too many
_NIP_LIKE_RE = re.compile(r"(?:NIP\b\.?\s*:?\s*)?(\d[\d\s.]{10,}\d)", re.IGNORECASE)


def _name_and_nip(nama: str | None, nip: str | None) -> tuple[str | None, str | None]:
    """A ``NAMA / NIP`` cell split into the name and the NIP written after it (``Rina, A.Md.⏎NIP. 1992…``);
    a NIP cell holding one NIP with a label or quote around it (``NIP. 1992…``, ``'1992…``) gives that
    NIP as written, so a draft's NIP cell holds the number only."""
    if nip is not None:
        found = _NIP_IN_TEXT_RE.fullmatch(nip.strip(" '\u00a0"))
        return nama, found.group(1).replace("\u00a0", " ") if found else nip
    if nama is None:
        return nama, nip
    match = _NIP_IN_TEXT_RE.search(nama)
    if match is None:
        # a name cell holding only a number: an NIP mistyped (17 digits, a digit too many), kept as written
        # so that the SKP it reaches reports it
        loose = _NIP_LIKE_RE.fullmatch(nama.strip(" '\u00a0"))
        return (None, loose.group(1)) if loose else (nama, nip)
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


def _continues_identity(anggota: MatriksAnggota, previous: MatriksAnggota, r: int) -> bool:
    """Whether a row holding only an NIP continues the member on the row above (name on one row, its NIP
    under it in the same column), that member having no NIP of its own."""
    return (
        previous.row == r and previous.nip is None and anggota.nip is not None
        and anggota.nama is None and anggota.jabatan is None and not any(anggota.hasil)
    )


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
    if layout is not None and "rk" in fields and all(not k.rk for k in kolom):
        numbered = _result_columns(index, layout)
        if numbered:
            kolom, columns = _kolom(index, mapping, fields, below, numbered=numbered)
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
        previous = matriks.anggota[-1] if matriks.anggota else None
        if previous is not None and _continues_identity(anggota, previous, r):
            previous.nip = anggota.nip
            previous.cells["nip"] = layout.cell(r, "nama") or a1(r, 0)
            continue
        anggota.cells = {k: c for k in ("nama", "nip", "jabatan") if (c := layout.cell(r, k))}
        anggota.cells |= {f"hasil_{i}": a1(r, col) for i, col in enumerate(columns)}
        matriks.anggota.append(anggota)
    return matriks
