"""Clean, realistic SKP documents for each form, built in code.

The check tests mutate one thing in a clean document and assert the exact findings; the defect workbook
generator (``tests/data/make_defects.py``) writes the same documents through the template builder. The
cell addresses follow a plain template layout: the kop on rows 4–12, the table from row 15.
"""

from __future__ import annotations

from datetime import date

import skp.checks  # noqa: F401  registers the checks
from skp.checks.registry import run_document_checks
from skp.config import Config
from skp.findings import catalogue
from skp.models import (
    CaraMemantau,
    Identity,
    Iki,
    KategoriPenilaian,
    KeterkaitanAkRow,
    ManualIki,
    Period,
    RencanaKinerja,
    SkpDocument,
    Target,
)
from skp.numbers import parse_target
from skp.vocab import canonical_aspek, canonical_perspektif

SHEET = "SKP"
AK_SHEET = "Keterkaitan AK"
MANUAL_SHEET = "Manual IKI"
IDENTITY_ROWS = {"nama": 8, "nip": 9, "pangkat": 10, "jabatan": 11, "unit_kerja": 12}

PEGAWAI = {
    "JA": ("Ani Lestari, S.E.", "19860926 201505 2 001", "Penata Muda Tingkat I, III/b", "Pengelola Keuangan",
           "Bagian Keuangan Sekretariat Daerah"),
    "JF": ("Dedi Kurniawan, S.Kom.", "19900415 201503 1 004", "Penata Muda, III/a",
           "Pranata Komputer Ahli Pertama", "Dinas Komunikasi dan Informatika"),
    "JPT": ("Ir. Hadi Prasetyo, M.T.", "19700101 199503 1 003", "Pembina Utama Muda, IV/c",
            "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR Kabupaten Sleman"),
}
PENILAI = {
    "JA": ("Budi Santoso, S.T., M.M.", "19750312 200003 1 002", "Pembina, IV/a", "Kepala Bagian Keuangan",
           "Sekretariat Daerah"),
    "JF": ("Rina Wulandari, S.T., M.T.", "19780520 200212 2 003", "Pembina, IV/a",
           "Kepala Bidang Aplikasi Informatika", "Dinas Komunikasi dan Informatika"),
    "JPT": ("Drs. Kustini Sri Purnomo", "-", "-", "Bupati Sleman", "Pemerintah Kabupaten Sleman"),
}

# (section, rk_atasan, rk, [(aspek, iki, target, (sangat kurang, kurang, cukup, baik, sangat baik))])
JA_PLAN = [
    ("utama", "Meningkatnya akuntabilitas pengelolaan keuangan daerah",
     "Laporan keuangan bulanan tersusun tepat waktu dan akurat", [
         ("Kuantitas", "Jumlah laporan keuangan bulanan yang tersusun", "12 laporan",
          ("< 6", "6 - 8", "9 - 11", "12", "> 12")),
         ("Kualitas", "Persentase laporan keuangan tanpa koreksi", "90 %",
          ("< 60 %", "60 - 74 %", "75 - 89 %", "90 %", "> 90 %")),
         ("Waktu", "Ketepatan waktu penyampaian laporan", "12 bulan", ("> 14", "14", "13", "12", "< 12")),
     ]),
    ("utama", "Tersedianya data aset daerah yang valid", "Data aset daerah yang terverifikasi", [
        ("Kuantitas", "Jumlah dokumen aset yang diverifikasi", "300 dokumen",
         (None, None, "< 150", "300", "> 300")),
        ("Waktu", "Waktu penyelesaian verifikasi aset", "10 bulan", (None, None, "> 10", "10", "< 10")),
    ]),
    ("tambahan", None, "Sertifikat pelatihan pengelolaan keuangan daerah", [
        ("Kuantitas", "Jumlah sertifikat pelatihan yang diperoleh", "1 sertifikat",
         (None, None, "0", "1", "2")),
    ]),
]
JPT_PLAN = [
    ("penerima-layanan", "utama", "Meningkatnya kemantapan jalan kabupaten",
     "Persentase panjang jalan kabupaten dalam kondisi mantap", "75 %"),
    ("proses-bisnis", "utama", "Pemerintah Daerah menggunakan aplikasi SIMBG untuk penerbitan PBG",
     "Persentase PBG yang diterbitkan melalui SIMBG", "100 %"),
    ("penguatan-internal", "utama", "Meningkatnya kompetensi aparatur bidang ke-PU-an",
     "Jumlah aparatur bersertifikat keahlian konstruksi", "25 orang"),
    ("anggaran", "utama", "Realisasi anggaran dinas yang optimal", "Persentase realisasi anggaran", "95 %"),
    (None, "tambahan", "Kontribusi pada Satgas Penanganan Bencana Kabupaten",
     "Jumlah laporan tanggap darurat bencana", "2 laporan"),
]
PERSPEKTIF_TEXT = {"penerima-layanan": "Penerima Layanan", "proses-bisnis": "Proses Bisnis",
                   "penguatan-internal": "Penguatan Internal", "anggaran": "Anggaran"}
KATEGORI_COLUMNS = ("G", "H", "I", "J", "K")
KATEGORI_KEYS = ("sangat_kurang", "kurang", "cukup", "baik", "sangat_baik")


def _identity(values: tuple[str, ...], column: str) -> Identity:
    keys = list(IDENTITY_ROWS)
    return Identity(sheet=SHEET, row=8, cells={k: f"{column}{IDENTITY_ROWS[k]}" for k in keys},
                    **dict(zip(keys, values, strict=True)))


def _target(raw: str) -> Target:
    return parse_target(raw)


def _ja_rencana(model: str) -> list[RencanaKinerja]:
    plan: list[RencanaKinerja] = []
    row = 16
    for number, (section, rk_atasan, text, ikis) in enumerate(JA_PLAN, start=1):
        rk = RencanaKinerja(sheet=SHEET, row=row, section=section, no=str(number), text=text,
                            rk_atasan=rk_atasan,
                            cells={"no": f"A{row}", "rk_atasan": f"B{row}", "rk": f"C{row}"})
        for offset, (aspek, iki_text, target, levels) in enumerate(ikis):
            r = row + offset
            iki = Iki(sheet=SHEET, row=r, text=iki_text, aspek_raw=aspek, aspek=canonical_aspek(aspek),
                      target=_target(target), cells={"aspek": f"D{r}", "iki": f"E{r}", "target": f"F{r}"})
            if model == "pengembangan":
                iki.kategori = KategoriPenilaian(
                    sheet=SHEET, row=r, **dict(zip(KATEGORI_KEYS, levels, strict=True)),
                    cells={k: f"{c}{r}" for k, c in zip(KATEGORI_KEYS, KATEGORI_COLUMNS, strict=True)})
            rk.iki.append(iki)
        if model == "pengembangan":
            rk.cara_memantau = CaraMemantau(
                sheet=SHEET, row=row, data=f"Bukti {text.lower()}", sumber_data="Aplikasi SIPD",
                waktu_pengumpulan="Triwulanan oleh Subbagian Program",
                cells={"data": f"L{row}", "sumber_data": f"M{row}", "waktu_pengumpulan": f"N{row}"})
        plan.append(rk)
        row += len(ikis) + (2 if section == "utama" and number == 2 else 0)
    return plan


def _keterkaitan(plan: list[RencanaKinerja]) -> list[KeterkaitanAkRow]:
    rows = []
    for offset, rk in enumerate(r for r in plan if r.section == "utama"):
        row = 14 + offset
        rows.append(KeterkaitanAkRow(
            sheet=AK_SHEET, row=row, rencana_kinerja=rk.text,
            butir_kegiatan="Melakukan pengembangan sistem informasi", output="Dokumen",
            angka_kredit_raw="0,005", angka_kredit=0.005,
            cells={"rencana_kinerja": f"B{row}", "butir_kegiatan": f"C{row}", "output": f"D{row}",
                   "angka_kredit": f"E{row}"}))
    return rows


def _jpt_rencana(model: str) -> list[RencanaKinerja]:
    plan = []
    for offset, (perspektif, section, text, iki_text, target) in enumerate(JPT_PLAN):
        row = 16 + offset + (1 if section == "tambahan" else 0)
        raw = PERSPEKTIF_TEXT.get(perspektif) if model == "pengembangan" and perspektif else None
        rk = RencanaKinerja(sheet=SHEET, row=row, section=section, no=str(offset + 1), text=text,
                            perspektif_raw=raw, perspektif=canonical_perspektif(raw),
                            cells={"perspektif": f"A{row}", "no": f"B{row}", "rk": f"C{row}"})
        rk.iki.append(Iki(sheet=SHEET, row=row, text=iki_text, target=_target(target),
                          cells={"iki": f"D{row}", "target": f"E{row}"}))
        plan.append(rk)
    return plan


def _manuals(plan: list[RencanaKinerja]) -> list[ManualIki]:
    manuals = []
    for block, rk in enumerate(r for r in plan if r.section == "utama"):
        first = 4 + block * 12
        keys = ("rencana_kinerja", "deskripsi_rk", "iki", "definisi_iki", "formula", "tujuan")
        manuals.append(ManualIki(
            sheet=MANUAL_SHEET, row=first, rencana_kinerja=rk.text, deskripsi_rk=f"Uraian {rk.text.lower()}",
            iki=rk.iki[0].text, definisi_iki="Ukuran keberhasilan rencana kinerja",
            formula="Realisasi dibagi target dikali 100%", tujuan="Mengukur capaian sasaran strategis",
            satuan_pengukuran="Persen", periode_pelaporan="Triwulanan",
            cells={k: f"C{first + i}" for i, k in enumerate(keys)}))
    return manuals


def clean_document(form: str) -> SkpDocument:
    """A document of ``form`` (e.g. ``"ja-pengembangan"``) on which no kop/rencana/jf check fires."""
    jenis, model = form.split("-")
    jenis = jenis.upper()
    document = SkpDocument(
        form=form, jenis=jenis, model=model, sheet=SHEET, title_cell="A2",
        agency="PEMERINTAH KABUPATEN SLEMAN",
        pegawai=_identity(PEGAWAI[jenis], "C"), penilai=_identity(PENILAI[jenis], "G"),
        periode=Period(sheet=SHEET, row=4, raw="1 JANUARI SD 31 DESEMBER 2025", start=date(2025, 1, 1),
                       end=date(2025, 12, 31), cells={"raw": "A4"}),
        utama_cell="A15",
    )
    if jenis == "JPT":
        document.rencana = _jpt_rencana(model)
        document.manual_iki = _manuals(document.rencana)
        document.manual_iki_sheet = MANUAL_SHEET
    else:
        document.rencana = _ja_rencana(model)
    if jenis == "JF":
        document.keterkaitan_ak = _keterkaitan(document.rencana)
        document.keterkaitan_ak_sheet = AK_SHEET
    return document


def found(document: SkpDocument, config: Config | None = None) -> set[tuple[str, str | None, str | None]]:
    """(code, sheet, cell) of every kop, rencana and jf finding on ``document``."""
    scopes = {"kop", "rencana", "jf"}
    return {(f.code, f.sheet, f.cell) for f in run_document_checks(document, config or Config())
            if catalogue()[f.code].lingkup in scopes}
