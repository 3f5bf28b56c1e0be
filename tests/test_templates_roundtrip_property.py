"""Round trip over generated plans: any shape of plan the builder fills reads back unchanged."""

from __future__ import annotations

import tempfile
from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from skp.models import CaraMemantau, Identity, Iki, KategoriPenilaian, RencanaKinerja, SkpDocument
from skp.numbers import parse_target
from skp.reading.load import load_grid
from skp.reading.reader import read_document
from skp.writing.atomic import save_workbook
from skp.writing.builder import build_workbook

_WORDS = ("layanan", "data", "aplikasi", "laporan", "informasi", "publik", "terintegrasi", "mutakhir",
          "perangkat", "daerah", "sektoral", "tepat", "waktu", "dokumen", "kualitas", "penyelesaian")
_SATUAN = ("dokumen", "laporan", "%", "bulan", "kegiatan", "layanan", "dataset")
_ASPEK = {"Kuantitas": "kuantitas", "Kualitas": "kualitas", "Waktu": "waktu", "Biaya": "biaya"}
_PERSPEKTIF = {"Penerima Layanan": "penerima-layanan", "Proses Bisnis": "proses-bisnis",
               "Penguatan Internal": "penguatan-internal", "Anggaran": "anggaran"}

phrase = st.lists(st.sampled_from(_WORDS), min_size=2, max_size=7).map(
    lambda words: ("Tersedianya " + " ".join(words))
)
target = st.builds(lambda n, s: parse_target(f"{n} {s}"), st.integers(1, 500), st.sampled_from(_SATUAN))


@st.composite
def iki(draw, jenis: str, model: str) -> Iki:
    aspek = draw(st.sampled_from(sorted(_ASPEK))) if jenis != "JPT" else None
    kategori = None
    if jenis != "JPT" and model == "pengembangan":
        kategori = KategoriPenilaian(sangat_kurang="< 5", kurang="5 - 9", cukup="10 - 11",
                                     baik=draw(st.sampled_from(("12", "15"))), sangat_baik="> 15")
    return Iki(text="Jumlah " + draw(phrase).lower(), aspek_raw=aspek, aspek=_ASPEK.get(aspek or ""),
               target=draw(st.none() | target), kategori=kategori)


@st.composite
def document(draw) -> SkpDocument:
    form = draw(st.sampled_from(["jpt-dasar", "jpt-pengembangan", "ja-dasar", "ja-pengembangan", "jf-dasar",
                                 "jf-pengembangan"]))
    jenis, model = form.split("-")
    jenis = jenis.upper()
    rencana = []
    for section, most in (("utama", 7), ("tambahan", 2)):
        for i in range(draw(st.integers(1 if section == "utama" else 0, most))):
            perspektif = draw(st.sampled_from(sorted(_PERSPEKTIF))) if form == "jpt-pengembangan" else None
            cara = None
            if jenis != "JPT" and model == "pengembangan":
                cara = CaraMemantau(data="Rekap " + draw(phrase).lower(), sumber_data="Aplikasi e-Kinerja",
                                    waktu_pengumpulan="Triwulanan")
            rencana.append(RencanaKinerja(
                section=section, no=str(i + 1), text=draw(phrase),
                rk_atasan=draw(phrase) if jenis != "JPT" else None,
                perspektif_raw=perspektif, perspektif=_PERSPEKTIF.get(perspektif or ""),
                iki=draw(st.lists(iki(jenis, model), min_size=1, max_size=4)), cara_memantau=cara,
            ))
    jabatan = {"JPT": "Kepala Dinas Komunikasi dan Informatika", "JA": "Pengolah Data dan Informasi",
               "JF": "Pranata Komputer Ahli Pertama"}[jenis]
    return SkpDocument(
        form=form, jenis=jenis, model=model, sheet="SKP", agency="DINAS KOMINFO KABUPATEN SUKAMAJU",
        pegawai=Identity(nama="Budi Santoso", nip="19960910 202203 1 003", pangkat="Penata Muda, III/a",
                         jabatan=jabatan, unit_kerja="Dinas Kominfo"),
        penilai=Identity(nama="Rina Marlina", nip="19820705 200604 2 003", pangkat="Pembina, IV/a",
                         jabatan="Kepala Bidang Aplikasi Informatika", unit_kerja="Dinas Kominfo"),
        rencana=rencana,
    )


_LOCATION = {"sheet", "row", "cells"}


def _plan(doc: SkpDocument) -> list[dict]:
    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in _LOCATION}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip([rk.model_dump() for rk in doc.rencana])


def _reads_as_copied_down(doc: SkpDocument) -> bool:
    """Whether an RK follows one of the same text on a single, unmerged row: in a sheet that is exactly
    an RK copied down over rows numbered per IKI, which the reader reads as one RK (see
    test_rows_numbered_per_iki_do_not_split_an_rk), so such a plan cannot read back as two."""
    return any(
        a.section == b.section and a.text.casefold() == b.text.casefold() and len(b.iki) == 1
        for a, b in pairwise(doc.rencana)
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=document())
def test_any_plan_reads_back(doc, config):
    assume(not _reads_as_copied_down(doc))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "skp.xlsx"
        save_workbook(build_workbook(doc.form, config, doc), path)
        back = read_document(load_grid(path, config), config)
    assert back.form == doc.form
    assert back.pegawai.nip == doc.pegawai.nip and back.penilai.nama == doc.penilai.nama
    assert _plan(back) == _plan(doc)
