"""The ``pembacaan`` section of ``skp/data/aturan.yaml``: reading choices an agency may change.

Form detection is an **[interpretation]** (SPEC §3 gives the columns, not a rule), so the columns that
mark a JA/JF form or a Model Pengembangan, and what makes a JA form a JF one, are data here.
The ``batas`` sub-key (file safety limits) belongs to :mod:`skp.reading.safety` and is ignored here.
"""

from __future__ import annotations

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


class ReadingRules(BaseModel):
    model_config = ConfigDict(extra="ignore")

    deteksi: DetectionRules = DetectionRules()
    baris_judul_tabel_maks: int = 3
    kolom_wajib_boleh_hilang: int = 1
    nilai_ya: list[str] = ["ya", "y", "iya", "ada", "yes", "true", "1"]
    kolom_isian_templat: list[str] = ["no", "aspek"]
    perspektif_kosong_ikut_sebelumnya: bool = True

    @property
    def filler(self) -> frozenset[str]:
        return frozenset(self.kolom_isian_templat)


def reading_rules(config: Config) -> ReadingRules:
    return config.section("pembacaan", ReadingRules)
