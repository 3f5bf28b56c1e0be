"""A workbook filled by the builder reads back as the document it was filled with (SPEC §3, issue #3).

This is the contract the add-in's pre-filling, the samples and the benchmark data rely on: what the
builder writes is what the reader finds, by the same mapping labels.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from skp.models import (
    FORM_IDS,
    Identity,
    Iki,
    MatriksPeranHasil,
    Penilaian,
    PenilaianRow,
    Perilaku,
    RencanaKinerja,
    SkpDocument,
)
from skp.numbers import parse_target
from skp.reading.load import load_grid
from skp.reading.reader import read_document
from skp.writing.atomic import save_workbook
from skp.writing.builder import build_workbook

_SAMPLES = Path(__file__).parent.parent / "samples" / "make_samples.py"
_spec = importlib.util.spec_from_file_location("make_samples", _SAMPLES)
make_samples = sys.modules.setdefault("make_samples", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(make_samples)

# Where a value was found is not part of what the document says.
_LOCATION = {"sheet", "row", "cells", "title_cell", "utama_cell", "manual_iki_sheet", "keterkaitan_ak_sheet",
             "labels"}  # labels: where the reader found each label, not what the document says


def meaning(value):
    if isinstance(value, dict):
        return {k: meaning(v) for k, v in value.items() if k not in _LOCATION}
    if isinstance(value, list):
        return [meaning(v) for v in value]
    return value


def as_read(document: SkpDocument, config) -> dict:
    """What a blank annex sheet of the form reads as: present but empty."""
    sheets = {s.kind for s in config.mappings.sheets_of(document.form)}
    expected = document.model_copy(deep=True)
    if "matriks" in sheets and expected.matriks is None:
        expected.matriks = MatriksPeranHasil()
    if "manual-iki" in sheets and expected.manual_iki is None:
        expected.manual_iki = []
    if "keterkaitan-ak" in sheets and expected.keterkaitan_ak is None:
        expected.keterkaitan_ak = []
    if "penilaian" in sheets and expected.penilaian is None:
        expected.penilaian = Penilaian()
    if "perilaku" in sheets and expected.perilaku is None:
        expected.perilaku = Perilaku()
    return meaning(expected.model_dump())


def round_trip(document: SkpDocument, config, tmp_path: Path) -> SkpDocument:
    path = tmp_path / f"{document.form}.xlsx"
    save_workbook(build_workbook(document.form, config, document), path)
    return read_document(load_grid(path, config), config)


def _as_form(document: SkpDocument, form: str) -> SkpDocument:
    """A sample document moved to a sibling form (dropping what that form has no column for)."""
    jenis, model = form.split("-")
    moved = document.model_copy(deep=True, update={"form": form, "jenis": jenis.upper(), "model": model})
    for rk in moved.rencana:
        if model == "dasar":
            rk.perspektif_raw = rk.perspektif = None
            rk.cara_memantau = None
            for iki in rk.iki:
                iki.kategori = None
    if moved.penilaian:
        for row in moved.penilaian.rows:
            if model == "dasar":
                row.perspektif = None
    return moved


def _documents() -> dict[str, SkpDocument]:
    by_file = {s.file: s for s in make_samples.samples()}
    kadis = by_file["01-kepala-dinas-hendra-wijaya.xlsx"].document
    kabid = by_file["02-kepala-bidang-rina-marlina.xlsx"].document
    sri = by_file["05-sri-wahyuni-pranata-humas.xlsx"].document
    return {
        "jpt-pengembangan": kadis,
        "jpt-dasar": _as_form(kadis, "jpt-dasar"),
        "ja-dasar": kabid,
        "ja-pengembangan": sri.model_copy(update={
            "form": "ja-pengembangan", "jenis": "JA",
            "pegawai": sri.pegawai.model_copy(update={"jabatan": "Pengelola Informasi Publik"}),
        }),
        "jf-dasar": by_file["04-fajar-nugroho-pranata-komputer.xlsx"].document,
        "jf-pengembangan": sri,
    }


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_filled_form_reads_back_as_the_same_document(form_id, config, tmp_path):
    document = _documents()[form_id]
    assert document.form == form_id
    back = round_trip(document, config, tmp_path)
    assert meaning(back.model_dump()) == as_read(document, config)


def test_room_grows_to_fit_a_long_plan(config, tmp_path):
    """Seven RKs of four IKIs each do not fit the template's five-by-three room; nothing is lost."""
    rencana = [
        RencanaKinerja(
            section="utama", no=str(i), text=f"Tersedianya layanan data nomor {i} yang andal",
            rk_atasan="Tersedianya data sektoral yang mutakhir di Portal Satu Data Sukamaju",
            iki=[
                Iki(text=f"IKI {i}.{j} jumlah dokumen", aspek_raw="Kuantitas", aspek="kuantitas",
                    target=parse_target(f"{i + j} dokumen"))
                for j in range(1, 5)
            ],
        )
        for i in range(1, 8)
    ]
    document = SkpDocument(
        form="ja-dasar", jenis="JA", model="dasar", sheet="SKP", agency=make_samples.AGENCY,
        pegawai=make_samples.DEDI, penilai=make_samples.KABID, periode=make_samples.PERIODE, rencana=rencana,
    )
    back = round_trip(document, config, tmp_path)
    assert meaning(back.model_dump()) == as_read(document, config)


def test_identity_only_document_keeps_the_room_empty(config, tmp_path):
    """The add-in's pre-fill for a subordinate: identity, period, agency, nothing planned yet."""
    document = SkpDocument(
        form="jf-dasar", jenis="JF", model="dasar", sheet="SKP", agency=make_samples.AGENCY,
        pegawai=make_samples.FAJAR, penilai=make_samples.KABID, periode=make_samples.PERIODE,
    )
    back = round_trip(document, config, tmp_path)
    assert meaning(back.model_dump()) == as_read(document, config)


def test_penilai_without_nip_or_pangkat_stays_a_dash(config, tmp_path):
    back = round_trip(_documents()["jpt-pengembangan"], config, tmp_path)
    assert back.penilai == Identity.model_validate(
        {**make_samples.BUPATI.model_dump(), "sheet": back.penilai.sheet, "row": back.penilai.row,
         "cells": back.penilai.cells}
    )
    assert back.penilai.nip == "-"


def test_drafted_rk_without_iki_gets_room_for_its_iki(config, tmp_path):
    """The cascade drafts RKs from the Matriks; staff then write the IKI rows under each."""
    rencana = [RencanaKinerja(section="utama", no="1", text="Tersedianya dataset sektoral yang terverifikasi",
                              rk_atasan=make_samples.B_DATA)]
    document = SkpDocument(
        form="ja-dasar", jenis="JA", model="dasar", sheet="SKP", agency=make_samples.AGENCY,
        pegawai=make_samples.DEDI, penilai=make_samples.KABID, periode=make_samples.PERIODE, rencana=rencana,
    )
    ws = build_workbook("ja-dasar", config, document)["SKP"]
    rk_cell = next(c for row in ws.iter_rows() for c in row if c.value == rencana[0].text)
    merged = next(r for r in ws.merged_cells.ranges if rk_cell.coordinate in r)
    assert merged.size["rows"] == config.mappings.form("ja-dasar").rencana.table.template["utama"].iki_per_rk
    back = round_trip(document, config, tmp_path)
    assert meaning(back.model_dump()) == as_read(document, config)


def test_jpt_jenis_rk_survives_the_round_trip(config, tmp_path):
    """JENIS RK decides a JPT's 60/40 Kinerja Utama split; the builder writes it, the reader reads it."""
    kadis = _documents()["jpt-dasar"]
    rows = [
        PenilaianRow(section="utama", rk=rk.text, iki=iki.text, target=iki.target, realisasi_raw="1",
                     realisasi=1.0, jenis_rk="Rencana Aksi" if i % 2 else "Perjanjian Kinerja")
        for i, rk in enumerate(kadis.rk("utama")) for iki in rk.iki
    ]
    document = kadis.model_copy(update={"penilaian": Penilaian(rows=rows)})
    back = round_trip(document, config, tmp_path)
    assert [r.jenis_rk for r in back.penilaian.rows] == [r.jenis_rk for r in rows]


def test_untouched_template_has_no_agency(config):
    """The agency prompt of a blank template (NAMA INSTANSI) is not an agency."""
    template = Path(__file__).parent.parent / "templates" / "ja-dasar.xlsx"
    assert read_document(load_grid(template, config), config).agency is None
