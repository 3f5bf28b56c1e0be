"""Pydantic models of an SKP workbook as read (SPEC §3).

The models keep what staff wrote (``raw`` texts) beside what we could make of it (parsed numbers,
canonical aspek), and where each value sits (``cells``: field name → A1 address on the model's sheet),
because every finding must name its sheet and cell. Parsing never fails here: an unparseable value stays
``None`` next to its raw text, and the checks decide what that means.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from skp.empty_marks import says_something

FormId = Literal[
    "jpt-dasar", "jpt-pengembangan", "ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan"
]
Jenis = Literal["JPT", "JA", "JF"]
Model = Literal["dasar", "pengembangan"]
Section = Literal["utama", "tambahan"]

FORM_IDS: tuple[str, ...] = (
    "jpt-dasar", "jpt-pengembangan", "ja-dasar", "ja-pengembangan", "jf-dasar", "jf-pengembangan",
)


def form_id(jenis: Jenis, model: Model) -> FormId:
    """``("JA", "dasar")`` → ``"ja-dasar"``."""
    return f"{jenis.lower()}-{model}"  # type: ignore[return-value]


class Located(BaseModel):
    """Base for anything read from a sheet: remembers the sheet, the row and each field's cell."""

    sheet: str | None = None
    row: int | None = None  # 1-based worksheet row of the record's first line
    cells: dict[str, str] = Field(default_factory=dict)

    def cell(self, field: str) -> str | None:
        """A1 address of ``field``, or of the record's first cell when the field was not located."""
        return self.cells.get(field) or next(iter(self.cells.values()), None)


class Identity(Located):
    """Rows 1–5 of PEGAWAI YANG DINILAI or PEJABAT PENILAI KINERJA."""

    nama: str | None = None
    nip: str | None = None  # as written, separators kept; digits only are in reference.nip
    nip_typed_as_number: bool = False  # Excel stored it as a number: digits beyond 15 are lost
    pangkat: str | None = None
    jabatan: str | None = None
    unit_kerja: str | None = None  # also INSTANSI in JPT penilai blocks


class Period(Located):
    """PERIODE PENILAIAN: ``1 JANUARI SD 31 DESEMBER 2025``."""

    raw: str | None = None
    start: date | None = None
    end: date | None = None


class Target(BaseModel):
    """A target as written and as understood: a number or a ``min – max`` range with a satuan."""

    raw: str
    min: float | None = None
    max: float | None = None
    satuan: str | None = None
    # a bare number whose cell format may write its satuan unseen: on a sheet known by its values only, or a
    # fraction in a number cell (``90%`` typed into a percent cell is kept as 0,9)
    satuan_unseen: bool = False

    @property
    def is_measurable(self) -> bool:
        return self.min is not None and self.max is not None

    @property
    def is_range(self) -> bool:
        return self.is_measurable and self.min != self.max


class KategoriPenilaian(Located):
    """Standar kinerja per IKI (Model Pengembangan). Thresholds are kept as written ("< 150", "> 300").

    A form may give only some of the five levels (3, 4 or 5; often only CUKUP and SANGAT BAIK, the TARGET
    standing for BAIK, or a column headed TARGET/BAIK): then ``baik`` is the target as written, its cell
    the target's, and ``baik_dari_target`` says so. The other way round, a form without a TARGET column
    writes each target in BAIK (SPEC §3.3: BAIK holds the target itself): the IKI's target is read from
    BAIK, and ``target_dari_baik`` says so."""

    sangat_kurang: str | None = None
    kurang: str | None = None
    cukup: str | None = None
    baik: str | None = None
    sangat_baik: str | None = None
    baik_dari_target: bool = False
    target_dari_baik: bool = False

    def is_empty(self) -> bool:
        return not any((self.sangat_kurang, self.kurang, self.cukup, self.baik, self.sangat_baik))


class CaraMemantau(Located):
    """How the RK is monitored (Model Pengembangan JA/JF)."""

    data: str | None = None
    sumber_data: str | None = None
    waktu_pengumpulan: str | None = None


class Iki(Located):
    """One Indikator Kinerja Individu row."""

    text: str | None = None
    aspek_raw: str | None = None
    aspek: Literal["kuantitas", "kualitas", "waktu", "biaya"] | None = None
    target: Target | None = None  # None when the target cell is empty
    kategori: KategoriPenilaian | None = None


class RencanaKinerja(Located):
    """One RK with its IKI rows. ``cells`` holds ``rk``, ``rk_atasan``, ``perspektif``, ``no``."""

    section: Section
    no: str | None = None
    text: str | None = None
    rk_atasan: str | None = None
    perspektif_raw: str | None = None
    perspektif: Literal["penerima-layanan", "proses-bisnis", "penguatan-internal", "anggaran"] | None = None
    iki: list[Iki] = Field(default_factory=list)
    cara_memantau: CaraMemantau | None = None


class ManualIki(Located):
    """One Manual Indikator Kinerja block (JPT, SPEC §3.5)."""

    rencana_kinerja: str | None = None
    deskripsi_rk: str | None = None
    iki: str | None = None
    definisi_iki: str | None = None
    formula: str | None = None
    tujuan: str | None = None
    satuan_pengukuran: str | None = None
    jenis_aspek_target: str | None = None
    tingkat_kendali_iki: str | None = None
    sumber_data: str | None = None
    periode_pelaporan: str | None = None


class KeterkaitanAkRow(Located):
    """One butir kegiatan row of Format Keterkaitan SKP dengan Angka Kredit (SPEC §3.7)."""

    rencana_kinerja: str | None = None
    butir_kegiatan: str | None = None
    output: str | None = None
    angka_kredit_raw: str | None = None
    angka_kredit: float | None = None


class MatriksKolom(Located):
    """One cascaded RK of the koordinator: a column of the Matriks Pembagian Peran dan Hasil."""

    rk: str
    jenis_penyelarasan: Literal["direct", "non-direct"] | None = None
    metode: str | None = None  # pembagian aspek/wilayah/beban target, layanan, output antara
    target: Target | None = None
    # The superior's RK by its number when the column names it only so ("RK ATASAN 2", the template's
    # own sub-header) and ``rk`` is empty: the team wrote results before the RK row was filled.
    nomor: int | None = None


class MatriksAnggota(Located):
    """One team member row; ``hasil[i]`` is the result for column ``i`` (None when blank)."""

    nama: str | None = None
    nip: str | None = None
    jabatan: str | None = None
    hasil: list[str | None] = Field(default_factory=list)
    target: list[Target | None] = Field(default_factory=list)


class MatriksPeranHasil(Located):
    kolom: list[MatriksKolom] = Field(default_factory=list)
    anggota: list[MatriksAnggota] = Field(default_factory=list)
    # rows of the team naming a unit over its members (``Subbagian Keuangan``), no members: A1 -> text
    group_headings: dict[str, str] = Field(default_factory=dict)


class PenilaianRow(Located):
    """One IKI row of a Penilaian sheet, with what staff wrote in the computed columns."""

    section: Section
    rk: str | None = None
    rk_atasan: str | None = None
    perspektif: str | None = None
    aspek: str | None = None
    iki: str | None = None
    target: Target | None = None
    realisasi_raw: str | None = None
    realisasi: float | None = None
    capaian_tertulis: str | None = None
    kategori_tertulis: str | None = None
    nilai_iki_tertulis: str | None = None
    kategori_rk_tertulis: str | None = None
    nilai_rk_tertulis: str | None = None
    # NILAI TERTIMBANG as written on this row: the RK's share of the Nilai Akhir SKP, or a part of it
    nilai_tertimbang_tertulis: str | None = None
    jenis_rk: str | None = None  # JPT: "Perjanjian Kinerja" or "Rencana Aksi" (blank counts as PK)


class Penilaian(Located):
    rows: list[PenilaianRow] = Field(default_factory=list)
    nilai_akhir_tertulis: str | None = None
    nilai_perilaku_tertulis: str | None = None  # the agency's own, where its aspects are rated in words
    nilai_kinerja_tertulis: str | None = None  # shows which weighting (70/30, 60/40) the agency used
    predikat_tertulis: str | None = None
    # "Ya"/"Tidak" under MENGHASILKAN IDE BARU beside the totals (the Sangat Baik condition), as written, and
    # what it says (None: nothing the reader can take as yes or no)
    ide_baru_tertulis: str | None = None
    ide_baru: bool | None = None
    total_sheets: dict[str, str] = Field(default_factory=dict)  # a total written on another sheet: its sheet

    def sheet_of(self, field: str) -> str | None:
        """The sheet a total stands on: the Perilaku sheet's summary, or this sheet."""
        return self.total_sheets.get(field, self.sheet)

    @property
    def started(self) -> bool:
        """Whether any realisasi is written; before that the sheet is the plan's blank one (a sheet of dashes
        included), which nothing checks."""
        return any(says_something(row.realisasi_raw) for row in self.rows)


class Perilaku(Located):
    """The five behaviour aspects of 8/2021, scores as written (0–120)."""

    orientasi_pelayanan: float | None = None
    komitmen: float | None = None
    inisiatif_kerja: float | None = None
    kerja_sama: float | None = None
    kepemimpinan: float | None = None
    ide_baru: bool = False  # produced a new idea/method: the condition for predikat Sangat Baik


LabelHow = Literal["exact", "alias", "contains", "prefix", "fuzzy"]


class PlacedLabel(BaseModel):
    """A label the reader recognised: what it stands for, where, as written, and how sure the reader is.

    ``key`` is a column key of ``mappings/*.yaml`` (``iki``, ``target`` …), an identity field
    (``pegawai.nip``, ``penilai.jabatan``), an identity block (``blok.pegawai``) or ``periode``. ``how``:
    ``exact`` (the official label), ``alias`` (a variant the mapping lists), ``contains``/``prefix`` (the
    label inside a longer text), ``fuzzy`` (a near-word; ``score`` is its rapidfuzz similarity 0–100)."""

    key: str
    sheet: str
    cell: str
    written: str
    how: LabelHow = "exact"
    score: float = 100.0


class UnplacedLabel(BaseModel):
    """A label standing where a column or identity field belongs that the reader could not place: the
    content under it (``key``'s column, from ``header_row`` down over ``columns``) is not judged."""

    key: str  # what it most likely stands for (column key or ``pegawai.nama``-style field)
    sheet: str
    cell: str
    written: str
    nearest: str  # the official label of ``key``
    score: float = 0.0
    header_row: int = 0  # 0-based row of the label
    columns: tuple[int, int] = (0, 0)  # 0-based sheet columns it spans


class SkpDocument(BaseModel):
    """Everything read from one SKP workbook. Annexes are ``None`` when their sheet is absent.

    The reader also records what it understood (``labels``) and what it could not (``unplaced``), so
    that checks never judge content under a label nobody read: ask :meth:`column_placed` before reporting
    on a column, :meth:`column_unreadable` / :meth:`field_unreadable` for what must not be judged."""

    form: FormId
    jenis: Jenis
    model: Model
    sheet: str  # the Rencana SKP sheet's name as found in the workbook
    title_cell: str | None = None
    agency: str | None = None
    pegawai: Identity = Field(default_factory=Identity)
    penilai: Identity = Field(default_factory=Identity)
    periode: Period = Field(default_factory=Period)
    rencana: list[RencanaKinerja] = Field(default_factory=list)
    utama_cell: str | None = None  # where the A. KINERJA UTAMA label sits
    manual_iki: list[ManualIki] | None = None
    manual_iki_sheet: str | None = None
    keterkaitan_ak: list[KeterkaitanAkRow] | None = None
    keterkaitan_ak_sheet: str | None = None
    matriks: MatriksPeranHasil | None = None
    matriks_lain: list[MatriksPeranHasil] = Field(default_factory=list)  # further sheets: one per RK
    penilaian: Penilaian | None = None
    perilaku: Perilaku | None = None
    labels: list[PlacedLabel] = Field(default_factory=list)
    unplaced: list[UnplacedLabel] = Field(default_factory=list)
    placeholders: dict[str, str] = Field(default_factory=dict)  # cell → template filler text read as empty
    # sheets the reviewer sees holding the SKP of another period of the same year, checked on their own
    rencana_lain: list[str] = Field(default_factory=list)
    # the plan read from the Penilaian table itself: a workbook holding only the end-of-period Penilaian,
    # of which the plan's annexes (Manual IKI, Keterkaitan AK, Cara Memantau) are not asked
    plan_from_penilaian: bool = False

    def rk(self, section: Section) -> list[RencanaKinerja]:
        return [r for r in self.rencana if r.section == section]

    def column_placed(self, key: str) -> bool:
        """Whether the Rencana SKP table has column ``key`` (a column key of ``mappings/*.yaml``: ``iki``,
        ``target``, ``kategori_cukup`` …) and the reader found its header."""
        return any(label.key == key for label in self.labels)

    def column_unreadable(self, key: str) -> bool:
        """Whether a header the reader could not place stands where column ``key`` belongs: its content
        was not read, so nothing may be reported as missing or wrong in it."""
        return any(label.key == key for label in self.unplaced)

    def field_unreadable(self, pihak: str, field: str) -> bool:
        """The same for an identity field (``pihak`` ``pegawai``/``penilai``, ``field`` ``nip`` …)."""
        return self.column_unreadable(f"{pihak}.{field}")
