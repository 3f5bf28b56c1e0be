"""False errors and recall of ``skp periksa`` on agency forms as really filled (SPEC §3.10).

Usage: ``python benchmarks/formulir_agensi.py [--rinci]``. Writes into a temporary folder 36 clean Model
Pengembangan workbooks that vary what agencies vary (aspek written "Kuantitas", "IKI (Kuantitas)" or the PP 46
"Kuant/Output"/"Kual/Mutu"/"Waktu (bulan)"; KATEGORI PENILAIAN with two, three or five levels, the TARGET
standing for BAIK when there is no BAIK column; JF titles without "Ahli" and with role suffixes, and JA
titles), and 36 copies each with one defect reviewers find on such forms injected (SANGAT BAIK equal to the
target, a target inside its CUKUP band, a bare-number target, an absolute IKI, an RK opening with a process
noun, a waktu SANGAT BAIK containing the target). Half the JF go without their Keterkaitan AK sheet, so
only the jabatan tells the jenis. Then runs the checks as ``skp periksa`` does and prints:

- false findings on the clean workbooks (errors must be 0), and findings other than the injected one on the
  defect workbooks;
- recall: injected defects reported with their code at their cell;
- form detection: jenis (JA/JF) and model right.

The layout is the reviu form of ``tests/data/make_reviu.py`` (header on rows 13–14, Kinerja Utama IKI rows
17–21), so the expected cells are known; the texts and combinations here are not the fixtures'.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data"))

from make_reviu import LEVELS, TAMBAHAN, UTAMA, Form, Rk, _edit, _five_levels, build  # noqa: E402

from skp.config import Config  # noqa: E402
from skp.findings import catalogue  # noqa: E402
from skp.periksa import check_path  # noqa: E402
from skp.vocab import canonical_aspek  # noqa: E402

ASPEK_STYLES = {
    "resmi": {"kuantitas": "Kuantitas", "kualitas": "Kualitas", "waktu": "Waktu"},
    "iki": {"kuantitas": "IKI (Kuantitas)", "kualitas": "IKI (Kualitas)", "waktu": "IKI (Waktu)"},
    "pp46": {"kuantitas": "Kuant/Output", "kualitas": "Kual/Mutu", "waktu": "Waktu (bulan)"},
}
LEVEL_SETS = (("cukup", "sangat_baik"), ("cukup", "baik", "sangat_baik"), tuple(LEVELS))
# (jabatan, pangkat, jenis): JF titles as written in the wild, and JA titles that must stay JA.
JABATAN = (
    ("ANALIS KEPEGAWAIAN MUDA selaku SUBKOORDINATOR MUTASI", "Penata Tk.I, III/d", "JF"),
    ("Pengawas Madya", "Pembina, IV/a", "JF"),
    ("Arsiparis Mahir", "Penata Muda, III/a", "JF"),
    ("Plt. Pranata Komputer Penyelia", "Penata, III/c", "JF"),
    ("Perencana Muda merangkap Koordinator Program", "Penata, III/c", "JF"),
    ("Pranata Humas Terampil", "Pengatur, II/c", "JF"),
    ("Kepala Subbidang Mutasi", "Penata Tk.I, III/d", "JA"),
    ("Analis Data", "Penata Muda, III/a", "JA"),
)
SHEET = "SKP JF"


def _restyle(rks: tuple[Rk, ...], style: dict[str, str]) -> tuple[Rk, ...]:
    return tuple(replace(rk, rows=tuple(replace(row, aspek=style[canonical_aspek(row.aspek) or "kuantitas"])
                                        for row in rk.rows)) for rk in rks)


def clean_form(i: int) -> tuple[Form, str]:
    """The i-th clean combination and its expected jenis."""
    style = ASPEK_STYLES[list(ASPEK_STYLES)[i % 3]]
    levels = LEVEL_SETS[(i // 3) % 3]
    jabatan, pangkat, jenis = JABATAN[i % len(JABATAN)]
    utama, tambahan = UTAMA, TAMBAHAN
    if len(levels) > 2:
        utama, tambahan = tuple(map(_five_levels, utama)), tuple(map(_five_levels, tambahan))
    # Every other JF goes without its Keterkaitan AK sheet, so only its jabatan tells it is a JF; the
    # missing sheet is then a true finding (keterkaitan-ak-hilang), not a false one.
    return Form(levels=levels, utama=_restyle(utama, style), tambahan=_restyle(tambahan, style),
                jabatan=jabatan, pangkat=pangkat, lampiran_ak=jenis == "JF" and i % 2 == 0), jenis


def _column(form: Form, level: str) -> str:
    return "HIJKL"[form.levels.index(level)]


def _levels(form: Form, **values: str) -> dict[str, str]:
    return {k: v for k, v in values.items() if k in form.levels}


@dataclass(frozen=True)
class Injected:
    form: Form
    expected: tuple[str, str]  # (code, cell)


def inject(form: Form, kind: int) -> Injected:
    """One defect of the six kinds into a clean form, with the finding it must give."""
    if kind == 0:
        sb = _levels(form, cukup="< 100", baik="120", sangat_baik="120")
        return Injected(replace(form, utama=_edit(form.utama, 0, 0, kategori=sb)),
                        ("kategori-tidak-membedakan", f"{_column(form, 'sangat_baik')}17"))
    if kind == 1:
        cukup = _levels(form, cukup="> 250", baik="300", sangat_baik="> 300")
        return Injected(replace(form, utama=_edit(form.utama, 1, 0, kategori=cukup)),
                        ("kategori-tidak-membedakan", f"{_column(form, 'cukup')}20"))
    if kind == 2:
        return Injected(replace(form, utama=_edit(form.utama, 1, 0, satuan=None)),
                        ("target-tanpa-satuan", "F20"))
    if kind == 3:
        iki = "Seluruh usulan mutasi selalu diterbitkan SK-nya pada bulan yang sama"
        return Injected(replace(form, utama=_edit(form.utama, 0, 0, iki=iki)), ("target-absolut", "E17"))
    if kind == 4:
        utama = (replace(form.utama[0], text="Penyusunan SK mutasi pegawai"), *form.utama[1:])
        return Injected(replace(form, utama=utama), ("rk-berbasis-aktivitas", "C17"))
    waktu = _levels(form, cukup="> 12", baik="12", sangat_baik="≤ 12")
    return Injected(replace(form, utama=_edit(form.utama, 0, 2, kategori=waktu)),
                    ("kategori-tidak-membedakan", f"{_column(form, 'sangat_baik')}19"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rinci", action="store_true",
                        help="tampilkan setiap temuan palsu dan cacat terlewat")
    args = parser.parse_args(argv)
    config = Config()
    levels = {code: info.tingkat.value for code, info in catalogue().items()}
    false_clean: list[tuple[str, tuple]] = []
    false_defect: list[tuple[str, tuple]] = []
    missed: list[tuple[str, tuple]] = []
    detected = total = found = 0
    with tempfile.TemporaryDirectory() as folder:
        for i in range(36):
            form, jenis = clean_form(i)
            cases = [(f"bersih_{i:02d}", form, None), (f"cacat_{i:02d}", *_as_pair(inject(form, i % 6)))]
            for name, variant, expected in cases:
                path = Path(folder) / f"{name}.xlsx"
                build(variant).save(path)
                report, document = check_path(path, config)
                total += 1
                detected += document is not None and document.form == f"{jenis.lower()}-pengembangan"
                flat = set(report.flatten())
                if jenis == "JF" and not variant.lampiran_ak:
                    flat.discard(("keterkaitan-ak-hilang", None, None))
                if expected is not None:
                    wanted = (expected[0], SHEET, expected[1])
                    found += wanted in flat
                    if wanted not in flat:
                        missed.append((name, wanted))
                    flat.discard(wanted)
                (false_clean if expected is None else false_defect).extend((name, f) for f in sorted(flat))
    errors_clean = [f for f in false_clean if levels[f[1][0]] == "error"]
    errors_defect = [f for f in false_defect if levels[f[1][0]] == "error"]
    print(f"buku kerja bersih: 36, temuan palsu: {len(false_clean)} (error: {len(errors_clean)})")
    print(f"buku kerja cacat: 36, temuan selain cacat yang disisipkan: {len(false_defect)} "
          f"(error: {len(errors_defect)})")
    print(f"cacat terdeteksi: {found}/36 ({found / 36:.1%})")
    print(f"jenis dan model formulir benar: {detected}/{total}")
    if args.rinci:
        for name, finding in false_clean + false_defect:
            print(f"  palsu    {name}: {finding}")
        for name, finding in missed:
            print(f"  terlewat {name}: {finding}")
    return 0


def _as_pair(injected: Injected) -> tuple[Form, tuple[str, str]]:
    return injected.form, injected.expected


if __name__ == "__main__":
    raise SystemExit(main())
