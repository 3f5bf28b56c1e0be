"""Form detection (jenis and model) is right for every workbook in ``tests/data``, named or not for its
form; a workbook added without an expectation here fails, so none escapes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from skp.config import Config
from skp.periksa import check_path

DATA = Path(__file__).parent / "data"
_spec = importlib.util.spec_from_file_location("make_defects", DATA / "make_defects.py")
make_defects = sys.modules.setdefault("make_defects", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(make_defects)  # type: ignore[union-attr]
DEFECT_FORMS = {d.name: d.form for d in make_defects.DEFECTS}

NAMED = {
    "form_ja_label_blok_di_samping.xlsx": "ja-dasar",
    "form_ja_pengembangan_isian_bebas.xlsx": "ja-pengembangan",
    "form_ja_penilaian_saja.xlsx": "ja-dasar",
    "jf_penilaian_saja.xlsx": "jf-dasar",
    "ja_dasar_tugas_tambahan.xlsx": "ja-dasar",
    "jf_penilaian_saja_perilaku_salah_ketik.xlsx": "jf-dasar",
    "jpt_penilaian_saja.xlsx": "jpt-dasar",
    "jpt_penilaian_saja_manual_formula_kosong.xlsx": "jpt-dasar",
    "form_ja_perilaku_di_bawah_rencana.xlsx": "ja-dasar",
    "form_ja_tanpa_kolom_aspek.xlsx": "ja-dasar",
    "form_jf_isian_bebas.xlsx": "jf-dasar",
    "form_jpt_pengembangan_perspektif_sekali.xlsx": "jpt-pengembangan",
    "nyata_kategori_cukup_sangat_baik.xlsx": "ja-pengembangan",
    "nyata_kolom_satuan_pengembangan.xlsx": "ja-pengembangan",
    "nyata_kategori_sangat_baik_salah_ketik.xlsx": "ja-pengembangan",
    "nyata_kategori_target_baik_salah_ketik.xlsx": "ja-pengembangan",
    "nyata_kategori_aspek_asing_menurun.xlsx": "ja-pengembangan",
    "nyata_kategori_aspek_kosong_menurun.xlsx": "ja-pengembangan",
    "nyata_kategori_target_baik_kosong.xlsx": "ja-pengembangan",
    "nyata_kategori_baik_rentang_target_terbalik.xlsx": "ja-pengembangan",
    "nyata_keterkaitan_rk_baris_pertama.xlsx": "jf-dasar",
    "nyata_manual_label_salah_ketik.xlsx": "jpt-dasar",
    "nyata_manual_tabel_salah_ketik.xlsx": "jpt-dasar",
    "nyata_manual_tabel_baris_kosong.xlsx": "jpt-dasar",
    "nyata_manual_tabel_baris_kosong_tujuan_kosong.xlsx": "jpt-dasar",
    "nyata_jpt_judul_kolom_salah_ketik.xlsx": "jpt-dasar",
    "nyata_manual_formula_kosong_dua_kolom.xlsx": "jpt-dasar",
    "nyata_manual_label_titik_dua.xlsx": "jpt-dasar",
    "nyata_manual_berdampingan.xlsx": "jpt-dasar",
    "nyata_manual_berdampingan_formula_kosong.xlsx": "jpt-dasar",
    "nyata_manual_nilai_di_bawah_label.xlsx": "jpt-dasar",
    "nyata_manual_nilai_di_bawah_label_tujuan_kosong.xlsx": "jpt-dasar",
    "nyata_manual_nilai_di_bawah_label_aspek_dibungkus.xlsx": "jpt-dasar",
    "nyata_manual_nilai_di_bawah_label_aspek_dibungkus_tujuan_kosong.xlsx": "jpt-dasar",
    "nyata_penilaian_jpt_iki_waktu.xlsx": "jpt-dasar",
    "nyata_penilaian_jpt_iki_waktu_capaian_salah.xlsx": "jpt-dasar",
    "nyata_penilaian_jpt_bobot_urutan.xlsx": "jpt-dasar",
    "nyata_penilaian_jpt_bobot_urutan_salah.xlsx": "jpt-dasar",
    "nyata_penilaian_jpt_ringkasan_bobot.xlsx": "jpt-dasar",
    "nyata_penilaian_jpt_realisasi_pecahan.xlsx": "jpt-dasar",
    "nyata_penilaian_jpt_realisasi_pecahan_kategori_salah.xlsx": "jpt-dasar",
    "nyata_penilaian_jpt_ringkasan_bobot_salah.xlsx": "jpt-dasar",
    "nyata_persen_berformat_kategori.xlsx": "ja-pengembangan",
    "nyata_iki_berkode.xlsx": "ja-dasar",
    "nyata_iki_berkode_tanpa_satuan.xlsx": "ja-dasar",
    "nyata_sumber_data_matriks.xlsx": "ja-pengembangan",
    "nyata_periode_tanggal_berjarak.xlsx": "ja-dasar",
    "nyata_periode_tanggal_berjarak_jauh.xlsx": "ja-dasar",
    "nyata_target_terbilang.xlsx": "ja-dasar",
    "nyata_target_terbilang_rentang_terbalik.xlsx": "ja-dasar",
    "nyata_target_berawalan_kata.xlsx": "ja-pengembangan",
    "nyata_target_berawalan_kata_sangat_baik_sama.xlsx": "ja-pengembangan",
    "nyata_xls_persen_seratus_kategori_calc.xls": "ja-pengembangan",
    "nyata_persen_kategori_angka.xlsx": "ja-pengembangan",
    "nyata_persen_kategori_angka_terbalik.xlsx": "ja-pengembangan",
    "nyata_persen_seratus_kategori.xlsx": "ja-pengembangan",
    "nyata_persen_berformat_kategori_terbalik.xlsx": "ja-pengembangan",
    "nyata_target_sisa_pecahan_biner.xlsx": "ja-pengembangan",
    "nyata_target_tak_terlihat.xlsx": "ja-pengembangan",
    "nyata_target_tak_terlihat_sangat_baik_sama.xlsx": "ja-pengembangan",
    "nyata_kategori_kalimat.xlsx": "ja-pengembangan",
    "nyata_kategori_kalimat_sangat_baik_sama.xlsx": "ja-pengembangan",
    "nyata_keterkaitan_rk_beda_wilayah.xlsx": "jf-dasar",
    "nyata_keterkaitan_rk_beda_wilayah_tanpa_butir.xlsx": "jf-dasar",
    "jf_keterkaitan_blok_judul_lain.xlsx": "jf-dasar",
    "jf_keterkaitan_blok_judul_lain_tanpa_butir.xlsx": "jf-dasar",
    "jf_keterkaitan_blok_judul_lain_ak_nol.xlsx": "jf-dasar",
    "jf_keterkaitan_blok_sheet_lama.xlsx": "jf-dasar",
    "skp_dua_periode_bersih.xlsx": "jf-dasar",
    "penilaian_triwulan_bersih.xlsx": "ja-dasar",
    "penilaian_triwulan_capaian_salah.xlsx": "ja-dasar",
    "nip_satu_sel_bersih.xlsx": "ja-dasar",
    "kop_pangkat_golongan_dua_baris_bersih.xlsx": "ja-dasar",
    "kop_pangkat_golongan_dua_baris_tidak_sesuai.xlsx": "ja-dasar",
    "kop_golongan_pangkat_dua_baris_tidak_sesuai.xlsx": "ja-dasar",
    "kop_label_isi_satu_sel_bersih.xlsx": "ja-dasar",
    "kop_label_isi_satu_sel_nama_kosong.xlsx": "ja-dasar",
    "nip_satu_sel_bulan_13.xlsx": "ja-dasar",
    "nip_satu_sel_catatan_kaki.xlsx": "ja-dasar",
    "blok_atasan_penilai_bersih.xlsx": "ja-dasar",
    "blok_atasan_penilai_label_salah_ketik.xlsx": "ja-dasar",
    "jenis_rk_kolom_bersih.xlsx": "ja-dasar",
    "jenis_rk_kolom_tanpa_baris_bagian.xlsx": "ja-dasar",
    "jenis_rk_kolom_rk_atasan_kosong.xlsx": "ja-dasar",
    "jenis_rk_kolom_jpt_bagian_salah_ketik.xlsx": "jpt-pengembangan",
    "skp_dua_periode_cacat_periode_awal.xlsx": "jf-dasar",
    "skp_dua_periode_tahun_lain.xlsx": "jf-dasar",
    "skp_dua_periode_kosong.xlsx": "jf-dasar",
    "skp_dua_periode_pegawai_lain.xlsx": "jf-dasar",
    "jf_keterkaitan_blok_sheet_lama_ak_nol.xlsx": "jf-dasar",
    "jf_keterkaitan_blok_pdf_kapital.xlsx": "jf-dasar",
    "jf_keterkaitan_blok_pdf_kapital_tanpa_butir.xlsx": "jf-dasar",
    "nyata_target_sisa_pecahan_biner_sangat_baik_sama.xlsx": "ja-pengembangan",
    "ok_legacy.xls": "ja-dasar",
    "ok_legacy_dimensions_to_last_row.xls": "ja-dasar",
    "ok_small_skp.xlsx": "ja-dasar",
    "templat_kosong.xlsx": "ja-dasar",
    "templat_teks_pengisi.xlsx": "ja-dasar",
    "templat_pengisi_saja.xlsx": "ja-dasar",
    "templat_pengisi_saja_penilaian.xlsx": "ja-dasar",
}
NOT_A_FORM = ("notskp_", "lain_", "kosong_", "ok_long_text", "ok_macro")


def expected_form(name: str) -> str | None:
    stem = name.rsplit(".", 1)[0]
    if name in NAMED:
        return NAMED[name]
    if name.startswith(NOT_A_FORM):
        return None
    if stem.startswith("clean_"):
        return stem.removeprefix("clean_")
    if stem.startswith("defect_"):
        return DEFECT_FORMS[stem.removeprefix("defect_")]
    if stem.startswith("form_"):
        _, jenis, model = stem.split("_")
        return f"{jenis}-{model}"
    if stem.startswith("satu_sheet_"):  # make_satu_sheet.py: satu_sheet_<jenis>_…, a JPT's Model Dasar
        return "jf-dasar" if stem.startswith("satu_sheet_jf_") else "jpt-dasar"
    if stem.startswith(("jpt_manual_", "jpt_perspektif_")):  # make_jpt_manual.py
        return "jpt-pengembangan" if stem.startswith("jpt_perspektif_") else "jpt-dasar"
    if stem.startswith("ja_dasar_"):  # make_tempel.py: tables pasted from Word and PDF
        return "ja-dasar"
    if stem.startswith("ja_pengembangan_tempel_"):  # make_tempel.py: a Model Pengembangan pasted from a PDF
        return "ja-pengembangan"
    if stem == "jpt_dasar_manual_tempel":  # make_tempel.py
        return "jpt-dasar"
    # make_kop_isian.py: identity blocks and periods as agencies write them
    if stem.startswith("jpt_") and stem.endswith("_pejabat_negara"):
        return "jpt-dasar"
    if stem.startswith(("periode_", "pangkat_tmt_", "unit_satuan_", "unit_perangkat_", "ja_camat_",
                        "ja_penilai_")):
        return "ja-dasar"
    if stem.startswith("rumus_tanpa_nilai"):  # make_rumus_tanpa_nilai.py
        return "ja-dasar"
    if stem.startswith("kop_dua_sheet_"):  # make_kop_dua_sheet.py: a JA Model Dasar plan over two sheets
        return "ja-dasar"
    if stem.startswith("bagian_salah_ketik_"):  # make_bagian_salah_ketik.py
        return "jf-dasar" if stem.endswith("_lampiran_di_bawah") else "ja-dasar"
    # server_: make_server.py; paket_: make_paket_excel.py; cetak_: make_halaman_cetak.py; penghasil_:
    # make_berkas_penghasil_lain.py
    if stem.startswith(
        ("layout_", "nyata_", "reviu_penilaian_", "server_", "paket_", "cetak_", "penghasil_")
    ):
        return "ja-dasar"
    if stem.startswith("tersembunyi_"):  # make_tersembunyi.py: hidden rows and columns on a JA Model Dasar
        return "ja-dasar"
    if stem.startswith("kaskade_aw_"):  # make_kaskade_merah_aw.py: a Kepala Seksi's JA Dasar with Matriks
        return "ja-dasar"
    if stem.startswith("kaskade_ba_"):  # make_kaskade_tombol.py: a Kepala Seksi's JA Dasar with Matriks
        return "ja-dasar"
    if stem.startswith("jenis_"):  # make_jenis_jabatan.py: jenis_<jenis>_<model>_…
        jenis, model = stem.split("_")[1:3]
        return f"{jenis}-{model}"
    if stem.startswith("merah_ai_"):  # JF Model Dasar probes of benchmarks/merah_ai
        return "jf-dasar"
    if stem.startswith("merah_at_"):  # make_merah_at.py: annexes beside a JF Model Dasar plan
        return "jf-dasar"
    if stem.startswith("merah_ak_"):  # make_merah_ak.py: JA Model Dasar with a Penilaian sheet
        return "ja-dasar"
    if stem.startswith("merah_ag_"):  # make_merah_ag.py: JPT findings of benchmarks/merah_ag
        return "jpt-pengembangan"
    if stem.startswith("merah_au_"):  # make_merah_au.py: JPT Penilaian with NILAI TERTIMBANG per RK
        return "jpt-pengembangan"
    if stem.startswith("merah_az_"):  # make_merah_az.py: JA Model Pengembangan findings of merah_az
        return "ja-pengembangan"
    if stem.startswith("merah_bc_"):  # make_merah_bc.py: kaskade_ba's JA Dasar superior, or a JA Pengembangan
        return "ja-dasar" if stem.startswith("merah_bc_matriks_") else "ja-pengembangan"
    if stem.startswith(("kategori_juta_", "kategori_berlabel_")):  # make_kategori_{juta,berlabel}.py
        return "ja-pengembangan"
    if stem.startswith("predikat_nilai_tertulis_"):  # make_predikat_nilai_tertulis.py: merah_ak's JA Dasar
        return "ja-dasar"
    if stem.startswith("nilai_saja_"):  # make_nilai_saja.py: clean templates and make_nyata's JA Dasar
        return {"butir": "jf-dasar", "matriks": "ja-dasar",
                "manual": "jpt-dasar"}[stem.split("_")[2]]
    if stem.startswith("salah_ketik_manual_"):  # make_salah_ketik_penghenti.py: JPT Model Dasar
        return "jpt-dasar"
    if stem.startswith("salah_ketik_penilaian_"):  # make_salah_ketik_penghenti.py: JA Model Pengembangan
        return "ja-pengembangan"
    if stem.startswith("salah_ketik_"):  # make_salah_ketik_ulang.py, make_salah_ketik_penghenti.py: JA Dasar
        return "ja-dasar"
    if stem.startswith("penilaian_standar_kinerja_"):  # make_penilaian_standar.py: JA Model Pengembangan
        return "ja-pengembangan"
    if stem.startswith("merah_"):  # make_merah_ae.py: false errors found by benchmarks/merah_ae
        return "ja-pengembangan"
    if stem.startswith("reviu_"):  # tests/data/make_reviu.py (branch i12-checks): JF reviu forms
        return "jf-pengembangan"
    raise AssertionError(f"{name}: no expected form")


WORKBOOKS = sorted(p.name for p in DATA.glob("*.xls*") if not p.name.startswith("bad_"))


@pytest.mark.parametrize("name", WORKBOOKS)
def test_form_is_detected(name: str, config: Config) -> None:
    report, _ = check_path(DATA / name, config)
    assert report.form == expected_form(name)
