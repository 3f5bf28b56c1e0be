"""The ``pembacaan`` section of ``skp/data/aturan.yaml``: reading choices an agency may change.

Form detection is an **[interpretation]** (SPEC §3 gives the columns, not a rule), so the columns that
mark a JA/JF form or a Model Pengembangan, and what makes a JA form a JF one, are data here.
The ``batas`` sub-key (file safety limits) belongs to :mod:`skp.reading.safety` and is ignored here.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from skp.config import Config


class DetectionRules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kolom_ja_jf: list[str] = ["aspek", "rk_atasan"]
    kolom_pengembangan: list[str] = [
        "perspektif",
        "kategori_sangat_kurang",
        "kategori_kurang",
        "kategori_cukup",
        "kategori_baik",
        "kategori_sangat_baik",
    ]
    jf_dari_jabatan: bool = True
    lampiran_jf: list[str] = ["keterkaitan-ak"]
    lampiran_jf_berisi: bool = True


class LabelMatching(BaseModel):
    """How far a written label may stray from the mapping's and still be placed (**[interpretation]**).

    Similarity is rapidfuzz's ``fuzz.ratio`` (0–100) between normalised keys. Keys shorter than
    ``panjang_minimum`` (NO, NIP, NAMA, AK) are only ever matched exactly, so short labels never swap.
    ``satu_salah_ketik``: a key one typo away from a label (a letter wrong, missing or added, or two
    neighbouring letters swapped: ``TUJAUN``, ``FORUMLA``) is placed too, though the ratio of a label of
    six to eight letters with one typo stays under the threshold. ``singkatan``: words staff abbreviate
    in labels (``Renc. Kinerja``, ``Pgkt/Gol``), matched also written in full."""

    model_config = ConfigDict(extra="forbid")

    kemiripan_minimum: float = 88
    panjang_minimum: int = 6
    satu_salah_ketik: bool = True
    judul_diabaikan: list[str] = ["REVIU OLEH PENGELOLA KINERJA", "KETERANGAN", "CATATAN", "PARAF"]
    kolom_dilaporkan: list[str] = [
        "rk_atasan", "rk", "aspek", "iki", "target", "perspektif", "rencana_kinerja", "butir_kegiatan",
        "angka_kredit",
    ]
    singkatan: dict[str, str] = {}  # an abbreviated word of a label (RENC, PGKT, YG) → the word in full


class OtherRegime(BaseModel):
    """The labels by which an SKP of another regime is known: ``ciri_utama`` occur only there, ``ciri``
    also elsewhere; a workbook is of the regime with one ``ciri_utama`` and ``minimal`` labels in all."""

    model_config = ConfigDict(extra="forbid")

    nama: str
    ciri_utama: list[str]
    ciri: list[str] = []
    minimal: int = 2


class ReadingRules(BaseModel):
    model_config = ConfigDict(extra="ignore")

    pencocokan_label: LabelMatching = LabelMatching()
    ketentuan_lain: list[OtherRegime] = []
    teks_pengisi: list[str] = [r"\{\{.*?\}\}", r"^\[.*\]$", r"^[.…_\s]{3,}$"]
    temuan_menurut_kolom: dict[str, list[str]] = {}

    deteksi: DetectionRules = DetectionRules()
    baris_judul_tabel_maks: int = 3
    label_baris_jumlah: list[str] = ["JUMLAH", "TOTAL", "RATA-RATA", "RERATA"]
    label_baris_catatan: list[str] = ["CATATAN", "KETERANGAN", "KET", "NB", "N.B", "NOTE"]
    kata_baris_pengelompok: list[str] = [
        "Sekretariat", "Bagian", "Sub Bagian", "Subbagian", "Subbag", "Sub Bag", "Subag", "Bidang",
        "Sub Bidang", "Subbidang",
        "Seksi", "Sub Seksi", "Subseksi", "Unit", "UPT", "UPTD", "Tim", "Kelompok", "Pokja", "Satuan",
        "Instalasi", "Divisi", "Direktorat", "Subdirektorat", "Biro", "Deputi", "Pusat", "Balai", "Kantor",
        "Kecamatan", "Kelurahan", "Puskesmas",
    ]
    kolom_wajib_boleh_hilang: int = 1
    nilai_ya: list[str] = ["ya", "y", "iya", "ada", "yes", "true", "1"]
    nilai_tidak: list[str] = ["tidak", "t", "tdk", "tidak ada", "belum", "no", "n", "false", "0"]
    kolom_isian_templat: list[str] = ["no", "aspek"]
    perspektif_kosong_ikut_sebelumnya: bool = True
    periode_tahun_dari_kop: bool = True
    sheet_tersembunyi_kalah: bool = True
    skp_periode_lain_diperiksa: bool = True
    baris_tersembunyi: Literal["abaikan", "baca"] = "abaikan"
    baris_tersaring: Literal["abaikan", "baca"] = "baca"
    kolom_tersembunyi: Literal["abaikan", "baca"] = "abaikan"
    teks_putih: Literal["abaikan", "baca"] = "abaikan"

    @property
    def filler(self) -> frozenset[str]:
        return frozenset(self.kolom_isian_templat)


def note_pattern(labels: list[str]) -> re.Pattern[str]:
    """What a note written in one cell of a table opens with: one of ``labels`` closed by a colon
    (``Catatan: …``, ``Ket. :``) or standing alone (``Catatan``), a footnote mark (``*) …``), or a text
    wholly in brackets (``(diisi bila ada)``, a template's instruction left in place). None of these begins
    an RK, an IKI or a butir kegiatan."""
    words = "|".join(re.escape(label.strip().rstrip(".")) for label in labels if label.strip().rstrip("."))
    alternatives = [r"\*+\)?\s*\S", r"\([^()]*[^\W\d_]{3}[^()]*\)$"]
    if words:
        alternatives.insert(0, rf"(?:{words})\s*\.?\s*(?::|$)")
    return re.compile(rf"^\s*(?:{'|'.join(alternatives)})", re.IGNORECASE)


# What numbers a grouping row: ``B.``, ``VIII.``, ``(2)``, ``A.1.``, ``1.1``; a letter group ends in a dot or
# a bracket, a multi-level number may end in a space. One letter, a roman number or digits, never a word: a
# gelar before a name (``Ir.``, ``Drs.``) numbers nothing.
_PART = r"(?:[A-Za-z]|[IVXLivxl]{1,4}|\d{1,3})"
_ORDINAL = rf"(?:\(?{_PART}(?:\.{_PART})*\s*[.)]\s*|\d{{1,3}}(?:\.\d{{1,3}})+\s+)"


def heading_pattern(words: list[str]) -> re.Pattern[str]:
    """What a grouping row of a Matriks team opens with: one of ``words``, the name of a unit or team
    (``Subbagian Keuangan``, ``Tim Kerja 2``, ``B. Seksi Pendataan``, ``VIII. Seksi …``, ``1.1 Subbagian
    …``), after an optional letter, roman or (multi-level) number;
    no person's name begins so. A pattern matching nothing when ``words`` is empty."""
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words if w.strip())
    if not alternatives:
        return re.compile(r"(?!)")
    return re.compile(rf"^\s*{_ORDINAL}?(?:{alternatives})\b", re.IGNORECASE)


def yes_or_no(written: str, rules: ReadingRules) -> bool | None:
    """What a written Ya/Tidak says (``nilai_ya``, ``nilai_tidak``, case and spaces ignored); None for
    anything else, which says neither."""
    key = " ".join(written.split()).casefold()
    if key in {w.casefold() for w in rules.nilai_ya}:
        return True
    if key in {w.casefold() for w in rules.nilai_tidak}:
        return False
    return None


def reading_rules(config: Config) -> ReadingRules:
    return config.section("pembacaan", ReadingRules)
