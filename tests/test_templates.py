"""The official templates: built from the mappings, committed under templates/, safe to fill."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.utils import range_boundaries

from batch.cli import main
from skp.mapping import normalize_label
from skp.models import FORM_IDS
from skp.vocab import VALIDATION_LISTS
from skp.writing.builder import build_workbook

TEMPLATES = Path(__file__).parent.parent / "templates"


def _reload(workbook: openpyxl.Workbook) -> openpyxl.Workbook:
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    return openpyxl.load_workbook(buffer)


def meaning(workbook: openpyxl.Workbook) -> dict:
    """What a template means: sheets, values and formulas, merges, dropdowns, names — not bytes."""
    sheets = {}
    for ws in workbook.worksheets:
        sheets[ws.title] = {
            "state": ws.sheet_state,
            "cells": {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None},
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "validations": sorted(
                (str(dv.type), str(dv.formula1), str(dv.prompt), str(dv.sqref))
                for dv in ws.data_validations.dataValidation
            ),
            "unlocked": sorted(
                c.coordinate for row in ws.iter_rows() for c in row if not c.protection.locked
            ),
            "freeze": ws.freeze_panes,
            "widths": {k: round(v.width, 2) for k, v in ws.column_dimensions.items() if v.width},
        }
    names = {name: dn.attr_text for name, dn in workbook.defined_names.items()}
    return {"sheets": sheets, "names": names}


@pytest.fixture(scope="module")
def built(config) -> dict[str, openpyxl.Workbook]:
    return {form_id: _reload(build_workbook(form_id, config)) for form_id in FORM_IDS}


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_committed_template_matches_builder(form_id, built):
    committed = openpyxl.load_workbook(TEMPLATES / f"{form_id}.xlsx")
    assert meaning(committed) == meaning(built[form_id]), (
        f"templates/{form_id}.xlsx is stale: run `skp templat --semua -o templates/`"
    )


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_sheets_follow_the_form(form_id, built, config):
    expected = [s.sheet_name for s in config.mappings.sheets_of(form_id)] + ["Petunjuk", "Daftar"]
    workbook = built[form_id]
    assert workbook.sheetnames == expected
    assert workbook["Daftar"].sheet_state == "hidden"
    assert workbook.active.title == "SKP"


def _labels(ws) -> set[str]:
    return {normalize_label(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str)}


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_mapping_label_is_on_its_sheet(form_id, built, config):
    for sheet in config.mappings.sheets_of(form_id):
        labels = _labels(built[form_id][sheet.sheet_name])
        wanted = [sheet.title.label, *(f.label for f in sheet.fields), *(f.label for f in sheet.extra_header)]
        if sheet.table:
            model = config.mappings.form(form_id).model
            columns = sheet.table.columns_for(model)
            wanted += [c.label for c in columns] + [c.group.label for c in columns if c.group]
            wanted += [t.label for t in sheet.table.totals]
            if sheet.table.sections:
                wanted += [sheet.table.sections.utama.label, sheet.table.sections.tambahan.label]
        if sheet.header:
            kop = config.mappings.kop
            wanted += [f.label for f in kop.fields] + [b.label for b in kop.blocks.values()]
        missing = [w for w in wanted if normalize_label(w) not in labels]
        assert not missing, f"{sheet.sheet_name}: {missing}"


def test_rencana_sheet_reads_like_the_official_form(built):
    ws = built["ja-dasar"]["SKP"]
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert values[0] == "RENCANA SASARAN KINERJA PEGAWAI"
    periode = "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER"
    assert any(isinstance(v, str) and v.startswith(periode) for v in values)
    header_row = next(r for r in ws.iter_rows() if any(c.value == "RENCANA KINERJA" for c in r))
    labels = [c.value for c in header_row if c.value]
    assert labels == [
        "NO", "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI", "RENCANA KINERJA", "ASPEK",
        "INDIKATOR KINERJA INDIVIDU", "TARGET",
    ]
    numbers = [c.value for c in ws[header_row[0].row + 1] if c.value is not None]
    assert numbers == [1, 2, 3, 4, 5, 6]
    # Five RK blocks of three IKI rows: the RK cell is merged over its rows.
    rk_column = next(c.column_letter for c in header_row if c.value == "RENCANA KINERJA")
    rk_merges = [r for r in ws.merged_cells.ranges if r.coord.startswith(rk_column) and r.size["rows"] == 3]
    assert len(rk_merges) == 5


def test_pengembangan_has_two_level_header(built):
    ws = built["ja-pengembangan"]["SKP"]
    group = next(c for row in ws.iter_rows() for c in row if c.value == "KATEGORI PENILAIAN")
    below = [ws.cell(row=group.row + 1, column=group.column + i).value for i in range(5)]
    assert below == ["SANGAT KURANG", "KURANG", "CUKUP", "BAIK", "SANGAT BAIK"]
    merged = next(r for r in ws.merged_cells.ranges if r.coord.startswith(group.coordinate))
    assert merged.size["columns"] == 5


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_dropdowns_use_named_lists_on_the_hidden_sheet(form_id, built):
    workbook = built[form_id]
    names = dict(workbook.defined_names.items())
    validations = [dv for ws in workbook.worksheets for dv in ws.data_validations.dataValidation]
    lists = [dv for dv in validations if dv.type == "list"]
    assert lists
    for dv in lists:
        assert dv.formula1 in names
        sheet, ref = next(iter(names[dv.formula1].destinations))
        min_col, min_row, _, max_row = range_boundaries(ref.replace("$", ""))
        values = [workbook[sheet].cell(row=r, column=min_col).value for r in range(min_row, max_row + 1)]
        assert values in VALIDATION_LISTS.values()


def test_pangkat_and_aspek_have_dropdowns_with_messages(built):
    ws = built["ja-dasar"]["SKP"]
    by_list = {dv.formula1: dv for dv in ws.data_validations.dataValidation if dv.type == "list"}
    assert {"daftar_aspek", "daftar_pangkat"} <= set(by_list)
    assert by_list["daftar_aspek"].prompt.startswith("Pilih")


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_nip_cells_are_text_and_unlocked_labels_locked(form_id, built):
    ws = built[form_id]["SKP"]
    nip_labels = [c for row in ws.iter_rows() for c in row if c.value == "NIP"]
    assert len(nip_labels) == 2
    for label in nip_labels:
        assert label.protection.locked
        merged = next((r for r in ws.merged_cells.ranges if label.coordinate in r), None)
        value = ws.cell(row=label.row, column=(merged.max_col if merged else label.column) + 1)
        assert value.number_format == "@"
        assert not value.protection.locked
    assert ws.protection.sheet and not ws.protection.password
    assert ws.protection.insertRows is False  # staff may add IKI rows


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_print_setup_and_frozen_header(form_id, built):
    ws = built[form_id]["SKP"]
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows
    first_title, last_title = (int(x) for x in ws.print_title_rows.replace("$", "").split(":"))
    assert ws.freeze_panes == f"A{last_title + 1}"
    assert any(c.value == "RENCANA KINERJA" for c in ws[first_title])  # the repeated rows: table header


def test_cli_writes_all_six(tmp_path):
    result = CliRunner().invoke(main, ["templat", "--semua", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{f}.xlsx" for f in FORM_IDS)


def test_cli_writes_one(tmp_path):
    target = tmp_path / "saya.xlsx"
    result = CliRunner().invoke(main, ["templat", "jf-dasar", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "Keterkaitan AK" in openpyxl.load_workbook(target).sheetnames


def test_cli_single_form_into_an_existing_folder(tmp_path):
    assert CliRunner().invoke(main, ["templat", "jpt-dasar", "-o", str(tmp_path)]).exit_code == 0
    assert (tmp_path / "jpt-dasar.xlsx").is_file()


def test_cli_never_overwrites_without_timpa(tmp_path):
    """A filled SKP that happens to carry the template's name is never replaced without --timpa."""
    filled = tmp_path / "ja-dasar.xlsx"
    filled.write_bytes(b"SKP yang sudah diisi")
    for args in (["ja-dasar", "-o", str(filled)], ["ja-dasar", "-o", str(tmp_path)],
                 ["--semua", "-o", str(tmp_path)]):
        result = CliRunner().invoke(main, ["templat", *args])
        assert result.exit_code == 2 and "--timpa" in result.output and "Traceback" not in result.output
        assert filled.read_bytes() == b"SKP yang sudah diisi"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ja-dasar.xlsx"]  # nothing half-done by --semua
    assert CliRunner().invoke(main, ["templat", "ja-dasar", "-o", str(filled), "--timpa"]).exit_code == 0
    assert "SKP" in openpyxl.load_workbook(filled).sheetnames


def test_cli_creates_a_missing_output_folder(tmp_path):
    target = tmp_path / "baru" / "lagi" / "saya.xlsx"
    assert CliRunner().invoke(main, ["templat", "ja-dasar", "-o", str(target)]).exit_code == 0
    assert target.is_file()


def test_cli_default_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["templat", "ja-dasar"]).exit_code == 0
    assert (tmp_path / "ja-dasar.xlsx").is_file()


@pytest.mark.parametrize("args", [[], ["ja-dasar", "--semua"], ["bukan-formulir"]])
def test_cli_rejects_bad_arguments(args):
    assert CliRunner().invoke(main, ["templat", *args]).exit_code == 2


def test_cli_unwritable_output_exits_2(tmp_path):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    result = CliRunner().invoke(main, ["templat", "--semua", "-o", str(blocker / "sub")])
    assert result.exit_code == 2
    assert "tidak dapat dibuat" in result.output and "Traceback" not in result.output


def test_help_lists_every_form():
    result = CliRunner().invoke(main, ["templat", "--help"])
    for form_id in FORM_IDS:
        assert form_id in result.output


@pytest.mark.parametrize("form_id", ["ja-pengembangan", "jpt-dasar"])
def test_table_inputs_unlocked_and_formulas_locked(form_id, built, config):
    """Staff write in every plan cell; on Penilaian, only what is not computed. What the SKP sheet
    already holds (RK, IKI, target …) the Penilaian takes from it by formula, still open to overwrite."""
    workbook = built[form_id]
    rencana = next(s for s in config.mappings.sheets_of(form_id) if s.kind == "rencana")
    model = config.mappings.form(form_id).model
    from_skp = {c.key for c in rencana.table.columns_for(model) if not c.formula}
    for sheet in config.mappings.sheets_of(form_id):
        if sheet.table is None or sheet.table.sections is None:
            continue
        ws = workbook[sheet.sheet_name]
        rk_label = sheet.table.column("rk").label  # never grouped: sits on the header's top row
        header = next(r for r in ws.iter_rows() if any(c.value == rk_label for c in r))
        number_row = header[0].row + 1
        while ws.cell(row=number_row, column=1).value != 1:
            number_row += 1
        first_data = number_row + 2  # below the A. KINERJA UTAMA row
        columns = sheet.table.columns_for(config.mappings.form(form_id).model)
        for column in columns:
            col = next(c.column for row in ws.iter_rows(min_row=header[0].row, max_row=number_row - 1)
                       for c in row if c.value == column.label)
            cell = ws.cell(row=first_data, column=col)
            if column.formula:
                assert cell.protection.locked and str(cell.value).startswith("="), (sheet.id, column.key)
            elif sheet.kind == "penilaian" and column.key in from_skp:
                assert not cell.protection.locked, (sheet.id, column.key)
                assert str(cell.value).startswith("=IF('SKP'!$"), (sheet.id, column.key, cell.value)
            else:
                assert not cell.protection.locked and cell.value is None, (sheet.id, column.key)


def test_installed_entry_point_writes_the_six_templates(tmp_path):
    """What the README tells a new user to run, through the installed console script."""
    skp = shutil.which("skp")
    if skp is None:
        pytest.skip("skp belum terpasang (pip install -e .)")
    result = subprocess.run([skp, "templat", "--semua", "-o", str(tmp_path)], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{f}.xlsx" for f in FORM_IDS)


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_no_input_row_has_a_fixed_height(form_id):
    """A row staff type into keeps no height of its own, so Excel and LibreOffice grow it with the
    wrapped text typed there and the printed form stays legible (issue 13 item 5)."""
    for ws in openpyxl.load_workbook(TEMPLATES / f"{form_id}.xlsx").worksheets:
        inputs = {c.row for row in ws.iter_rows() for c in row if not c.protection.locked}
        fixed = {r for r, dimension in ws.row_dimensions.items() if dimension.customHeight}
        assert inputs & fixed == set(), (ws.title, sorted(inputs & fixed))
        if ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage:
            assert ws.page_setup.fitToHeight in (0, None), ws.title
