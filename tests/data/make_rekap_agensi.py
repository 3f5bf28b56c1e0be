"""Build the test agency ``rekap_agensi/`` and the recap it must give, ``rekap_agensi_hasil/``.

Run ``python tests/data/make_rekap_agensi.py`` to regenerate; both folders are committed beside it.

The agency is the hierarchy folder of ``tests/kumpulan_documents.py`` (a Kepala Dinas, a Kepala Bagian and
staff whose RK atasan match, miss or are empty; formula-like names and unit; a corrupt file; files
discovery skips) plus the sample submissions of ``samples/`` (a second unit with filled Penilaian sheets,
so the Predikat table exists). The expected recaps (without and with the agency's daftar pegawai, and
of the ``unit/`` folder alone, where no file is unreadable) were written by the recap code of before its
rewrite for speed and memory (issue 15), so ``tests/test_rekap_tetap.py`` proves the rewrite changed no
output: the xlsx by meaning (:func:`rekap_snapshot.xlsx_snapshot`), the HTML and every CSV byte for byte.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

from kumpulan_documents import write_folder  # noqa: E402
from rekap_snapshot import EXPECTED, FOLDER, VARIANTS, html_text, write_recap, xlsx_snapshot  # noqa: E402

from skp.config import Config  # noqa: E402

SAMPLES = HERE.parents[1] / "samples"


def main() -> None:
    config = Config()
    shutil.rmtree(FOLDER, ignore_errors=True)
    write_folder(FOLDER, config)
    for sample in sorted(SAMPLES.glob("*.xlsx")):
        (FOLDER / "sampel").mkdir(exist_ok=True)
        shutil.copy(sample, FOLDER / "sampel" / sample.name)
    shutil.rmtree(EXPECTED, ignore_errors=True)
    for variant in VARIANTS:
        target = EXPECTED / variant
        (target / "csv").mkdir(parents=True)
        with tempfile.TemporaryDirectory() as work:
            folder = write_recap(Path(work), variant, config)
            snapshot = xlsx_snapshot(folder / "rekap.xlsx")
            (target / "xlsx.json").write_text(json.dumps(snapshot, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
            (target / "rekap.html").write_text(html_text(folder / "rekap.html"), encoding="utf-8")
            for csv in sorted((folder / "rekap_csv").glob("*.csv")):
                shutil.copy(csv, target / "csv" / csv.name)


if __name__ == "__main__":
    main()
