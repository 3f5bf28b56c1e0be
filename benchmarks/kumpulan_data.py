"""Generate N realistic SKP submissions with a real hierarchy, for the batch benchmark.

Each unit kerja (about 50 people) is a tree: Kepala (JPT) → Kepala Bidang (JA) → Kepala Seksi (JA) →
staff (JA and JF, both models), every subordinate's Kinerja Utama RK naming one of its superior's RK,
each Kepala Bidang's Matriks splitting a target by beban target. Defects are sprinkled at realistic
rates: a mistyped (still matching) or a wrong superior RK, a resubmitted duplicate, a penilai who did not
submit, a lopsided plan, an unbalanced split. About 2% of the files are copies of the test suite's layout
variants, defect samples and unreadable files, so the run meets what the reader meets in the wild.

Files are written once under ``benchmarks/out/`` (git-ignored) with all cores, and reused while the
generator's version and N are unchanged.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
from datetime import date, timedelta
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the test suite's document builders

from clean_documents import clean_document  # noqa: E402
from kumpulan_documents import person, rk, write_document  # noqa: E402

from skp.config import Config  # noqa: E402
from skp.models import MatriksAnggota, MatriksKolom, MatriksPeranHasil, SkpDocument  # noqa: E402
from skp.numbers import parse_target  # noqa: E402

VERSION = "4"
UNIT_SIZE = 50
SAMPLE_SHARE = 0.02
FORMS_STAFF = ("ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan")
VERBS = ("Tersusunnya", "Meningkatnya", "Tersedianya", "Terlaksananya", "Terwujudnya", "Terkelolanya")
OBJECTS = ("laporan keuangan", "data kepegawaian", "dokumen perencanaan", "layanan perizinan",
           "arsip dinamis", "sistem informasi", "aset daerah", "kajian kebijakan", "pengaduan masyarakat",
           "kegiatan pembinaan")
QUALIFIERS = ("tepat waktu", "yang akurat", "sesuai standar", "secara daring", "yang berkualitas",
              "tanpa temuan", "yang terverifikasi", "di seluruh kecamatan")


def nip(index: int) -> str:
    """A valid, unique NIP per index: birth date, TMT 22 years later, gender, sequence."""
    birth = date(1965, 1, 1) + timedelta(days=index % 10000)
    return f"{birth:%Y%m%d} {birth.year + 22}{index % 12 + 1:02d} {index % 2 + 1} {index // 10000 + 1:03d}"


def rk_text(rng: random.Random) -> str:
    return f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(QUALIFIERS)}"


def typo(text: str, rng: random.Random) -> str:
    """A small slip a civil servant makes retyping the superior's RK: still the same RK."""
    position = rng.randrange(1, len(text) - 1)
    return text[:position] + text[position + 1:]


def _plan(form: str, parents: list[str], rng: random.Random, size: int, targets: list[int]) -> list:
    """``size`` Kinerja Utama RK (each naming a superior RK) plus one Kinerja Tambahan."""
    plan = []
    for number in range(size):
        atasan = parents[number % len(parents)]
        target = targets[number] if number < len(targets) else rng.randint(2, 40)
        ikis = [("Kuantitas", f"Jumlah {rng.choice(OBJECTS)}", f"{target} dokumen")]
        if rng.random() < 0.7:
            ikis.append(("Kualitas", "Persentase hasil tanpa revisi", f"{rng.choice((80, 85, 90, 95))} %"))
        if rng.random() < 0.5:
            ikis.append(("Waktu", "Ketepatan waktu penyelesaian", f"{rng.randint(6, 12)} bulan"))
        plan.append(rk(atasan, f"{rk_text(rng)} {number + 1}", ikis))
    tambahan = [("Kuantitas", "Jumlah sertifikat", "1 sertifikat")]
    plan.append(rk(None, "Sertifikat pelatihan kompetensi", tambahan, section="tambahan"))
    return plan


def _document(form: str, who: tuple, penilai: tuple, plan: list) -> SkpDocument:
    """The clean document of ``form`` with this person, penilai and plan (JF: one butir per RK)."""
    document = clean_document(form)
    document.pegawai = person(*who)
    document.penilai = person(*penilai)
    document.rencana = plan
    if form.startswith("jf") and document.keterkaitan_ak:
        butir = document.keterkaitan_ak[0]
        document.keterkaitan_ak = [butir.model_copy(update={"rencana_kinerja": r.text})
                                   for r in plan if r.section == "utama"]
    return document


def unit_specs(unit: int, rng: random.Random, first: int) -> list[tuple[str, SkpDocument]]:
    """One unit kerja: its files (relative path, document)."""
    name = f"Dinas {unit:03d} Kabupaten Contoh"
    out: list[tuple[str, SkpDocument]] = []
    index = first

    def who(jabatan: str) -> tuple:
        nonlocal index
        index += 1
        return (f"Pegawai {index}", nip(index), jabatan, name)

    bupati = ("Bupati Contoh", "-", "Bupati", "Pemerintah Kabupaten Contoh")
    kepala = who("Kepala Dinas")
    kepala_doc = clean_document("jpt-dasar")  # its Manual IKI matches its own plan
    kepala_doc.pegawai, kepala_doc.penilai = person(*kepala), person(*bupati)
    out.append((f"unit_{unit:03d}/kepala.xlsx", kepala_doc))
    kepala_rk = [r.text or "" for r in kepala_doc.rk("utama")]
    for bidang in range(3):
        kabid = who("Kepala Bidang")
        split = [rng.randint(3, 9) for _ in range(4)]
        kabid_plan = _plan("ja-dasar", kepala_rk, rng, 3, [sum(split)])
        kabid_doc = _document("ja-dasar", kabid, kepala, kabid_plan)
        kabid_rk = [r.text for r in kabid_plan if r.section == "utama"]
        staff = []
        for seksi in range(2):
            kasi = who("Kepala Seksi")
            kasi_plan = _plan("ja-dasar", kabid_rk, rng, 3, [])
            out.append((f"unit_{unit:03d}/bidang_{bidang}/kasi_{seksi}.xlsx",
                        _document("ja-dasar", kasi, kabid, kasi_plan)))
            kasi_rk = [r.text for r in kasi_plan if r.section == "utama"]
            for member in range(UNIT_SIZE // 6 - 1):
                form = rng.choice(FORMS_STAFF)
                me = who("Analis Kebijakan" if form.startswith("ja") else "Pranata Komputer Ahli Pertama")
                parents = list(kasi_rk)
                superior_id = kasi
                if member < 4 and seksi == 0:  # the split's members report to the Kepala Bidang
                    parents, superior_id = [kabid_rk[0]], kabid
                    staff.append((me, split[member] + (1 if rng.random() < 0.1 else 0)))
                plan = _plan(form, parents, rng, rng.choice((1, 2, 3, 3, 4, 6)),
                             [staff[-1][1]] if superior_id is kabid else [])
                roll = rng.random()
                if roll < 0.10:
                    plan[0].rk_atasan = typo(plan[0].rk_atasan or rk_text(rng), rng)
                elif roll < 0.16:
                    plan[0].rk_atasan = rk_text(rng)  # names an RK the superior does not have
                stranger = ("Pejabat Lain", nip(9_000_000 - index), "Kepala Bagian", name)
                penilai = superior_id if rng.random() > 0.02 else stranger
                document = _document(form, me, penilai, plan)
                path = f"unit_{unit:03d}/bidang_{bidang}/seksi_{seksi}/pegawai_{index}.xlsx"
                out.append((path, document))
                if rng.random() < 0.01:  # resubmitted under another name: skp-ganda
                    out.append((path.replace(".xlsx", "_revisi.xlsx"), document))
        kabid_doc.matriks = MatriksPeranHasil(
            kolom=[MatriksKolom(rk=kabid_rk[0], jenis_penyelarasan="direct", metode="Pembagian Beban Target",
                                target=parse_target(f"{sum(split)} dokumen"))],
            anggota=[MatriksAnggota(nama=m[0], nip=m[1], jabatan=m[2], hasil=[f"{share} dokumen"])
                     for m, share in staff],
        )
        out.append((f"unit_{unit:03d}/bidang_{bidang}/kabid.xlsx", kabid_doc))
    return out


def _write(job: tuple[Path, list[tuple[str, SkpDocument]]]) -> int:
    folder, items = job
    config = Config()
    for relative, document in items:
        write_document(document, folder / relative, config)
    return len(items)


def _samples() -> list[Path]:
    data = ROOT / "tests" / "data"
    return sorted(p for p in data.glob("*.xls*") if p.stat().st_size < 2_000_000)


def generate(n: int, out: Path) -> Path:
    """Write (or reuse) ``n`` submissions under ``out/kumpulan_<n>``; returns that folder."""
    folder = out / f"kumpulan_{n}"
    marker = folder / ".selesai"
    if marker.exists() and marker.read_text() == VERSION:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rng = random.Random(20250101 + n)
    samples = _samples()
    wanted_samples = int(n * SAMPLE_SHARE) if samples else 0
    jobs: list[tuple[Path, list[tuple[str, SkpDocument]]]] = []
    count, unit = 0, 0
    while count < n - wanted_samples:
        specs = unit_specs(unit, rng, unit * 1000)[: n - wanted_samples - count]
        jobs.append((folder, specs))
        count += len(specs)
        unit += 1
    with Pool(os.cpu_count()) as pool:
        for done in pool.imap_unordered(_write, jobs):
            print(f"  {done} berkas ditulis", file=sys.stderr)
    for i in range(wanted_samples):
        source = samples[i % len(samples)]
        target = folder / f"unit_{i % max(unit, 1):03d}" / "contoh" / f"{i:04d}_{source.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    marker.write_text(VERSION)
    return folder


if __name__ == "__main__":
    print(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, ROOT / "benchmarks" / "out"))
