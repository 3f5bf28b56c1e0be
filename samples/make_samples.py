"""Make the bundled sample submissions of one fictional agency, deterministically.

Dinas Komunikasi dan Informatika Kabupaten Sukamaju, periode 2025: the Kepala Dinas (JPT Pratama, rated by
the Bupati), one Kepala Bidang (JA Administrator) and five of the Kepala Bidang's staff. Each subordinate
cascades from a real RK of the Kepala Bidang, who cascades from the Kepala Dinas, so ``skp periksa samples/``
can check alignment across the set. Three submissions are clean; the others hold the mistakes reviewers
meet most often, listed per file in ``SAMPLES`` and in the generated README.md.

Documents are written with :func:`skp.writing.builder.build_workbook`; the one mistake the builder cannot
express (a JF submission without its Keterkaitan AK sheet) is made by deleting that sheet afterwards.

Run: ``python samples/make_samples.py`` (writes next to this file).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

from skp.config import Config
from skp.models import (
    CaraMemantau,
    Identity,
    Iki,
    KategoriPenilaian,
    KeterkaitanAkRow,
    ManualIki,
    MatriksAnggota,
    MatriksKolom,
    MatriksPeranHasil,
    Penilaian,
    PenilaianRow,
    Perilaku,
    Period,
    RencanaKinerja,
    SkpDocument,
)
from skp.numbers import parse_number, parse_target
from skp.vocab import canonical_aspek, canonical_perspektif
from skp.writing.atomic import save_workbook
from skp.writing.builder import build_workbook

HERE = Path(__file__).parent
AGENCY = "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUKAMAJU"
UNIT = "Dinas Komunikasi dan Informatika Kabupaten Sukamaju"
PERIODE = Period(raw="1 JANUARI SD 31 DESEMBER 2025", start=date(2025, 1, 1), end=date(2025, 12, 31))
FIXED_TIME = datetime(2025, 1, 6, 8, 0, 0)  # file properties, so regenerating changes nothing that matters

# ---------------------------------------------------------------------------------------------------------
# People

BUPATI = Identity(nama="H. Ahmad Fauzi, S.E., M.M.", nip="-", pangkat="-", jabatan="Bupati Sukamaju",
                  unit_kerja="Pemerintah Kabupaten Sukamaju")
KADIS = Identity(nama="Dr. Hendra Wijaya, S.Kom., M.T.", nip="19750312 200003 1 002",
                 pangkat="Pembina Utama Muda, IV/c", jabatan="Kepala Dinas Komunikasi dan Informatika",
                 unit_kerja=UNIT)
KABID = Identity(nama="Rina Marlina, S.T., M.Kom.", nip="19820705 200604 2 003", pangkat="Pembina, IV/a",
                 jabatan="Kepala Bidang Aplikasi Informatika dan Komunikasi Publik", unit_kerja=UNIT)


def staff(nama: str, nip: str, pangkat: str, jabatan: str) -> Identity:
    return Identity(nama=nama, nip=nip, pangkat=pangkat, jabatan=jabatan,
                    unit_kerja="Bidang Aplikasi Informatika dan Komunikasi Publik, " + UNIT)


DEDI = staff("Dedi Kurniawan, A.Md.", "19930214 201903 1 004", "Pengatur, II/c",
             "Pengolah Data dan Informasi")
FAJAR = staff("Fajar Nugroho, S.Kom.", "19950823 202012 1 002", "Penata Muda Tingkat I, III/b",
              "Pranata Komputer Ahli Pertama")
SRI = staff("Sri Wahyuni, S.I.Kom.", "19880417 201101 2 005", "Penata, III/c",
            "Pranata Hubungan Masyarakat Ahli Muda")
BUDI = staff("Budi Santoso", "19960910 202203 1 003", "Pengatur Muda Tingkat I, II/b",
             "Pengelola Layanan Operasional")
MAYA = staff("Maya Sari, S.E.", "19970305 202101 2 01", "Penata Muda, III/a", "Analis Data dan Informasi")

# ---------------------------------------------------------------------------------------------------------
# Plans. An IKI is (aspek or perspektif-less "", IKI, target, realisasi); a target of None is left empty.

IkiSpec = tuple[str, str, str | None, str]


@dataclass
class RkSpec:
    text: str
    iki: list[IkiSpec]
    rk_atasan: str | None = None
    perspektif: str | None = None
    section: str = "utama"
    kategori: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    cara_memantau: tuple[str, str, str] | None = None


KADIS_RK = [
    RkSpec("Meningkatnya kualitas layanan informasi publik Pemerintah Kabupaten Sukamaju", [
        ("", "Indeks kepuasan masyarakat terhadap layanan informasi publik", "82 indeks", "84 indeks"),
        ("", "Persentase permohonan informasi publik yang diselesaikan tepat waktu", "95 %", "97 %"),
    ], perspektif="Penerima Layanan"),
    RkSpec("Meningkatnya kematangan Sistem Pemerintahan Berbasis Elektronik (SPBE) Kabupaten Sukamaju", [
        ("", "Indeks SPBE Kabupaten Sukamaju", "3,1 indeks", "3,2 indeks"),
        ("", "Jumlah layanan publik yang terintegrasi dalam aplikasi Sukamaju Satu Pintu", "25 layanan",
         "26 layanan"),
    ], perspektif="Proses Bisnis"),
    RkSpec("Meningkatnya ketersediaan data sektoral yang terbuka dan mutakhir", [
        ("", "Persentase perangkat daerah yang memutakhirkan data di Portal Satu Data", "90 %", "88 %"),
    ], perspektif="Penguatan Internal"),
    RkSpec("Terwujudnya pengelolaan anggaran Dinas Komunikasi dan Informatika yang akuntabel", [
        ("", "Persentase realisasi anggaran", "95 %", "96 %"),
    ], perspektif="Anggaran"),
    RkSpec("Terlaksananya dukungan pada Satuan Tugas Percepatan Transformasi Digital Daerah", [
        ("", "Jumlah rapat koordinasi satgas yang diikuti", "4 kegiatan", "4 kegiatan"),
    ], section="tambahan"),
]
K_LAYANAN_INFORMASI, K_INTEGRASI, K_DATA = (rk.text for rk in KADIS_RK[:3])

KABID_RK = [
    RkSpec("Meningkatnya layanan publik yang terintegrasi dalam aplikasi Sukamaju Satu Pintu", [
        ("Kuantitas", "Jumlah layanan publik yang terintegrasi", "25 layanan", "26 layanan"),
        ("Kualitas", "Persentase aplikasi yang lulus uji keamanan informasi", "90 %", "92 %"),
        ("Waktu", "Waktu penyelesaian integrasi layanan", "10 bulan", "10 bulan"),
    ], rk_atasan=K_INTEGRASI),
    RkSpec("Tersedianya data sektoral yang mutakhir di Portal Satu Data Sukamaju", [
        ("Kuantitas", "Jumlah dataset sektoral yang dipublikasikan", "150 dataset", "158 dataset"),
        ("Kualitas", "Persentase dataset yang memenuhi standar data", "85 %", "86 %"),
    ], rk_atasan=K_DATA),
    RkSpec("Meningkatnya jangkauan informasi kinerja pemerintah daerah kepada masyarakat", [
        ("Kuantitas", "Jumlah konten informasi publik yang dipublikasikan", "240 konten", "251 konten"),
        ("Kualitas", "Persentase permohonan informasi publik yang dijawab tepat waktu", "95 %", "96 %"),
    ], rk_atasan=K_LAYANAN_INFORMASI),
    RkSpec("Meningkatnya kompetensi manajemen proyek teknologi informasi", [
        ("Kuantitas", "Jumlah sertifikat pelatihan manajemen proyek TI yang diperoleh", "1 sertifikat",
         "1 sertifikat"),
    ], section="tambahan"),
]
B_INTEGRASI, B_DATA, B_INFORMASI = (rk.text for rk in KABID_RK[:3])

DEDI_RK = [
    RkSpec("Tersedianya dataset sektoral perangkat daerah yang terverifikasi di Portal Satu Data", [
        ("Kuantitas", "Jumlah dataset yang diverifikasi dan diunggah", "60 dataset", "62 dataset"),
        ("Kualitas", "Persentase dataset terunggah tanpa koreksi walidata", "90 %", "92 %"),
        ("Waktu", "Waktu penyelesaian verifikasi dataset", "11 bulan", "11 bulan"),
    ], rk_atasan=B_DATA),
    RkSpec("Tersusunnya metadata kegiatan statistik sektoral yang lengkap", [
        ("Kuantitas", "Jumlah metadata kegiatan statistik yang tersusun", "20 dokumen", "20 dokumen"),
    ], rk_atasan=B_DATA),
    RkSpec("Terlaksananya piket layanan pengaduan masyarakat", [
        ("Kuantitas", "Jumlah jadwal piket yang dilaksanakan", "12 kegiatan", "12 kegiatan"),
    ], section="tambahan"),
]

FAJAR_RK = [
    RkSpec("Terintegrasinya layanan perizinan dan kependudukan ke dalam aplikasi Sukamaju Satu Pintu", [
        ("Kuantitas", "Jumlah layanan yang terintegrasi", "10 layanan", "11 layanan"),
        ("Kualitas", "Persentase modul aplikasi yang lulus uji fungsi", "95 %", "95 %"),
        ("Waktu", "Waktu penyelesaian integrasi", "10 bulan", "9 bulan"),
    ], rk_atasan=B_INTEGRASI),
    RkSpec("Tersedianya dokumentasi sistem aplikasi Sukamaju Satu Pintu yang mutakhir", [
        ("Kuantitas", "Jumlah dokumen spesifikasi dan manual aplikasi", "6 dokumen", "6 dokumen"),
    ], rk_atasan=B_INTEGRASI),
]
FAJAR_AK = [
    (FAJAR_RK[0].text, "Membuat program aplikasi", "Program aplikasi", "0,106"),
    (FAJAR_RK[0].text, "Melakukan uji coba program aplikasi", "Laporan hasil uji coba", "0,04"),
    (FAJAR_RK[1].text, "Menyusun dokumentasi sistem aplikasi", "Dokumen sistem", "0,05"),
]

SRI_RK = [
    RkSpec("Meningkatnya pemberitaan positif tentang program prioritas pemerintah daerah", [
        ("Kuantitas", "Jumlah siaran pers program prioritas yang dimuat media", "48 siaran pers",
         "50 siaran pers"),
        ("Kualitas", "Persentase pemberitaan bernada positif", "80 %", "83 %"),
    ], rk_atasan=B_INFORMASI,
        kategori=[("< 24", "24 - 35", "36 - 47", "48", "> 48"),
                  ("< 50 %", "50 - 64 %", "65 - 79 %", "80 %", "> 80 %")],
        cara_memantau=("Kliping berita dan rekap siaran pers", "Aplikasi pemantauan media Bidang IKP",
                       "Bulanan oleh Pranata Humas")),
    RkSpec("Tersedianya konten informasi kinerja pemerintah daerah di kanal media sosial resmi", [
        ("Kuantitas", "Jumlah konten media sosial yang dipublikasikan", "120 konten", "131 konten"),
        ("Waktu", "Waktu publikasi konten setelah kegiatan", "2 hari", "1 hari"),
    ], rk_atasan=B_INFORMASI,
        kategori=[("< 60", "60 - 89", "90 - 119", "120", "> 120"), ("> 4", "4", "3", "2", "< 2")],
        cara_memantau=("Rekap unggahan media sosial", "Dasbor akun media sosial resmi Pemkab",
                       "Triwulanan oleh Pranata Humas")),
]

BUDI_RK = [
    RkSpec("Menyusun laporan pengelolaan media sosial dan website pemerintah daerah", [
        ("Kuantitas", "Jumlah laporan pengelolaan kanal media", "12 laporan", "12 laporan"),
        ("Kualitas", "Persentase laporan yang diterima tanpa revisi", None, "90 %"),
    ], rk_atasan=B_INFORMASI),
    RkSpec("Terjawabnya permohonan informasi publik melalui kanal PPID tepat waktu", [
        ("Waktu", "Rata-rata waktu menjawab permohonan informasi", "10 hari", "8 hari"),
    ], rk_atasan=B_INFORMASI),
]

MAYA_RK = [
    RkSpec("Tersedianya analisis pemanfaatan layanan aplikasi sebagai bahan kebijakan", [
        ("Kuantitas", "Jumlah laporan analisis pemanfaatan aplikasi", "4 laporan", "4 laporan"),
    ], rk_atasan="Meningkatnya pemanfaatan arsip digital perangkat daerah"),
    RkSpec("Tersedianya data pengguna aplikasi layanan publik yang mutakhir", [
        ("Kuantitas", "Jumlah rekap data pengguna aplikasi", "12 dokumen", "12 dokumen"),
    ], rk_atasan=B_INTEGRASI),
]

# ---------------------------------------------------------------------------------------------------------
# Building documents


def _rencana(specs: list[RkSpec]) -> list[RencanaKinerja]:
    plan = []
    counters = {"utama": 0, "tambahan": 0}
    for spec in specs:
        counters[spec.section] += 1
        ikis = []
        for i, (aspek, text, target, _realisasi) in enumerate(spec.iki):
            kategori = None
            if spec.kategori:
                sk, k, c, b, sb = spec.kategori[i]
                kategori = KategoriPenilaian(sangat_kurang=sk, kurang=k, cukup=c, baik=b, sangat_baik=sb)
            ikis.append(Iki(text=text, aspek_raw=aspek or None, aspek=canonical_aspek(aspek),
                            target=parse_target(target) if target else None, kategori=kategori))
        cm = CaraMemantau(data=spec.cara_memantau[0], sumber_data=spec.cara_memantau[1],
                          waktu_pengumpulan=spec.cara_memantau[2]) if spec.cara_memantau else None
        plan.append(RencanaKinerja(
            section=spec.section, no=str(counters[spec.section]), text=spec.text, rk_atasan=spec.rk_atasan,
            perspektif_raw=spec.perspektif, perspektif=canonical_perspektif(spec.perspektif),
            iki=ikis, cara_memantau=cm,
        ))
    return plan


def _penilaian(specs: list[RkSpec], written: dict[int, str] | None = None) -> Penilaian:
    """Realisasi of every IKI; ``written`` puts a capaian as staff typed it on row ``i`` (0-based)."""
    rows = []
    for spec in specs:
        for aspek, text, target, realisasi in spec.iki:
            rows.append(PenilaianRow(
                section=spec.section, rk=spec.text, rk_atasan=spec.rk_atasan, perspektif=spec.perspektif,
                aspek=aspek or None, iki=text, target=parse_target(target) if target else None,
                realisasi_raw=realisasi, realisasi=parse_number(realisasi.split()[0]),
            ))
    for i, capaian in (written or {}).items():
        rows[i].capaian_tertulis = capaian
    return Penilaian(rows=rows)


def _perilaku(scores: tuple[int, int, int, int, int], ide_baru: bool = False) -> Perilaku:
    op, ko, ik, ks, ke = (float(s) for s in scores)
    return Perilaku(orientasi_pelayanan=op, komitmen=ko, inisiatif_kerja=ik, kerja_sama=ks, kepemimpinan=ke,
                    ide_baru=ide_baru)


def document(form: str, pegawai: Identity, penilai: Identity, specs: list[RkSpec], **annexes) -> SkpDocument:
    jenis, model = form.split("-")
    return SkpDocument(
        form=form, jenis=jenis.upper(), model=model, sheet="SKP", agency=AGENCY, pegawai=pegawai,
        penilai=penilai, periode=PERIODE, rencana=_rencana(specs), **annexes,
    )


def _manual_iki(specs: list[RkSpec]) -> list[ManualIki]:
    """One Manual IKI block per IKI of the JPT plan."""
    manuals = []
    for spec in specs:
        for _aspek, text, target, _realisasi in spec.iki:
            parsed = parse_target(target)
            percent = parsed.satuan == "%"
            manuals.append(ManualIki(
                rencana_kinerja=spec.text,
                deskripsi_rk=f"{spec.text} sebagai sasaran Perjanjian Kinerja Kepala Dinas tahun 2025.",
                iki=text,
                definisi_iki=f"{text} pada akhir periode penilaian, diukur dari data resmi Dinas.",
                formula=("Jumlah yang memenuhi ÷ jumlah seluruhnya × 100%" if percent
                         else f"Nilai {parsed.satuan} yang tercapai pada akhir tahun"),
                tujuan="Mengukur keberhasilan Dinas dalam mewujudkan sasaran strategis Renstra 2021–2026.",
                satuan_pengukuran=parsed.satuan,
                jenis_aspek_target="Kualitas" if percent else "Kuantitas",
                tingkat_kendali_iki="Tinggi",
                sumber_data="Laporan kinerja bidang dan aplikasi e-Kinerja",
                periode_pelaporan="Triwulanan",
            ))
    return manuals


def _matriks(kolom: list[RkSpec], members: list[tuple[Identity, list[RkSpec]]]) -> MatriksPeranHasil:
    """The Kepala Bidang's matrix: a column per Kinerja Utama RK, each member's RK under the RK it serves."""
    columns = [MatriksKolom(rk=spec.text, jenis_penyelarasan="direct", metode="pembagian-aspek",
                            target=parse_target(spec.iki[0][2])) for spec in kolom]
    anggota = []
    for person, specs in members:
        hasil: list[str | None] = []
        for column in kolom:
            mine = [s.text for s in specs if s.rk_atasan == column.text]
            hasil.append("; ".join(mine) or None)
        anggota.append(MatriksAnggota(nama=person.nama, nip=person.nip, jabatan=person.jabatan, hasil=hasil,
                                      target=[None] * len(hasil)))
    return MatriksPeranHasil(kolom=columns, anggota=anggota)


def _keterkaitan(rows: list[tuple[str, str, str, str]]) -> list[KeterkaitanAkRow]:
    return [KeterkaitanAkRow(rencana_kinerja=rk, butir_kegiatan=butir, output=output, angka_kredit_raw=ak,
                             angka_kredit=parse_number(ak)) for rk, butir, output, ak in rows]


def _without_sheet(name: str) -> Callable[[Workbook], None]:
    def edit(workbook: Workbook) -> None:
        del workbook[name]
    return edit


@dataclass
class Sample:
    """One bundled submission: file name, who it is, the mistakes it holds (finding codes and words)."""

    file: str
    who: str
    document: SkpDocument
    mistakes: list[tuple[str, str]] = field(default_factory=list)
    edit: Callable[[Workbook], None] | None = None


def samples() -> list[Sample]:
    team = [(DEDI, DEDI_RK), (FAJAR, FAJAR_RK), (SRI, SRI_RK), (BUDI, BUDI_RK), (MAYA, MAYA_RK)]
    return [
        Sample("01-kepala-dinas-hendra-wijaya.xlsx",
               "Kepala Dinas (JPT Pratama), SKP JPT Model Pengembangan, dinilai Bupati Sukamaju",
               document("jpt-pengembangan", KADIS, BUPATI, KADIS_RK, manual_iki=_manual_iki(KADIS_RK),
                        penilaian=_penilaian(KADIS_RK), perilaku=_perilaku((110, 108, 112, 105, 110), True)),
               [("rk-atasan-tidak-diintervensi",
                 "peringatan saja: RK anggaran diintervensi Sekretariat, yang SKP-nya tidak ada di sini")]),
        Sample("02-kepala-bidang-rina-marlina.xlsx",
               "Kepala Bidang Aplikasi Informatika dan Komunikasi Publik (JA Administrator), Model Dasar, "
               "dinilai Kepala Dinas; memuat Matriks Pembagian Peran dan Hasil timnya",
               document("ja-dasar", KABID, KADIS, KABID_RK, matriks=_matriks(KABID_RK[:3], team),
                        penilaian=_penilaian(KABID_RK), perilaku=_perilaku((105, 108, 104, 106, 107), True))),
        Sample("03-dedi-kurniawan-pengolah-data.xlsx",
               "Pengolah Data dan Informasi (JA Pelaksana), Model Dasar",
               document("ja-dasar", DEDI, KABID, DEDI_RK, penilaian=_penilaian(DEDI_RK),
                        perilaku=_perilaku((100, 102, 98, 104, 95)))),
        Sample("04-fajar-nugroho-pranata-komputer.xlsx",
               "Pranata Komputer Ahli Pertama (JF), Model Dasar, dengan Keterkaitan SKP dan Angka Kredit",
               document("jf-dasar", FAJAR, KABID, FAJAR_RK, keterkaitan_ak=_keterkaitan(FAJAR_AK),
                        penilaian=_penilaian(FAJAR_RK), perilaku=_perilaku((104, 106, 108, 102, 100)))),
        Sample("05-sri-wahyuni-pranata-humas.xlsx",
               "Pranata Hubungan Masyarakat Ahli Muda (JF), Model Pengembangan",
               document("jf-pengembangan", SRI, KABID, SRI_RK, penilaian=_penilaian(SRI_RK),
                        perilaku=_perilaku((106, 104, 102, 108, 100))),
               [("keterkaitan-ak-hilang", "lembar Keterkaitan AK tidak ada, padahal wajib untuk JF")],
               _without_sheet("Keterkaitan AK")),
        Sample("06-budi-santoso-layanan-operasional.xlsx",
               "Pengelola Layanan Operasional (JA Pelaksana), Model Dasar",
               document("ja-dasar", BUDI, KABID, BUDI_RK, penilaian=_penilaian(BUDI_RK),
                        perilaku=_perilaku((96, 98, 92, 100, 90))),
               [("rk-berbasis-aktivitas", "RK pertama ditulis sebagai kegiatan (\"Menyusun laporan …\")"),
                ("iki-tanpa-target", "IKI kualitas RK pertama tanpa target")]),
        Sample("07-maya-sari-analis-data.xlsx",
               "Analis Data dan Informasi (JA Pelaksana), Model Dasar",
               document("ja-dasar", MAYA, KABID, MAYA_RK, penilaian=_penilaian(MAYA_RK, {0: "120 %"}),
                        perilaku=_perilaku((100, 100, 100, 100, 100))),
               [("nip-tidak-valid", "NIP pegawai hanya 17 digit"),
                ("rk-atasan-tidak-cocok", "RK atasan RK pertama tidak ada di SKP Kepala Bidang"),
                ("capaian-tidak-sesuai", "capaian IKI pertama ditulis 120 %, seharusnya 100 %")]),
    ]


def write_samples(folder: Path, config: Config | None = None) -> list[Path]:
    """Write every sample workbook into ``folder``; returns the paths written."""
    config = config or Config()
    paths = []
    for sample in samples():
        workbook = build_workbook(sample.document.form, config, sample.document)
        if sample.edit:
            sample.edit(workbook)
        workbook.properties.created = workbook.properties.modified = FIXED_TIME
        path = folder / sample.file
        save_workbook(workbook, path)
        paths.append(path)
    return paths


_README_HEAD = """# Contoh kiriman SKP

Berkas-berkas di folder ini adalah SKP contoh dari satu instansi fiktif,
**{agency}**, periode penilaian 1 Januari sd 31 Desember 2025. Semuanya dibuat dengan
formulir resmi `skp templat` lalu diisi, sehingga menjadi bahan latihan dan bahan uji yang lengkap:

```
skp periksa samples/
```

Rantai kaskade: Bupati Sukamaju → Kepala Dinas → Kepala Bidang Aplikasi Informatika dan Komunikasi
Publik → lima staf bidang. RK atasan setiap staf disalin dari RK Kepala Bidang, dan RK atasan Kepala
Bidang dari RK Kepala Dinas; Kepala Bidang juga mengisi Matriks Pembagian Peran dan Hasil timnya.
Setiap berkas memuat lembar Penilaian (realisasi akhir tahun) dan Perilaku.

| Berkas | Pegawai | Jabatan dan formulir | Kesalahan yang sengaja dibuat |
|---|---|---|---|
"""
_README_TAIL = """
Kode temuan yang diharapkan tercantum di kolom terakhir; berkas yang hanya mendapat peringatan tetap
berstatus `lulus`. Temuan keselarasan atasan–bawahan (`rk-atasan-tidak-cocok`,
`rk-atasan-tidak-diintervensi`) hanya muncul bila SKP atasan dan bawahan diperiksa bersama, seperti
`skp periksa samples/`. Bupati tidak memiliki SKP (penilai tanpa NIP), jadi keselarasan Kepala Dinas
dengan atasannya tidak diperiksa.

Membuat ulang semua berkas (hasilnya selalu sama): `python samples/make_samples.py`.
"""


def readme() -> str:
    """The Indonesian README of the sample set, generated from ``SAMPLES`` so the two never disagree."""
    rows = []
    for sample in samples():
        mistakes = "; ".join(f"`{code}`: {text}" for code, text in sample.mistakes) or "— (bersih)"
        rows.append(f"| `{sample.file}` | {sample.document.pegawai.nama} | {sample.who} "
                    f"(`{sample.document.form}`) | {mistakes} |")
    head = _README_HEAD.format(agency=UNIT)
    return head + "\n".join(rows) + "\n" + _README_TAIL


if __name__ == "__main__":
    for written in write_samples(HERE):
        print(written)
    (HERE / "README.md").write_text(readme(), encoding="utf-8")
