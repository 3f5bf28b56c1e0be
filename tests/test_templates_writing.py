"""The writing helpers: all-or-nothing saving, formula placeholders, column planning under a kop."""

from __future__ import annotations

import os
import stat

import openpyxl
import pytest

from skp.errors import ConfigurationError
from skp.models import Iki, RencanaKinerja, SkpDocument
from skp.numbers import parse_target
from skp.writing.atomic import atomic_write, save_workbook
from skp.writing.builder import build_workbook
from skp.writing.formulas import FormulaContext
from skp.writing.sheet import plan_columns


def test_atomic_write_replaces_the_file(tmp_path):
    target = tmp_path / "hasil.xlsx"
    target.write_bytes(b"lama")
    atomic_write(target, lambda f: f.write(b"baru"))
    assert target.read_bytes() == b"baru"
    assert [p.name for p in tmp_path.iterdir()] == ["hasil.xlsx"]


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "hasil.xlsx"
    target.write_bytes(b"lama")

    def broken(handle):
        handle.write(b"setengah")
        raise RuntimeError("disk penuh")

    with pytest.raises(RuntimeError):
        atomic_write(target, broken)
    assert target.read_bytes() == b"lama"
    assert [p.name for p in tmp_path.iterdir()] == ["hasil.xlsx"]


def test_new_files_are_readable_by_colleagues_and_old_permissions_kept(tmp_path):
    fresh = tmp_path / "baru.xlsx"
    atomic_write(fresh, lambda f: f.write(b"x"))
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    kept = tmp_path / "lama.xlsx"
    kept.write_bytes(b"x")
    kept.chmod(0o640)
    atomic_write(kept, lambda f: f.write(b"y"))
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


def test_save_workbook_writes_a_workbook(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "NIP"
    save_workbook(workbook, tmp_path / "a.xlsx")
    assert openpyxl.load_workbook(tmp_path / "a.xlsx").active["A1"].value == "NIP"


def test_every_placeholder_is_replaced():
    context = FormulaContext(
        sheet="Penilaian",
        columns={"realisasi": "L", "target": "F"},
        sections={"utama_first": 16, "utama_last": 30, "tambahan_first": 32, "tambahan_last": 33},
        totals={"nilai_akhir_skp": "Q37"},
        perilaku={"komitmen": "'Perilaku'!$F$17"},
    )
    formula = ("{col:realisasi}{r}/{col:target}{r}+SUM({col:target}{rk_first}:{col:target}{rk_last})"
               "+{utama_first}+{utama_last}+{tambahan_first}+{tambahan_last}+{total:nilai_akhir_skp}"
               "+{perilaku:komitmen}")
    assert context.render(formula, 20, 19, 21) == (
        "=L20/F20+SUM(F19:F21)+16+30+32+33+Q37+'Perilaku'!$F$17"
    )
    assert context.render("=F{r}", 7) == "=F7"


@pytest.mark.parametrize("formula", ["{col:tidak_ada}{r}", "{total:x}", "{baris}", "{perilaku:ide}"])
def test_unknown_placeholder_is_a_mapping_error(formula):
    with pytest.raises(ConfigurationError):
        FormulaContext(sheet="Penilaian").render(formula, 5)


def test_kop_gets_a_narrow_no_a_label_and_balanced_values():
    plan = plan_columns([("no", 5), ("rk", 44), ("iki", 44), ("target", 18)])
    assert sum(plan.widths) == pytest.approx(111)
    for block in plan.kop:
        assert plan.width_of(*block.no) <= 6
        assert plan.width_of(*block.label) >= 17
        assert plan.width_of(*block.value) >= 20
    # Every table column still starts and ends on sheet columns, in order.
    assert [plan.spans[k][0] for k in ("no", "rk", "iki", "target")] == sorted(
        plan.spans[k][0] for k in ("no", "rk", "iki", "target")
    )
    assert plan.spans["target"][1] == plan.n


def test_without_kop_table_columns_are_sheet_columns():
    plan = plan_columns([("nama", 26), ("nip", 22), ("jabatan", 28)], kop=False)
    assert plan.widths == (26, 22, 28)
    assert plan.spans == {"nama": (1, 1), "nip": (2, 2), "jabatan": (3, 3)}


def test_braces_that_are_not_placeholders_stay():
    context = FormulaContext(sheet="Penilaian", columns={"target": "F"})
    assert context.render("INDEX({1,2,3},{col:target}{r})", 9) == "=INDEX({1,2,3},F9)"


def test_print_is_one_page_wide_and_never_squeezed_to_a_page_count(config):
    """However long the plan staff write, the print scales to the page width only: as many pages tall
    as it takes, never shrunk to fit a page count fixed when the form was built. Rows holding long text
    grow with it."""
    rencana = [
        RencanaKinerja(section="utama", no=str(i), text="Tersedianya layanan data yang andal " * 8,
                       rk_atasan="Tersedianya data sektoral yang mutakhir " * 3,
                       iki=[Iki(text="Jumlah dokumen yang diverifikasi", aspek_raw="Kuantitas",
                                target=parse_target("5 dokumen")) for _ in range(4)])
        for i in range(1, 31)
    ]
    document = SkpDocument(form="ja-dasar", jenis="JA", model="dasar", sheet="SKP", rencana=rencana)
    for workbook in (build_workbook("ja-dasar", config), build_workbook("ja-dasar", config, document)):
        for ws in workbook.worksheets:
            if ws.sheet_state == "visible" and ws.sheet_properties.pageSetUpPr.fitToPage:
                assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), ws.title
    workbook = build_workbook("ja-dasar", config, document)
    ws = workbook["SKP"]
    rk_row = next(c.row for row in ws.iter_rows() for c in row if c.value == rencana[0].text)
    # the RK spans its four IKI rows; each grows to hold its share of the long text
    assert all((ws.row_dimensions[r].height or 0) >= 2 * 13 for r in range(rk_row, rk_row + 4))
    # the Penilaian shows the same RK by formula: its rows are sized for the text the formula shows
    penilaian = workbook["Penilaian"]
    linked = next(c for row in penilaian.iter_rows() for c in row
                  if isinstance(c.value, str) and f"$D${rk_row}" in c.value)
    assert all((penilaian.row_dimensions[r].height or 0) >= 2 * 13 for r in range(linked.row, linked.row + 4))
