"""Splitting a quantitative target over team members (SPEC §4, *pembagian beban target kuantitatif*).

When a superior's "10 ton" is cascaded to a team, the members' parts must add up to exactly 10 ton, or
the batch check ``target-kaskade-tidak-seimbang`` fires. Naive rounding of each share breaks that
(3 × 3,33 = 9,99), so the split uses the largest-remainder method on a rounding step chosen from the
unit: whole numbers for countable units (dokumen, laporan, orang), decimals for measures (ton, %).
Which unit gets how many decimals is an agency choice, so it lives in the ``kaskade`` rules section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_FLOOR, Decimal

from pydantic import BaseModel, Field

from skp.config import Config
from skp.empty_marks import says_something
from skp.models import Target
from skp.numbers import format_amount, parse_target

_WORD_RE = re.compile(r"[a-z%]+")


class KaskadeRules(BaseModel):
    """The ``kaskade`` section of the rules (``--aturan``): decimals allowed per satuan.

    Countable things cannot be split into fractions of a document; a tonnage or a percentage can.
    A satuan is matched by its words (``"dokumen kajian"`` → ``dokumen``); the first listed word wins.
    A satuan in neither list is taken as countable (``desimal_bawaan`` 0): almost every SKP target counts
    things — "10 perangkat daerah", "4 OPD", "12 bidang" — and "3,33 perangkat daerah" is nonsense, while
    the measures that do divide (money, %, weight, length, area, volume, time) are listed in
    ``satuan_desimal``.
    """

    satuan_bulat: list[str] = Field(default_factory=lambda: [
        "dokumen", "laporan", "orang", "kegiatan", "berkas", "surat", "unit", "paket", "buah", "kali",
        "set", "eksemplar", "naskah", "rekomendasi", "instansi", "lembaga", "desa", "kelurahan",
        "kecamatan", "kabupaten", "kota", "provinsi", "sekolah", "peserta", "pegawai", "kasus", "perkara",
        "aplikasi", "sistem", "modul", "rancangan", "draf", "konsep", "nota", "kajian", "sertifikat",
        "izin", "usulan", "rumah", "pasien", "siswa", "mahasiswa", "keluarga", "kk", "titik", "lokasi",
        "objek", "obyek", "rapat", "sosialisasi", "pelatihan", "produk", "akun", "pengaduan", "layanan",
        "perangkat", "opd", "skpd", "satker", "bidang", "seksi", "subbagian", "dinas", "badan", "puskesmas",
    ])
    satuan_desimal: dict[str, int] = Field(default_factory=lambda: {
        "rupiah": 0, "rp": 0, "%": 1, "persen": 1, "ton": 2, "kg": 1, "kilogram": 1, "liter": 1,
        "km": 2, "kilometer": 2, "ha": 2, "hektar": 2, "hektare": 2, "meter": 1, "m": 1, "jam": 1,
        "idr": 0, "gram": 1, "m2": 2, "m3": 2, "kwh": 1, "mw": 2, "indeks": 2, "poin": 2, "nilai": 2,
    })
    desimal_bawaan: int = Field(0, ge=0, le=6)
    # Units of a deadline or a duration: "12 bulan" is when the whole is due, the same for every member,
    # not an amount the members' parts add up to, so Bagi Target leaves such a target alone and says so.
    satuan_tidak_dibagi: list[str] = Field(default_factory=lambda: [
        "bulan", "hari", "minggu", "pekan", "tahun", "triwulan", "semester", "caturwulan",
    ])
    # A line of a Matriks cell that ends with one of these words (or a comma) is continued by the next line:
    # a result wrapped by hand (Alt+Enter) inside one sentence, not two results.
    kata_sambung: list[str] = Field(default_factory=lambda: [
        "dan", "serta", "atau", "yang", "untuk", "di", "ke", "dari", "pada", "dengan", "dalam", "bagi",
        "oleh", "terhadap", "sesuai", "melalui", "tentang", "per", "secara", "antar",
    ])
    # Findings on the superior's own period and identity that every draft copies (its period, the superior
    # as pejabat penilai): ``skp kaskade`` says them before the drafts are used.
    temuan_diwariskan: list[str] = Field(default_factory=lambda: [
        "periode-tidak-valid", "identitas-kosong", "nip-tidak-valid", "pangkat-tidak-dikenal",
    ])


class TargetSplitError(ValueError):
    """A target that cannot be split; the message is Indonesian and says why."""


def rules(config: Config) -> KaskadeRules:
    return config.section("kaskade", KaskadeRules)


def decimals_for(satuan: str | None, kaskade: KaskadeRules) -> int:
    """How many decimals a part in ``satuan`` may carry: 0 for countable units, else per the rules."""
    words = _WORD_RE.findall((satuan or "").lower())
    for word in words:
        if word in kaskade.satuan_desimal:
            return kaskade.satuan_desimal[word]
        if word in kaskade.satuan_bulat:
            return 0
    return kaskade.desimal_bawaan


def _decimals_of(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def split_total(total: Decimal, weights: Sequence[Decimal | float | int], decimals: int) -> list[Decimal]:
    """Parts of ``total`` proportional to ``weights`` that add up to ``total`` exactly.

    Each exact share is floored to the rounding step, and the steps left over go one each to the
    largest remainders (earlier members first on ties), so every part is within one step of its share.
    When ``total`` itself has more decimals than ``decimals`` the step follows the total, since the
    parts could not otherwise add up to it.
    """
    if total < 0:
        raise TargetSplitError("target yang dibagi tidak boleh negatif")
    shares_w = [Decimal(str(w)) for w in weights]
    if not shares_w:
        raise TargetSplitError("tidak ada anggota tim untuk menerima bagian target")
    if any(w < 0 for w in shares_w):
        raise TargetSplitError("bobot pembagian tidak boleh negatif")
    weight_sum = sum(shares_w)
    if weight_sum == 0:
        raise TargetSplitError("jumlah bobot pembagian harus lebih dari nol")
    step = Decimal(1).scaleb(-max(decimals, _decimals_of(total)))
    units = int(total / step)
    exact = [Decimal(units) * w / weight_sum for w in shares_w]
    floors = [int(e.to_integral_value(rounding=ROUND_FLOOR)) for e in exact]
    leftover = units - sum(floors)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:leftover]:
        floors[i] += 1
    return [Decimal(n) * step for n in floors]


def split_target(
    target: Target | str, weights: Sequence[Decimal | float | int], config: Config,
) -> list[Target]:
    """A superior's target as one :class:`Target` per member, written ``"3 dokumen"``, adding up exactly."""
    parsed = parse_target(target) if isinstance(target, str) else target
    if not parsed.is_measurable:
        raise TargetSplitError(f"target '{parsed.raw}' tidak memuat angka sehingga tidak dapat dibagi")
    if parsed.is_range:
        raise TargetSplitError(
            f"target '{parsed.raw}' berupa rentang; bagi batas bawah dan atasnya secara terpisah"
        )
    kaskade = rules(config)
    if set(_WORD_RE.findall((parsed.satuan or "").lower())) & set(kaskade.satuan_tidak_dibagi):
        raise TargetSplitError(
            f"target '{parsed.raw}' adalah tenggat atau lama waktu, sama bagi setiap anggota, bukan jumlah "
            "yang dapat dibagi; tulis bagian tiap anggota dari target kuantitasnya"
        )
    total = Decimal(str(parsed.min))
    parts = split_total(total, weights, decimals_for(parsed.satuan, kaskade))
    return [
        Target(raw=format_amount(p, parsed.satuan, _decimals_of(p)), min=float(p), max=float(p),
               satuan=parsed.satuan)
        for p in parts
    ]


_AMOUNT_NOISE_RE = re.compile(r"[\d.,%/\s]+")
_CURRENCY_RE = re.compile(r"\b(?:rp|idr|rupiah)\b")


def is_amount(text: str, satuan: str | None) -> bool:
    """Whether a Matriks cell holds only a number or an amount ("2", "4 dokumen", "Rp500.000.000",
    "33,3%"): a weight or a part, not a result phrase that happens to contain a number ("Laporan 12 bulan
    tersusun")."""
    parsed = parse_target(text)
    if not parsed.is_measurable or parsed.is_range:
        return False
    lowered = text.lower()
    digit = next((i for i, ch in enumerate(lowered) if ch.isdigit()), len(lowered))
    if _CURRENCY_RE.sub(" ", lowered[:digit]).strip(" .:-–("):  # words before the number: a phrase
        return False
    rest = _CURRENCY_RE.sub(" ", _AMOUNT_NOISE_RE.sub(" ", lowered))
    for word in {*(satuan or "").lower().split(), *(parsed.satuan or "").lower().split()}:
        rest = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", rest)
    return not rest.strip(" -–:;()")


def split_by_cells(target: Target, cells: Sequence[str | None], config: Config) -> list[Target | None]:
    """Split ``target`` over a Matriks column whose member cells hold the weights.

    All cells empty: equal parts for everyone. Otherwise each cell's number is that member's weight
    (``2`` or a previous part such as ``"4 dokumen"``, so pressing the button again keeps the split) and
    members whose cell is empty take no part. A cell holding a result phrase rather than a number
    (:func:`is_amount`) means the team already wrote that column's results: nothing is split
    (:class:`TargetSplitError`), so no result is overwritten.
    """
    cells = [c if says_something(c) else None for c in cells]  # a dash says "no part", like an empty cell
    results = [c for c in cells if c and not is_amount(c, target.satuan)]
    if results:
        raise TargetSplitError(
            f"sel anggota sudah berisi hasil kerja ('{results[0][:60]}'), bukan bobot atau bagian target; "
            "kosongkan sel anggota atau tulis bobotnya (angka saja) lalu tekan Bagi Target lagi"
        )
    numbers = [parse_target(c).min if c else None for c in cells]
    if all(n is None for n in numbers):
        return list(split_target(target, [1] * len(cells), config))
    weights = [n or 0 for n in numbers]
    parts = split_target(target, weights, config)
    return [p if n is not None else None for p, n in zip(parts, numbers, strict=True)]
