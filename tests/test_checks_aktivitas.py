"""rk-berbasis-aktivitas on realistic RK wording: activities are caught, results are left alone."""

from __future__ import annotations

import pytest

from skp.checks.aktivitas import activity_of

# Besides everyday wording, both lists carry the examples of the Kementerian PUPR SKP training deck
# (pencapaian vs aktivitas) and of the Permen PANRB 8/2021 annex (JF Bidan).
ACTIVITIES = {
    "Menyusun materi sosialisasi aplikasi SIMBG":
        ("Menyusun", "Tersusunnya materi sosialisasi aplikasi SIMBG"),
    "Mengembangkan aplikasi SIMBG": ("Mengembangkan", "Berkembangnya aplikasi SIMBG"),
    "Menjawab panggilan untuk konsultasi dengan pemerintah daerah":
        ("Menjawab", "Terjawabnya panggilan untuk konsultasi dengan pemerintah daerah"),
    "Menyusun laporan keuangan": ("Menyusun", "Tersusunnya laporan keuangan"),
    "Melaksanakan monitoring dan evaluasi program":
        ("Melaksanakan", "Terlaksananya monitoring dan evaluasi program"),
    "Memberikan bimbingan teknis kepada operator":
        ("Memberikan", "Terlaksananya bimbingan teknis kepada operator"),
    "Mengikuti pelatihan kepemimpinan":
        ("Mengikuti", "Terlaksananya keikutsertaan dalam pelatihan kepemimpinan"),
    "Melakukan verifikasi dokumen usulan": ("Melakukan", "Terlaksananya verifikasi dokumen usulan"),
    "Menyiapkan bahan rapat pimpinan": ("Menyiapkan", "Tersedianya bahan rapat pimpinan"),
    "Mengelola arsip dinamis": ("Mengelola", "Terkelolanya arsip dinamis"),
    "Mengoordinasikan penyusunan Renja": ("Mengoordinasikan", "Terkoordinasinya penyusunan Renja"),
    "Memfasilitasi pelaksanaan musrenbang": ("Memfasilitasi", "Terfasilitasinya pelaksanaan musrenbang"),
    "Menginput data kepegawaian ke SIMPEG": ("Menginput", "Terinputnya data kepegawaian ke SIMPEG"),
    "Menyampaikan laporan bulanan": ("Menyampaikan", "Tersampaikannya laporan bulanan"),
    "Mendistribusikan surat masuk": ("Mendistribusikan", "Terdistribusinya surat masuk"),
    "1. Menyusun draft kebijakan": ("Menyusun", "Tersusunnya draft kebijakan"),
    "- membuat notulen rapat": ("membuat", "Tersusunnya notulen rapat"),
    "Menganalisis kebutuhan biaya": ("Menganalisis", "Tersedianya hasil analisis kebutuhan biaya"),
    "Berkoordinasi dengan OPD terkait": ("Berkoordinasi", "Terlaksananya koordinasi dengan OPD terkait"),
    "Dilaksanakan rapat koordinasi": ("Dilaksanakan", "Terlaksananya rapat koordinasi"),
    "MEREKAP DATA ABSENSI": ("MEREKAP", "Tersedianya rekapitulasi DATA ABSENSI"),
    "Memverifikasi SPJ": ("Memverifikasi", "Terverifikasinya SPJ"),
    "Melaporkan realisasi anggaran": ("Melaporkan", "Terlaporkannya realisasi anggaran"),
    "Mengawal pelaksanaan program": ("Mengawal", "Tercapainya hasil pelaksanaan program"),
    "Menjadi narasumber kegiatan": ("Menjadi", "Terlaksananya peran sebagai narasumber kegiatan"),
    "Memantau kehadiran pegawai": ("Memantau", "Terpantaunya kehadiran pegawai"),
    "Mencapai target PAD": ("Mencapai", "Tercapainya target PAD"),
    "Mempersiapkan dokumen lelang": ("Mempersiapkan", "Tersedianya dokumen lelang"),
    "Menerbitkan izin usaha": ("Menerbitkan", "Terbitnya izin usaha"),
    "Mengevaluasi capaian kinerja": ("Mengevaluasi", "Terevaluasinya capaian kinerja"),
    "Menyelenggarakan bimbingan teknis SAKIP":
        ("Menyelenggarakan", "Terselenggaranya bimbingan teknis SAKIP"),
    "Meningkatkan kualitas pelayanan publik": ("Meningkatkan", "Meningkatnya kualitas pelayanan publik"),
    "Bekerja sama dengan perguruan tinggi": ("Bekerja", "Terjalinnya kerja sama dengan perguruan tinggi"),
    "Mewakili pimpinan dalam rapat": ("Mewakili", "Terwakilinya pimpinan dalam rapat"),
    # Bare process nouns (SPEC §1), including the seed's own activity example.
    "Penyusunan dokumen Renstra": ("Penyusunan", "Tersusunnya dokumen Renstra"),
    "Penyusunan laporan keuangan": ("Penyusunan", "Tersusunnya laporan keuangan"),
    "Pelaksanaan rapat koordinasi": ("Pelaksanaan", "Terlaksananya rapat koordinasi"),
    "Pengumpulan data kepegawaian": ("Pengumpulan", "Terkumpulnya data kepegawaian"),
    "Koordinasi dengan OPD terkait": ("Koordinasi", "Terlaksananya koordinasi dengan OPD terkait"),
    "Fasilitasi rapat koordinasi": ("Fasilitasi", "Terfasilitasinya rapat koordinasi"),
    "Monitoring dan evaluasi program": ("Monitoring", "Terlaksananya monitoring dan evaluasi program"),
    "Rekapitulasi absensi pegawai": ("Rekapitulasi", "Tersedianya rekapitulasi absensi pegawai"),
    "Input data SIMPEG": ("Input", "Terinputnya data SIMPEG"),
    "Asistensi/ pendampingan terhadap Instansi Pemerintah Daerah":
        ("Asistensi", "Terlaksananya asistensi pendampingan terhadap Instansi Pemerintah Daerah"),
}

RESULTS = [
    "Permohonan bantuan teknis diproses dengan cepat dan akurat",
    "Verifikasi berkas permohonan bantuan teknis disampaikan tepat waktu",
    "Tidak ada dokumen pengusulan bantuan teknis yang hilang",
    "Ide dan inovasi untuk mengembangkan fitur SIMBG",
    "Respon terhadap permintaan bantuan teknis dilakukan dengan cepat dan memuaskan",
    "Kepuasan instansi pengusul",
    "Ibu hamil dengan kehamilan fisiologis dan patologis mendapat pemeriksaan kehamilan",
    "Tersusunnya laporan keuangan",
    "Meningkatnya kualitas layanan",
    "Menurunnya angka stunting",
    "Terlaksananya monitoring",
    "Persentase dokumen yang diverifikasi tepat waktu",
    "Jumlah laporan yang disusun",
    "Indeks Kepuasan Masyarakat",
    "Nilai SAKIP perangkat daerah",
    "Laporan keuangan yang akuntabel",
    "Dokumen perencanaan yang berkualitas",
    "Pemerintah Daerah menggunakan aplikasi SIMBG untuk penerbitan PBG",
    "Hasil analisis kebutuhan biaya disampaikan tepat waktu",
    "Kepuasan pimpinan atas layanan administrasi",
    "Pelaksanaan kegiatan sesuai jadwal",
    "Ketersediaan data kepegawaian yang mutakhir",
    "Tersedianya data",
    "Terwujudnya tata kelola arsip",
    "Meningkat kepuasan masyarakat",
    "Media sosial instansi dikelola secara aktif",
    "Mekanisme pengaduan berjalan efektif",
    "Menteri menerima laporan kinerja",
    "Berkas usulan kenaikan pangkat terverifikasi",
    "Digitalisasi arsip kepegawaian",
    "Distribusi surat tepat waktu",
    "Rekomendasi kebijakan diterima pimpinan",
    "Melalui aplikasi, layanan dapat diakses",
    "Dilaksanakannya rapat koordinasi",
    "Capaian realisasi anggaran",
    "Opini WTP atas laporan keuangan",
    "Rasio belanja pegawai",
    "Usulan kenaikan pangkat disampaikan tepat waktu",
    "Meningkatnya kompetensi ASN",
    "Tercapainya target PAD",
    "Kualitas layanan publik yang prima",
    # A process noun with a result qualifier is a result (SPEC §1 [interpretation]).
    "Pengelolaan keuangan yang akuntabel",
    "Penyusunan laporan keuangan tepat waktu",
    "Pelayanan perizinan yang cepat dan transparan",
    # pe-…-an nouns that name a product, not a process.
    "Peraturan Bupati tentang tata naskah dinas",
    "Pendapatan asli daerah",
    "Perjanjian kinerja perangkat daerah",
    "Terselenggaranya bimbingan teknis",
    "OPD menggunakan aplikasi e-Kinerja",
    "",
    "   ",
    "2.",
]


@pytest.mark.parametrize("text, expected", ACTIVITIES.items())
def test_activities_are_caught_with_a_result_suggestion(text: str, expected: tuple[str, str]) -> None:
    activity = activity_of(text)
    assert activity is not None
    assert (activity.kata, activity.saran) == expected


@pytest.mark.parametrize("text", RESULTS)
def test_results_are_not_flagged(text: str) -> None:
    assert activity_of(text) is None


def test_enough_examples_of_both_kinds() -> None:
    assert len(ACTIVITIES) >= 30 and len([r for r in RESULTS if r.strip(" .2")]) >= 30


def test_process_nouns_can_be_switched_off_and_qualifiers_ignored() -> None:
    assert activity_of("Penyusunan laporan keuangan", process_nouns=False) is None
    assert activity_of("Menyusun laporan keuangan", process_nouns=False) is not None
    activity = activity_of("Pengelolaan keuangan yang akuntabel", qualified_is_result=False)
    assert activity is not None and activity.kata == "Pengelolaan"
