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
from collections import Counter

from skp.empty_marks import says_something
from skp.mapping import Label, SheetMapping
from skp.models import MatriksAnggota, MatriksKolom, MatriksPeranHasil, Target
from skp.numbers import parse_number, parse_target
from skp.reading.bounds import bound_table
from skp.reading.grid import a1
from skp.reading.index import SheetIndex
from skp.reading.rules import ReadingRules
from skp.reading.table import TableLayout, label_keys, locate_table
from skp.vocab import canonical_jenis_penyelarasan, canonical_metode

_FIELD_ROWS_BELOW_RK = 6  # how far under the RK label the other field labels of the same block stand


def _field_rows(index: SheetIndex, mapping: SheetMapping) -> dict[str, tuple[int, int]]:
    """Label position of each field row: the one of its block (in the RK label's column, a few rows under
    it) where there is one, else the first occurrence. A Matriks written under the SKP table on the SKP
    sheet shares it with the table's own ``TARGET`` header, which is not the TARGET ATASAN row."""
    found = {field.key: index.find(label_keys(field)) for field in mapping.fields}
    anchor = next(iter(found.get("rk", [])), None)
    rows: dict[str, tuple[int, int]] = {}
    for key, positions in found.items():
        block = [(r, c) for r, c in positions if anchor is not None and key != "rk" and c == anchor[1]
                 and 0 < r - anchor[0] <= _FIELD_ROWS_BELOW_RK]
        if block or positions:
            rows[key] = (block or positions)[0]
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
        head, metode = jenis_and_metode(index.text(r, col) or "")
        if "jenis_penyelarasan" not in found and canonical_jenis_penyelarasan(head) is not None:
            found["jenis_penyelarasan"] = (head, r)
            if metode is not None:
                found.setdefault("metode", (metode, r))
    return found


# where a method may follow the jenis penyelarasan in one text: in brackets, or after a dash (``Non-Direct``
# keeps its own: its first part names no jenis)
_METHOD_AFTER_RE = re.compile(r"\s*[-\u2013\u2014]\s*|\s*\(")


def jenis_and_metode(text: str) -> tuple[str, str | None]:
    """A jenis penyelarasan and the method written after it, ``Direct Cascading (pembagian beban target)``,
    ``Direct cascading - pembagian beban target kuantitatif`` or ``Langsung-pembagian beban target`` (SPEC
    §3.6: the RK column names its cascading method): the jenis, and the method when the rest names one (None
    otherwise); a text that starts with no jenis is given back whole.

    The first separator whose left part is a jenis decides, except a dash without spaces around it, which
    must be followed by a method (``Direct-Cascading`` is one word to the writer)."""
    for match in _METHOD_AFTER_RE.finditer(text):
        head = text[: match.start()]
        if canonical_jenis_penyelarasan(head) is None:
            continue
        rest = text[match.end():].strip().rstrip(" )")
        metode = rest if canonical_metode(rest) is not None else None
        if metode is None and "(" not in match.group() and match.group().strip() == match.group():
            continue  # an unspaced dash inside the jenis's own words
        return head.strip(), metode
    return text.strip(), None


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


_SEPARATOR_RE = re.compile(r"[\s:=.\-\u2013]*")
_RK_PREFIX_RE = re.compile(r"^\s*(?:rk|rencana\s+kinerja)\s*(?:atasan\s*)?\d{1,2}\s*[.:)\-\u2013]\s*(?=\S)",
                           re.IGNORECASE)


def _separator(text: str | None) -> bool:
    """A cell holding only the colon of a ``LABEL | : | value`` block (or a dash): no RK column."""
    return _SEPARATOR_RE.fullmatch(text or "") is not None


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
    columns = [col for col, text in index.row_texts(r)
               if col > index.span(r, c)[1] and not _agency_extra(index, range(r, r + 1), col)
               and not _separator(text)]
    if numbered is not None:
        columns = list(numbered)
    elif not columns and heads_column:
        # the label heads the RK column(s) under it: one column, or each column its merged cell spans
        # (``RENCANA KINERJA ATASAN`` merged over the RK columns, one RK under it in each)
        spanned = range(c, index.span(r, c)[1] + 1)
        label_row, r = r, next((row for row in below if any(index.text(row, col) for col in spanned)), -1)
        if r < 0:
            return [], []
        if index.grid.values_only and len(spanned) == 1:
            # values alone (xlwings' clients send no merged areas): the label's merge over the RK columns is
            # unknown, so the RK texts right of the first under an empty label row are its columns too
            end = c
            while not index.text(label_row, end + 1) and index.text(r, end + 1):
                end += 1
            spanned = range(c, end + 1)
        columns = [col for col in spanned if index.text(r, col)]
        fields, below = {**fields, "rk": (r, columns[0])}, range(r + 1, below.stop)
    kolom = []
    for col in columns:
        values = {key: index.text(fr, col) for key, (fr, _) in fields.items()}
        rows = {key: fr for key, (fr, _) in fields.items()}
        for key, (text, fr) in _in_column(index, mapping, below, col).items():
            if not values.get(key):
                values[key], rows[key] = text, fr
        if values.get("jenis_penyelarasan") and not values.get("metode"):  # the method after the jenis
            values["jenis_penyelarasan"], said = jenis_and_metode(values["jenis_penyelarasan"] or "")
            if said is not None:
                values["metode"], rows["metode"] = said, rows["jenis_penyelarasan"]
        target = values.get("target")
        metode = values.get("metode")
        rk_text = values["rk"] or ""
        rk_text = _RK_PREFIX_RE.sub("", rk_text) if not _names_no_rk(rk_text) else rk_text
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
# a member's share written as a proportion of the column's target (SPEC §4, pembagian beban target)
_PERCENT_SHARE_RE = re.compile(r"(?<![\d.,])(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*(?:%|persen\b)", re.IGNORECASE)
_FRACTION_SHARE_RE = re.compile(r"(?<![\d/.,])(?P<a>\d)\s*/\s*(?P<b>\d{1,2})(?![\d/.,])")
_PROPORTION_WORDS = {"setengah": 1 / 2, "separuh": 1 / 2, "sepertiga": 1 / 3, "seperempat": 1 / 4,
                     "seperlima": 1 / 5}
_WORD_SHARE_RE = re.compile(r"\b(" + "|".join(_PROPORTION_WORDS) + r")\b", re.IGNORECASE)
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


def _jabatan_after_nip(text: str | None) -> str | None:
    """The jabatan written after the NIP in one member cell (SPEC §3.6: name, NIP, jabatan, a line each)."""
    match = _NIP_IN_TEXT_RE.search(text or "")
    rest = (text or "")[match.end():].strip(" \n,;/") if match else ""
    return " ".join(rest.split()) or None


def _proportion(text: str) -> float | None:
    """The part of the whole a member's cell gives as a proportion rather than an amount (a whole not in
    percent): ``(50 %)``, ``1/2``, ``setengah``, ``seperempat``; None when it names none, or more than one."""
    found: set[float] = set()
    for m in _PERCENT_SHARE_RE.finditer(text):
        pct = parse_number(m["pct"])
        if pct is not None and 0 < pct <= 100:
            found.add(pct / 100)
    for m in _FRACTION_SHARE_RE.finditer(text):
        if 0 < int(m["a"]) < int(m["b"]):
            found.add(int(m["a"]) / int(m["b"]))
    found |= {_PROPORTION_WORDS[m.group(1).lower()] for m in _WORD_SHARE_RE.finditer(text)}
    return found.pop() if len(found) == 1 else None


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
    if whole is not None and whole.max is not None and satuan != "%" and not whole.is_range:
        part = _proportion(text)
        if part is not None:
            value = whole.max * part
            return Target(raw=text, min=value, max=value, satuan=satuan)
    target = parse_target(text)
    return target if target.is_measurable else None


def _result_text(index: SheetIndex, r: int, c: int) -> str | None:
    """A member's result cell with its line breaks kept (spaces within each line evened out): a team
    lists several results one per line, and cascading decides which lines are results of their own and
    which only wrap a sentence (:func:`skp.cascade.bawahan.split_results`)."""
    text = index.text(r, c)
    raw = index.grid.value(r, c)
    if text is None or not isinstance(raw, str) or "\n" not in raw and "\r" not in raw:
        return text
    return "\n".join(line for line in (" ".join(part.split()) for part in raw.splitlines()) if line) or text


def _continues_identity(anggota: MatriksAnggota, previous: MatriksAnggota, r: int) -> bool:
    """Whether a row holding only an NIP continues the member on the row above (name on one row, its NIP
    under it in the same column), that member having no NIP of its own."""
    return (
        previous.row == r and previous.nip is None and anggota.nip is not None
        and anggota.nama is None and anggota.jabatan is None and not any(anggota.hasil)
    )


def _groups_members(anggota: MatriksAnggota, index: SheetIndex) -> bool:
    """A row naming the unit or team of the members under it (``Subbagian Keuangan`` in the NAMA column, the
    rest of the row empty): one name or jabatan that begins with a unit's word (``pembacaan.
    kata_baris_pengelompok``), no NIP and no result; a dash (``-``) in a cell says it is empty, as
    everywhere. A member whose row holds only a name is still one."""
    written = [text for text in (anggota.nama, anggota.jabatan) if says_something(text)]
    return (len(written) == 1 and not says_something(anggota.nip)
            and not any(says_something(h) for h in anggota.hasil)
            and index.session.group_heading.match(written[0]) is not None)


def _member_row(layout: TableLayout, r: int) -> bool:
    return any(layout.text(r, key) for key in ("nama", "nip", "jabatan"))


def read_matriks(
    index: SheetIndex, mapping: SheetMapping, footer: tuple[Label, ...], rules: ReadingRules
) -> MatriksPeranHasil:
    """The matrix's RK columns and member rows (members without any name, NIP or jabatan are skipped, and so
    are rows naming a unit over its members, :func:`_groups_members`; a note row,
    ``pembacaan.label_baris_catatan``, ends the team).

    Without a RENCANA KINERJA ATASAN row, the RK are read from the member table's own header, right of
    its NAMA | NIP | JABATAN columns."""
    fields = _field_rows(index, mapping)
    transposed = _transposed(index, fields)
    if transposed is not None:
        return transposed
    layout = locate_table(index, mapping.table, rules.baris_judul_tabel_maks) if mapping.table else None
    if layout is None and mapping.table:
        # a team named by NAMA alone or by JABATAN alone: one identity column is enough on a Matriks sheet
        loose = mapping.table.model_copy(update={
            "min_columns": 1,
            "columns": tuple(c.model_copy(update={"required": False}) for c in mapping.table.columns),
        })
        layout = locate_table(index, loose, rules.baris_judul_tabel_maks)
    from_header = "rk" not in fields and layout is not None
    if from_header and layout is not None:
        last = max(layout.columns.values(), key=lambda hit: hit.c1)
        fields["rk"] = last.header
    rk_row = fields["rk"][0] if "rk" in fields else -1
    end = rk_row + 1
    if layout is not None:
        # the unlabelled columns right of JABATAN are results (the heading over them is often left out),
        # never the rest of the jabatan
        bound_table(layout, footer, None, widen=False)
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
    shares: list[int | None] = [None] * len(columns)
    if layout is not None and len(columns) == 1:
        block = _block_columns(index, layout, columns[0])
        if block is not None:
            columns, shares = [block[0]], [block[1]]
    matriks = MatriksPeranHasil(sheet=index.name, kolom=kolom)
    if kolom:
        matriks.row, matriks.cells = kolom[0].row, {"rk": kolom[0].cells["rk"]}
    if layout is None:
        return matriks
    field_rows = {r for r, _ in fields.values()}
    for r in layout.data_rows():
        if r in field_rows:
            continue
        written = index.row_texts(r)
        if len(written) == 1 and index.session.note.match(written[0][1]):
            break  # a note under the team (``Catatan: …``) ends it: neither it nor what follows is a member
        hasil = [_result_text(index, r, col) for col in columns]
        nama, nip = _name_and_nip(layout.text(r, "nama"), layout.text(r, "nip"))
        jabatan = layout.text(r, "jabatan")
        if jabatan is None and layout.text(r, "nip") is None and "nama" in layout.columns:
            jabatan = _jabatan_after_nip(_result_text(index, r, layout.columns["nama"].c0))
        anggota = MatriksAnggota(
            sheet=index.name,
            row=r + 1,
            nama=nama,
            nip=nip,
            jabatan=jabatan,
            hasil=hasil,
            target=[_share(index.text(r, sc) or "" if sc is not None else h, k.target) if h else None
                    for h, k, sc in zip(hasil, kolom, shares, strict=True)],
        )
        if not (anggota.nama or anggota.nip or anggota.jabatan):
            continue
        if _groups_members(anggota, index):
            matriks.group_headings |= {cell: text for key in ("nama", "jabatan")
                                       if says_something(text := layout.text(r, key))
                                       and (cell := layout.cell(r, key))}
            continue
        previous = matriks.anggota[-1] if matriks.anggota else None
        if previous is not None and _continues_identity(anggota, previous, r):
            previous.nip = anggota.nip
            previous.cells["nip"] = layout.cell(r, "nama") or a1(r, 0)
            continue
        anggota.cells = {k: c for k in ("nama", "nip", "jabatan") if (c := layout.cell(r, k))}
        anggota.cells |= {f"hasil_{i}": a1(r, col) for i, col in enumerate(columns)}
        matriks.anggota.append(anggota)
    if from_header:
        _listed_under_koordinator(matriks, mapping)
    _method_in_cells(matriks)
    return matriks


_KOORDINATOR_RE = re.compile(r"\b(?:koordinator|ketua\s+tim)\b", re.IGNORECASE)


def _listed_under_koordinator(matriks: MatriksPeranHasil, mapping: SheetMapping) -> None:
    """A Matriks of one RK written as one list: the koordinator's own row first (its jabatan or name
    marked ``(koordinator)`` or ``Ketua Tim``) holding the RK being shared and its target, the members under
    it with their part and theirs, in a ``PERAN DAN HASIL`` column and a ``TARGET`` column. Read column by
    column it gave two RK named after those headings and the koordinator as a member: the RK is the
    koordinator's text, its target the koordinator's, and each member's part their text, with the target
    beside it. Nothing changes for any other Matriks."""
    if len(matriks.kolom) != 2 or len(matriks.anggota) < 2:
        return
    shared, target = matriks.kolom
    target_field = next((f for f in mapping.fields if f.key == "target"), None)
    if target_field is None or not target_field.matches(target.rk):
        return
    lead = matriks.anggota[0]
    if not _KOORDINATOR_RE.search(f"{lead.jabatan or ''} {lead.nama or ''}") or not lead.hasil[0]:
        return
    written = lead.target[1] or (parse_target(lead.hasil[1]) if lead.hasil[1] else None)
    kolom = MatriksKolom(
        sheet=shared.sheet, row=lead.row, rk=lead.hasil[0], jenis_penyelarasan=shared.jenis_penyelarasan,
        metode=shared.metode, target=written,
        cells={**{k: v for k, v in shared.cells.items() if k in ("jenis_penyelarasan", "metode")},
               "rk": lead.cells["hasil_0"], "target": lead.cells["hasil_1"]},
    )
    members = matriks.anggota[1:]
    for anggota in members:
        anggota.hasil, anggota.target = anggota.hasil[:1], anggota.target[1:]
        anggota.cells.pop("hasil_1", None)
    matriks.kolom, matriks.anggota = [kolom], members
    matriks.row, matriks.cells = kolom.row, {"rk": kolom.cells["rk"]}


def _transposed(index: SheetIndex, fields: dict[str, tuple[int, int]]) -> MatriksPeranHasil | None:
    """A Matriks laid out the other way round: the koordinator's RK down the rows, one row each, with the
    field labels (JENIS PENYELARASAN, METODE, TARGET) as column headers on one row beside the RK column
    (``NO | RENCANA KINERJA ATASAN … | JENIS PENYELARASAN | TARGET``), and the members as the columns right
    of them, each headed by the member (name, ``name⏎NIP …`` or jabatan). None for any other layout."""
    rows = Counter(r for r, _ in fields.values())
    if not rows:
        return None
    r0, count = rows.most_common(1)[0]
    if count < 2 or ("rk" in fields and fields["rk"][0] != r0):
        return None
    on_row = {key: c for key, (r, c) in fields.items() if r == r0}
    rk_col = on_row.pop("rk", None)
    first = min(on_row.values())
    if rk_col is None:  # an RK header the labels do not spell (``… YANG DICASCADE``): left of the fields
        rk_col = next((c for c, text in reversed(index.row_texts(r0, range(first)))
                       if re.match(r"(?:rencana\s+kinerja|rk)\b", text.strip(), re.IGNORECASE)), None)
        if rk_col is None:
            return None
    heads = [rk_col, *on_row.values()]
    last_field = max(index.span(r0, c)[1] for c in heads)
    bottom = max(index.bottom(r0, c) for c in heads)
    member_cols = sorted({c for r in range(r0, bottom + 1) for c, _ in index.row_texts(r) if c > last_field})
    labels = {c: next((index.text(r, c) for r in range(bottom, r0 - 1, -1) if index.text(r, c)), None)
              for c in member_cols}
    rk_rows: list[int] = []
    for r in range(bottom + 1, index.grid.n_rows):
        text = index.text(r, rk_col)
        if not text or _separator(text):
            if rk_rows:
                break
            continue
        rk_rows.append(r)
    if not rk_rows or not labels:
        return None
    kolom = []
    for r in rk_rows:
        values = {key: index.text(r, c) for key, c in on_row.items()}
        head, said = jenis_and_metode(values.get("jenis_penyelarasan") or "")
        metode = values.get("metode") or said
        target = values.get("target")
        item = MatriksKolom(
            sheet=index.name, row=r + 1, rk=_RK_PREFIX_RE.sub("", index.text(r, rk_col) or ""), nomor=None,
            jenis_penyelarasan=canonical_jenis_penyelarasan(head),
            metode=(canonical_metode(metode) or metode) if metode else None,
            target=parse_target(target) if target else None,
        )
        item.cells = {"rk": a1(r, rk_col)} | {key: a1(r, c) for key, c in on_row.items()}
        kolom.append(item)
    matriks = MatriksPeranHasil(sheet=index.name, kolom=kolom)
    matriks.row, matriks.cells = kolom[0].row, {"rk": kolom[0].cells["rk"]}
    for c, label in labels.items():
        if not label:
            continue
        nama, nip = _name_and_nip(label, None)
        hasil = [_result_text(index, r, c) for r in rk_rows]
        anggota = MatriksAnggota(
            sheet=index.name, row=bottom + 1, nama=nama, nip=nip, jabatan=None, hasil=hasil,
            target=[_share(h, k.target) if h else None for h, k in zip(hasil, kolom, strict=True)],
        )
        anggota.cells = {"nama": a1(bottom, c)} | {f"hasil_{i}": a1(r, c) for i, r in enumerate(rk_rows)}
        matriks.anggota.append(anggota)
    _method_in_cells(matriks)
    return matriks


def _block_columns(index: SheetIndex, layout: TableLayout, col: int) -> tuple[int, int | None] | None:
    """A Matriks of one RK whose fields are a ``LABEL | : | value`` block above the member table (one
    sheet per RK): the block's value column falls on the table's NAMA/NIP/JABATAN columns, so the members'
    results are the table's own result column (``HASIL YANG DIHARAPKAN``, ``HASIL KERJA``, ``PERAN``) and
    their shares its ``TARGET`` column right of it, when there is one."""
    if col > max(hit.c1 for hit in layout.columns.values()):
        return None
    result = share = None
    for r in range(layout.top, layout.header_end):
        for c, _ in index.row_texts(r):
            words = re.findall(r"\w+", (index.text(r, c) or "").lower())
            if result is None and words and words[0] in ("hasil", "peran", "output"):
                result = c
            elif result is not None and share is None and c > result and "target" in words:
                share = c
    return (result, share) if result is not None else None


_METHOD_PREFIX_RE = re.compile(r"^\s*([^:\n]{4,80}):")


def _method_in_cells(matriks: MatriksPeranHasil) -> None:
    """The jenis penyelarasan and method written in each member's cell instead of a row of the column
    (``Langsung - pembagian beban target:⏎hasil (25 ton)``): taken for a column without them when every
    filled cell of that column states the same method."""
    for i, kolom in enumerate(matriks.kolom):
        if kolom.metode is not None:
            continue
        said = set()
        for anggota in matriks.anggota:
            text = anggota.hasil[i] if i < len(anggota.hasil) else None
            if not text:
                continue
            match = _METHOD_PREFIX_RE.match(text)
            head, rest = jenis_and_metode(match.group(1) if match else "")
            said.add((canonical_jenis_penyelarasan(head), canonical_metode(rest)))
        if len(said) == 1:
            jenis, metode = said.pop()
            if metode is not None:
                kolom.metode = metode
                kolom.jenis_penyelarasan = kolom.jenis_penyelarasan or jenis
