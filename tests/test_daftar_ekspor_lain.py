"""Rosters other agencies export (SPEC §9; ``tests/data/make_daftar_ekspor_lain.py``): an NIP column headed
``NIP / NI PPPK``, the atasan's name before the atasan's NIP, a STATUS joining jenis and kedudukan, SIASN's
kedudukan spellings, a JUMLAH row; and a mutasi within the year listing one NIP twice, in ``skp periksa`` and
``skp rekap``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from kumpulan_documents import STAF_C, write_folder
from openpyxl import load_workbook

from batch.cmd_periksa import periksa
from batch.cmd_rekap import rekap
from skp.config import Config
from skp.daftar import read_daftar

DATA = Path(__file__).parent / "data" / "daftar"
PPPK = DATA / "daftar_pppk_atasan_nama_dulu.xlsx"
MUTASI = DATA / "daftar_mutasi_dua_baris.csv"
WULAN = "198502022010012002"


def test_nip_ni_pppk_header_exact_atasan_nip_and_joined_statuses(config: Config) -> None:
    """``NIP / NI PPPK`` is the NIP column; ``NIP ATASAN LANGSUNG`` (exact) is the atasan's NIP, not the name
    column ``ATASAN LANGSUNG`` before it (a near spelling); ``PNS - Tugas Belajar``, ``PNS (CLTN)`` and
    ``Pemberhentian Sementara`` (SIASN's diberhentikan sementara) need not submit; ``PPPK``, ``CPNS`` and
    ``Masa Persiapan Pensiun`` (not named by SPEC §9, left to configuration) must; the JUMLAH row is nobody
    and is not reported."""
    daftar = read_daftar(PPPK, config)
    assert [(p.baris, p.nip, p.nip_atasan, p.wajib) for p in daftar.pegawai] == [
        (6, "198001012005011001", None, True),
        (7, WULAN, "198001012005011001", True),
        (8, "199405122023212001", WULAN, True),
        (9, "199103032015031003", WULAN, False),
        (10, "199204042016042004", WULAN, False),
        (11, "198705052011011005", WULAN, False),
        (12, "196606061990032006", WULAN, True),
        (13, "200007072025011007", WULAN, True),
    ]
    assert daftar.diabaikan == []
    assert daftar.laporan() == []


def test_status_after_the_jenis_follows_the_configured_list(tmp_path: Path) -> None:
    """Which statuses need not submit stays configuration: without CLTN in the list, ``PNS (CLTN)`` must."""
    rules = tmp_path / "aturan.yaml"
    rules.write_text("daftar:\n  status_tidak_wajib: [Tugas Belajar]\n", encoding="utf-8")
    daftar = read_daftar(PPPK, Config.from_file(rules))
    assert [(p.baris, p.wajib) for p in daftar.pegawai if p.baris in (9, 10, 11, 12)] == [
        (9, False),
        (10, True),
        (11, True),
        (12, True),
    ]


def test_repeated_nip_stands_as_its_row_that_must_submit(config: Config) -> None:
    """One NIP twice: the row that must submit stands for the pegawai (Ani, Nanda: the new unit's row below
    the old one marked Mutasi Keluar), else the first (Bayu); the other row is named, and both rows'
    atasan are the pegawai's."""
    daftar = read_daftar(MUTASI, config)
    assert {nip: p.baris for nip, p in daftar.by_nip.items() if p.baris >= 5} == {
        "199001012015011003": 6,
        "199202022016022004": 7,
        "198808082010011005": 9,
        "199505052020121009": 11,
    }
    assert daftar.laporan() == [
        (5, "NIP 199001012015011003 juga ada di baris 6; baris ini tidak dihitung lagi"),
        (8, "NIP 199202022016022004 sudah ada di baris 7; baris ini tidak dihitung lagi"),
        (10, "NIP 199505052020121009 juga ada di baris 11; baris ini tidak dihitung lagi"),
    ]
    assert daftar.atasan_of("199202022016022004") == ["197503122000031002", "196606061990031006"]
    assert daftar.atasan_of("198001012005011001") == []


@pytest.fixture(scope="module")
def mutasi_run(tmp_path_factory: pytest.TempPathFactory, config: Config) -> dict[str, object]:
    folder = write_folder(tmp_path_factory.mktemp("kiriman"), config)
    out = tmp_path_factory.mktemp("keluaran")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        made = CliRunner().invoke(
            rekap, [".", "-o", str(out / "rekap.xlsx"), "--daftar", str(MUTASI), "-j", "1"]
        )
        checked = CliRunner().invoke(periksa, [".", "--format", "json", "--daftar", str(MUTASI), "-j", "1"])
    return {"rekap": made, "periksa": checked, "out": out}


def test_mutasi_rows_give_no_false_penilai_warning_and_keep_the_real_one(mutasi_run: dict) -> None:
    """Ani (rated by the Kepala Bagian, her new row's atasan) and Bayu (his first row's) draw no warning;
    the Penata Ruang, whose only row names the Kepala Bagian while Sri Rahayu rates him, still does."""
    report = json.loads(mutasi_run["periksa"].stdout)
    found = sorted(
        (f["path"], x["sheet"], x["cell"])
        for f in report["files"]
        for x in f["findings"]
        if x["code"] == "penilai-tidak-sesuai-daftar"
    )
    assert found == [("unit/staf_c.xlsx", "SKP", "G7"), ("unit/staf_c_revisi.xlsx", "SKP", "G7")]
    message = next(
        x["message"]
        for f in report["files"]
        if f["path"] == "unit/staf_c.xlsx"
        for x in f["findings"]
        if x["code"] == "penilai-tidak-sesuai-daftar"
    )
    assert STAF_C.replace(" ", "") not in message and "baris 9" in message


def test_mutasi_non_submitter_is_listed_under_the_new_unit(mutasi_run: dict) -> None:
    """Nanda's first row is Mutasi Keluar, his new unit's row is Aktif: he must submit, under Bagian Jalan.
    Ani and Bayu submitted and are not listed; Sri Rahayu sent nothing."""
    assert mutasi_run["rekap"].exit_code == 0, mutasi_run["rekap"].output
    values = list(
        load_workbook(mutasi_run["out"] / "rekap.xlsx")["Belum Mengirim"].iter_rows(values_only=True)
    )
    rows = [dict(zip(values[0], row, strict=True)) for row in values[1:] if any(v is not None for v in row)]
    assert [(r["Unit Kerja"], r["NIP"], r["Nama"], r["Baris Daftar"]) for r in rows] == [
        ("Bagian Jalan", "199505052020121009", "Nanda Pratama", 11),
        ("Bidang Tata Ruang", "196606061990031006", "Sri Rahayu", 4),
    ]
