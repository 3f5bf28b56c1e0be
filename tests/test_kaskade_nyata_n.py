"""General causes the held-out set ``benchmarks/nyata_n`` (``skp kaskade`` on superiors' SKP as agencies
fill them) found, each on its own fixture (``tests/data/make_kaskade_nyata.py``): the Matriks columns, the
members, the drafts' RK and the exact findings of every draft when checked with the superior's SKP."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch.cli import main
from skp.cascade.bawahan import member_drafts
from skp.cascade.matriks import BEBAN_TARGET, lay_out_matriks
from skp.checks.kumpulan import batch_findings
from skp.config import Config
from skp.hierarchy.entry import entry_from
from skp.hierarchy.links import Hierarchy, rules_of
from skp.models import Identity, Iki, MatriksAnggota, MatriksPeranHasil, Period, RencanaKinerja, SkpDocument
from skp.numbers import parse_target
from skp.periksa import check_path
from skp.run.batch import run_batch

DATA = Path(__file__).parent / "data"
sys.path.insert(0, str(DATA))
from make_kaskade_nyata import HASIL_1, HASIL_2, RK_KASI, TEAM  # noqa: E402

NAMES = [nama for nama, _, _ in TEAM]


def _drafts(name: str, config: Config) -> list[list[tuple[str | None, str | None]]]:
    """Each member's draft RK as (RK, intervened superior RK)."""
    _, atasan = check_path(DATA / name, config)
    matriks = lay_out_matriks(atasan, config)
    drafts = member_drafts(atasan, matriks.kolom, matriks.anggota)
    return [[(rk.text, rk.rk_atasan) for rk in d.document.rk("utama")] for d in drafts]


def _kaskade_and_check(name: str, tmp_path: Path) -> set[tuple[str, str, str | None, str | None]]:
    """``skp kaskade`` on the fixture, then every draft checked together with the superior's SKP: the
    (file, code, sheet, cell) of each error and warning."""
    out = tmp_path / "draf"
    result = CliRunner().invoke(main, ["kaskade", str(DATA / name), "-o", str(out)])
    assert result.exit_code == 0, result.output
    shutil.copy(DATA / name, out / "atasan.xlsx")
    files = sorted(p for p in out.glob("*.xlsx") if not p.name.startswith("Matriks"))
    batch = run_batch(files, Config(), jobs=1)
    return {(Path(r.path).name.split(" 19")[0], f.code, f.sheet, f.cell) for r in batch.reports
            for f in r.findings if f.severity != "info"}


def test_results_typed_before_the_rk_row_are_kept_and_not_split(config: Config) -> None:
    """The template's RK row still empty, results under RK ATASAN 1 and 2: the columns are the two
    Kinerja Utama RK (not the Kinerja Tambahan, not the empty RK ATASAN 3), the results stay, and no
    column with a result is split (its target is shown, its metode left to the team)."""
    _, atasan = check_path(DATA / "nyata_kaskade_hasil_sebelum_baris_rk.xlsx", config)
    matriks = lay_out_matriks(atasan, config)
    assert [(k.rk, k.metode, k.target.raw if k.target else None) for k in matriks.kolom] == [
        (RK_KASI[0], None, "12 laporan"), (RK_KASI[1], None, "6 dokumen"),
    ]
    assert [a.hasil for a in matriks.anggota] == [
        [HASIL_1, None], [None, f"1. {HASIL_2[0]}\n2. {HASIL_2[1]}"], [None, None],  # line breaks kept
    ]
    assert _drafts("nyata_kaskade_hasil_sebelum_baris_rk.xlsx", config) == [
        [(HASIL_1, RK_KASI[0])], [(HASIL_2[0], RK_KASI[1]), (HASIL_2[1], RK_KASI[1])], [],
    ]


def test_drafts_from_results_typed_before_the_rk_row_check_clean(tmp_path: Path) -> None:
    """What each unfilled draft legitimately lacks (pangkat, IKI, butir kegiatan; no RK for the member
    without results), and no rk-atasan-tidak-cocok: column 2 is the superior's RK."""
    assert _kaskade_and_check("nyata_kaskade_hasil_sebelum_baris_rk.xlsx", tmp_path) == {
        ("SKP Galih Pamungkas", "identitas-kosong", "SKP", "C8"),
        ("SKP Galih Pamungkas", "rk-tanpa-iki", "SKP", "D16"),
        ("SKP Ratih Kumalasari, S.P.", "identitas-kosong", "SKP", "C8"),
        ("SKP Ratih Kumalasari, S.P.", "rk-tanpa-iki", "SKP", "D16"),
        ("SKP Ratih Kumalasari, S.P.", "rk-tanpa-iki", "SKP", "D19"),
        ("SKP Ratih Kumalasari, S.P.", "rk-tanpa-butir-kegiatan", "SKP", "D16"),
        ("SKP Ratih Kumalasari, S.P.", "rk-tanpa-butir-kegiatan", "SKP", "D19"),
        ("SKP Yusuf Maulana", "identitas-kosong", "SKP", "C8"),
        ("SKP Yusuf Maulana", "kinerja-utama-kosong", "SKP", "A15"),
    }


def test_agency_table_headed_rk_atasan_n_without_field_rows(config: Config) -> None:
    """``HASIL KERJA YANG DIHARAPKAN`` over ``RK ATASAN 1 | RK ATASAN 2`` are headings, not RK: the
    result under RK ATASAN 2 intervenes the second RK, and the first RK, which nobody wrote in, is split
    (12 laporan: 4 each); a labelled or quoted NIP is the NIP alone; the KETERANGAN column is no RK."""
    _, atasan = check_path(DATA / "nyata_kaskade_tabel_instansi.xlsx", config)
    assert [(a.nama, a.nip) for a in atasan.matriks.anggota] == [
        (TEAM[0][0], TEAM[0][1]), (TEAM[1][0], TEAM[1][1].replace(" ", "")), (TEAM[2][0], TEAM[2][1]),
    ]
    matriks = lay_out_matriks(atasan, config)
    assert [(k.rk, k.metode) for k in matriks.kolom] == [(RK_KASI[0], BEBAN_TARGET), (RK_KASI[1], None)]
    assert [a.hasil for a in matriks.anggota] == [
        ["4 laporan", HASIL_2[0]], ["4 laporan", None], ["4 laporan", None],
    ]
    assert _drafts("nyata_kaskade_tabel_instansi.xlsx", config) == [
        [(RK_KASI[0], RK_KASI[0]), (HASIL_2[0], RK_KASI[1])], [(RK_KASI[0], RK_KASI[0])],
        [(RK_KASI[0], RK_KASI[0])],
    ]


def test_nip_on_the_row_under_the_name(config: Config, tmp_path: Path) -> None:
    """Name on one row, NIP under it: three members, not six; the 17-digit NIP reaches its draft as
    written, where it is reported."""
    _, atasan = check_path(DATA / "nyata_kaskade_nip_baris_bawah.xlsx", config)
    assert [(a.nama, a.nip, a.cells["nip"]) for a in atasan.matriks.anggota] == [
        (TEAM[0][0], TEAM[0][1], "B5"), (TEAM[1][0], TEAM[1][1], "B7"),
        (TEAM[2][0], TEAM[2][1].replace(" ", "")[:-1], "B9"),
    ]
    assert _kaskade_and_check("nyata_kaskade_nip_baris_bawah.xlsx", tmp_path) == {
        ("SKP Galih Pamungkas", "identitas-kosong", "SKP", "C8"),
        ("SKP Galih Pamungkas", "rk-tanpa-iki", "SKP", "D16"),
        ("SKP Ratih Kumalasari, S.P.", "identitas-kosong", "SKP", "C8"),
        ("SKP Ratih Kumalasari, S.P.", "rk-tanpa-iki", "SKP", "D16"),
        ("SKP Ratih Kumalasari, S.P.", "rk-tanpa-butir-kegiatan", "SKP", "D16"),
        ("SKP Yusuf Maulana", "identitas-kosong", "SKP", "C8"),
        ("SKP Yusuf Maulana", "kinerja-utama-kosong", "SKP", "A15"),
        ("SKP Yusuf Maulana", "nip-tidak-valid", "SKP", "C7"),
    }


def test_a_money_share_is_a_target_not_the_members_rk(config: Config) -> None:
    """A JPT RK whose only IKI targets ``Rp 250.000.000.000``, split over three members: each draft's RK is
    the superior's RK with the share (``Rp83.333.333.334``) as its target, not the share as its RK."""
    rk = "Meningkatnya pendapatan asli daerah"
    atasan = SkpDocument(
        form="jpt-dasar", jenis="JPT", model="dasar", sheet="SKP", agency="BADAN PENDAPATAN DAERAH",
        pegawai=Identity(nama="Dra. Sri Wulandari", nip="197008231995032002", jabatan="Kepala Badan",
                         unit_kerja="Badan Pendapatan Daerah"),
        penilai=Identity(nama="Bupati"), periode=Period(raw="1 JANUARI SD 31 DESEMBER 2026"),
        rencana=[RencanaKinerja(section="utama", no="1", text=rk,
                                iki=[Iki(text="Realisasi PAD", target=parse_target("Rp 250.000.000.000"))])],
        matriks=MatriksPeranHasil(anggota=[MatriksAnggota(nama=n, nip=p, jabatan=j) for n, p, j in TEAM]),
    )
    matriks = lay_out_matriks(atasan, config)
    drafts = member_drafts(atasan, matriks.kolom, matriks.anggota)
    assert [[(r.text, r.rk_atasan, r.iki[0].target.raw) for r in d.document.rk("utama")] for d in drafts] == [
        [(rk, rk, "Rp83.333.333.334")], [(rk, rk, "Rp83.333.333.333")], [(rk, rk, "Rp83.333.333.333")],
    ]


def test_rk_row_typed_again_by_hand_is_the_superiors_rk(config: Config) -> None:
    """An RK row numbered ``1. …``, with a typo and a full stop, names the superior's RK (the batch
    check's similarity threshold): two columns with the SKP's own texts and the results under them, not
    two more columns and a split of the targets."""
    _, atasan = check_path(DATA / "nyata_kaskade_baris_rk_diketik_ulang.xlsx", config)
    matriks = lay_out_matriks(atasan, config)
    assert [(k.rk, k.metode) for k in matriks.kolom] == [(RK_KASI[0], None), (RK_KASI[1], None)]
    assert [a.hasil for a in matriks.anggota] == [[HASIL_1, None], [None, HASIL_2[0]], [None, None]]


@pytest.mark.parametrize(("name", "expected"), [
    ("nyata_kaskade_beban_tanpa_baris_rk.xlsx", set()),
    # the whole says 12 laporan, the shares 5 + 5 + 4 make 14
    ("nyata_kaskade_beban_tanpa_baris_rk_tidak_seimbang.xlsx",
     {("target-kaskade-tidak-seimbang", "Matriks Peran Hasil", "D7")}),
])
def test_beban_split_under_a_column_headed_rk_atasan_n(name: str, expected: set, config: Config) -> None:
    """A beban-target column whose RK row is empty is the superior's first RK: its shares are summed, and
    the finding names that RK."""
    report, document = check_path(DATA / name, config)
    assert [(k.rk, k.nomor, k.metode) for k in document.matriks.kolom] == [("", 1, BEBAN_TARGET)]
    found = batch_findings(Hierarchy([entry_from(report, document)], rules_of(config)), config)
    findings = [f for items in found.values() for f in items if f.severity != "info"]
    assert {(f.code, f.sheet, f.cell) for f in findings} == expected
    assert all(RK_KASI[0] in f.message for f in findings)
