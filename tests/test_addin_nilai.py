"""Hitung Nilai fills capaian, kategori and nilai so the workbook agrees with SPEC §6 scoring."""

from __future__ import annotations

from pathlib import Path

from addin_remote import apply_actions, book_json, open_book
from cascade_data import atasan_document, write_atasan

from addin import hitung_nilai
from addin.grid import book_grid
from skp.models import Penilaian, PenilaianRow
from skp.numbers import parse_target
from skp.periksa import check_grid


def _row(rk: str, aspek: str, iki: str, target: str, realisasi: float, **written: str) -> PenilaianRow:
    return PenilaianRow(section="utama", rk=rk, aspek=aspek, iki=iki, target=parse_target(target),
                        realisasi_raw=str(realisasi), realisasi=realisasi, **written)


def test_hitung_nilai_fills_what_the_checks_compute(config, tmp_path: Path) -> None:
    document = atasan_document()
    first, second = (rk.text for rk in document.rk("utama"))
    document.penilaian = Penilaian(rows=[
        _row(first, "Kuantitas", "Jumlah dokumen perencanaan", "95 dokumen", 93, capaian_tertulis="50 %",
             kategori_tertulis="Sangat Baik"),
        _row(first, "Waktu", "Ketepatan waktu penyusunan", "12 bulan", 12),
        _row(second, "Kualitas", "Laporan pemantauan diterima tanpa revisi", "85 %", 85),
    ])
    payload = book_json(write_atasan(tmp_path / "penilaian.xlsx", config, document))
    before, _ = check_grid(book_grid(open_book(payload)), "buku", config)
    assert "capaian-tidak-sesuai" in {f.code for f in before.findings}

    book = open_book(payload)
    score = hitung_nilai(book, config=config)
    assert [(round(i.capaian_bulat), i.kategori, round(i.nilai)) for i in score.iki] == [
        (98, "Cukup", 88), (100, "Baik", 109), (100, "Baik", 109),
    ]
    apply_actions(payload, book.json()["actions"], {})
    after, read = check_grid(book_grid(open_book(payload)), "buku", config)
    assert "capaian-tidak-sesuai" not in {f.code for f in after.findings}
    rows = read.penilaian.rows
    assert [(r.kategori_tertulis, r.nilai_iki_tertulis) for r in rows] == [
        ("Cukup", "88"), ("Baik", "109"), ("Baik", "109"),
    ]
    assert book.json()["actions"][-1]["func"] == "alert"


def test_hitung_nilai_leaves_a_formula_showing_an_error_alone(config) -> None:
    """The remote engine reads ``#VALUE!`` as an empty cell; the button reads it as the error it is."""
    payload = book_json(Path(__file__).parent / "data" / "penilaian_tulis"
                        / "penilaian_tulis_rumus_bergalat.xlsx")
    book = open_book(payload)
    hitung_nilai(book, config=config)
    actions = book.json()["actions"]
    columns = {a["start_column"] for a in actions
               if a["func"] == "setValues" and a["start_row"] in (12, 13, 14)}
    assert 7 not in columns and {8, 9} <= columns  # H (CAPAIAN IKI) untouched; I, J written
    (text,) = [a["args"][0] for a in actions if a["func"] == "alert"]
    assert "rumus yang menghasilkan galat tidak diubah: Penilaian!H13, Penilaian!H14, Penilaian!H15;" in text


def test_hitung_nilai_leaves_shortened_right_results_as_written(config) -> None:
    """``SB`` and a nilai written to a whole number are what skp periksa accepts: not replaced."""
    payload = book_json(Path(__file__).parent / "data" / "penilaian_tulis"
                        / "penilaian_tulis_hasil_singkat_dan_bulat.xlsx")
    book = open_book(payload)
    hitung_nilai(book, config=config)
    assert [a["func"] for a in book.json()["actions"]] == ["alert"]


def test_hitung_nilai_leaves_what_another_reading_accepts(config, tmp_path: Path) -> None:
    """199 of 200 dokumen is 99,5 %: rounded (the configured reading) Baik and 109, unrounded Cukup and 89
    (``bacaan_lain.bulatkan_capaian``). Staff who wrote the unrounded reading wrote what ``skp periksa``
    accepts, so the button leaves it as written, as it leaves a kategori by the standar kinerja, and fills
    only the empty cells; the workbook it leaves is still one ``skp periksa`` accepts."""
    document = atasan_document()
    first, second = (rk.text for rk in document.rk("utama"))
    document.penilaian = Penilaian(rows=[
        _row(first, "Kuantitas", "Jumlah dokumen perencanaan", "200 dokumen", 199, capaian_tertulis="99,5 %",
             kategori_tertulis="Cukup", nilai_iki_tertulis="89"),
        _row(second, "Kualitas", "Laporan pemantauan diterima tanpa revisi", "85 %", 85,
             capaian_tertulis="100 %", kategori_tertulis="Baik", nilai_iki_tertulis="109"),
    ])
    payload = book_json(write_atasan(tmp_path / "penilaian.xlsx", config, document))
    scoring = {"capaian-tidak-sesuai", "predikat-tidak-sesuai"}
    before, _ = check_grid(book_grid(open_book(payload)), "buku", config)
    assert [f.code for f in before.findings if f.code in scoring] == []

    book = open_book(payload)
    hitung_nilai(book, config=config)
    actions = book.json()["actions"]
    (text,) = [a["args"][0] for a in actions if a["func"] == "alert"]
    assert "diganti" not in text
    apply_actions(payload, actions, {})
    after, read = check_grid(book_grid(open_book(payload)), "buku", config)
    assert [(f.code, f.cell) for f in after.findings if f.code in scoring] == []
    assert [(r.kategori_tertulis, r.nilai_iki_tertulis) for r in read.penilaian.rows] == [
        ("Cukup", "89"), ("Baik", "109"),
    ]
