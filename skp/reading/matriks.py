"""Matriks Pembagian Peran dan Hasil (SPEC §3.6): the koordinator's cascaded RK across the top, the team
down the left, and in each cell the result that becomes that member's RK.

The field rows (RENCANA KINERJA ATASAN, JENIS PENYELARASAN, METODE, TARGET ATASAN) fix the RK columns:
every non-empty cell right of the RK label is one column, and the member rows are read at those columns.
"""

from __future__ import annotations

from skp.mapping import Label, SheetMapping
from skp.models import MatriksAnggota, MatriksKolom, MatriksPeranHasil
from skp.numbers import parse_target
from skp.reading.bounds import bound_table
from skp.reading.grid import a1
from skp.reading.index import SheetIndex
from skp.reading.rules import ReadingRules
from skp.reading.table import label_keys, locate_table
from skp.vocab import canonical_jenis_penyelarasan, canonical_metode


def _field_rows(index: SheetIndex, mapping: SheetMapping) -> dict[str, tuple[int, int]]:
    """Label position of each field row, the first occurrence of each."""
    rows: dict[str, tuple[int, int]] = {}
    for field in mapping.fields:
        pos = next(iter(index.find(label_keys(field))), None)
        if pos is not None:
            rows[field.key] = pos
    return rows


def _kolom(index: SheetIndex, fields: dict[str, tuple[int, int]]) -> tuple[list[MatriksKolom], list[int]]:
    if "rk" not in fields:
        return [], []
    r, c = fields["rk"]
    columns = [col for col, _ in index.row_texts(r) if col > index.span(r, c)[1]]
    kolom = []
    for col in columns:
        values = {key: index.text(fr, col) for key, (fr, _) in fields.items()}
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
        item.cells = {key: a1(fr, col) for key, (fr, _) in fields.items()}
        kolom.append(item)
    return kolom, columns


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
    kolom, columns = _kolom(index, fields)
    matriks = MatriksPeranHasil(sheet=index.name, kolom=kolom)
    if kolom:
        matriks.row, matriks.cells = kolom[0].row, {"rk": kolom[0].cells["rk"]}
    if layout is None:
        return matriks
    bound_table(layout, footer, None)
    field_rows = {r for r, _ in fields.values()}
    for r in layout.data_rows():
        if r in field_rows:
            continue
        hasil = [index.text(r, col) for col in columns]
        anggota = MatriksAnggota(
            sheet=index.name,
            row=r + 1,
            nama=layout.text(r, "nama"),
            nip=layout.text(r, "nip"),
            jabatan=layout.text(r, "jabatan"),
            hasil=hasil,
            target=[t if (t := parse_target(h) if h else None) and t.is_measurable else None for h in hasil],
        )
        if not (anggota.nama or anggota.nip or anggota.jabatan):
            continue
        anggota.cells = {k: c for k in ("nama", "nip", "jabatan") if (c := layout.cell(r, k))}
        anggota.cells |= {f"hasil_{i}": a1(r, col) for i, col in enumerate(columns)}
        matriks.anggota.append(anggota)
    return matriks
