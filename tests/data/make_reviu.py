"""Build the workbooks of the checks on real agency forms (SPEC §3.10, issue 12): ``reviu_*.xlsx``.

Run ``python tests/data/make_reviu.py`` to regenerate; the .xlsx files are committed beside it.

Each is a JF Model Pengembangan plan laid out as an agency reviu form is: aspek written "IKI (Kuantitas)",
"Kual/Mutu" or "Waktu (bulan)", KATEGORI PENILAIAN with only CUKUP and SANGAT BAIK (the TARGET stands for
BAIK) or with three to five levels, the jabatan "ANALIS KEPEGAWAIAN MUDA selaku SUBKOORDINATOR", and the
angka and satuan of the target in two sub-columns. ``reviu_bersih_*`` must give no finding at all;
``reviu_cacat_*`` carry the defects reviewers found on such a form (a SANGAT BAIK equal to the target, a
target inside its CUKUP band, a bare-number target, an absolute IKI) and ``test_checks_reviu.py`` asserts
exactly their (code, sheet, cell). ``reviu_penilaian_*`` rewrite the targets of a filled Penilaian sheet.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from openpyxl import Workbook, load_workbook

HERE = Path(__file__).parent

PEGAWAI = ("Sri Handayani, S.Sos.", "19830517 200801 2 009", "Penata Tk.I, III/d",
           "ANALIS KEPEGAWAIAN MUDA selaku SUBKOORDINATOR MUTASI", "Bidang Mutasi dan Promosi")
PENILAI = ("Drs. Agus Widodo, M.Si.", "19700823 199403 1 005", "Pembina Tk.I, IV/b",
           "Kepala Bidang Mutasi dan Promosi", "Badan Kepegawaian dan Pengembangan SDM")


@dataclass(frozen=True)
class Row:
    """One IKI row: aspek, IKI, target angka and satuan, then the kategori cells by level."""

    aspek: str
    iki: str
    angka: object
    satuan: str | None
    kategori: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Rk:
    atasan: str | None
    text: str
    rows: tuple[Row, ...]
    data: str = "SK mutasi yang ditetapkan"
    sumber: str = "Aplikasi SIMPEG"
    waktu: str = "Triwulanan oleh Subbidang Mutasi"


UTAMA = (
    Rk("Meningkatnya kualitas pelayanan mutasi pegawai", "Usulan mutasi pegawai diproses tepat waktu", (
        Row("IKI (Kuantitas)", "Jumlah SK mutasi yang diterbitkan", 120, "SK",
            {"cukup": "< 100", "sangat_baik": "> 120"}),
        Row("Kual/Mutu", "Persentase SK mutasi tanpa ralat", 95, "%",
            {"cukup": "< 95", "sangat_baik": "> 95"}),
        Row("Waktu (bulan)", "Waktu penyelesaian SK mutasi", 12, "bulan",
            {"cukup": "> 12", "sangat_baik": "< 12"}),
    )),
    Rk("Terwujudnya manajemen talenta ASN", "Data pola karier pegawai yang mutakhir", (
        Row("KUANTITAS/OUTPUT", "Jumlah pegawai yang datanya dimutakhirkan", 300, "orang",
            {"cukup": "< 150", "sangat_baik": "> 300"}),
        Row("IKI (Waktu)", "Waktu pemutakhiran data pola karier", 10, "bulan",
            {"cukup": "> 10", "sangat_baik": "< 10"}),
    ), data="Daftar pola karier", sumber="Subbidang Pengembangan Karier", waktu="Semesteran"),
)
TAMBAHAN = (
    Rk(None, "Sertifikat pelatihan asesor SDM aparatur", (
        Row("Kuant/Output", "Jumlah sertifikat pelatihan yang diperoleh", 1, "sertifikat",
            {"cukup": "0", "sangat_baik": "2"}),
    ), data="Sertifikat", sumber="BPSDM Provinsi", waktu="Akhir tahun"),
)
LEVELS = {"sangat_kurang": "SANGAT KURANG", "kurang": "KURANG", "cukup": "CUKUP", "baik": "BAIK",
          "sangat_baik": "SANGAT BAIK"}


@dataclass(frozen=True)
class Form:
    levels: tuple[str, ...] = ("cukup", "sangat_baik")
    utama: tuple[Rk, ...] = UTAMA
    tambahan: tuple[Rk, ...] = TAMBAHAN
    jabatan: str = PEGAWAI[3]
    pangkat: str = PEGAWAI[2]
    lampiran_ak: bool = True


def _five_levels(rk: Rk) -> Rk:
    """The same plan with five levels written out, BAIK = the target."""
    full = {
        "Jumlah SK mutasi yang diterbitkan": ("< 80", "80 - 89", "90 - 119", "120", "> 120"),
        "Persentase SK mutasi tanpa ralat": ("< 75", "75 - 84", "85 - 94", "95", "> 95"),
        "Waktu penyelesaian SK mutasi": ("> 14", "14", "13", "12", "< 12"),
        "Jumlah pegawai yang datanya dimutakhirkan": ("< 100", "100 - 149", "150 - 299", "300", "> 300"),
        "Waktu pemutakhiran data pola karier": ("> 12", "12", "11", "10", "< 10"),
        "Jumlah sertifikat pelatihan yang diperoleh": (None, None, "0", "1", "2"),
    }
    rows = tuple(replace(r, kategori={k: v for k, v in zip(LEVELS, full[r.iki], strict=True) if v})
                 for r in rk.rows)
    return replace(rk, rows=rows)


def build(form: Form) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "SKP JF"
    ws.append(["SASARAN KINERJA PEGAWAI"])
    ws.append(["PENDEKATAN HASIL KERJA KUANTITATIF BAGI PEJABAT FUNGSIONAL"])
    ws.append(["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN BANTUL"])
    ws.append(["PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2025"])
    ws.append([])
    ws.append(["NO", "PEGAWAI YANG DINILAI", None, "NO", "PEJABAT PENILAI KINERJA"])
    pegawai = (*PEGAWAI[:2], form.pangkat, form.jabatan, PEGAWAI[4])
    for n, (label, own, other) in enumerate(zip(("NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"),
                                                pegawai, PENILAI, strict=True), start=1):
        ws.append([n, label, own, n, label, other])
    ws.append([None])
    heads = ["NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
             "INDIKATOR KINERJA INDIVIDU", "TARGET", None]
    kat_col = len(heads) + 1
    cm_col = kat_col + len(form.levels)
    ws.append([*heads, "KATEGORI PENILAIAN", *([None] * (len(form.levels) - 1)), "CARA MEMANTAU KINERJA"])
    top = ws.max_row
    ws.append([None] * 7 + [LEVELS[k] for k in form.levels] + ["DATA", "SUMBER DATA", "WAKTU PENGUMPULAN"])
    for column in range(1, 6):
        ws.merge_cells(start_row=top, start_column=column, end_row=top + 1, end_column=column)
    ws.merge_cells(start_row=top, start_column=6, end_row=top + 1, end_column=7)
    if len(form.levels) > 1:
        ws.merge_cells(start_row=top, start_column=kat_col, end_row=top, end_column=cm_col - 1)
    ws.merge_cells(start_row=top, start_column=cm_col, end_row=top, end_column=cm_col + 2)
    last = cm_col + 2
    ws.append(list(range(1, last + 1)))
    for label, items in (("A. KINERJA UTAMA", form.utama), ("B. KINERJA TAMBAHAN", form.tambahan)):
        ws.append([label])
        for number, rk in enumerate(items, start=1):
            first = ws.max_row + 1
            for k, row in enumerate(rk.rows):
                values: list[object] = [number, rk.atasan, rk.text] if k == 0 else [None, None, None]
                values += [row.aspek, row.iki, row.angka, row.satuan]
                values += [row.kategori.get(level) for level in form.levels]
                values += [rk.data, rk.sumber, rk.waktu] if k == 0 else []
                ws.append(values)
            end = ws.max_row
            for column in (1, 2, 3, cm_col, cm_col + 1, cm_col + 2):
                if end > first:
                    ws.merge_cells(start_row=first, start_column=column, end_row=end, end_column=column)
    ws.append([])
    ws.append([None, None, None, None, None, None, None, "Bantul, 2 Januari 2025"])
    ws.append([None, "Pegawai yang Dinilai", None, None, None, None, None, "Pejabat Penilai Kinerja"])
    ws.append([])
    ws.append([None, PEGAWAI[0], None, None, None, None, None, PENILAI[0]])
    ws.append([None, f"NIP. {PEGAWAI[1]}", None, None, None, None, None, f"NIP. {PENILAI[1]}"])
    if not form.lampiran_ak:
        return wb
    ak = wb.create_sheet("Keterkaitan AK")
    ak.append(["FORMAT KETERKAITAN SKP DENGAN ANGKA KREDIT"])
    ak.append([])
    ak.append(["NO", "RENCANA KINERJA", "BUTIR KEGIATAN", "OUTPUT", "ANGKA KREDIT"])
    ak.append([None, "KINERJA UTAMA"])
    for number, rk in enumerate(form.utama, start=1):
        ak.append([number, rk.text, "Menyusun rencana mutasi pegawai", "Dokumen", "0,035"])
    return wb


def _edit(rows: tuple[Rk, ...], rk: int, row: int, **changes: object) -> tuple[Rk, ...]:
    """``rows`` with one IKI row changed: ``kategori={...}``, ``angka=…``, ``satuan=None``, ``iki=…``."""
    items = list(rows)
    target = items[rk]
    new_rows = list(target.rows)
    new_rows[row] = replace(new_rows[row], **changes)
    items[rk] = replace(target, rows=tuple(new_rows))
    return tuple(items)


FORMS: dict[str, Form] = {
    # Clean: the agency form as a reviewer would pass it.
    "reviu_bersih_cukup_sangat_baik": Form(),
    "reviu_bersih_lima_tingkat": Form(levels=tuple(LEVELS), utama=tuple(map(_five_levels, UTAMA)),
                                      tambahan=tuple(map(_five_levels, TAMBAHAN))),
    "reviu_bersih_tiga_tingkat": Form(levels=("cukup", "baik", "sangat_baik"),
                                      utama=tuple(map(_five_levels, UTAMA)),
                                      tambahan=tuple(map(_five_levels, TAMBAHAN))),
    "reviu_bersih_empat_tingkat": Form(levels=("kurang", "cukup", "baik", "sangat_baik"),
                                       utama=tuple(map(_five_levels, UTAMA)),
                                       tambahan=tuple(map(_five_levels, TAMBAHAN))),
    "reviu_bersih_jf_tanpa_ahli": Form(jabatan="Pengawas Madya", pangkat="Pembina, IV/a"),
    # Defects reviewers found on such forms.
    "reviu_cacat_sangat_baik_sama_dengan_target": Form(
        utama=_edit(UTAMA, 0, 0, kategori={"cukup": "< 100", "sangat_baik": "120"})),
    "reviu_cacat_target_dalam_cukup": Form(
        utama=_edit(UTAMA, 1, 0, angka=12, satuan="orang",
                    kategori={"cukup": "> 10", "sangat_baik": "> 12"})),
    "reviu_cacat_waktu_sangat_baik_sama": Form(
        utama=_edit(UTAMA, 0, 2, kategori={"cukup": "> 12", "sangat_baik": "≤ 12"})),
    "reviu_cacat_target_tanpa_satuan": Form(utama=_edit(UTAMA, 1, 0, satuan=None)),
    # Known as JF by the jabatan alone, with no "Ahli" and no Keterkaitan AK sheet to give it away: the
    # missing sheet is reported (a JA form would not need it).
    "reviu_cacat_jf_tanpa_lampiran_ak": Form(lampiran_ak=False),
    "reviu_cacat_jf_tanpa_lampiran_ak_pengawas": Form(jabatan="Pengawas Madya", pangkat="Pembina, IV/a",
                                                      lampiran_ak=False),
    # "Analis Kepegawaian Muda" is Ahli Muda, III/c–III/d: a IV/a holder is outside it.
    "reviu_cacat_jenjang_tanpa_ahli": Form(jabatan="ANALIS KEPEGAWAIAN MUDA selaku SUBKOORDINATOR",
                                           pangkat="Pembina, IV/a"),
    "reviu_cacat_iki_absolut": Form(
        utama=_edit(UTAMA, 0, 0, iki="Semua usulan mutasi diterbitkan SK-nya pada bulan yang sama")),
}


# The Penilaian sheet of form_ja_dasar.xlsx with its targets rewritten (target-penilaian-berbeda):
# the same targets spelled otherwise ("12 Dokumen", "85,5%", a bare 12 for "12 bulan"), and one changed.
PENILAIAN_EDITS = {
    "reviu_penilaian_target_sama_makna": {"F6": "12 Dokumen", "F7": "85,5%", "F8": 12},
    "reviu_penilaian_target_berbeda": {"F6": "10 dokumen", "F7": "85,5%"},
}


def penilaian_variant(edits: dict[str, object]) -> Workbook:
    wb = load_workbook(HERE / "form_ja_dasar.xlsx")
    for cell, value in edits.items():
        wb["Penilaian"][cell] = value
    return wb


def main() -> None:
    for name, form in FORMS.items():
        build(form).save(HERE / f"{name}.xlsx")
    for name, edits in PENILAIAN_EDITS.items():
        penilaian_variant(edits).save(HERE / f"{name}.xlsx")


if __name__ == "__main__":
    main()
