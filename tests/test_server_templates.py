"""The server templates (``skp templat --server URL``) and the clean-up of the add-in's binaries.

VBA is read back with oletools' olevba, as an agency's antivirus or auditor would; LibreOffice, the one
spreadsheet application on this machine, proves the VBA project (class modules included) is one an
office suite imports and that the buttons are bound to the server module's macros.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import olefile
import pytest
from click.testing import CliRunner
from oletools.olevba import VBA_Parser, decompress_stream
from server_vba import RunningServer, findings_of, vba_payload

from addin.build import CONFIG_SHEET, XLAM, server_xlsm_bytes
from addin.vbaproject import parse_dir
from batch.cli import main
from server.app import Settings
from skp.config import Config
from skp.periksa import check_path

ROOT = Path(__file__).parent.parent
URL = "https://skp.bkpsdm.example.go.id"
TOKEN = "t0ken-rahasia"


def macros(path: Path) -> dict[str, str]:
    """Module name -> source text, as olevba extracts them."""
    return {name.rsplit(".", 1)[0]: code for _, _, name, code in VBA_Parser(str(path)).extract_macros()}


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


@pytest.fixture(scope="module")
def server_templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("templat-server")
    result = CliRunner().invoke(main, ["templat", "--semua", "--server", URL + "/", "--token", TOKEN,
                                       "-o", str(folder)])
    assert result.exit_code == 0, result.output
    return folder


def test_one_server_xlsm_per_form(server_templates: Path) -> None:
    assert sorted(p.name for p in server_templates.iterdir()) == sorted(
        p.with_suffix(".xlsm").name for p in (ROOT / "templates").glob("*.xlsx"))


def test_buttons_call_run_server_python_with_the_url(server_templates: Path) -> None:
    for path in server_templates.iterdir():
        modules = macros(path)
        server = modules["SkpServer"]
        assert f'Private Const SERVER_BAWAAN As String = "{URL}"' in server
        assert 'alamat = GetConfig("SKP_SERVER", SERVER_BAWAAN)' in server
        assert 'Sub PeriksaSKP()\r\n    RunServerPython AlamatServer() & "/periksa"\r\nEnd Sub' in server
        assert 'Sub KirimSKP()\r\n    RunServerPython AlamatServer() & "/kirim"\r\nEnd Sub' in server
        assert "Function RunServerPython(" in modules["Remote"]
        assert {"WebClient", "WebRequest", "WebResponse", "IWebAuthenticator", "WebHelpers", "Dictionary",
                "xlwings"} <= set(modules)
        assert "Function GetConfig(" in modules["xlwings"]
        assert "Module1" not in modules and "SampleCall" not in "".join(modules.values())
        vml = _part(path, "xl/drawings/vmlDrawingSkp1.vml")
        assert "[0]!SkpServer.PeriksaSKP" in vml and "[0]!SkpServer.KirimSKP" in vml


def test_class_modules_are_stored_as_excel_stores_imported_classes(server_templates: Path) -> None:
    with zipfile.ZipFile(server_templates / "ja-dasar.xlsm") as archive:
        ole = olefile.OleFileIO(io.BytesIO(archive.read("xl/vbaProject.bin")))
    project = ole.openstream("PROJECT").read().decode("cp1252").split("\r\n")
    for name in ("WebClient", "WebRequest", "WebResponse", "IWebAuthenticator"):
        assert f"Class={name}" in project
    for name in ("Remote", "WebHelpers", "SkpServer"):
        assert f"Module={name}" in project
    directory = parse_dir(decompress_stream(ole.openstream("VBA/dir").read()))
    kinds = {dict(m)[0x0019].decode(): (0x0022 if 0x0022 in dict(m) else 0x0021) for m in directory.modules}
    assert kinds["WebClient"] == kinds["Dictionary"] == 0x0022
    assert kinds["Remote"] == kinds["SkpServer"] == 0x0021
    source = macros(server_templates / "ja-dasar.xlsm")["WebClient"]
    assert source.startswith('Attribute VB_Name = "WebClient"\r\n'
                             'Attribute VB_Base = "0{FCFB3D2A-A0FA-1068-A738-08002B3371B5}"\r\n')
    assert "VERSION 1.0 CLASS" not in source


def test_url_and_token_sit_in_the_hidden_xlwings_conf_sheet(server_templates: Path) -> None:
    path = server_templates / "ja-dasar.xlsm"
    workbook = ElementTree.fromstring(_part(path, "xl/workbook.xml"))
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    sheets = [(s.get("name"), s.get("state")) for s in workbook.iterfind("m:sheets/m:sheet", ns)]
    assert sheets[-1] == (CONFIG_SHEET, "hidden")
    from python_calamine import CalamineWorkbook

    with CalamineWorkbook.from_path(str(path)) as book:
        rows = book.get_sheet_by_name(CONFIG_SHEET).to_python()
    assert rows == [["SKP_SERVER", URL], ["AUTH", TOKEN], ["EXCLUDE", CONFIG_SHEET]]


def test_server_template_reads_and_checks_like_its_xlsx(server_templates: Path, config: Config) -> None:
    for path in server_templates.iterdir():
        own, _ = check_path(path, config)
        plain, _ = check_path(ROOT / "templates" / path.with_suffix(".xlsx").name, config)
        assert own.flatten() == plain.flatten()


def test_server_answers_the_server_template_without_seeing_the_token(
    server_templates: Path, tmp_path: Path, config: Config,
) -> None:
    """The client sends xlwings.conf empty (EXCLUDE), and the answer lists the template's findings."""
    path = server_templates / "ja-dasar.xlsm"
    payload = vba_payload(path)
    conf = next(s for s in payload["sheets"] if s["name"] == CONFIG_SHEET)
    conf["values"] = [[]]  # what RunServerPython sends for an excluded sheet
    with RunningServer(Settings(tmp_path, TOKEN, config)) as running:
        status, answer = running.post("/periksa", payload, TOKEN)
    assert status == 200
    assert findings_of(answer["actions"]) == check_path(path, config)[0].flatten()
    assert TOKEN not in str(answer)


@pytest.mark.parametrize("url", ["ftp://x", "skp.go.id", 'https://x"&Shell("calc")&"', "https://x/?a=1",
                                 "javascript:alert(1)", "https://"])
def test_bad_server_urls_are_refused(url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["templat", "ja-dasar", "--server", url, "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "bukan alamat http:// atau https:// yang sah" in result.output
    assert list(tmp_path.iterdir()) == []


def test_the_same_url_gives_the_same_bytes() -> None:
    xlsx = (ROOT / "templates" / "ja-dasar.xlsx").read_bytes()
    assert server_xlsm_bytes(xlsx, URL, TOKEN) == server_xlsm_bytes(xlsx, URL, TOKEN)


@pytest.mark.libreoffice
def test_libreoffice_imports_the_server_project_and_binds_both_buttons(
    server_templates: Path, tmp_path: Path,
) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) tidak terpasang")
    xlsm = server_templates / "ja-dasar.xlsm"
    subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profil",
                    "--convert-to", "ods", "--outdir", str(tmp_path), str(xlsm)],
                   check=True, capture_output=True, timeout=180)
    ods = tmp_path / "ja-dasar.ods"
    content = _part(ods, "content.xml")
    for sub in ("PeriksaSKP", "KirimSKP"):
        script = f"vnd.sun.star.script:VBAProject.SkpServer.{sub}?language=Basic&amp;location=document"
        assert f'xlink:href="{script}"' in content
    types = {}
    with zipfile.ZipFile(ods) as archive:
        for name in archive.namelist():
            if name.startswith("Basic/VBAProject/") and name.endswith(".xml") and "script-" not in name:
                module = ElementTree.fromstring(archive.read(name))
                types[Path(name).stem] = module.get("{http://openoffice.org/2000/script}moduleType")
    assert types["WebClient"] == types["WebRequest"] == "class"
    assert types["Remote"] == types["SkpServer"] == "normal"


def test_addin_ribbon_relationship_matches_its_2006_namespace() -> None:
    rels = ElementTree.fromstring(_part(XLAM, "_rels/.rels"))
    (ribbon,) = [r for r in rels if r.get("Target") == "customUI/customUI.xml"]
    assert ribbon.get("Type") == "http://schemas.microsoft.com/office/2006/relationships/ui/extensibility"
    assert ElementTree.fromstring(_part(XLAM, "customUI/customUI.xml")).tag == (
        "{http://schemas.microsoft.com/office/2006/01/customui}customUI")


@pytest.mark.parametrize("path", [XLAM, *sorted((ROOT / "templates").glob("*.xlsm"))], ids=lambda p: p.name)
def test_no_xlwings_demo_macros_and_no_myaddin(path: Path) -> None:
    modules = macros(path)
    assert not {"Module1", "RibbonMyAddin"} & set(modules)
    text = "".join(modules.values())
    assert "SampleCall" not in text and "RunMain" not in text
    with zipfile.ZipFile(path) as archive:
        ole = olefile.OleFileIO(io.BytesIO(archive.read("xl/vbaProject.bin")))
    project = ole.openstream("PROJECT").read().decode("cp1252")
    assert "MyAddin" not in project
    name = dict(parse_dir(decompress_stream(ole.openstream("VBA/dir").read())).information)[0x0004]
    assert name == (b"SKP" if path == XLAM else b"VBAProject")
    assert f'Name="{name.decode()}"' in project
