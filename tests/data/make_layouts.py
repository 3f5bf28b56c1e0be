"""Build the reader's test workbooks the way staff make them by hand, with openpyxl.

Run ``python tests/data/make_layouts.py`` to regenerate; the .xlsx files are committed beside it.

* ``layout_*.xlsx``: one SKP JA Model Dasar content laid out many ways (kop surat above the title, table
  moved to column C, RK merged / written once / repeated, spacer rows, variant labels, stacked identity
  blocks, TARGET over angka | satuan, renamed sheet with empty extra sheets, numbers typed as text, NIP
  typed as a number, colon cells, "NAMA : …" in one cell). All must read to the same document.
* ``form_*.xlsx``: one workbook per form (ja/jf/jpt × dasar/pengembangan) with its annexes.
* ``notskp_*.xlsx``: spreadsheets that are not an SKP.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).parent))

HERE = Path(__file__).parent

PEGAWAI = {
    "nama": "Ani Wulandari, S.Kom.",
    "nip": "19860926 201505 2 001",
    "pangkat": "Penata Muda Tingkat I, III/b",
    "jabatan": "Pengelola Informasi Publik",
    "unit_kerja": "Bidang Informasi dan Komunikasi Publik",
}
PENILAI = {
    "nama": "Drs. Bambang Sutrisno, M.Si.",
    "nip": "19700512 199503 1 002",
    "pangkat": "Pembina, IV/a",
    "jabatan": "Kepala Bidang Informasi dan Komunikasi Publik",
    "unit_kerja": "Dinas Komunikasi dan Informatika",
}
FIELD_LABELS = {
    "nama": "NAMA",
    "nip": "NIP",
    "pangkat": "PANGKAT/GOL RUANG",
    "jabatan": "JABATAN",
    "unit_kerja": "UNIT KERJA",
}
VARIANT_FIELD_LABELS = {
    "nama": "Nama",
    "nip": "N I P",
    "pangkat": "Pangkat / Gol. Ruang",
    "jabatan": "Jabatan",
    "unit_kerja": "Unit Kerja",
}

# (rk_atasan, rk, [(aspek, iki, target angka, satuan)])
UTAMA = [
    (
        "Meningkatnya kualitas layanan informasi publik",
        "Tersusunnya laporan pengelolaan informasi publik yang akurat",
        [
            ("Kuantitas", "Jumlah laporan pengelolaan informasi publik", 12, "dokumen"),
            ("Kualitas", "Persentase laporan yang diterima tanpa revisi", 85.5, "%"),
            ("Waktu", "Ketepatan waktu penyampaian laporan", 12, "bulan"),
        ],
    ),
    (
        "Meningkatnya keterbukaan informasi badan publik",
        "Terlaksananya pemutakhiran daftar informasi publik",
        [
            ("Kuantitas", "Jumlah daftar informasi publik yang dimutakhirkan", 4, "dokumen"),
            ("Waktu", "Waktu pemutakhiran daftar informasi publik", 3, "bulan"),
        ],
    ),
]
TAMBAHAN = [
    (
        "-",
        "Terselenggaranya sosialisasi keterbukaan informasi di kecamatan",
        [("Kuantitas", "Jumlah kecamatan yang mendapat sosialisasi", 17, "kecamatan")],
    ),
]


def id_number(value: float) -> str:
    """``85.5`` → ``"85,5"`` as an Indonesian would type it."""
    text = f"{value:g}"
    return text.replace(".", ",")


@dataclass
class Layout:
    """How one hand-made workbook differs from the plain template layout."""

    kop_surat: bool = False
    col0: int = 1  # 1-based column where the form starts
    rk_style: str = "merged"  # merged | first | repeat
    spacers: bool = False
    variant_labels: bool = False
    stacked: bool = False
    split_target: bool = False
    numbers_as_text: bool = False
    nip_number: bool = False
    sheet_name: str = "SKP"
    extra_sheets: bool = False
    identity_style: str = "plain"  # plain | colon | inline
    numbering_row: bool = True
    template_residue: bool = False  # unused template rows left with their number and aspek
    repeat_header: bool = False  # header and column numbers repeated at a page break
    roman_sections: bool = False  # "I. KINERJA UTAMA", "II. KINERJA TAMBAHAN"
    merge_target_header: bool = True  # False: the satuan column beside TARGET has no header at all
    pegawai: dict[str, str] = field(default_factory=lambda: dict(PEGAWAI))


class Writer:
    """A cursor over a worksheet: rows are written top-down, columns relative to ``col0``."""

    def __init__(self, ws: Worksheet, col0: int = 1) -> None:
        self.ws = ws
        self.col0 = col0
        self.row = 1

    def put(self, offset: int, value: object, row: int | None = None) -> None:
        self.ws.cell(row=row or self.row, column=self.col0 + offset, value=value)

    def merge(self, c0: int, c1: int, r0: int | None = None, r1: int | None = None) -> None:
        r0 = r0 or self.row
        r1 = r1 or r0
        if (r0, c0) != (r1, c1):
            self.ws.merge_cells(
                start_row=r0, start_column=self.col0 + c0, end_row=r1, end_column=self.col0 + c1
            )

    def line(self, *values: object) -> None:
        for i, v in enumerate(values):
            if v is not None:
                self.put(i, v)
        self.row += 1

    def skip(self, n: int = 1) -> None:
        self.row += n


def _identity_rows(
    w: Writer, who: dict[str, str], offset: int, layout: Layout, nip_number: bool, start_row: int
) -> None:
    labels = VARIANT_FIELD_LABELS if layout.variant_labels else FIELD_LABELS
    for i, key in enumerate(("nama", "nip", "pangkat", "jabatan", "unit_kerja")):
        r = start_row + i
        value: object = who[key]
        if key == "nip" and nip_number:
            value = int(who[key].replace(" ", ""))
        w.put(offset, i + 1, row=r)
        if layout.identity_style == "inline":
            w.put(offset + 1, f"{labels[key]} : {value}", row=r)
        elif layout.identity_style == "colon":
            w.put(offset + 1, labels[key], row=r)
            w.put(offset + 2, ":", row=r)
            w.put(offset + 3, value, row=r)
        else:
            w.put(offset + 1, labels[key], row=r)
            w.put(offset + 2, value, row=r)
        if key == "nip" and nip_number:
            w.ws.cell(
                row=r, column=w.col0 + offset + (3 if layout.identity_style == "colon" else 2)
            ).number_format = "0"


def write_kop(
    w: Writer,
    layout: Layout,
    title: str,
    width: int,
    penilai: dict[str, str] = PENILAI,
    agency: str = "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SLEMAN",
) -> None:
    """Kop surat (optional), title, agency, period and the two identity blocks."""
    if layout.kop_surat:
        w.line("PEMERINTAH KABUPATEN SLEMAN")
        w.line("DINAS KOMUNIKASI DAN INFORMATIKA")
        w.line("Jl. Parasamya No. 1, Beran, Tridadi, Sleman, Yogyakarta 55511")
        w.skip()
    w.put(0, title if not layout.variant_labels else title.title())
    w.merge(0, width - 1)
    w.skip()
    w.put(0, agency)
    w.merge(0, width - 1)
    w.skip()
    w.line(
        "Periode penilaian: 1 JANUARI SD 31 DESEMBER 2025"
        if layout.variant_labels
        else "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"
    )
    w.skip()
    block_labels = (
        ("Pegawai yang Dinilai", "Pejabat Penilai Kinerja")
        if layout.variant_labels
        else ("PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA")
    )
    span = 4 if layout.identity_style == "colon" else 3
    if layout.stacked:
        for label, who, nip_number in (
            (block_labels[0], layout.pegawai, layout.nip_number),
            (block_labels[1], penilai, False),
        ):
            w.put(0, "NO")
            w.put(1, label)
            w.merge(1, span - 1)
            w.skip()
            _identity_rows(w, who, 0, layout, nip_number, w.row)
            w.skip(5)
            w.skip()
    else:
        w.put(0, "NO")
        w.put(1, block_labels[0])
        w.merge(1, span - 1)
        w.put(span, "NO")
        w.put(span + 1, block_labels[1])
        w.merge(span + 1, 2 * span - 1)
        w.skip()
        _identity_rows(w, layout.pegawai, 0, layout, layout.nip_number, w.row)
        _identity_rows(w, penilai, span, layout, False, w.row)
        w.skip(5)
        w.skip()


def write_footer(
    w: Writer,
    right: int,
    place_date: str = "Sleman, 2 Januari 2025",
    penilai: dict[str, str] = PENILAI,
    pegawai: dict[str, str] = PEGAWAI,
) -> None:
    w.skip()
    w.put(right, place_date)
    w.skip()
    w.put(1, "Pegawai yang Dinilai")
    w.put(right, "Pejabat Penilai Kinerja")
    w.skip(4)
    w.put(1, pegawai["nama"])
    w.put(right, penilai["nama"])
    w.skip()
    w.put(1, f"NIP. {pegawai['nip']}")
    w.put(right, f"NIP. {penilai['nip']}")
    w.skip()


def _target_value(angka: float, layout: Layout) -> object:
    if layout.numbers_as_text:
        return id_number(angka)
    return angka


def write_rencana_ja(
    w: Writer,
    layout: Layout,
    kategori: dict[str, list[tuple[str, ...]]] | None = None,
    cara: dict[str, tuple[str, str, str]] | None = None,
    utama: list = UTAMA,
    tambahan: list = TAMBAHAN,
) -> int:
    """The JA/JF table. Returns the column offset of the TARGET column (for the footer)."""
    if layout.variant_labels:
        heads = [
            "No",
            "Rencana Kinerja Atasan yang Diintervensi",
            "Rencana Kinerja",
            "Aspek",
            "Indikator Kinerja Individu",
            "Target",
        ]
    else:
        heads = [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
    target_width = 2 if layout.split_target else 1
    kat_col = 5 + target_width
    levels = ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]
    cm_col = kat_col + (5 if kategori else 0)
    two_level = bool(kategori or cara)
    top = w.row
    for i, head in enumerate(heads):
        w.put(i, head)
        if i == 5:
            last = 5 + target_width - 1 if layout.merge_target_header else 5
            w.merge(5, last, top, top + (1 if two_level else 0))
        elif two_level:
            w.merge(i, i, top, top + 1)
    if kategori:
        w.put(kat_col, "KATEGORI PENILAIAN")
        w.merge(kat_col, kat_col + 4)
        for j, level in enumerate(levels):
            w.put(kat_col + j, level, row=top + 1)
    if cara:
        w.put(cm_col, "CARA MEMANTAU KINERJA")
        w.merge(cm_col, cm_col + 2)
        for j, label in enumerate(("DATA", "SUMBER DATA", "WAKTU PENGUMPULAN")):
            w.put(cm_col + j, label, row=top + 1)
    w.skip(2 if two_level else 1)
    last_col = cm_col + (3 if cara else 0)
    if layout.numbering_row:
        for j in range(last_col):
            w.put(j, f"({j + 1})" if layout.numbers_as_text else j + 1)
        w.skip()
    sections = (
        ("I. KINERJA UTAMA", "II. KINERJA TAMBAHAN")
        if layout.roman_sections
        else ("A. KINERJA UTAMA", "B. KINERJA TAMBAHAN")
    )
    for section_label, items, start_no in ((sections[0], utama, 1), (sections[1], tambahan, 1)):
        w.put(0, section_label.title() if layout.variant_labels else section_label)
        w.merge(0, last_col - 1)
        w.skip()
        if layout.spacers:
            w.skip()
        for n, (atasan, rk, ikis) in enumerate(items, start=start_no):
            first = w.row
            for k, (aspek, iki, angka, satuan) in enumerate(ikis):
                show_rk = k == 0 or layout.rk_style == "repeat"
                if show_rk:
                    w.put(0, str(n) if layout.numbers_as_text else n)
                    w.put(1, atasan)
                    w.put(2, rk)
                w.put(3, aspek)
                w.put(4, iki)
                if layout.split_target:
                    w.put(5, _target_value(angka, layout))
                    w.put(6, satuan)
                else:
                    w.put(5, f"{id_number(angka)} {satuan}")
                if kategori:
                    for j, v in enumerate(kategori[rk][k]):
                        w.put(kat_col + j, v)
                if cara and (k == 0 or layout.rk_style == "repeat"):
                    for j, v in enumerate(cara[rk]):
                        w.put(cm_col + j, v)
                w.skip()
            if layout.rk_style == "merged" and len(ikis) > 1:
                cols = [0, 1, 2] + ([cm_col, cm_col + 1, cm_col + 2] if cara else [])
                for c in cols:
                    w.merge(c, c, first, w.row - 1)
            if layout.spacers:
                w.skip()
            if layout.repeat_header and n == 1 and items is utama:
                w.line(*heads)
                w.line(*range(1, last_col + 1))
        if layout.template_residue:
            for n in range(len(items) + 1, len(items) + 3):
                w.line(n, None, None, "Kuantitas")
                w.line(None, None, None, "Kualitas")
    return 5


def build_layout(layout: Layout) -> Workbook:
    wb = Workbook()
    ws = wb.active
    if layout.extra_sheets:
        ws.title = "Sheet1"
        ws = wb.create_sheet(layout.sheet_name)
        wb.create_sheet("Sheet3")
    else:
        ws.title = layout.sheet_name
    w = Writer(ws, layout.col0)
    write_kop(w, layout, "RENCANA SASARAN KINERJA PEGAWAI", 7 if layout.split_target else 6)
    target = write_rencana_ja(w, layout)
    write_footer(w, target)
    for i, width in enumerate((5, 34, 34, 12, 34, 10, 10), start=layout.col0):
        ws.column_dimensions[get_column_letter(i)].width = width
    return wb


LAYOUTS: dict[str, Layout] = {
    "layout_polos": Layout(),
    "layout_kop_surat": Layout(kop_surat=True),
    "layout_mulai_kolom_c": Layout(col0=3),
    "layout_rk_baris_pertama": Layout(rk_style="first"),
    "layout_rk_berulang": Layout(rk_style="repeat"),
    "layout_baris_kosong": Layout(spacers=True),
    "layout_label_variasi": Layout(variant_labels=True),
    "layout_blok_bertumpuk": Layout(stacked=True),
    "layout_target_angka_satuan": Layout(split_target=True),
    "layout_sheet_berganti_nama": Layout(sheet_name="Rencana SKP 2022", extra_sheets=True),
    "layout_angka_sebagai_teks": Layout(split_target=True, numbers_as_text=True),
    "layout_nip_angka": Layout(nip_number=True),
    "layout_titik_dua": Layout(identity_style="colon"),
    "layout_label_sebaris": Layout(identity_style="inline"),
    "layout_tanpa_nomor_kolom": Layout(numbering_row=False),
    "layout_sisa_templat": Layout(template_residue=True, roman_sections=True),
    "layout_judul_berulang": Layout(repeat_header=True),
    "layout_satuan_tanpa_judul": Layout(split_target=True, merge_target_header=False),
    "layout_campuran": Layout(
        kop_surat=True,
        col0=2,
        rk_style="first",
        spacers=True,
        variant_labels=True,
        stacked=True,
        split_target=True,
        identity_style="colon",
    ),
}


def convert_to_xls(source: Path) -> None:
    """A .xls copy made by LibreOffice, as an old Excel would save it."""
    subprocess.run(
        [
            "soffice",
            "--headless",
            "-env:UserInstallation=file:///tmp/lo-h3",
            "--convert-to",
            "xls",
            "--outdir",
            str(source.parent),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def main() -> None:
    for name, layout in LAYOUTS.items():
        build_layout(layout).save(HERE / f"{name}.xlsx")
    from make_forms import build_forms, build_free_forms

    for name, wb in {**build_forms(), **build_free_forms()}.items():
        wb.save(HERE / f"{name}.xlsx")
    notskp = Workbook()
    ws = notskp.active
    ws.title = "Daftar Hadir"
    ws.append(["NO", "NAMA", "NIP", "JABATAN", "TANDA TANGAN"])
    ws.append([1, "Ani Wulandari", "19860926 201505 2 001", "Pengelola Informasi Publik", None])
    ws.append([2, "Bambang Sutrisno", "19700512 199503 1 002", "Kepala Bidang", None])
    notskp.save(HERE / "notskp_daftar_hadir.xlsx")
    if "--tanpa-xls" not in sys.argv:
        convert_to_xls(HERE / "layout_polos.xlsx")


if __name__ == "__main__":
    main()
