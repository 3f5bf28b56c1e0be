"""The short "Petunjuk" sheet: how to fill the form, its stages, and how to check it before sending.

The text depends on the form family (JPT fills the Manual IKI, JA/JF start from the Matriks, JF links
each RK to butir kegiatan), and names the sheets as the mapping names them.

Readers find annex sheets by their titles, also inside longer texts near the top of a sheet; so the
first rows here (stages, how to check) never quote an annex title, and the form's description and sheet
list come further down. Otherwise a workbook missing its Keterkaitan AK sheet would seem to have one.
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from skp.mapping import FormMapping, SheetMapping
from skp.writing import styles
from skp.writing.sheet import SheetWriter, plan_columns

SHEET_NAME = "Petunjuk"

_COMMON_START = [
    "Isi identitas PEGAWAI YANG DINILAI dan PEJABAT PENILAI KINERJA (nomor 1–5), nama instansi dan "
    "periode penilaian di bagian atas lembar SKP. NIP ditulis 18 digit sebagai teks, boleh dengan spasi "
    "(19860926 201505 1 001).",
    "Rumuskan Rencana Kinerja (RK) sebagai HASIL, bukan kegiatan: \"Tersusunnya laporan evaluasi tepat "
    "waktu\", bukan \"Menyusun laporan evaluasi\".",
    "Setiap RK memiliki satu atau lebih Indikator Kinerja Individu (IKI), masing-masing dengan target yang "
    "terukur: angka dan satuan, mis. \"12 dokumen\", \"80 - 90 %\", \"10 bulan\".",
]
_FAMILY = {
    "JPT": [
        "Kinerja Utama diambil dari Perjanjian Kinerja (sasaran → RENCANA KINERJA, indikator → IKI, target → "
        "TARGET), ditambah direktif pimpinan dan inisiatif strategis/rencana aksi.",
        "Lengkapi lembar Manual IKI untuk setiap IKI: deskripsi RK, definisi IKI, formula dan tujuan wajib "
        "diisi.",
    ],
    "JA": [
        "Mulai dari lembar Matriks Peran Hasil yang disepakati dalam dialog kinerja bersama atasan; salin RK "
        "atasan yang Anda intervensi ke kolom RENCANA KINERJA ATASAN persis seperti di SKP atasan.",
        "Pilih ASPEK (Kuantitas, Kualitas, Waktu, Biaya) untuk setiap IKI dari daftar pilihan.",
    ],
    "JF": [
        "Mulai dari lembar Matriks Peran Hasil yang disepakati dalam dialog kinerja bersama atasan; salin RK "
        "atasan yang Anda intervensi ke kolom RENCANA KINERJA ATASAN persis seperti di SKP atasan.",
        "Pilih ASPEK (Kuantitas, Kualitas, Waktu, Biaya) untuk setiap IKI dari daftar pilihan.",
        "Kaitkan setiap RK Kinerja Utama dengan butir kegiatan jabatan fungsional dan angka kreditnya pada "
        "lembar Keterkaitan AK (angka kredit dengan koma desimal, mis. 0,005).",
    ],
}
_MODEL = {
    "dasar": [],
    "pengembangan": [
        "Model Pengembangan: isi KATEGORI PENILAIAN setiap IKI (BAIK selalu sama dengan target) dan CARA "
        "MEMANTAU KINERJA setiap RK (data, sumber data, waktu pengumpulan).",
    ],
}
_JPT_PENGEMBANGAN = (
    "Model Pengembangan: kelompokkan Kinerja Utama per PERSPEKTIF: Penerima Layanan, Proses Bisnis, "
    "Penguatan Internal, Anggaran."
)
_COMMON_END = [
    "Ruang isian kurang? Sisipkan baris (klik kanan nomor baris → Sisipkan): lembar dilindungi tanpa kata "
    "sandi hanya agar label tidak terhapus; proteksi dapat dibuka lewat Tinjau → Buka Proteksi Lembar.",
    "Sel berwarna kuning di lembar Penilaian dihitung otomatis dari REALISASI; isi realisasi dengan satuan "
    "yang sama dengan target.",
]
_STAGES = [
    ("Penyusunan", "pegawai menyusun Rencana SKP bersama atasan melalui dialog kinerja."),
    ("Reviu", "pengelola kinerja memeriksa keselarasan dengan atasan, unit kerja dan organisasi, "
              "kesetaraan antarjabatan, serta ketepatan aspek dan IKI."),
    ("Penetapan", "pejabat penilai kinerja menetapkan SKP; formulir yang ditetapkan sama dengan formulir "
                  "rencana ini."),
]
_CHECK = [
    "Sebelum dikirim, periksa berkas dengan tombol \"Periksa SKP\" pada add-in Excel, atau dengan perintah "
    "`skp periksa NAMA-BERKAS.xlsx` (satu folder sekaligus: `skp periksa FOLDER/`).",
    "Setiap temuan menyebut lembar dan sel serta cara memperbaikinya; perbaiki semua temuan berstatus "
    "error sebelum penetapan.",
]


def write_petunjuk(ws: Worksheet, form: FormMapping, sheets: list[SheetMapping]) -> None:
    """Numbered instructions under headings; one wide wrapped column for reading on screen and paper."""
    w = SheetWriter(ws, plan_columns([("no", 5), ("text", 95)], kop=False))
    w.put(1, 1, "PETUNJUK PENGISIAN", styles.TITLE, last_col=2)
    row = 3
    steps = [*_COMMON_START, *_FAMILY[form.jenis]]
    if form.jenis == "JPT" and form.model == "pengembangan":
        steps.append(_JPT_PENGEMBANGAN)
    elif form.jenis != "JPT":
        steps += _MODEL[form.model]
    steps += _COMMON_END
    sections = [
        ("TAHAPAN", [f"{name}: {text}" for name, text in _STAGES]),
        ("MEMERIKSA SKP", _CHECK),
        ("FORMULIR", [form.uraian, *(f"Lembar {s.sheet_name}: {s.title.label}" for s in sheets)]),
        ("CARA MENGISI", steps),
    ]
    for heading, lines in sections:
        w.put(row, 1, heading, styles.SECTION, last_col=2)
        row += 1
        for i, line in enumerate(lines, start=1):
            w.put(row, 1, i, styles.NUMBER)
            w.put(row, 2, line, styles.TEXT)
            row += 1
        row += 1
    w.page_setup(orientation="portrait")
    w.finish()
