"""Write the Hitung Nilai fixtures under ``tests/data/penilaian_tulis/``: agency-made Penilaian sheets whose
result cells the button must find, and staff content it must leave alone, each file named for what it shows.

Run ``python tests/data/make_penilaian_tulis.py``; the files are committed, this script says how they were
made (XlsxWriter, which stores a formula's cached result the way Excel does, so xlwings' VBA client sends it).
"""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

HERE = Path(__file__).resolve().parent / "penilaian_tulis"

HEADER = ["NO", "RENCANA KINERJA ATASAN YANG DIINTERVENSI", "RENCANA KINERJA", "ASPEK",
          "INDIKATOR KINERJA INDIVIDU", "TARGET", "REALISASI"]
RESULTS = ["CAPAIAN IKI", "KATEGORI CAPAIAN IKI", "NILAI CAPAIAN IKI", "KATEGORI CAPAIAN RK",
           "NILAI CAPAIAN RK", "NILAI TERTIMBANG"]
ATASAN = "Meningkatnya keselamatan lalu lintas angkutan jalan"
# (RK, aspek, IKI, target, realisasi): 100 % → Baik 109; 103 % → Sangat Baik 112,22; 92 % → Cukup 82
ROWS = [
    ("Kendaraan angkutan umum laik jalan", "Kuantitas", "Jumlah kendaraan diuji", "1.200 unit", "1.200 unit"),
    ("Kendaraan angkutan umum laik jalan", "Kualitas", "Persentase kendaraan lulus uji", "90 %", "93 %"),
    ("Rambu lalu lintas terpasang di ruas rawan", "Kuantitas", "Jumlah rambu terpasang", "250 unit", 230),
]


# realisasi as agencies write it: "N dari M" (a count, or beside a % target the share), a %-formatted cell's
# fraction beside a % target of at least 15 %, and a small % target whose realisasi 1,2 is 1,2 %
READINGS = [
    ("Kendaraan angkutan umum laik jalan", "Kuantitas", "Jumlah laporan uji berkala", "12 laporan",
     "12 dari 12 laporan"),
    ("Kendaraan angkutan umum laik jalan", "Kualitas", "Persentase kendaraan lulus uji", "90 %", 0.93),
    ("Rambu lalu lintas terpasang di ruas rawan", "Kuantitas", "Persentase ruas rawan berambu", "85 %",
     "45 dari 50 ruas"),
]
SMALL_TARGET = ("Angka kecelakaan menurun", "Kuantitas", "Persentase penurunan angka kecelakaan", "2 %", 1.2)


def _sheet(path: Path, results: list[str], extra: str | None = None, formulas: bool = False,
           staff_text: dict[str, str] | None = None, rows: list[tuple] = ROWS,
           groups: dict[str, list[str]] | None = None, ide_baru: tuple[str, str] | None = None,
           value_span: bool = False, perilaku_written: float | None = None,
           error_formulas: bool = False, results_written: dict[str, object] | None = None) -> None:
    """``groups``: a two-row header, each group label above its sub-labels (the other columns merged
    down over both rows); a group named REALISASI is written TW I … AKHIR, the realisasi under AKHIR.
    ``ide_baru``: a Perilaku sheet rating the five aspects, with that label and answer for the new idea.
    ``value_span``: each total's value cell merged over the last two columns (as the official template
    does), the label over the columns left of them. ``error_formulas``: CAPAIAN IKI holds the agency's
    formula whose saved result is ``#VALUE!`` (it divides the text targets); the other results are empty.
    ``results_written``: cell → the result staff already wrote there (a number or a text)."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Penilaian")
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    ws.write("A1", "PENILAIAN SASARAN KINERJA PEGAWAI")
    ws.write("A2", "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026")
    ws.write("A4", "PEGAWAI YANG DINILAI")
    ws.write("F4", "PEJABAT PENILAI KINERJA")
    pegawai = ["Wulan Safitri, S.T.", "19920415 201803 2 001", "Penata Muda, III/a",
               "Penguji Kendaraan Bermotor", "Bidang Lalu Lintas"]
    penilai = ["Ir. Haris Munandar", "19760202 200212 1 004", "Pembina, IV/a", "Kepala Bidang Lalu Lintas",
               "Dinas Perhubungan"]
    for i, label in enumerate(["NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA"]):
        ws.write(4 + i, 0, i + 1)
        ws.write(4 + i, 1, label)
        ws.write_string(4 + i, 2, pegawai[i])
        ws.write(4 + i, 5, i + 1)
        ws.write(4 + i, 6, label)
        ws.write_string(4 + i, 7, penilai[i])
    groups = groups or {}
    columns = []
    for name in HEADER + ([extra] if extra else []) + results:
        if any(name in subs for subs in groups.values()):
            continue
        columns.append(name)
        for group, subs in groups.items():
            if name == group:
                columns.pop()
                columns += subs
    col = {name: i for i, name in enumerate(columns)}
    col["REALISASI"] = col.get("AKHIR", col.get("REALISASI"))
    if groups:
        for i, name in enumerate(columns):
            group = next((g for g, subs in groups.items() if name in subs), None)
            if group is None:
                ws.merge_range(9, i, 10, i, name, wrap)
            elif name == groups[group][0]:
                ws.merge_range(9, i, 9, i + len(groups[group]) - 1, group, wrap)
            if group is not None:
                ws.write(10, i, name, wrap)
    else:
        for i, name in enumerate(columns):
            ws.write(10, i, name, wrap)
    ws.write(11, 0, "A. KINERJA UTAMA")
    first = 12
    percent = wb.add_format({"num_format": "0%"})
    for r, (_rk, aspek, iki, target, realisasi) in enumerate(rows, first):
        ws.write(r, col["ASPEK"], aspek)
        ws.write(r, col["INDIKATOR KINERJA INDIVIDU"], iki)
        ws.write(r, col["TARGET"], target)
        # a fraction below 1 is a percent typed into a %-formatted cell (0,93 shown 93%); 1,2 is typed as is
        fraction = isinstance(realisasi, float) and realisasi < 1
        ws.write(r, col["REALISASI"], realisasi, percent if fraction else None)
        for n, quarter in enumerate(("TW I", "TW II", "TW III", "TW IV"), 1):
            if quarter in col:  # what was reported each quarter; the year's realisasi is under AKHIR
                ws.write(r, col[quarter], n * 10)
        if extra:
            ws.write(r, col[extra], "bukti: laporan uji berkala")
    ws.merge_range(first, 0, first + 1, 0, 1, wrap)
    ws.merge_range(first, 1, first + 1, 1, ATASAN, wrap)
    ws.merge_range(first, 2, first + 1, 2, rows[0][0], wrap)
    ws.write(first + 2, 0, 2)
    ws.write(first + 2, 1, ATASAN)
    ws.write(first + 2, 2, rows[2][0])
    if formulas:  # the agency's own formulas, with the results Excel saved beside them
        for r, cached in zip(range(first, first + 3), (100.0, 103.33, 92.0), strict=True):
            cap = f"H{r + 1}"
            ratio = f"VALUE(LEFT(G{r + 1},3))/VALUE(LEFT(F{r + 1},3))*100"
            ws.write_formula(r, col["CAPAIAN IKI"], f'=IFERROR({ratio},"")', None, cached)
            kategori = "Baik" if cached == 100 else "Sangat Baik" if cached > 100 else "Cukup"
            ws.write_formula(r, col["KATEGORI CAPAIAN IKI"],
                             f'=IF({cap}="","",IF(ROUND({cap},0)>100,"Sangat Baik",'
                             f'IF(ROUND({cap},0)=100,"Baik","Cukup")))', None, kategori)
    if error_formulas:
        for r in range(first, first + 3):
            ws.write_formula(r, col["CAPAIAN IKI"], f"=G{r + 1}/F{r + 1}*100", None, "#VALUE!")
    for cell, value in (results_written or {}).items():
        ws.write(cell, value)
    for cell, text in (staff_text or {}).items():
        ws.write_string(cell, text)
    ws.write(first + 3, 0, "B. KINERJA TAMBAHAN")
    ws.write(first + 4, 2, "-")
    last = len(columns) - 1
    totals = ["NILAI AKHIR SKP", "NILAI PERILAKU KERJA", "NILAI KINERJA PEGAWAI", "PREDIKAT KINERJA PEGAWAI"]
    if results:
        value = last - 1 if value_span else last
        for i, label in enumerate(totals, first + 6):
            ws.merge_range(i, 0, i, value - 1, label, wrap)
            if value_span:
                ws.merge_range(i, value, i, last, "", wrap)
        if ide_baru is None or perilaku_written is not None:  # nilai perilaku, rated by the penilai
            ws.write(first + 7, value, 100 if perilaku_written is None else perilaku_written)
    if ide_baru is not None:
        sheet = wb.add_worksheet("Perilaku")
        sheet.write("A1", "PENILAIAN PERILAKU KERJA")
        aspects = ["ORIENTASI PELAYANAN", "KOMITMEN", "INISIATIF KERJA", "KERJA SAMA", "KEPEMIMPINAN"]
        for i, (aspect, score) in enumerate(zip(aspects, (120, 115, 110, 110, 115), strict=True), 3):
            sheet.write(i, 0, i - 2)
            sheet.write(i, 1, aspect)
            sheet.write(i, 2, score)
        sheet.write(8, 1, ide_baru[0])
        sheet.write(8, 2, ide_baru[1])
    wb.close()


def main() -> None:
    HERE.mkdir(exist_ok=True)
    _sheet(HERE / "penilaian_tulis_label_total_digabung.xlsx", RESULTS)
    _sheet(HERE / "penilaian_tulis_rumus_dan_teks_pegawai.xlsx", RESULTS, formulas=True,
           staff_text={"K13": "menunggu BA verifikasi", "L15": "lihat lampiran"})
    _sheet(HERE / "penilaian_tulis_tanpa_kolom_hasil.xlsx", [], extra="KETERANGAN")
    _sheet(HERE / "penilaian_tulis_rumus_bergalat.xlsx", RESULTS, error_formulas=True)
    # the IKI's kategori and nilai headed short, as the RK's often are; one with the first kategori wrong
    short = ["CAPAIAN IKI", "KATEGORI IKI", "NILAI IKI", "KATEGORI RK", "NILAI RK", "NILAI TERTIMBANG"]
    _sheet(HERE / "penilaian_tulis_judul_kategori_iki.xlsx", short)
    _sheet(HERE / "penilaian_tulis_judul_kategori_iki_salah.xlsx", short, results_written={"I13": "Cukup"})
    # every result right, written as staff shorten them: kategori SB/B/C, nilai to a whole number
    _sheet(HERE / "penilaian_tulis_hasil_singkat_dan_bulat.xlsx", RESULTS, results_written={
        "H13": "100 %", "I13": "B", "J13": 109, "K13": "SB", "L13": 111,
        "H14": "103 %", "I14": "SB", "J14": 112,
        "H15": "92 %", "I15": "C", "J15": 82, "K15": "C", "L15": 82,
        "M19": 96, "M21": 97, "M22": "Baik"})
    _sheet(HERE / "penilaian_tulis_realisasi_dari_dan_sel_persen.xlsx", RESULTS, rows=READINGS)
    long_rk = [name.replace(" RK", " RENCANA KINERJA") for name in RESULTS]
    two_rows = {"CAPAIAN": ["CAPAIAN IKI (%)", "KATEGORI", "NILAI"], "CAPAIAN RK": ["KATEGORI ", "NILAI "]}
    _sheet(HERE / "penilaian_tulis_judul_dua_baris.xlsx",
           ["CAPAIAN", "CAPAIAN RK", "NILAI TERTIMBANG"], groups=two_rows)
    _sheet(HERE / "penilaian_tulis_nilai_total_digabung_dua_kolom.xlsx", RESULTS, value_span=True)
    for answer in ("Ya", "Tidak"):
        _sheet(HERE / f"penilaian_tulis_ide_baru_{answer.lower()}.xlsx", RESULTS, rows=READINGS,
               ide_baru=("IDE BARU/CARA BARU YANG BERMANFAAT BAGI ORGANISASI", answer))
    _sheet(HERE / "penilaian_tulis_nilai_perilaku_ditulis_penilai.xlsx", RESULTS, rows=READINGS,
           ide_baru=("IDE BARU", "Ya"), perilaku_written=105)
    _sheet(HERE / "penilaian_tulis_realisasi_triwulan.xlsx", RESULTS,
           groups={"REALISASI": ["TW I", "TW II", "TW III", "TW IV", "AKHIR"]})
    _sheet(HERE / "penilaian_tulis_label_rk_panjang.xlsx", long_rk)
    _sheet(HERE / "penilaian_tulis_target_persen_kecil.xlsx", RESULTS, rows=[*ROWS[:2], SMALL_TARGET])


if __name__ == "__main__":
    main()
