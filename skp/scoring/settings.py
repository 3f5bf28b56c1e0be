"""Scoring settings: every **[interpretation]** of SPEC §6 as a key of ``skp/data/penilaian.yaml``.

The regulation leaves room for reading (100 % → 109, rounding before banding, JPT's 60/40, how many
points a Kinerja Tambahan item adds…). An agency that reads it differently overrides a key with
``--aturan`` instead of asking for new code. Field names are English; the YAML keys are the Indonesian
aliases, since the agency's HR staff edit that file.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from skp.vocab import Aspek

KategoriIki = Literal["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"]
KategoriBand = Literal["Sangat Baik", "Baik", "Cukup", "Kurang"]  # lower bounds; Sangat Kurang is the rest
KATEGORI_BAND: tuple[KategoriBand, ...] = ("Sangat Baik", "Baik", "Cukup", "Kurang")  # highest first
AspekPerilaku = Literal["orientasi_pelayanan", "komitmen", "inisiatif_kerja", "kerja_sama", "kepemimpinan"]
ASPEK_PERILAKU: tuple[AspekPerilaku, ...] = (
    "orientasi_pelayanan", "komitmen", "inisiatif_kerja", "kerja_sama", "kepemimpinan",
)


def _tambahan_factors() -> dict[KategoriIki, float]:
    return {"Sangat Baik": 100, "Baik": 80, "Cukup": 60, "Kurang": 40, "Sangat Kurang": 20}


def _kategori_rk_bounds() -> dict[KategoriBand, float]:
    return {"Sangat Baik": 110, "Baik": 90, "Cukup": 70, "Kurang": 50}


def _equal_perilaku_weights() -> dict[AspekPerilaku, float]:
    return dict.fromkeys(ASPEK_PERILAKU, 20.0)


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class MaximumTarget(_Section):
    """When a target is already the maximum achievable ("100 % tanpa temuan")."""

    enabled: bool = Field(True, alias="aktif")
    percent: float = Field(100, alias="persen", gt=0)  # a %-target at or above this is the maximum


class TambahanSettings(_Section):
    """Kinerja Tambahan: ``F × bobot lingkup / 100 × nilai / 100`` per item, total capped."""

    bobot_lingkup: float = Field(10, ge=0)
    cap: float = Field(10, alias="batas", ge=0)
    factors: dict[KategoriIki, float] = Field(default_factory=_tambahan_factors, alias="faktor")


class JptSettings(_Section):
    """Weights of Perjanjian Kinerja RK and Rencana Aksi RK in a JPT's Nilai Kinerja Utama (percent)."""

    perjanjian_kinerja: float = Field(60, ge=0, le=100)
    rencana_aksi: float = Field(40, ge=0, le=100)

    @model_validator(mode="after")
    def _sum_100(self) -> JptSettings:
        if self.perjanjian_kinerja + self.rencana_aksi != 100:
            raise ValueError("bobot perjanjian_kinerja + rencana_aksi harus 100")
        return self


class KinerjaSettings(_Section):
    """Nilai Kinerja = bobot_skp % Nilai SKP + bobot_perilaku % Nilai Perilaku (PP 30/2019)."""

    bobot_skp: float = Field(70, ge=0, le=100)
    bobot_perilaku: float = Field(30, ge=0, le=100)

    @model_validator(mode="after")
    def _sum_100(self) -> KinerjaSettings:
        if self.bobot_skp + self.bobot_perilaku != 100:
            raise ValueError("bobot_skp + bobot_perilaku harus 100")
        return self


class PredikatSettings(_Section):
    """PP 30/2019 Pasal 41 bands (lower bounds of nilai kinerja) and the Sangat Baik condition."""

    needs_ide_baru: bool = Field(True, alias="sangat_baik_perlu_ide_baru")
    sangat_baik: float = 110
    baik: float = 90
    butuh_perbaikan: float = 70
    kurang: float = 50
    butuh_perbaikan_name: str = Field("Butuh Perbaikan", alias="nama_butuh_perbaikan")


def _kategori_names() -> dict[KategoriIki, tuple[str, ...]]:
    return {"Sangat Baik": ("SB", "Baik Sekali", "Amat Baik"), "Baik": ("B",), "Cukup": ("C",),
            "Kurang": ("K",), "Sangat Kurang": ("SK", "Kurang Sekali")}


def _kinerja_weights() -> tuple[tuple[float, float], ...]:
    return ((70, 30), (60, 40))


class OtherReadings(_Section):
    """Readings of SPEC §6 besides the configured one that a written value may follow without being an error.

    The regulation leaves these open (SPEC §6.2 rounding, §6.3 JPT weighting, §6.4 weighting when peers rate
    behaviour), and a %-formatted realisasi cell holds its fraction: an agency that computed with another
    documented reading wrote a correct value, so the Penilaian checks call a written value wrong only when no
    reading listed here gives it.
    """

    round_capaian: bool = Field(True, alias="bulatkan_capaian")  # also the other rounding choice
    kinerja_weights: tuple[tuple[float, float], ...] = Field(
        default_factory=_kinerja_weights, alias="bobot_nilai_kinerja"
    )  # (bobot SKP, bobot perilaku) pairs for the predikat, where the written nilai kinerja follows one
    # a JPT without JENIS RK: its first RK the Perjanjian Kinerja ones, the rest rencana aksi
    jpt_order: bool = Field(True, alias="urutan_rk_jpt")
    percent_fraction: bool = Field(True, alias="realisasi_pecahan_persen")  # 0,92 beside a % target is 92 %
    # JA/JF Model Pengembangan: a kategori IKI given by the plan's standar kinerja (where the realisasi falls
    # among its levels), with a nilai in that kategori's band, instead of by the capaian bands of SPEC §6.2
    standar_kinerja: bool = Field(True, alias="kategori_standar_kinerja")


class ScoringSettings(_Section):
    """Section ``penilaian`` of the rules (``skp/data/penilaian.yaml``)."""

    lower_is_better: tuple[Aspek, ...] = Field(("waktu", "biaya"), alias="aspek_kondisi_khusus")
    round_capaian: bool = Field(True, alias="bulatkan_capaian")
    nilai_baik: float = Field(109, alias="nilai_capaian_100", ge=101, le=110)
    maximum_target: MaximumTarget = Field(default_factory=MaximumTarget, alias="target_maksimal")
    nilai_rk: Literal["rata-rata", "terendah"] = "rata-rata"
    # Nilai RK → kategori RK (and F of Kinerja Tambahan): lower bounds, the PP 30/2019 bands.
    kategori_rk_bounds: dict[KategoriBand, float] = Field(
        default_factory=_kategori_rk_bounds, alias="ambang_kategori_rk"
    )
    tambahan: TambahanSettings = Field(default_factory=TambahanSettings, alias="kinerja_tambahan")
    nilai_skp_cap: float = Field(120, alias="batas_nilai_skp", gt=0)
    jpt: JptSettings = Field(default_factory=JptSettings, alias="bobot_jpt")
    perilaku_weights: dict[AspekPerilaku, float] = Field(
        default_factory=_equal_perilaku_weights, alias="bobot_perilaku"
    )
    kinerja: KinerjaSettings = Field(default_factory=KinerjaSettings, alias="nilai_kinerja")
    decimals: int = Field(2, alias="desimal_nilai", ge=0, le=6)
    predikat: PredikatSettings = Field(default_factory=PredikatSettings)
    # Other spellings of each kategori staff write (``SB``, ``Baik Sekali``), accepted as that kategori.
    kategori_names: dict[KategoriIki, tuple[str, ...]] = Field(
        default_factory=_kategori_names, alias="sebutan_kategori"
    )
    other_readings: OtherReadings = Field(default_factory=OtherReadings, alias="bacaan_lain")

    @model_validator(mode="after")
    def _complete(self) -> ScoringSettings:
        if len(self.perilaku_weights) != 5 or sum(self.perilaku_weights.values()) <= 0:
            raise ValueError("bobot_perilaku harus memuat kelima aspek dengan jumlah bobot positif")
        if len(self.kategori_rk_bounds) != 4:
            raise ValueError("ambang_kategori_rk harus memuat Sangat Baik, Baik, Cukup dan Kurang")
        return self
