"""The Excel binaries: the .xlsm templates carry the .xlsx content plus the button and its VBA module, the
add-in our ribbon and its VBA module, the committed binaries are exactly what the build makes, and the
committed VBA text, ribbon XML and Python buttons all name the same things."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from addin_remote import book_json, open_book  # noqa: F401  (sets the remote engine's licence key)
from oletools.olevba import VBA_Parser

import addin
from addin.build import BUTTON_MACRO, RIBBON, RIBBON_MODULE, XLAM, build_xlam, build_xlsm, vba_project
from skp.reading.load import load_grid

ROOT = Path(__file__).parent.parent
TEMPLATES = sorted((ROOT / "templates").glob("*.xlsx"))
VBA = ROOT / "addin" / "vba"


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def _modules(path: Path) -> dict[str, str]:
    """Module name -> source text of the workbook's VBA project, as olevba extracts them."""
    parser = VBA_Parser(str(path))
    return {name.rsplit(".", 1)[0]: code for _, _, name, code in parser.extract_macros()}


def _bas(name: str) -> str:
    return (VBA / f"{name}.bas").read_text(encoding="utf-8").replace("\n", "\r\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Path]]:
    folder = tmp_path_factory.mktemp("xlsm")
    vba = vba_project()
    pairs = []
    for xlsx in TEMPLATES:
        copy = shutil.copy(xlsx, folder / xlsx.name)
        pairs.append((xlsx, build_xlsm(Path(copy), vba)))
    return pairs


def test_there_is_a_template_for_every_form() -> None:
    assert len(TEMPLATES) == 6


def test_xlsm_holds_exactly_the_template_content(built, config) -> None:
    for xlsx, xlsm in built:
        plain, macro = load_grid(xlsx, config), load_grid(xlsm, config)
        assert [(s.name, s.rows, sorted(s.merged), s.hidden) for s in macro.sheets] == [
            (s.name, s.rows, sorted(s.merged), s.hidden) for s in plain.sheets
        ], xlsx.name


def test_xlsm_is_macro_enabled_with_a_periksa_button(built) -> None:
    for _, xlsm in built:
        assert "macroEnabled.main+xml" in _part(xlsm, "[Content_Types].xml")
        assert 'codeName="ThisWorkbook"' in _part(xlsm, "xl/workbook.xml")
        assert 'codeName="Sheet1"' in _part(xlsm, "xl/worksheets/sheet1.xml")
        assert '<legacyDrawing r:id="rIdSkpTombol"/>' in _part(xlsm, "xl/worksheets/sheet1.xml")
        vml = _part(xlsm, "xl/drawings/vmlDrawingSkp1.vml")
        assert f"<x:FmlaMacro>[0]!{BUTTON_MACRO}</x:FmlaMacro>" in vml and "Periksa SKP" in vml
        with zipfile.ZipFile(xlsm) as archive:
            assert archive.read("xl/vbaProject.bin") == vba_project()


def test_xlsm_carries_the_button_module_beside_xlwings(built) -> None:
    module, sub = BUTTON_MACRO.split(".")
    for _, xlsm in built:
        modules = _modules(xlsm)
        assert modules[module] == _bas(module) and f"Sub {sub}()" in modules[module]
        assert "Function RunPython" in modules["xlwings"]


def test_committed_binaries_are_exactly_a_fresh_build(tmp_path: Path) -> None:
    """Rebuild with `python -m addin.build` when this fails after a template, ribbon or .bas change."""
    rebuild = "jalankan python -m addin.build"
    assert build_xlam(tmp_path / XLAM.name).read_bytes() == XLAM.read_bytes(), rebuild
    vba = vba_project()
    for xlsx in TEMPLATES:
        fresh = build_xlsm(Path(shutil.copy(xlsx, tmp_path / xlsx.name)), vba)
        assert fresh.read_bytes() == xlsx.with_suffix(".xlsm").read_bytes(), rebuild


def test_building_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    first = build_xlam(tmp_path / "a.xlam").read_bytes()
    assert build_xlam(tmp_path / "b.xlam").read_bytes() == first
    assert vba_project() == vba_project()


def test_committed_xlsm_match_the_templates(config) -> None:
    """Rebuild with `python -m addin.build` when this fails after a template change."""
    for xlsx in TEMPLATES:
        xlsm = xlsx.with_suffix(".xlsm")
        assert xlsm.exists(), f"{xlsm.name} belum dibangun: jalankan python -m addin.build"
        names = [s.name for s in load_grid(xlsx, config).sheets]
        assert [s.name for s in load_grid(xlsm, config).sheets] == names
        assert BUTTON_MACRO in _part(xlsm, "xl/drawings/vmlDrawingSkp1.vml")


def test_xlsx_templates_stay_macro_free() -> None:
    for xlsx in TEMPLATES:
        with zipfile.ZipFile(xlsx) as archive:
            assert not [n for n in archive.namelist() if n.endswith(".bin") or n.endswith(".vml")]


@pytest.mark.libreoffice
def test_a_spreadsheet_application_opens_the_xlsm_with_button_and_vba(built, tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) tidak terpasang")
    _, xlsm = built[0]
    subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profil",
                    "--convert-to", "ods", "--outdir", str(tmp_path), str(xlsm)],
                   check=True, capture_output=True, timeout=120)
    ods = tmp_path / f"{xlsm.stem}.ods"
    content = _part(ods, "content.xml")
    assert 'form:label="Periksa SKP"' in content
    module, sub = BUTTON_MACRO.split(".")
    # LibreOffice imported the project's modules into Basic and bound the button to the module's sub
    script = f"vnd.sun.star.script:VBAProject.{module}.{sub}?language=Basic&amp;location=document"
    assert f'xlink:href="{script}"' in content
    with zipfile.ZipFile(ods) as archive:
        assert "Basic/VBAProject/xlwings.xml" in archive.namelist()
    assert_basic_module(_part(ods, f"Basic/VBAProject/{module}.xml"), module)


def assert_basic_module(xml: str, name: str) -> None:
    """LibreOffice's Basic copy of a VBA module: every line of the .bas but the hidden Attribute line."""
    basic = ElementTree.fromstring(xml)
    assert basic.get("{http://openoffice.org/2000/script}name") == name
    assert basic.get("{http://openoffice.org/2000/script}moduleType") == "normal"
    lines = (VBA / f"{name}.bas").read_text(encoding="utf-8").splitlines()[1:]
    assert "\n".join(lines) in basic.text.replace("\r\n", "\n")


@pytest.mark.libreoffice
def test_a_spreadsheet_application_imports_the_addin_ribbon_module(tmp_path: Path) -> None:
    """LibreOffice opens no .xlam, so it is given the add-in as an ordinary macro-enabled workbook."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) tidak terpasang")
    workbook = tmp_path / "skp-addin.xlsm"
    with zipfile.ZipFile(XLAM) as source, zipfile.ZipFile(workbook, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "[Content_Types].xml":
                data = data.replace(b"ms-excel.addin.macroEnabled.main", b"ms-excel.sheet.macroEnabled.main")
            target.writestr(name, data)
    subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profil",
                    "--convert-to", "ods", "--outdir", str(tmp_path), str(workbook)],
                   check=True, capture_output=True, timeout=120)
    ods = tmp_path / "skp-addin.ods"
    with zipfile.ZipFile(ods) as archive:
        library = {Path(n).parent.name for n in archive.namelist() if n.endswith("/xlwings.xml")}
    assert len(library) == 1
    assert_basic_module(_part(ods, f"Basic/{library.pop()}/{RIBBON_MODULE}.xml"), RIBBON_MODULE)


def test_xlam_carries_our_ribbon_and_its_module() -> None:
    assert _part(XLAM, "customUI/customUI.xml") == RIBBON.read_text(encoding="utf-8")
    assert "SKP - Sasaran Kinerja Pegawai" in _part(XLAM, "docProps/core.xml")
    modules = _modules(XLAM)
    assert modules[RIBBON_MODULE] == _bas(RIBBON_MODULE)
    assert "Function RunPython" in modules["xlwings"]
    actions = re.findall(r'onAction="(\w+)\.(\w+)"', RIBBON.read_text(encoding="utf-8"))
    assert {module for module, _ in actions} == {RIBBON_MODULE}
    for _, sub in actions:
        assert f"Sub {sub}(control As IRibbonControl)" in modules[RIBBON_MODULE]


def test_ribbon_vba_and_python_buttons_agree() -> None:
    ribbon = RIBBON.read_text(encoding="utf-8")
    assert re.search(r'<tab id="skpTab" label="SKP">', ribbon)
    actions = re.findall(r'onAction="SkpPita\.(\w+)"', ribbon)
    pita = (VBA / "SkpPita.bas").read_text(encoding="utf-8")
    subs = dict(re.findall(r'Sub (\w+)\(control As IRibbonControl\)\s+Jalankan "(\w+)"', pita))
    assert sorted(actions) == sorted(subs)
    assert sorted(subs.values()) == sorted(addin.BUTTONS)
    tombol = (VBA / "SkpTombol.bas").read_text(encoding="utf-8")
    module, sub = BUTTON_MACRO.split(".")
    assert f'Attribute VB_Name = "{module}"' in tombol
    assert re.search(rf'Sub {sub}\(\)\s+RunPython "import addin, xlwings as xw; '
                     r'addin\.periksa_skp\(xw\.Book\.caller\(\)\)"', tombol)


def test_main_runs_the_named_button_on_the_calling_book(config) -> None:
    book = open_book(book_json(ROOT / "tests" / "data" / "ok_small_skp.xlsx"))
    book.set_mock_caller()
    addin.main("periksa_skp")
    assert "Hasil Periksa" in [a["args"][1] for a in book.json()["actions"] if a["func"] == "addSheet"]
