"""Build the legacy .xls (Excel 97–2003, BIFF8) twins of ``nyata_target_format_satuan.xlsx`` for
``tests/test_xls_format.py``: targets typed as numbers whose custom number format shows the satuan.

Run ``python tests/data/make_xls_format.py`` to regenerate (needs xlwt and LibreOffice); the files are
committed beside it.

* ``nyata_xls_target_format_satuan.xls``: written straight to BIFF8 by xlwt (NUMBER and RK records), every
  target worded by its format (``#,##0 "laporan"``, ``0" %"``, ``"Sebanyak "0" sertifikat"``);
* ``nyata_xls_target_format_satuan_calc.xls``: ``nyata_target_format_satuan.xlsx`` saved as
  ``xls:"MS Excel 97"`` by LibreOffice (its own record choice, MULRK among them, and its own format codes);
* ``nyata_xls_target_tanpa_satuan.xls``: as the first, but ``240`` formatted ``#,##0``, which shows no word:
  the one bare target (F17);
* ``nyata_xls_persen_seratus_kategori_calc.xls``: ``nyata_persen_seratus_kategori.xlsx`` (a ``100%`` typed
  into a cell: the number 1 in Excel's built-in percent format, which no FORMAT record spells out) saved
  by LibreOffice.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import xlwt
from make_nyata import DASAR_HEADER, DASAR_ROWS, FOOTER, FORMATTED_TARGETS, kop

HERE = Path(__file__).parent


def write_xls(path: Path, plain: frozenset[str] = frozenset()) -> None:
    """The ja-dasar form of ``make_nyata.target_format_satuan``; a target in ``plain`` is typed as its number
    with a thousands format that writes no word."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("SKP")
    styles: dict[str, xlwt.XFStyle] = {}
    for r, row in enumerate([*kop(), DASAR_HEADER, *DASAR_ROWS, *FOOTER]):
        for c, value in enumerate(row):
            if value is None:
                continue
            if c == 5 and value in FORMATTED_TARGETS:
                number, fmt = FORMATTED_TARGETS[value]
                fmt = "#,##0" if value in plain else fmt
                ws.write(r, c, number, styles.setdefault(fmt, xlwt.easyxf(num_format_str=fmt)))
            else:
                ws.write(r, c, value)
    wb.save(str(path))


def calc_xls(source: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--norestore",
             "--convert-to", "xls:MS Excel 97", "--outdir", work, str(source)],
            check=True, capture_output=True, timeout=180,
        )
        target.write_bytes((Path(work) / f"{source.stem}.xls").read_bytes())


def main() -> None:
    write_xls(HERE / "nyata_xls_target_format_satuan.xls")
    write_xls(HERE / "nyata_xls_target_tanpa_satuan.xls", plain=frozenset({"240 dokumen"}))
    calc_xls(HERE / "nyata_target_format_satuan.xlsx", HERE / "nyata_xls_target_format_satuan_calc.xls")
    calc_xls(HERE / "nyata_persen_seratus_kategori.xlsx", HERE / "nyata_xls_persen_seratus_kategori_calc.xls")


if __name__ == "__main__":
    main()
