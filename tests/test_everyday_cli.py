"""Everyday command behaviour HR trips over (issue 13 item 4): empty folders, output folders, ``nilai`` on
folders, ``--aturan`` validated as a whole."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch.cli import main

DATA = Path(__file__).parent / "data"
CLEAN = DATA / "clean_ja-dasar.xlsx"


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("command", [["periksa"], ["nilai"], ["rekap", "-o", "{tmp}/rekap.xlsx"]])
def test_an_empty_folder_says_so_and_exits_1(tmp_path: Path, command: list[str]) -> None:
    empty = tmp_path / "kiriman"
    empty.mkdir()
    (empty / "catatan.txt").write_text("bukan SKP")
    (empty / "~$ani.xlsx").write_bytes(b"kunci Excel")
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    result = invoke(args[0], str(empty), *args[1:])
    assert result.exit_code == 1, result.output
    assert "tidak ada berkas SKP" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "rekap.xlsx").exists()


def test_nilai_takes_a_folder_and_skips_lock_files(tmp_path: Path) -> None:
    folder = tmp_path / "kiriman"
    (folder / "unit").mkdir(parents=True)
    shutil.copy(CLEAN, folder / "unit" / "ani.xlsx")
    (folder / "unit" / "~$ani.xlsx").write_bytes(b"kunci Excel yang sedang membuka ani.xlsx")
    (folder / ".tersembunyi").mkdir()
    shutil.copy(CLEAN, folder / ".tersembunyi" / "lama.xlsx")
    result = invoke("nilai", str(folder), "--format", "json")
    assert result.exit_code == 0, result.output
    assert [f["path"] for f in json.loads(result.output)["files"]] == [str(folder / "unit" / "ani.xlsx")]


@pytest.mark.parametrize("command", [
    ["periksa", str(CLEAN), "--format", "csv", "-o", "{out}/laporan.csv"],
    ["rekap", str(CLEAN), "-o", "{out}/rekap.xlsx", "--html", "{out}/html/rekap.html", "--csv", "{out}/csv"],
    ["templat", "ja-dasar", "-o", "{out}/ja.xlsx"],
    ["templat", "--semua", "-o", "{out}"],
])
def test_output_into_a_missing_folder_creates_it(tmp_path: Path, command: list[str]) -> None:
    out = tmp_path / "belum" / "ada"
    result = invoke(*[a.replace("{out}", str(out)) for a in command])
    assert result.exit_code in (0, 1), result.output
    written = [a.replace("{out}", str(out)) for a in command if "{out}" in a]
    assert all(Path(w).exists() for w in written)


@pytest.mark.parametrize("command", [
    ["periksa", str(CLEAN), "-o", "{out}/laporan.json"],
    ["rekap", str(CLEAN), "-o", "{out}/rekap.xlsx"],
    ["templat", "ja-dasar", "-o", "{out}/ja.xlsx"],
])
def test_output_folder_that_cannot_be_made_fails_in_indonesian(tmp_path: Path, command: list[str]) -> None:
    blocker = tmp_path / "berkas-biasa"
    blocker.write_text("bukan folder")
    out = blocker / "sub"
    result = invoke(*[a.replace("{out}", str(out)) for a in command])
    assert result.exit_code == 2, result.output
    assert "tidak dapat dibuat" in result.output and "Traceback" not in result.output


def test_end_summary_numbers_are_indonesian(config) -> None:
    """The terminal's end table uses the one number formatter: 1.234,5 detik, not 1234.5."""
    import io

    from rich.console import Console

    from batch.progress import print_summary
    from skp.run.batch import run_batch

    batch = run_batch([CLEAN], config, jobs=1)
    buffer = io.StringIO()
    print_summary(batch, 1234.5, console=Console(file=buffer, force_terminal=True, width=120, no_color=True))
    assert "1.234,5 detik" in buffer.getvalue() and "1234.5" not in buffer.getvalue()


def _without(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    """Make importing ``modules`` fail as when their extra is not installed (``pip install -e .`` only)."""
    import sys

    ours = ("addin", "server", "skp.run.dask")  # re-imported, so the missing module is imported afresh
    loaded = [n for n in sys.modules if n.startswith(ours)]
    for name in loaded:
        monkeypatch.delitem(sys.modules, name)
    for module in modules:
        monkeypatch.setitem(sys.modules, module, None)


@pytest.mark.parametrize(("command", "missing", "extra"), [
    (["server", "--kiriman", "{tmp}/kiriman"], "uvicorn", "server"),
    (["addin", "install", "--folder", "{tmp}/xlstart"], "xlwings", "addin"),
    (["addin", "install", "--folder", "{tmp}/xlstart", "--server", "https://skp.contoh.go.id"], "xlwings",
     "server"),
    (["templat", "ja-dasar", "--server", "https://skp.contoh.go.id", "-o", "{tmp}/ja.xlsm"], "xlwings",
     "server"),
    (["periksa", str(CLEAN), "--dask", "lokal"], "distributed", "skala"),
])
def test_a_missing_extra_is_named_with_its_install_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], missing: str, extra: str,
) -> None:
    """The README's first command installs the core only; a command needing an extra says which one
    (exit status 2), not a ModuleNotFoundError traceback with status 1."""
    monkeypatch.setenv("SKP_TOKEN", "teks-acak-panjang")
    _without(monkeypatch, missing)
    result = invoke(*[a.replace("{tmp}", str(tmp_path)) for a in command])
    assert result.exit_code == 2, result.output
    assert f'python -m pip install ".[{extra}]"' in result.output
    assert f"{missing} belum terpasang" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "xlstart" / "skp.xlam").exists()
    assert not (tmp_path / "kiriman").exists()


@pytest.mark.parametrize("command", [["periksa"], ["rekap"], ["nilai"], ["kaskade"], ["templat"], ["server"],
                                     ["addin", "install"]])
def test_help_has_no_english_placeholders(command: list[str]) -> None:
    """Click's own placeholders (TEXT, INTEGER RANGE, PATH, FILENAME) are English; every option names its
    value in Indonesian (``--host ALAMAT``, ``--port PORT``, ``--batas-mb MB``)."""
    result = invoke(*command, "--help")
    assert result.exit_code == 0, result.output
    english = {"TEXT", "INTEGER", "RANGE", "PATH", "FILENAME", "FLOAT", "CHOICE"}
    assert not english & set(result.output.split())


def test_rekap_names_every_output_it_wrote(tmp_path: Path) -> None:
    """The last line names the xlsx, the HTML page and the CSV folder, not the xlsx alone."""
    out = tmp_path / "hasil rekap"
    result = invoke("rekap", str(CLEAN), "-o", str(out / "rekap.xlsx"), "--html", str(out / "rekap.html"),
                    "--csv", str(out / "csv"), "-j", "1")
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().splitlines()[-1] == (
        f"Rekap 1 berkas ditulis ke {out / 'rekap.xlsx'}, {out / 'rekap.html'}, {out / 'csv'}{os.sep}*.csv")


@pytest.mark.parametrize("command", [["templat", "ja-dasar"], ["kaskade", str(CLEAN)]])
def test_output_option_is_keluaran_and_output_still_works(tmp_path: Path, command: list[str]) -> None:
    """``-o, --keluaran`` as in periksa and rekap; the English ``--output`` is accepted but not shown."""
    help_text = invoke(*command[:1], "--help").output
    assert "-o, --keluaran" in help_text and "--output" not in help_text
    for name in ("--keluaran", "--output"):
        result = invoke(*command, name, str(tmp_path / name.strip("-")))
        assert "tidak dikenal" not in result.output and "Traceback" not in result.output, result.output
    if command[0] == "templat":
        assert (tmp_path / "keluaran").exists() and (tmp_path / "output").exists()


@pytest.mark.parametrize(("args", "said"), [
    ([], "Sebutkan formulirnya (jpt-dasar, jpt-pengembangan, ja-dasar, ja-pengembangan, jf-dasar, "
         "jf-pengembangan), atau pakai --semua untuk keenamnya."),
    (["ja-dasar", "--semua"], "Sebutkan satu formulir (ja-dasar) atau pakai --semua, tidak keduanya."),
])
def test_templat_without_a_form_lists_the_forms(tmp_path: Path, args: list[str], said: str) -> None:
    result = invoke("templat", *args, "-o", str(tmp_path / "t"))
    assert result.exit_code == 2 and said in result.output, result.output


def test_nilai_text_names_each_iki_and_indents_a_failure(tmp_path: Path) -> None:
    """A row says which IKI it scores (not only "Penilaian baris 16"), and an unreadable file's wrapped
    reason stays indented under its path."""
    filled = Path(__file__).parent.parent / "samples" / "03-dedi-kurniawan-pengolah-data.xlsx"
    broken = tmp_path / "rusak.xlsx"
    broken.write_text("bukan lembar kerja", encoding="utf-8")
    result = invoke("nilai", str(broken), str(filled))
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    row = next(line for line in lines if line.startswith("Penilaian baris 16"))
    assert "Jumlah dataset yang diverifikasi" in row and "60 dataset" in row and "112,22" in row
    failure = lines[1:lines.index(next(line for line in lines if line.startswith(str(filled))))]
    assert failure[0].startswith("   Tidak dapat dinilai: ")
    written = [line for line in failure if line]
    assert len(written) > 1 and all(line.startswith("   ") for line in written)


def test_a_recap_saved_in_the_submissions_folder_is_named_as_such(tmp_path: Path) -> None:
    """``skp rekap kiriman/ -o kiriman/rekap.xlsx`` then ``skp periksa kiriman/``: the recap is not an SKP
    (bukan-skp, as every input appears once), and the message says it is the recap, not "only a Matriks"."""
    kiriman = tmp_path / "kiriman"
    kiriman.mkdir()
    shutil.copy(CLEAN, kiriman / "ani.xlsx")
    assert invoke("rekap", str(kiriman), "-o", str(kiriman / "rekap.xlsx"), "-j", "1").exit_code == 0
    result = invoke("periksa", str(kiriman), "--format", "json", "-j", "1")
    files = {Path(f["path"]).name: f["findings"] for f in json.loads(result.stdout)["files"]}
    assert [f["code"] for f in files["rekap.xlsx"]] == ["bukan-skp"]
    said = ("tampaknya rekap buatan skp rekap (sheet Ringkasan, Pegawai, Temuan), bukan SKP; simpan rekap di "
            "luar folder kiriman")
    assert said in files["rekap.xlsx"][0]["message"]


def test_readme_transcript_is_what_skp_periksa_samples_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    """README.md's "Keluaran sebenarnya" is the real output, line for line (no trailing table padding)."""
    root = Path(__file__).parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ skp periksa samples/\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(root)
    result = invoke("periksa", "samples/", "-j", "1")
    assert result.exit_code == 1
    assert result.stdout == block


@pytest.mark.parametrize(("content", "said"), [
    (b"pemeriksaan: [\n", "susunan YAML tidak sah di baris 2 kolom 1; periksa indentasi"),
    (b"\tpemeriksaan:\n", "susunan YAML tidak sah di baris 1 kolom 1"),
    (b"pemeriksaan:\n  kata_absolut: [caf\xe9]\n", "bukan teks UTF-8 (bita ke-34); simpan ulang sebagai"),
])
def test_a_malformed_rules_file_is_explained_in_indonesian(tmp_path: Path, content: bytes, said: str) -> None:
    """A rules file Notepad saved as ANSI ended in a UnicodeDecodeError traceback; a YAML slip printed
    PyYAML's English ("while parsing a flow node ... <unicode string>")."""
    rules = tmp_path / "aturan instansi.yaml"
    rules.write_bytes(content)
    result = invoke("periksa", "--aturan", str(rules), str(CLEAN))
    assert result.exit_code == 2, result.output
    assert f"berkas aturan {rules} tidak dapat dibaca: {said}" in result.output
    assert "Traceback" not in result.output and "unicode string" not in result.output


def test_a_rules_file_saved_with_a_bom_is_read(tmp_path: Path) -> None:
    rules = tmp_path / "aturan.yaml"
    rules.write_bytes(b"\xef\xbb\xbfpemeriksaan:\n  nip_usia_minimum: 18\n")
    assert invoke("periksa", "--aturan", str(rules), str(CLEAN)).exit_code == 0


def test_a_broken_daftar_workbook_is_explained_in_indonesian(tmp_path: Path) -> None:
    """Not calamine's "invalid Zip archive: Could not find EOCD"."""
    daftar = tmp_path / "pegawai.xlsx"
    daftar.write_bytes(b"PK bukan zip utuh")
    result = invoke("periksa", str(CLEAN), "--daftar", str(daftar))
    assert result.exit_code == 2, result.output
    assert f"daftar pegawai {daftar} tidak dapat dibaca: bukan buku kerja Excel yang utuh" in result.output
    assert "Zip" not in result.output and "Traceback" not in result.output


def test_end_summary_heads_the_code_rows(config) -> None:
    import io

    from rich.console import Console

    from batch.progress import print_summary
    from skp.run.batch import run_batch

    batch = run_batch([DATA / "defect_iki-tanpa-target.xlsx"], config, jobs=1)
    buffer = io.StringIO()
    print_summary(batch, 1.0, console=Console(file=buffer, force_terminal=True, width=120, no_color=True))
    lines = buffer.getvalue().splitlines()
    heading = next(i for i, line in enumerate(lines) if "Temuan tersering" in line)
    assert "iki-tanpa-target" in lines[heading + 1]


@pytest.mark.parametrize(("command", "said"), [
    (["rekap", str(CLEAN)], "Galat: Opsi wajib belum diisi: '-o' / '--keluaran'."),
    (["kaskade"], "Galat: Argumen wajib belum diisi: 'ATASAN'."),
])
def test_a_missing_required_value_reads_as_a_sentence(command: list[str], said: str) -> None:
    result = invoke(*command)
    assert result.exit_code == 2 and said in result.output, result.output


@pytest.mark.parametrize(("name", "options", "starts"), [
    ("laporan.json", [], '{\n  "skp_version"'),
    ("TEMUAN.CSV", [], '\ufeff"Berkas","Status"'),
    ("laporan.txt", [], " LULUS "),
    ("laporan.json", ["--format", "teks"], " LULUS "),  # an explicit --format wins
])
def test_periksa_output_format_follows_the_file_ending(tmp_path: Path, name: str, options: list[str],
                                                       starts: str) -> None:
    """``-o laporan.json`` without --format wrote the text report into a .json file."""
    target = tmp_path / name
    result = invoke("periksa", str(CLEAN), "-o", str(target), *options)
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith(starts)
