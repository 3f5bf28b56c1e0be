"""Batch checks over hand-built hierarchy entries: exact (file, code, sheet, cell) for each defect."""

from __future__ import annotations

import pytest

from skp.checks.kumpulan import batch_findings
from skp.config import Config
from skp.hierarchy.entry import HierarchyEntry, RkRef, SplitPart, TargetSplit
from skp.hierarchy.links import Hierarchy, normalize_rk, rules_of

KEPALA = "197001011995031001"
KASUBAG = "198001012005011002"
STAF_A = "199001012015011003"
STAF_B = "199202022016022004"
PERIODE = "2025-01-01/2025-12-31"

RK_KEPALA = [
    "Meningkatnya kualitas layanan administrasi kepegawaian",
    "Tersusunnya laporan kinerja instansi tepat waktu",
]


def rk(
    text: str, atasan: str | None = None, row: int = 14, iki: int = 1, target: float | None = None
) -> RkRef:
    return RkRef(text=text, rk_atasan=atasan, sheet="SKP", cell=f"C{row}", atasan_cell=f"B{row}",
                 jumlah_iki=iki, target_kuantitas=target)


def entry(path: str, nip: str, penilai: str | None, rks: list[RkRef], **extra: object) -> HierarchyEntry:
    fields: dict[str, object] = {
        "path": path, "form": "ja-dasar", "jenis": "JA", "nip": nip, "nip_penilai": penilai,
        "nama": path.removesuffix(".xlsx"), "jabatan": "Analis SDM Aparatur", "periode": PERIODE,
        "periode_label": "1 Januari sd 31 Desember 2025", "sheet": "SKP", "nip_cell": "D7",
        "nip_penilai_cell": "I7", "utama_cell": "A13", "utama": rks, "jumlah_rk": len(rks),
        "jumlah_iki": sum(r.jumlah_iki for r in rks),
    }
    fields.update(extra)
    return HierarchyEntry(**fields)  # type: ignore[arg-type]


def flat(entries: list[HierarchyEntry], config: Config) -> set[tuple[str, str, str | None, str | None]]:
    found = batch_findings(Hierarchy(entries, rules_of(config)), config)
    return {(path, f.code, f.sheet, f.cell) for path, items in found.items() for f in items}


def kepala(**extra: object) -> HierarchyEntry:
    return entry("kepala.xlsx", KEPALA, None, [rk(t, row=14 + 3 * i) for i, t in enumerate(RK_KEPALA)],
                 form="jpt-dasar", jenis="JPT", jabatan="Kepala Badan", **extra)


def test_aligned_hierarchy_has_no_findings(config: Config) -> None:
    entries = [
        kepala(),
        entry("a.xlsx", STAF_A, KEPALA, [rk("Data pegawai mutakhir", RK_KEPALA[0])]),
        entry("b.xlsx", STAF_B, KEPALA, [rk("Laporan kinerja tersusun", RK_KEPALA[1])]),
    ]
    assert flat(entries, config) == set()


def test_typos_case_and_punctuation_still_match(config: Config) -> None:
    typo = "MENINGKATNYA kualitas layanan adminstrasi kepegawaian."
    entries = [
        kepala(),
        entry("a.xlsx", STAF_A, KEPALA, [rk("Data pegawai mutakhir", typo)]),
        entry("b.xlsx", STAF_B, KEPALA,
              [rk("Laporan tersusun", "tersusunnya  laporan kinerja instansi tepat-waktu")]),
    ]
    assert flat(entries, config) == set()


def test_unmatched_superior_rk_names_the_closest(config: Config) -> None:
    entries = [
        kepala(),
        entry("a.xlsx", STAF_A, KEPALA, [
            rk("Data pegawai mutakhir", RK_KEPALA[0]),
            rk("Arsip tertata", "Terlaksananya rapat koordinasi kinerja", row=17),
        ]),
        entry("b.xlsx", STAF_B, KEPALA, [rk("Laporan tersusun", RK_KEPALA[1])]),
    ]
    found = batch_findings(Hierarchy(entries, rules_of(config)), config)
    assert [(f.code, f.sheet, f.cell) for f in found["a.xlsx"]] == [("rk-atasan-tidak-cocok", "SKP", "B17")]
    assert "kepala.xlsx" in found["a.xlsx"][0].message
    assert set(found) == {"a.xlsx"}


def test_unintervened_rk_is_flagged_on_the_superior_at_its_cell(config: Config) -> None:
    entries = [kepala(), entry("a.xlsx", STAF_A, KEPALA, [rk("Data pegawai mutakhir", RK_KEPALA[0])])]
    assert flat(entries, config) == {("kepala.xlsx", "rk-atasan-tidak-diintervensi", "SKP", "C17")}


def test_superior_without_cascading_subordinates_is_not_judged(config: Config) -> None:
    jpt_sub = entry("pratama.xlsx", STAF_A, KEPALA, [rk("Pelayanan meningkat")], form="jpt-dasar",
                    jenis="JPT")
    assert flat([kepala(), jpt_sub], config) == set()


def test_missing_superior_is_info_on_the_penilai_nip(config: Config) -> None:
    entries = [
        entry("a.xlsx", STAF_A, KASUBAG, [rk("Data pegawai mutakhir", "Apa saja")]),
        entry("bupati.xlsx", KEPALA, None, [rk("Daerah maju")], form="jpt-dasar", jenis="JPT"),
    ]
    assert flat(entries, config) == {("a.xlsx", "skp-atasan-tidak-ditemukan", "SKP", "I7")}


def test_duplicate_nip_and_period_flags_each_copy(config: Config) -> None:
    rks = [rk("Data pegawai mutakhir")]
    entries = [
        entry("a.xlsx", STAF_A, None, rks),
        entry("a_revisi.xlsx", STAF_A, None, rks),
        entry("a_2024.xlsx", STAF_A, None, rks, periode="2024-01-01/2024-12-31"),
    ]
    found = batch_findings(Hierarchy(entries, rules_of(config)), config)
    assert {(p, f.code, f.sheet, f.cell) for p, fs in found.items() for f in fs} == {
        ("a.xlsx", "skp-ganda", "SKP", "D7"), ("a_revisi.xlsx", "skp-ganda", "SKP", "D7"),
    }
    assert "a_revisi.xlsx" in found["a.xlsx"][0].message


def _split(parts: list[SplitPart], whole: float = 10) -> TargetSplit:
    return TargetSplit(rk=RK_KEPALA[0], whole=whole, whole_raw=f"{whole:g} dokumen", sheet="Matriks",
                       cell="D5", parts=parts)


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([SplitPart(nama="A", value=5), SplitPart(nama="B", value=5)], set()),
        ([SplitPart(nama="A", value=5), SplitPart(nama="B", value=4)],
         {("kepala.xlsx", "target-kaskade-tidak-seimbang", "Matriks", "D5")}),
        # B's share is not in the Matriks: read from B's own RK that intervenes the split RK
        ([SplitPart(nama="A", value=5), SplitPart(nama="B", nip=STAF_B)],
         {("kepala.xlsx", "target-kaskade-tidak-seimbang", "Matriks", "D5")}),
        # a share known nowhere: the split is not judged
        ([SplitPart(nama="A", value=5), SplitPart(nama="C", nip="199999999999999999")], set()),
    ],
)
def test_beban_target_split(config: Config, parts: list[SplitPart], expected: set[tuple[str, ...]]) -> None:
    entries = [
        kepala(splits=[_split(parts)]),
        entry("a.xlsx", STAF_A, KEPALA, [rk("Data pegawai A", RK_KEPALA[0], target=5),
                                         rk("Laporan", RK_KEPALA[1], row=17)]),
        entry("b.xlsx", STAF_B, KEPALA, [rk("Data pegawai B", RK_KEPALA[0], target=6)]),
    ]
    assert flat(entries, config) == expected


def test_unequal_peers_flag_the_lighter_plan(config: Config) -> None:
    heavy = [rk(f"Hasil {i}", RK_KEPALA[i % 2], row=14 + 3 * i, iki=3) for i in range(5)]
    light = [rk("Hasil satu", RK_KEPALA[0], iki=1), rk("Hasil dua", RK_KEPALA[1], row=17, iki=1)]
    entries = [
        kepala(),
        entry("a.xlsx", STAF_A, KEPALA, heavy),
        entry("b.xlsx", STAF_B, KEPALA, light, jabatan="ANALIS SDM APARATUR "),
        entry("c.xlsx", KASUBAG, KEPALA, light[:1], jabatan="Kepala Subbagian Umum"),
    ]
    assert flat(entries, config) == {("b.xlsx", "kesetaraan-tidak-seimbang", "SKP", "A13")}


def test_duplicate_submission_is_never_compared_with_itself(config: Config) -> None:
    """Two copies of one person's SKP (skp-ganda) are one peer: a lighter old copy is not flagged against
    the person's own newer copy, and a lone person with two copies has no peer at all."""
    heavy = [rk(f"Hasil {i}", RK_KEPALA[i % 2], row=14 + 3 * i, iki=3) for i in range(5)]
    light = [rk("Hasil satu", RK_KEPALA[0], iki=1), rk("Hasil dua", RK_KEPALA[1], row=17, iki=1)]
    entries = [kepala(), entry("a.xlsx", STAF_A, KEPALA, heavy), entry("a_lama.xlsx", STAF_A, KEPALA, light)]
    assert flat(entries, config) == {("a.xlsx", "skp-ganda", "SKP", "D7"),
                                     ("a_lama.xlsx", "skp-ganda", "SKP", "D7")}
    entries.append(entry("b.xlsx", STAF_B, KEPALA, heavy))
    assert ("a_lama.xlsx", "kesetaraan-tidak-seimbang", "SKP", "A13") in flat(entries, config)
    found = batch_findings(Hierarchy(entries, rules_of(config)), config)
    message = next(f.message for f in found["a_lama.xlsx"] if f.code == "kesetaraan-tidak-seimbang")
    assert message.count(" a: 5 RK/15 IKI") == 1 and "a_lama" not in message  # one line per person


def test_split_shares_in_rupiah_read_as_rupiah(config: Config) -> None:
    split = TargetSplit(rk=RK_KEPALA[0], whole=2_500_000, whole_raw="Rp 2.500.000", sheet="Matriks",
                        cell="D5",
                        parts=[SplitPart(nama="A", value=1_250_000), SplitPart(nama="B", value=1_000_000)])
    found = batch_findings(Hierarchy([kepala(splits=[split])], rules_of(config)), config)
    message = found["kepala.xlsx"][0].message
    assert "Rp2.250.000" in message and "A Rp1.250.000" in message and "e+" not in message


def test_thresholds_come_from_the_rules() -> None:
    strict = Config(rules={"kumpulan": {"ambang_kemiripan_rk": 100, "rasio_kesetaraan": 10}})
    entries = [
        kepala(),
        # a one-letter slip (not the RK word for word, which matches at any threshold)
        entry("a.xlsx", STAF_A, KEPALA, [rk("A", RK_KEPALA[0] + "."), rk("B", RK_KEPALA[1][:-1], row=17)]),
    ]
    assert flat(entries, strict) == {
        ("a.xlsx", "rk-atasan-tidak-cocok", "SKP", "B17"),
        ("kepala.xlsx", "rk-atasan-tidak-diintervensi", "SKP", "C17"),
    }


def test_normalize_rk_folds_case_accents_and_punctuation() -> None:
    assert normalize_rk("  Terlaksananya  RAPAT–koordinasi, é ") == "terlaksananya rapat koordinasi e"
