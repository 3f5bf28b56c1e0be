"""General causes of false batch findings found by the red-team set ``benchmarks/merah_af``, each on its own
fixture (hand-built hierarchy entries, a daftar written here, a Matriks workbook written here): exact
(file, code, sheet, cell) of every finding, with the defective twin still found."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from skp.checks.kumpulan import batch_findings
from skp.config import Config
from skp.daftar import read_daftar
from skp.hierarchy.entry import HierarchyEntry, RkRef
from skp.hierarchy.links import Hierarchy, normalize_rk, rules_of
from skp.reading.load import load_grid
from skp.reading.reader import read_document

KABID = "197104152000031003"
KABID_LAMA = "196808081994031007"
KADIS = "196502101990031001"
ANI = "198905172014022006"
BAYU = "199103232015031002"
CICI = "199411302019032005"
SETAHUN = "2026-01-01/2026-12-31"
SEMESTER_1 = "2026-01-01/2026-06-30"
SEMESTER_2 = "2026-07-01/2026-12-31"
RK_KABID = [
    "Meningkatnya kualitas data rumah tidak layak huni",
    "Tersedianya rumah layak huni bagi warga miskin",
]

Flat = set[tuple[str, str, str | None, str | None]]


def rk(text: str, atasan: str | None = None, row: int = 16, iki: int = 3) -> RkRef:
    return RkRef(
        text=text, rk_atasan=atasan, sheet="SKP", cell=f"C{row}", atasan_cell=f"B{row}", jumlah_iki=iki
    )


def entry(path: str, nip: str, penilai: str | None, rks: list[RkRef], **extra: object) -> HierarchyEntry:
    fields: dict[str, object] = {
        "path": path,
        "form": "ja-dasar",
        "jenis": "JA",
        "nip": nip,
        "nip_penilai": penilai,
        "nama": path[:-5],
        "jabatan": "Pengadministrasi Perumahan",
        "periode": SETAHUN,
        "sheet": "SKP",
        "nip_cell": "C7",
        "nip_penilai_cell": "H7",
        "utama_cell": "A15",
        "utama": rks,
        "jumlah_rk": len(rks),
        "jumlah_iki": sum(r.jumlah_iki for r in rks),
    }
    fields.update(extra)
    return HierarchyEntry(**fields)  # type: ignore[arg-type]


def kabid(**extra: object) -> HierarchyEntry:
    return entry(
        "kabid.xlsx",
        KABID,
        KADIS,
        [rk(t, "Meningkatnya kualitas hunian", row=16 + 3 * i) for i, t in enumerate(RK_KABID)],
        jabatan="Kepala Bidang",
        **extra,
    )


def flat(entries: list[HierarchyEntry], config: Config, daftar_path: Path | None = None) -> Flat:
    daftar = read_daftar(daftar_path, config) if daftar_path else None
    found = batch_findings(Hierarchy(entries, rules_of(config), daftar), config)
    return {
        (p, f.code, f.sheet, f.cell)
        for p, items in found.items()
        for f in items
        if f.code != "skp-atasan-tidak-ditemukan"
    }


def heavy(n: int = 5) -> list[RkRef]:
    return [rk(f"Hasil kerja {i}", RK_KABID[i % 2], row=16 + 3 * i) for i in range(n)]


# ------------------------------------------------------------------------------ kesetaraan-tidak-seimbang


def test_a_semester_plan_is_not_the_peer_of_a_whole_year_plan(config: Config) -> None:
    """A pegawai who came in July (1 RK/3 IKI for July–December) beside a whole-year peer (5 RK/15 IKI): not
    unequal plans; the same light plan for the whole year is."""
    entries = [
        kabid(),
        entry("ani.xlsx", ANI, KABID, heavy()),
        entry("bayu.xlsx", BAYU, KABID, heavy(1), periode=SEMESTER_2),
    ]
    assert flat(entries, config) == set()
    entries[2] = entry("bayu.xlsx", BAYU, KABID, heavy(1))
    assert flat(entries, config) == {("bayu.xlsx", "kesetaraan-tidak-seimbang", "SKP", "A15")}


def test_semester_plans_are_compared_with_each_other(config: Config) -> None:
    entries = [
        kabid(),
        entry("ani.xlsx", ANI, KABID, heavy(), periode=SEMESTER_2),
        entry("bayu.xlsx", BAYU, KABID, heavy(1), periode=SEMESTER_2),
        entry("cici.xlsx", CICI, KABID, heavy(1)),
    ]
    assert flat(entries, config) == {("bayu.xlsx", "kesetaraan-tidak-seimbang", "SKP", "A15")}


# ------------------------------------------------------------------------------ penilai-tidak-sesuai-daftar


def _daftar(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    path = tmp_path / "daftar.csv"
    lines = ["NIP;NAMA;NIP ATASAN"] + [f"{nip};Pegawai {nip[-3:]};{atasan}" for nip, atasan in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_acting_penilai_is_still_reported(config: Config, tmp_path: Path) -> None:
    """A ``Plt. Kepala Bidang`` who is not the daftar's atasan is a hint HR acts on (update the daftar or
    check the appointment), as the held-out set nyata_k expects: the mutasi rule below does not excuse it."""
    daftar = _daftar(tmp_path, [(ANI, KADIS)])
    entries = [entry("ani.xlsx", ANI, KABID, heavy(2), jabatan_penilai="Plt. Kepala Bidang Perumahan")]
    assert flat(entries, config, daftar) == {("ani.xlsx", "penilai-tidak-sesuai-daftar", "SKP", "H7")}


def test_the_skp_of_the_post_held_before_a_mutasi(config: Config, tmp_path: Path) -> None:
    """Ani moved in July: her January–June SKP names her old Kabid, her July–December one the new Kabid,
    whom today's daftar names. Only a later SKP rated by the daftar's atasan explains the earlier one."""
    daftar = _daftar(tmp_path, [(ANI, KABID)])
    first = entry("ani_s1.xlsx", ANI, KABID_LAMA, heavy(2), periode=SEMESTER_1)
    second = entry("ani_s2.xlsx", ANI, KABID, heavy(2), periode=SEMESTER_2)
    assert flat([first, second], config, daftar) == set()
    # alone, or beside a later SKP rated by someone else again, the old penilai is reported
    assert flat([first], config, daftar) == {("ani_s1.xlsx", "penilai-tidak-sesuai-daftar", "SKP", "H7")}
    other = entry("ani_s2.xlsx", ANI, BAYU, heavy(2), periode=SEMESTER_2)
    assert flat([first, other], config, daftar) == {
        ("ani_s1.xlsx", "penilai-tidak-sesuai-daftar", "SKP", "H7"),
        ("ani_s2.xlsx", "penilai-tidak-sesuai-daftar", "SKP", "H7"),
    }
    # a later SKP does not excuse one that overlaps it
    overlapping = entry("ani_s1.xlsx", ANI, KABID_LAMA, heavy(2), periode=SETAHUN)
    assert ("ani_s1.xlsx", "penilai-tidak-sesuai-daftar", "SKP", "H7") in flat(
        [overlapping, second], config, daftar
    )


# ------------------------------------------------------------------------------ rk-atasan-tidak-cocok


def test_an_acronym_defined_in_brackets_is_said_once(config: Config) -> None:
    """The Kabid writes "… Rumah Tidak Layak Huni (RTLH) di Kabupaten Sukamaju": a quote with the acronym
    only, with the words only, or with ``Kab.`` is that RK; another RK is not."""
    text = "Meningkatnya kualitas data Rumah Tidak Layak Huni (RTLH) di Kabupaten Sukamaju"
    superior = entry(
        "kabid.xlsx", KABID, KADIS, [rk(text, "Meningkatnya kualitas hunian")], jabatan="Kepala Bidang"
    )
    quotes = [
        "Meningkatnya kualitas data RTLH di Kab. Sukamaju",
        "Meningkatnya kualitas data rumah tidak layak huni di Kabupaten Sukamaju",
        "Meningkatnya kualitas data RTLH di Kabupaten Sukamaju",
    ]
    staff = [
        entry(f"s{i}.xlsx", f"1994113020190320{i:02d}", KABID, [rk("Data verifikasi", q)])
        for i, q in enumerate(quotes)
    ]
    assert flat([superior, *staff], config) == set()
    wrong = entry(
        "w.xlsx", CICI, KABID, [rk("Data retribusi", "Meningkatnya kualitas data retribusi di Kab. Sukamaju")]
    )
    assert flat([superior, wrong], config) == {
        ("w.xlsx", "rk-atasan-tidak-cocok", "SKP", "B16"),
        ("kabid.xlsx", "rk-atasan-tidak-diintervensi", "SKP", "C16"),
    }


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Data Rumah Tidak Layak Huni (RTLH) mutakhir", "data rumah tidak layak huni mutakhir"),
        ("Data (RTLH) mutakhir", "data rtlh mutakhir"),  # no words before it that spell it: kept
        ("Data rumah ibadah (RTLH) mutakhir", "data rumah ibadah rtlh mutakhir"),
        (
            "Laporan Sistem Pemerintahan Berbasis Elektronik (SPBE) dan (LKjIP)",
            "laporan sistem pemerintahan berbasis elektronik dan lkjip",
        ),
    ],
)
def test_normalize_rk_drops_only_an_acronym_its_words_spell(written: str, folded: str) -> None:
    assert normalize_rk(written) == folded


# ------------------------------------------------------------------------------ target-kaskade-tidak-seimbang


def _matriks_workbook(path: Path, shares: list[str], whole: str = "10 unit") -> None:
    """A Kepala Bidang's Rencana SKP with a Matriks Pembagian Peran dan Hasil (one RK cascaded by
    pembagian beban target to two members, each share written in ``shares``)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SKP"
    ws["A1"] = "RENCANA SASARAN KINERJA PEGAWAI"
    ws["A3"] = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026"
    ws["B5"], ws["G5"] = "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA"
    for i, (label, own, rater) in enumerate(
        [
            ("NAMA", "Hendra", "Agus"),
            ("NIP", KABID, KADIS),
            ("PANGKAT/GOL RUANG", "Pembina, IV/a", "Pembina Utama Muda, IV/c"),
            ("JABATAN", "Kepala Bidang Perumahan", "Kepala Dinas"),
            ("UNIT KERJA", "Bidang Perumahan", "Dinas Perumahan"),
        ]
    ):
        ws.cell(6 + i, 2, label)
        ws.cell(6 + i, 3, own)
        ws.cell(6 + i, 7, label)
        ws.cell(6 + i, 8, rater)
    for c, text in enumerate(
        [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ],
        1,
    ):
        ws.cell(13, c, text)
    ws["A15"] = "A. KINERJA UTAMA"
    ws.append([1, "Meningkatnya kualitas hunian", RK_KABID[1], "Kuantitas", "Jumlah rumah dibangun", whole])
    ws.append(["B. KINERJA TAMBAHAN"])
    m = wb.create_sheet("MATRIKS")
    m["A1"] = "MATRIKS PEMBAGIAN PERAN DAN HASIL"
    for c, text in enumerate(
        [
            "NO",
            "RENCANA KINERJA ATASAN YANG DICASCADE",
            "JENIS PENYELARASAN",
            "TARGET",
            "PERAN DAN HASIL ANGGOTA TIM",
        ],
        1,
    ):
        m.cell(5, c, text)
    for c in range(1, 5):
        m.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    m.merge_cells("E5:F5")
    m["E6"], m["F6"] = f"Ani\nNIP. {ANI}", f"Bayu\nNIP. {BAYU}"
    m.append(
        [
            "1",
            RK_KABID[1],
            "Direct Cascading (pembagian beban target kuantitatif)",
            whole,
            f"Usulan penerima bantuan ({shares[0]})",
            f"Usulan penerima bantuan ({shares[1]})",
        ]
    )
    wb.save(path)


def _parts(path: Path, config: Config) -> list[float | None]:
    document = read_document(load_grid(path, config), config)
    assert document.matriks is not None
    return [a.target[0].max if a.target[0] is not None else None for a in document.matriks.anggota]


@pytest.mark.parametrize(
    ("shares", "whole", "parts"),
    [
        (["50 %", "50 %"], "10 unit", [5, 5]),
        (["1/2", "setengah"], "12 laporan", [6, 6]),
        (["seperempat", "75 persen"], "12 laporan", [3, 9]),
        (["50 %", "40 %"], "10 unit", [5, 4]),  # the defective twin: still read, so still unbalanced
        (["4 unit", "6 unit"], "10 unit", [4, 6]),  # an amount in the whole's satuan wins, as before
        (["50 %", "50 %"], "100 %", [50, 50]),  # a whole in percent: the shares are percent themselves
    ],
)
def test_split_shares_written_as_proportions(
    config: Config, tmp_path: Path, shares: list[str], whole: str, parts: list[float]
) -> None:
    path = tmp_path / "kabid.xlsx"
    _matriks_workbook(path, shares, whole)
    assert _parts(path, config) == pytest.approx(parts)


# ------------------------------------------------------------------------------ a superior's two copies


def test_staff_are_judged_against_the_copy_of_the_superior_they_cite(config: Config) -> None:
    """The Kabid sent his old plan and its revision for one period (both ``skp-ganda``). The staff cite the
    revision, found second: no mismatch, and the old copy's RK nobody cites is not called unintervened. A
    staff member citing neither copy is still a mismatch, against the first copy."""
    old = entry(
        "kabid.xlsx",
        KABID,
        KADIS,
        [rk("Terverifikasinya data rumah", "Hunian", row=16), rk(RK_KABID[1], "Hunian", row=19)],
        jabatan="Kepala Bidang",
    )
    new = entry(
        "kabid_v2.xlsx",
        KABID,
        KADIS,
        [rk(RK_KABID[0], "Hunian", row=16), rk(RK_KABID[1], "Hunian", row=19)],
        jabatan="Kepala Bidang",
    )
    ani = entry(
        "ani.xlsx", ANI, KABID, [rk("Data RTLH mutakhir", RK_KABID[0]), rk("Usulan", RK_KABID[1], row=19)]
    )
    assert flat([old, new, ani], config) == {
        ("kabid.xlsx", "skp-ganda", "SKP", "C7"),
        ("kabid_v2.xlsx", "skp-ganda", "SKP", "C7"),
    }
    bayu = entry("bayu.xlsx", BAYU, KABID, [rk("Data retribusi", "Meningkatnya pendapatan dari retribusi")])
    assert flat([old, new, bayu], config) == {
        ("kabid.xlsx", "skp-ganda", "SKP", "C7"),
        ("kabid_v2.xlsx", "skp-ganda", "SKP", "C7"),
        ("bayu.xlsx", "rk-atasan-tidak-cocok", "SKP", "B16"),
        ("kabid.xlsx", "rk-atasan-tidak-diintervensi", "SKP", "C16"),
        ("kabid.xlsx", "rk-atasan-tidak-diintervensi", "SKP", "C19"),
    }


def test_a_generic_jabatan_names_no_equivalent_position(config: Config) -> None:
    """Staff who all write their jabatan as ``Pelaksana`` (or ``STAF``) hold different roles: their plans are
    not compared. A named jabatan still is, and ``jabatan_umum: []`` compares the generic ones again."""
    entries = [
        kabid(),
        entry("ani.xlsx", ANI, KABID, heavy(1), jabatan="Pelaksana"),
        entry("bayu.xlsx", BAYU, KABID, heavy(4), jabatan="PELAKSANA "),
        entry("cici.xlsx", CICI, KABID, heavy(4), jabatan="Staf."),
    ]
    assert flat(entries, config) == set()
    plain = Config(rules={**config.rules, "kumpulan": {**config.rules["kumpulan"], "jabatan_umum": []}})
    assert flat(entries, plain) == {("ani.xlsx", "kesetaraan-tidak-seimbang", "SKP", "A15")}
    entries[2] = entry("bayu.xlsx", BAYU, KABID, heavy(4), jabatan="Pengadministrasi Umum")
    entries[1] = entry("ani.xlsx", ANI, KABID, heavy(1), jabatan="Pengadministrasi Umum")
    assert flat(entries, config) == {("ani.xlsx", "kesetaraan-tidak-seimbang", "SKP", "A15")}


def test_a_penilai_without_nip_is_not_compared_with_the_daftar(config: Config, tmp_path: Path) -> None:
    """The Kepala Dinas is rated by the Bupati (NIP ``-``, SPEC §3.1) while SIMPEG names the Sekretaris
    Daerah as his atasan: no contradiction by NIP. A penilai with another NIP is still reported."""
    sekda = "196705051991031090"
    daftar = _daftar(tmp_path, [(KADIS, sekda), (KABID, KADIS)])
    kadis = entry("kadis.xlsx", KADIS, None, heavy(2), form="jpt-dasar", jenis="JPT", jabatan="Kepala Dinas")
    assert flat([kadis], config, daftar) == set()
    wrong = entry("kabid.xlsx", KABID, ANI, heavy(2), jabatan="Kepala Bidang")
    assert flat([kadis, wrong], config, daftar) == {
        ("kabid.xlsx", "penilai-tidak-sesuai-daftar", "SKP", "H7")
    }
