"""Declarative form layouts (``mappings/*.yaml``) loaded into pydantic.

A mapping says where each field of a form sits **by label anchors**, never by fixed cells: the template
builder lays the labels out, and the reader finds the same labels in whatever a civil servant made of the
form (rows inserted, blocks moved, labels re-cased). One file per form and per annex sheet; an agency
variant or a PANRB revision is a new mapping, not new code. A mapping that does not validate is our bug,
so it raises :class:`~skp.errors.ConfigurationError` and stops the run.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, cached_property
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from skp.errors import ConfigurationError
from skp.models import FORM_IDS, Jenis, Model
from skp.yaml_text import YAMLError, load_yaml

_NON_ALNUM = re.compile(r"[^0-9A-Z]+")


def normalize_label(text: object) -> str:
    """Case-, space- and punctuation-insensitive key of a label:
    ``"Pangkat / Gol. Ruang"`` → ``"PANGKATGOLRUANG"``.

    SPEC §3: labels are matched regardless of case, spacing and punctuation, because staff retype them.
    """
    if text is None:
        return ""
    text = text if type(text) is str else str(text)
    if not text.isascii():  # ASCII text, nearly all of it, needs no folding
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("", text.upper())


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Label(_Strict):
    """An official label and the variants seen in the wild."""

    label: str
    aliases: tuple[str, ...] = ()

    def keys(self) -> tuple[str, ...]:
        """Normalised forms of the label and its aliases, official label first."""
        return self.normalized

    @cached_property
    def normalized(self) -> tuple[str, ...]:
        """:meth:`keys`, worked out once per label: a mapping is compiled once and every workbook of a run
        asks for the same labels' keys. Kept on the (frozen) label itself, so nothing outlives it."""
        return tuple(dict.fromkeys(normalize_label(t) for t in (self.label, *self.aliases)))

    def matches(self, text: object) -> bool:
        return normalize_label(text) in self.normalized


class Field_(Label):
    """A labelled single value (header rows, Manual IKI rows, Perilaku rows)."""

    key: str
    required: bool = False
    validation: str | None = None  # name of a dropdown list in skp.vocab.VALIDATION_LISTS
    input_message: str | None = None
    number_format: str | None = None  # "@" keeps NIP digits as text
    formula: str | None = None  # template formula of a totals row (NILAI AKHIR SKP…); placeholders as Column
    # the other half of the value, when a block writes it under a label of its own (PANGKAT | GOL. RUANG)
    completed_by: Label | None = None


class Column(Label):
    """One column of a table, found by its header label (and its group label for two-level headers)."""

    key: str
    level: Literal["rk", "iki"] = "iki"  # rk: one value per RK (merged over its IKI rows)
    group: Label | None = None  # parent header spanning several columns (KATEGORI PENILAIAN …)
    required: bool = False  # must be present for the table to be recognised
    models: tuple[Model, ...] = ("dasar", "pengembangan")  # the form models that have this column
    width: float = 14
    validation: str | None = None
    input_message: str | None = None
    number_format: str | None = None
    formula: str | None = None  # template formula; "{r}" is the row, "{rk_first}".."{rk_last}" the RK rows
    hidden: bool = False  # template only: a helper column the formulas need (numbers parsed from text)
    # Reader only: the key of the column whose text this one completes when it stands right beside it (an
    # agency's own SATUAN column right of TARGET, read as TARGET merged over angka | satuan). Such a column is
    # no part of the official form, so a template never lays it out.
    joins: str | None = None
    # Reader only: free text that a table pasted from Word or a PDF splits over the rows below it, one line
    # per row, those rows empty elsewhere (an RK of two lines becomes two rows): read as one text.
    wraps: bool = False


class Sections(_Strict):
    utama: Label
    tambahan: Label


class TemplateRows(_Strict):
    """How much room the blank template gives: RK blocks and IKI rows per RK."""

    rk: int = Field(ge=1)
    iki_per_rk: int = Field(ge=1)


class Table(_Strict):
    columns: tuple[Column, ...]
    sections: Sections | None = None
    template: dict[Literal["utama", "tambahan"], TemplateRows] = Field(default_factory=dict)
    totals: tuple[Field_, ...] = ()  # rows under the table: NILAI AKHIR SKP, PREDIKAT
    # fewer matched column headers than this is not this table; a Matriks member table may have only two
    # (``NAMA / NIP | JABATAN``) beside its RK columns
    min_columns: int = Field(3, ge=1)

    @model_validator(mode="after")
    def _joins_a_column(self) -> Table:
        keys = {c.key for c in self.columns}
        for c in self.columns:
            if c.joins is not None and c.joins not in keys:
                raise ValueError(f"kolom {c.key!r}: joins {c.joins!r} bukan kolom tabel ini")
        return self

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def columns_for(self, model: Model) -> tuple[Column, ...]:
        """The columns the form ``model`` has (those a template lays out; never a reader-only ``joins``)."""
        return tuple(c for c in self.columns if model in c.models and c.joins is None)


class Header(_Strict):
    """The common kop of every form (SPEC §3.1), in ``mappings/kop.yaml``."""

    periode: Label
    instansi: Label  # the agency line under the title is unlabelled; this is the template's prompt
    blocks: dict[Literal["pegawai", "penilai"], Label]
    fields: tuple[Field_, ...]
    footer: tuple[Label, ...] = ()

    def field(self, key: str) -> Field_:
        return next(f for f in self.fields if f.key == key)

    @cached_property
    def label_keys(self) -> frozenset[str]:
        """Keys of every kop label (fields, blocks, periode): where one field's value ends. Worked out
        once per (frozen) header."""
        labels: list[Label] = [*self.fields, *self.blocks.values(), self.periode]
        return frozenset(k for label in labels for k in label.normalized)


SheetKind = Literal[
    "rencana", "manual-iki", "matriks", "keterkaitan-ak", "penilaian", "perilaku", "cara-memantau"
]


class SheetMapping(_Strict):
    """One sheet of a form: the Rencana SKP sheet or an annex."""

    id: str
    kind: SheetKind
    sheet_name: str  # name the template gives the sheet
    sheet_aliases: tuple[str, ...] = ()  # names staff give it; the reader matches by content first
    title: Label
    header: bool = False  # carries the kop of mappings/kop.yaml
    extra_header: tuple[Field_, ...] = ()  # e.g. TANGGAL PENGAJUAN (Keterkaitan AK)
    table: Table | None = None
    fields: tuple[Field_, ...] = ()  # labelled values: Manual IKI block rows, Perilaku aspects
    repeat: int = 1  # template only: how many Manual IKI blocks to lay out
    notes: tuple[str, ...] = ()  # template only: short guidance printed under the sheet title

    @cached_property
    def name_keys(self) -> frozenset[str]:
        """Normalised sheet name and aliases, worked out once per (frozen) mapping."""
        return frozenset(normalize_label(n) for n in (self.sheet_name, *self.sheet_aliases))


class FormMapping(_Strict):
    """One of the six forms: its Rencana SKP sheet plus the annexes it needs."""

    id: str
    jenis: Jenis
    model: Model
    uraian: str  # Indonesian description for `skp templat --help` and the Petunjuk sheet
    rencana: SheetMapping
    annexes: tuple[str, ...]  # ids of annex SheetMappings
    # Model Pengembangan: the Cara Memantau Kinerja written as a table of its own (per RK, below the plan or
    # on another sheet) rather than as columns of the plan; looked for only when the plan has none of them
    cara_memantau: SheetMapping | None = None


class Mappings(BaseModel):
    """All mappings of one layout set; the default set ships in ``mappings/``."""

    kop: Header
    forms: dict[str, FormMapping]
    annexes: dict[str, SheetMapping]

    def form(self, form_id: str) -> FormMapping:
        return self.forms[form_id]

    def sheets_of(self, form_id: str) -> list[SheetMapping]:
        """Rencana sheet first, then annexes in the form's order."""
        form = self.forms[form_id]
        return [form.rencana, *(self.annexes[a] for a in form.annexes)]


def _load_yaml(text: str, name: str) -> dict:
    try:
        data = load_yaml(text)
    except YAMLError as exc:
        raise ConfigurationError(f"pemetaan {name} bukan YAML yang sah: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigurationError(f"pemetaan {name} harus berupa peta YAML")
    return data


def load_mappings_from(files: dict[str, str]) -> Mappings:
    """Build and validate a mapping set from ``{file name: YAML text}``."""
    kop = None
    forms: dict[str, FormMapping] = {}
    annexes: dict[str, SheetMapping] = {}
    try:
        for name, text in sorted(files.items()):
            data = _load_yaml(text, name)
            if name == "kop.yaml":
                kop = Header.model_validate(data)
            elif "rencana" in data:
                form = FormMapping.model_validate(data)
                forms[form.id] = form
            else:
                sheet = SheetMapping.model_validate(data)
                annexes[sheet.id] = sheet
    except ValidationError as exc:
        raise ConfigurationError(f"pemetaan {name} tidak sah:\n{exc}") from exc
    if kop is None:
        raise ConfigurationError("pemetaan kop.yaml tidak ditemukan")
    missing = sorted(set(FORM_IDS) - set(forms))
    if missing:
        raise ConfigurationError(f"pemetaan formulir tidak ditemukan: {', '.join(missing)}")
    for form in forms.values():
        unknown = [a for a in form.annexes if a not in annexes]
        if unknown:
            raise ConfigurationError(f"{form.id}: lampiran tidak dikenal: {', '.join(unknown)}")
    return Mappings(kop=kop, forms={f: forms[f] for f in FORM_IDS}, annexes=annexes)


@cache
def default_mappings() -> Mappings:
    """The shipped mapping set (top-level ``mappings/``, installed as ``skp.mappings``)."""
    root = resources.files("skp.mappings")
    files = {p.name: p.read_text(encoding="utf-8") for p in root.iterdir() if p.name.endswith(".yaml")}
    return load_mappings_from(files)
