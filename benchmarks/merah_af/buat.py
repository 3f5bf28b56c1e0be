"""Generator of the white-box red-team set ``merah_af``: small folders of SKP workbooks probing the batch
(kumpulan) checks for false findings on legitimate submissions, plus defective twins.

Every probe is a subfolder of ``kiriman/`` with its own NIPs, so probes never meet in the hierarchy; all of
them run as one folder with one daftar pegawai (``daftar.csv``), the way HR runs ``skp periksa``.
Deterministic: no randomness, fixed texts. Usage: ``python benchmarks/merah_af/buat.py``.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

HERE = Path(__file__).resolve().parent
TAHUN = 2026
SETAHUN = f"PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER {TAHUN}"
SEMESTER_1 = f"PERIODE PENILAIAN: 1 JANUARI SD 30 JUNI {TAHUN}"
SEMESTER_2 = f"PERIODE PENILAIAN: 1 JULI SD 31 DESEMBER {TAHUN}"
PANGKAT = {
    "III/a": "Penata Muda, III/a",
    "III/c": "Penata, III/c",
    "IV/a": "Pembina, IV/a",
    "IV/b": "Pembina Tingkat I, IV/b",
    "IV/c": "Pembina Utama Muda, IV/c",
    "II/c": "Pengatur, II/c",
}


@dataclass
class Orang:
    nama: str
    nip: str
    gol: str
    jabatan: str
    unit: str

    def ident(self) -> dict[str, str]:
        return {
            "nama": self.nama,
            "nip": self.nip,
            "pangkat": PANGKAT[self.gol],
            "jabatan": self.jabatan,
            "unit": self.unit,
        }


def nip(seq: int, birth: str | None = None, tmt: str = "201001") -> str:
    """An 18-digit NIP unique to ``seq`` (probe base + person): the probe number in the birth year."""
    probe, person = divmod(seq, 100)
    return f"{birth or f'{1960 + probe % 30}0312'}{tmt}1{person + 1:03d}"


@dataclass
class Rk:
    text: str
    atasan: str | None = None
    iki: list[tuple[str, str, str]] = field(default_factory=list)


def iki3(rk: str, n: str = "12 laporan") -> list[tuple[str, str, str]]:
    base = rk.split(" yang ")[0]
    return [
        ("Kuantitas", f"Jumlah {base.lower()}", n),
        ("Kualitas", f"Persentase {base.lower()} yang sesuai standar", "90 %"),
        ("Waktu", f"Ketepatan waktu penyelesaian {base.lower()}", "12 bulan"),
    ]


@dataclass
class Skp:
    pegawai: Orang
    penilai: Orang | None  # None: a Bupati rates the JPT (NIP "-")
    utama: list[Rk]
    jpt: bool = False
    periode: str = SETAHUN
    instansi: str = "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KABUPATEN SUKAMAJU"
    penilai_jabatan: str | None = None  # as written, e.g. "Plt. Kepala Bidang …"
    penilai_nip: str | None = None  # as written, when it differs from the person's NIP
    matriks: list[dict[str, Any]] | None = None  # beban split columns
    penilaian_saja: bool = False


def write(skp: Skp, path: Path) -> dict[str, str]:
    """Write one SKP; returns cells by key (``nip``, ``nip_penilai``, ``rk1``, ``atasan1``, ``matriks1``)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    cells: dict[str, str] = {}
    ws.title = "Penilaian" if skp.penilaian_saja else "SKP"
    title = "PENILAIAN SASARAN KINERJA PEGAWAI" if skp.penilaian_saja else "RENCANA SASARAN KINERJA PEGAWAI"
    if skp.jpt and not skp.penilaian_saja:
        title += " PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
    ws["A1"] = title
    ws["A2"] = skp.instansi
    ws["A3"] = skp.periode
    ws["A5"], ws["B5"], ws["F5"], ws["G5"] = "NO", "PEGAWAI YANG DINILAI", "NO", "PEJABAT PENILAI KINERJA"
    labels = [
        ("nama", "NAMA"),
        ("nip", "NIP"),
        ("pangkat", "PANGKAT/GOL RUANG"),
        ("jabatan", "JABATAN"),
        ("unit", "INSTANSI" if skp.jpt else "UNIT KERJA"),
    ]
    own = skp.pegawai.ident()
    own["unit"] = skp.pegawai.unit
    if skp.penilai is None:
        rater = {
            "nama": "H. Bambang Sutrisno, S.H.",
            "nip": "-",
            "pangkat": "-",
            "jabatan": "Bupati Sukamaju",
            "unit": "Pemerintah Kabupaten Sukamaju",
        }
    else:
        rater = skp.penilai.ident()
    if skp.penilai_jabatan:
        rater["jabatan"] = skp.penilai_jabatan
    if skp.penilai_nip:
        rater["nip"] = skp.penilai_nip
    for i, (key, label) in enumerate(labels):
        r = 6 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, "UNIT KERJA" if key == "unit" else label)
        ws.cell(r, 3, own[key]).number_format = "@"
        ws.cell(r, 6, i + 1)
        ws.cell(r, 7, label)
        ws.cell(r, 8, rater[key]).number_format = "@"
    cells["nip"], cells["nip_penilai"] = "C7", "H7"
    if skp.penilaian_saja:
        heads = [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
            "REALISASI",
            "CAPAIAN IKI",
            "KATEGORI CAPAIAN IKI",
            "NILAI CAPAIAN IKI",
        ]
        cols = {"atasan": 2, "rk": 3, "aspek": 4, "iki": 5, "target": 6}
    elif skp.jpt:
        heads = ["NO", "RENCANA KINERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET"]
        cols = {"rk": 2, "iki": 3, "target": 4}
    else:
        heads = [
            "NO",
            "RENCANA KINERJA ATASAN LANGSUNG/UNIT KERJA/ORGANISASI",
            "RENCANA KINERJA",
            "ASPEK",
            "INDIKATOR KINERJA INDIVIDU",
            "TARGET",
        ]
        cols = {"atasan": 2, "rk": 3, "aspek": 4, "iki": 5, "target": 6}
    for c, text in enumerate(heads, 1):
        ws.cell(13, c, text)
        ws.cell(14, c, c)
    ws["A15"] = "A. KINERJA UTAMA"
    r = 16
    for n, rk in enumerate(skp.utama, 1):
        top = r
        ws.cell(r, 1, n)
        if "atasan" in cols:
            ws.cell(r, cols["atasan"], rk.atasan)
            cells[f"atasan{n}"] = f"{openpyxl.utils.get_column_letter(cols['atasan'])}{r}"
        ws.cell(r, cols["rk"], rk.text)
        cells[f"rk{n}"] = f"{openpyxl.utils.get_column_letter(cols['rk'])}{r}"
        for aspek, iki, target in rk.iki:
            if "aspek" in cols:
                ws.cell(r, cols["aspek"], aspek)
            ws.cell(r, cols["iki"], iki)
            ws.cell(r, cols["target"], target)
            if skp.penilaian_saja:
                ws.cell(r, 7, target)
                ws.cell(r, 8, "100 %")
                ws.cell(r, 9, "Baik")
                ws.cell(r, 10, 109)
            r += 1
        if r - top > 1:
            for key in ("atasan", "rk"):
                if key in cols:
                    ws.merge_cells(start_row=top, start_column=cols[key], end_row=r - 1, end_column=cols[key])
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r, 1, "B. KINERJA TAMBAHAN")
    ws.cell(r + 1, 1, "-")
    r += 4
    ws.cell(r, 2, f"Sukamaju, 2 Januari {TAHUN}")
    ws.cell(r + 1, 2, "PEGAWAI YANG DINILAI")
    ws.cell(r + 1, 7, "PEJABAT PENILAI KINERJA")
    ws.cell(r + 5, 2, skp.pegawai.nama)
    ws.cell(r + 5, 7, rater["nama"])
    ws.cell(r + 6, 2, "NIP. " + skp.pegawai.nip)
    if rater["nip"] != "-":
        ws.cell(r + 6, 7, "NIP. " + rater["nip"])
    if skp.matriks:
        cells.update(write_matriks(wb, skp))
    if skp.jpt:
        write_manual(wb.create_sheet("Manual IKI"), skp)
    wb.save(path)
    _fixed(path)
    return cells


def _fixed(path: Path) -> None:
    """Rewrite a saved workbook with fixed timestamps (zip entries, docProps created/modified), so that
    running the generator twice gives the same bytes."""
    with zipfile.ZipFile(path) as z:
        parts = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            if name == "docProps/core.xml":
                data = re.sub(rb">\d{4}-\d\d-\d\dT[\d:]+Z<", f">{TAHUN}-01-02T08:00:00Z<".encode(), data)
            z.writestr(zipfile.ZipInfo(name, date_time=(TAHUN, 1, 2, 8, 0, 0)), data, zipfile.ZIP_DEFLATED)


def write_manual(ws: Any, skp: Skp) -> None:
    """The Manual Indikator Kinerja a JPT plan needs (SPEC §3.5), one block per IKI."""
    ws["A1"] = "MANUAL INDIKATOR KINERJA"
    r = 3
    for rk in skp.utama:
        for _, iki, _ in rk.iki:
            for label, value in [
                ("RENCANA KINERJA", rk.text),
                ("DESKRIPSI RENCANA KINERJA", f"{rk.text} sebagai hasil dinas tahun {TAHUN}"),
                ("INDIKATOR KINERJA INDIVIDU", iki),
                ("DEFINISI IKI", f"{iki} yang dicatat sampai akhir periode penilaian"),
                ("FORMULA", "Realisasi dibandingkan dengan target x 100 %"),
                ("TUJUAN", f"Mengukur tercapainya {rk.text.lower()}"),
                ("SATUAN PENGUKURAN", "Persen"),
                ("SUMBER DATA", "Laporan kinerja dinas"),
                ("PERIODE PELAPORAN", "Triwulanan"),
            ]:
                ws.cell(r, 1, label)
                ws.cell(r, 2, value)
                r += 1
            r += 1


def write_matriks(wb: Any, skp: Skp) -> dict[str, str]:
    """A Matriks Pembagian Peran dan Hasil, one row per cascaded RK (layout ``baris`` of nyata_ab)."""
    ws = wb.create_sheet("MATRIKS PEMBAGIAN PERAN")
    ws["A1"] = "MATRIKS PEMBAGIAN PERAN DAN HASIL"
    ws["A2"] = f"{skp.pegawai.unit.upper()} - {skp.instansi}"
    ws["A3"] = f"Koordinator: {skp.pegawai.nama} ({skp.pegawai.jabatan}) - Tahun {TAHUN}"
    assert skp.matriks is not None
    members: list[Orang] = []
    for kolom in skp.matriks:
        for m, _ in kolom["bagi"]:
            if m not in members:
                members.append(m)
    for c, t in enumerate(["NO", "RENCANA KINERJA ATASAN YANG DICASCADE", "JENIS PENYELARASAN", "TARGET"], 1):
        ws.cell(5, c, t)
    ws.cell(5, 5, "PERAN DAN HASIL ANGGOTA TIM")
    for c in range(1, 5):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    if len(members) > 1:
        ws.merge_cells(start_row=5, start_column=5, end_row=5, end_column=4 + len(members))
    for n, m in enumerate(members):
        ws.cell(6, 5 + n, f"{m.nama}\nNIP. {m.nip[:8]} {m.nip[8:14]} {m.nip[14]} {m.nip[15:]}")
    cells = {}
    for k, kolom in enumerate(skp.matriks):
        r = 7 + k
        ws.cell(r, 1, str(k + 1))
        ws.cell(r, 2, kolom["rk"])
        ws.cell(r, 3, "Direct Cascading\n(pembagian beban target kuantitatif)")
        ws.cell(r, 4, kolom["target"])
        cells[f"matriks{k + 1}"] = f"D{r}"
        for m, text in kolom["bagi"]:
            ws.cell(r, 5 + members.index(m), text)
    ws.cell(
        7 + len(skp.matriks) + 1, 1, f"Keterangan: matriks disepakati dalam dialog kinerja 3 Januari {TAHUN}."
    )
    return cells


# ------------------------------------------------------------------------------------------------ probes

# The unit every probe reuses (its own NIPs per probe): a Kepala Bidang and his RK.
KABID_RK = [
    "Meningkatnya kualitas data Rumah Tidak Layak Huni (RTLH) di Kabupaten Sukamaju",
    "Tersedianya rumah layak huni bagi masyarakat berpenghasilan rendah",
    "Terlaksananya pengawasan kualitas bangunan rumah swadaya yang sesuai standar teknis",
]
STAF_RK = [
    "Data RTLH hasil verifikasi lapangan yang mutakhir",
    "Usulan penerima bantuan stimulan perumahan swadaya yang tervalidasi",
    "Laporan hasil pengawasan pembangunan rumah swadaya yang tepat waktu",
    "Dokumen teknis rehabilitasi rumah yang sesuai standar",
    "Rekapitulasi pengaduan masyarakat tentang perumahan yang tertangani",
]


class Probe:
    """One probe folder: SKPs, expected findings, tolerated ones, the daftar rows it adds."""

    def __init__(self, name: str, uraian: str, base: int) -> None:
        self.name, self.uraian, self.base = name, uraian, base
        self.files: list[tuple[str, Skp, list[dict[str, Any]], list[dict[str, Any]]]] = []
        self.seq = 0
        self.daftar: list[dict[str, str]] = []

    def orang(self, nama: str, gol: str, jabatan: str, unit: str = "Bidang Perumahan") -> Orang:
        self.seq += 1
        return Orang(nama, nip(self.base + self.seq), gol, jabatan, unit)

    def add(
        self,
        file: str,
        skp: Skp,
        defects: list[dict[str, Any]] | None = None,
        boleh: list[dict[str, Any]] | None = None,
    ) -> None:
        self.files.append((file, skp, defects or [], boleh or []))


def info_atasan() -> dict[str, Any]:
    return {"code": "skp-atasan-tidak-ditemukan", "severity": "info"}


def unit(
    p: Probe,
    staf_atasan: list[list[str | None]],
    kabid_rk: list[str] = KABID_RK,
    jabatan: str = "Pengadministrasi Perumahan",
) -> tuple[Orang, list[Orang]]:
    """A Kepala Bidang (his penilai not in the batch: info tolerated) and one staff per list of column-2
    texts, each staff RK citing the given text."""
    kabid = p.orang("Ir. Hendra Wijaya, M.T.", "IV/a", "Kepala Bidang Perumahan")
    kadis = Orang(
        "Drs. Agus Salim, M.Si.",
        nip(p.base + 90, "19690101", "199003"),
        "IV/c",
        "Kepala Dinas Perumahan dan Kawasan Permukiman",
        "Dinas Perumahan dan Kawasan Permukiman",
    )
    p.add(
        "kabid.xlsx",
        Skp(kabid, kadis, [Rk(t, "Meningkatnya kualitas hunian masyarakat", iki3(t)) for t in kabid_rk]),
        boleh=[info_atasan()],
    )
    p.daftar.append({"nip": kabid.nip, "nama": kabid.nama, "atasan": kadis.nip})
    staf = []
    for k, cites in enumerate(staf_atasan):
        s = p.orang(["Siti Rahmawati", "Budi Santoso", "Dewi Lestari", "Rudi Hartono"][k], "III/a", jabatan)
        staf.append(s)
        rks = [
            Rk(STAF_RK[(k + i) % len(STAF_RK)], c, iki3(STAF_RK[(k + i) % len(STAF_RK)]))
            for i, c in enumerate(cites)
        ]
        p.add(f"staf{k + 1}.xlsx", Skp(s, kabid, rks))
        p.daftar.append({"nip": s.nip, "nama": s.nama, "atasan": kabid.nip})
    return kabid, staf


def probes() -> list[Probe]:
    out: list[Probe] = []
    a, b, c = KABID_RK

    p = Probe(
        "01-kutip-variasi",
        "RK atasan dikutip dengan nomor, titik akhir, huruf besar, ganti baris, spasi ganda",
        100,
    )
    unit(p, [[f"1. {a}.", f"2. {b.upper()}"], [c.replace(" yang ", "\nyang "), a.replace(" ", "  ")]])
    out.append(p)

    p = Probe("02-kutip-ringkas", "RK atasan disingkat: akronym, tanpa lokasi, kata 'Kab.'", 200)
    unit(
        p,
        [
            ["Meningkatnya kualitas data RTLH di Kab. Sukamaju", b],
            ["Terlaksananya pengawasan kualitas bangunan rumah swadaya sesuai standar teknis", a],
        ],
    )
    out.append(p)

    p = Probe("03-dua-rk-satu-sel", "dua RK atasan dalam satu sel: bernomor, per baris, dengan 'dan'", 300)
    unit(p, [[f"1) {a}\n2) {b}", c], [f"{a};\n{c}", f"- {b}\n- {c}"]])
    out.append(p)

    p = Probe(
        "04-rk-atasan-dari-atasan",
        "kaskade tidak langsung: staf Subbag mengutip RK Kepala Bidang (atasan "
        "atasannya) yang tidak dikutip Kasubbag",
        400,
    )
    kabid, staf = unit(p, [[a, b]])
    kasi = p.orang("Yuliani Putri, S.T.", "III/c", "Kepala Seksi Perumahan Swadaya")
    p.add(
        "kasi.xlsx",
        Skp(
            kasi,
            kabid,
            [
                Rk(
                    "Rumah swadaya yang direhabilitasi sesuai standar teknis",
                    c,
                    iki3("Rumah swadaya yang direhabilitasi"),
                )
            ],
        ),
    )
    p.daftar.append({"nip": kasi.nip, "nama": kasi.nama, "atasan": kabid.nip})
    s = p.orang("Andi Pratama", "II/c", "Pengawas Bangunan Rumah Swadaya")
    p.add(
        "staf-seksi.xlsx",
        Skp(
            s,
            kasi,
            [
                Rk(
                    "Berita acara pemeriksaan rumah swadaya yang lengkap",
                    "Rumah swadaya yang direhabilitasi sesuai standar teknis",
                    iki3("Berita acara pemeriksaan"),
                ),
                Rk("Data calon penerima bantuan yang terverifikasi", b, iki3("Data calon penerima bantuan")),
            ],
        ),
    )
    p.daftar.append({"nip": s.nip, "nama": s.nama, "atasan": kasi.nip})
    out.append(p)

    p = Probe(
        "05-kadis-renstra",
        "Kepala Dinas (JPT, dinilai Bupati) dengan RK dari PK; Kabid mengutip RK "
        "Kadis dengan awalan 'Sasaran Strategis:'",
        500,
    )
    kadis = p.orang(
        "Drs. Agus Salim, M.Si.",
        "IV/c",
        "Kepala Dinas Perumahan dan Kawasan Permukiman",
        "Dinas Perumahan dan Kawasan Permukiman",
    )
    pk = ["Meningkatnya kualitas hunian masyarakat", "Meningkatnya kualitas kawasan permukiman"]
    p.add(
        "kadis.xlsx",
        Skp(kadis, None, [Rk(t, None, [("", f"Persentase {t.lower()[13:]}", "75 %")]) for t in pk], jpt=True),
    )
    # SIMPEG names the Sekretaris Daerah as the Kepala Dinas's atasan; the SKP's penilai is the Bupati
    p.daftar.append({"nip": kadis.nip, "nama": kadis.nama, "atasan": nip(590, "19670505", "199103")})
    kabid = p.orang("Ir. Hendra Wijaya, M.T.", "IV/a", "Kepala Bidang Perumahan")
    p.add(
        "kabid.xlsx",
        Skp(
            kabid,
            kadis,
            [
                Rk(KABID_RK[0], "Sasaran Strategis: " + pk[0], iki3(KABID_RK[0])),
                Rk(KABID_RK[1], f"SS 2. {pk[1]}", iki3(KABID_RK[1])),
            ],
        ),
    )
    p.daftar.append({"nip": kabid.nip, "nama": kabid.nama, "atasan": kadis.nip})
    out.append(p)

    p = Probe("06-mutasi-tengah-tahun", "SKP dua semester satu NIP (penilai berganti), atasan setahun", 600)
    kabid, staf = unit(p, [[a, b, c]])
    s = p.orang("Rina Marlina", "III/a", "Pengadministrasi Perumahan")
    kabid2 = p.orang("Dr. Fajar Nugroho", "IV/a", "Kepala Bidang Kawasan Permukiman")
    p.add(
        "rina-semester1.xlsx",
        Skp(s, kabid, [Rk(STAF_RK[1], b, iki3(STAF_RK[1], "6 laporan"))], periode=SEMESTER_1),
    )
    p.add(
        "rina-semester2.xlsx",
        Skp(
            s,
            kabid2,
            [
                Rk(
                    "Data kawasan kumuh yang mutakhir",
                    "Menurunnya luas kawasan kumuh",
                    iki3("Data kawasan kumuh", "6 laporan"),
                )
            ],
            periode=SEMESTER_2,
        ),
    )
    kadis = Orang(
        "Drs. Agus Salim, M.Si.",
        nip(p.base + 90, "19690101", "199003"),
        "IV/c",
        "Kepala Dinas Perumahan dan Kawasan Permukiman",
        "Dinas Perumahan dan Kawasan Permukiman",
    )
    p.add(
        "kabid-kawasan.xlsx",
        Skp(
            kabid2,
            kadis,
            [
                Rk(
                    "Menurunnya luas kawasan kumuh",
                    "Meningkatnya kualitas kawasan permukiman",
                    iki3("Luas kawasan kumuh"),
                )
            ],
        ),
        boleh=[info_atasan()],
    )
    p.daftar.append({"nip": s.nip, "nama": s.nama, "atasan": kabid2.nip})
    p.daftar.append({"nip": kabid2.nip, "nama": kabid2.nama, "atasan": kadis.nip})
    out.append(p)

    p = Probe("07-penilaian-terpisah", "Penilaian dikirim sebagai berkas sendiri di samping rencana", 700)
    kabid, staf = unit(p, [[a, b], [c]])
    p.add(
        "staf1-penilaian.xlsx",
        Skp(
            staf[0],
            kabid,
            [Rk(STAF_RK[0], a, iki3(STAF_RK[0])), Rk(STAF_RK[1], b, iki3(STAF_RK[1]))],
            penilaian_saja=True,
        ),
    )
    out.append(p)

    p = Probe("08-nip-ditulis-lain", "NIP penilai berspasi/bertitik/berawalan 'NIP.' di SKP bawahan", 800)
    kabid, staf = unit(p, [[a, b], [c]])
    n = kabid.nip
    for k, written in enumerate(
        [f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}", f"NIP. {n[:8]}.{n[8:14]}.{n[14]}.{n[15:]}"]
    ):
        name, skp, d, bo = p.files[1 + k]
        skp.penilai_nip = written
    out.append(p)

    p = Probe(
        "09-penilai-plt", "penilai Plt. Kepala Bidang (Sekretaris); staf mengutip RK jabatan Kabid", 900
    )
    sek = p.orang("Dra. Nur Aini", "IV/b", "Sekretaris Dinas", "Sekretariat")
    kadis = Orang("Drs. Agus Salim, M.Si.", nip(990, "19690101", "199003"), "IV/c", "Kepala Dinas", "Dinas")
    p.add(
        "sekretaris.xlsx",
        Skp(
            sek,
            kadis,
            [
                Rk(
                    "Terselenggaranya administrasi umum dan kepegawaian yang tertib",
                    "Meningkatnya kualitas tata kelola",
                    iki3("Administrasi umum"),
                )
            ],
        ),
        boleh=[info_atasan()],
    )
    for k, cites in enumerate([[a, b], [c]]):
        s = p.orang(["Siti Rahmawati", "Budi Santoso"][k], "III/a", "Pengadministrasi Perumahan")
        p.add(
            f"staf{k + 1}.xlsx",
            Skp(
                s,
                sek,
                [Rk(STAF_RK[k + i], t, iki3(STAF_RK[k + i])) for i, t in enumerate(cites)],
                penilai_jabatan="Plt. Kepala Bidang Perumahan",
            ),
            boleh=[info_atasan(), {"code": "penilai-tidak-sesuai-daftar", "severity": "peringatan"}],
        )
        # HR's roster still names the (vacant) structural post's usual superior: the Kepala Dinas
        p.daftar.append({"nip": s.nip, "nama": s.nama, "atasan": kadis.nip})
    p.daftar.append({"nip": sek.nip, "nama": sek.nama, "atasan": kadis.nip})
    out.append(p)

    p = Probe(
        "10-kesetaraan-periode",
        "jabatan setara: satu pegawai masuk Juli (SKP semester 2, 2 RK), rekannya "
        "setahun (5 RK); juga 3 RK lawan 5 RK setahun",
        1000,
    )
    kabid, staf = unit(p, [[a, b, c, a, b], [a, c, b]])
    s = p.orang("Rudi Hartono", "III/a", "Pengadministrasi Perumahan")
    p.add(
        "staf-baru-juli.xlsx",
        Skp(s, kabid, [Rk(STAF_RK[0], a, iki3(STAF_RK[0], "6 laporan")[:2])], periode=SEMESTER_2),
    )
    p.daftar.append({"nip": s.nip, "nama": s.nama, "atasan": kabid.nip})
    out.append(p)

    p = Probe(
        "11-bagi-target-tertulis",
        "pembagian beban target di Matriks ditulis 50 %, 1/2, setengah, '5 (lima) dokumen'",
        1100,
    )
    kabid, staf = unit(p, [[a, b], [b, c], [a, c]])
    kabid_skp = p.files[0][1]
    kabid_skp.utama[1].iki[0] = ("Kuantitas", "Jumlah rumah layak huni yang dibangun", "10 unit")
    kabid_skp.utama[2].iki[0] = ("Kuantitas", "Jumlah laporan pengawasan", "12 laporan")
    kabid_skp.matriks = [
        {
            "rk": b,
            "target": "10 unit",
            "bagi": [
                (staf[0], "Usulan penerima bantuan tervalidasi (50 %)"),
                (staf[1], "Usulan penerima bantuan tervalidasi (50 %)"),
            ],
        },
        {
            "rk": c,
            "target": "12 laporan",
            "bagi": [(staf[1], "Laporan pengawasan (1/2)"), (staf[2], "Laporan pengawasan (setengah)")],
        },
    ]
    out.append(p)

    p = Probe(
        "12-intervensi-luar-unit",
        "RK Kabid ketiga diintervensi hanya oleh staf dari unit lain (tercatat di Matriks Kabid)",
        1200,
    )
    kabid, staf = unit(p, [[a], [b]])
    jf = p.orang("Ahmad Fauzi, S.T.", "III/c", "Pengelola Pengujian Bahan Bangunan", "UPTD Pengujian Bahan")
    kupt = p.orang("Ir. Sri Wahyuni", "IV/a", "Kepala UPTD Pengujian Bahan", "UPTD Pengujian Bahan")
    p.add(
        "kepala-uptd.xlsx",
        Skp(
            kupt,
            Orang("Drs. Agus Salim, M.Si.", nip(1290, "19690101", "199003"), "IV/c", "Kepala Dinas", "Dinas"),
            [
                Rk(
                    "Hasil uji mutu bahan bangunan yang akurat",
                    "Meningkatnya kualitas hunian masyarakat",
                    iki3("Hasil uji mutu"),
                )
            ],
        ),
        boleh=[info_atasan()],
    )
    p.add(
        "jf-uptd.xlsx",
        Skp(
            jf,
            kupt,
            [
                Rk(
                    "Hasil uji mutu bahan bangunan yang akurat",
                    "Hasil uji mutu bahan bangunan yang akurat",
                    iki3("Hasil uji mutu"),
                ),
                Rk("Rekomendasi teknis pengawasan rumah swadaya", c, iki3("Rekomendasi teknis")),
            ],
        ),
    )
    p.daftar += [
        {"nip": jf.nip, "nama": jf.nama, "atasan": kupt.nip},
        {"nip": kupt.nip, "nama": kupt.nama, "atasan": nip(1290, "19690101", "199003")},
    ]
    kabid_skp = p.files[0][1]
    kabid_skp.matriks = [{"rk": c, "target": "12 laporan", "bagi": [(jf, "Rekomendasi teknis pengawasan")]}]
    out.append(p)

    p = Probe(
        "13-atasan-revisi",
        "Kabid mengirim rencana lama dan revisinya (skp-ganda); staf mengutip RK revisi, yang berkasnya "
        "ditemukan sesudah berkas lama",
        1300,
    )
    kabid, staf = unit(p, [[a, b], [c, a]], kabid_rk=[a, b, c])
    old = Skp(
        kabid,
        p.files[0][1].penilai,
        [
            Rk(t, "Meningkatnya kualitas hunian masyarakat", iki3(t))
            for t in ["Terverifikasinya data rumah tidak layak huni", b]
        ],
    )
    p.files.insert(
        0, ("kabid.xlsx", old, [{"code": "skp-ganda", "sheet": "SKP", "cell": "C7"}], [info_atasan()])
    )
    name, skp, _, boleh = p.files[1]
    p.files[1] = ("kabid_v2.xlsx", skp, [{"code": "skp-ganda", "sheet": "SKP", "cell": "C7"}], boleh)
    out.append(p)

    p = Probe(
        "14-jabatan-umum",
        "staf menulis jabatan umum 'Pelaksana' atau 'Staf' (peran berbeda, rencana 1 RK lawan 4 RK)",
        1400,
    )
    unit(p, [[a], [a, b, c, a], [b, c, a, b]], jabatan="Pelaksana")
    p.files[3][1].pegawai.jabatan = "Staf"
    out.append(p)

    p = Probe(
        "15-kutip-berlabel",
        "RK atasan berawalan 'RK Atasan 1:', diikuti IKI atasan atau '(Direct Cascading)', dua RK dengan "
        "'dan'/'serta'; NIP ATASAN di daftar berspasi dan berapostrof",
        1500,
    )
    kabid, staf = unit(
        p,
        [
            [f"RK Atasan 1: {a}", f"{b} - IKI: Jumlah rumah layak huni yang dibangun"],
            [f"{c} (Direct Cascading)", f"{a} dan {b}"],
            [f"{b} serta {c}"],
        ],
    )
    n = kabid.nip
    p.daftar[-2]["atasan"] = f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"
    p.daftar[-1]["atasan"] = f"'{n}"
    out.append(p)

    # ---------------------------------------------------------------- defective twins
    p = Probe("51-rk-atasan-salah", "kembaran bercacat: staf mengutip RK yang bukan milik atasannya", 5100)
    unit(p, [[a, b], [c, "Meningkatnya pendapatan asli daerah dari retribusi persampahan"]])
    p.files[2][2].append({"code": "rk-atasan-tidak-cocok", "sheet": "SKP", "cell": "B19"})
    out.append(p)

    p = Probe("52-rk-tidak-diintervensi", "kembaran bercacat: RK ketiga Kabid tidak dikutip siapa pun", 5200)
    unit(p, [[a], [b]])
    p.files[0][2].append({"code": "rk-atasan-tidak-diintervensi", "sheet": "SKP", "cell": "C22"})
    out.append(p)

    p = Probe("53-ganda", "kembaran bercacat: dua rencana satu NIP satu periode (salinan revisi)", 5300)
    kabid, staf = unit(p, [[a, b, c]])
    p.add(
        "staf1 (revisi).xlsx",
        Skp(
            staf[0],
            kabid,
            [
                Rk(STAF_RK[0], a, iki3(STAF_RK[0])),
                Rk(STAF_RK[1], b, iki3(STAF_RK[1])),
                Rk(STAF_RK[2], c, iki3(STAF_RK[2])),
            ],
        ),
        [{"code": "skp-ganda", "sheet": "SKP", "cell": "C7"}],
    )
    p.files[1][2].append({"code": "skp-ganda", "sheet": "SKP", "cell": "C7"})
    out.append(p)

    p = Probe("54-kesetaraan", "kembaran bercacat: jabatan setara, periode sama, 1 RK lawan 4 RK", 5400)
    unit(p, [[a, b, c, a], [b]])
    p.files[2][2].append(
        {
            "code": "kesetaraan-tidak-seimbang",
            "sheet": "SKP",
            "cell": "A15",
            "alt_cells": [{"sheet": "SKP", "cell": "A16"}],
        }
    )
    out.append(p)

    p = Probe("55-bagi-target-salah", "kembaran bercacat: 10 unit dibagi 4 unit + 5 unit", 5500)
    kabid, staf = unit(p, [[a, b], [b, c]])
    kabid_skp = p.files[0][1]
    kabid_skp.utama[1].iki[0] = ("Kuantitas", "Jumlah rumah layak huni yang dibangun", "10 unit")
    kabid_skp.matriks = [
        {
            "rk": b,
            "target": "10 unit",
            "bagi": [(staf[0], "Usulan tervalidasi (4 unit)"), (staf[1], "Usulan tervalidasi (5 unit)")],
        }
    ]
    p.files[0][2].append(
        {"code": "target-kaskade-tidak-seimbang", "sheet": "MATRIKS PEMBAGIAN PERAN", "cell": "D7"}
    )
    out.append(p)

    p = Probe("57-bagi-persen-salah", "kembaran bercacat: 10 unit dibagi (50 %) + (40 %)", 5700)
    kabid, staf = unit(p, [[a, b], [b, c]])
    kabid_skp = p.files[0][1]
    kabid_skp.utama[1].iki[0] = ("Kuantitas", "Jumlah rumah layak huni yang dibangun", "10 unit")
    kabid_skp.matriks = [
        {
            "rk": b,
            "target": "10 unit",
            "bagi": [(staf[0], "Usulan tervalidasi (50 %)"), (staf[1], "Usulan (40 %)")],
        }
    ]
    p.files[0][2].append(
        {"code": "target-kaskade-tidak-seimbang", "sheet": "MATRIKS PEMBAGIAN PERAN", "cell": "D7"}
    )
    out.append(p)

    p = Probe(
        "56-penilai-bukan-atasan-daftar",
        "kembaran bercacat: daftar menyebut atasan lain, penilai definitif (bukan Plt.)",
        5600,
    )
    kabid, staf = unit(p, [[a, b], [c]])
    p.daftar[-1]["atasan"] = nip(5699, "19700101", "199503")
    p.files[2][2].append({"code": "penilai-tidak-sesuai-daftar", "sheet": "SKP", "cell": "H7"})
    out.append(p)
    return out


def build() -> None:
    kiriman = HERE / "kiriman"
    if kiriman.exists():
        shutil.rmtree(kiriman)
    manifest: list[dict[str, Any]] = []
    daftar: list[dict[str, str]] = []
    for p in probes():
        folder = kiriman / p.name
        folder.mkdir(parents=True)
        for file, skp, defects, boleh in p.files:
            write(skp, folder / file)
            form = "jpt-dasar" if skp.jpt else "ja-dasar"
            manifest.append(
                {
                    "file": f"{p.name}/{file}",
                    "form": form,
                    "clean": not defects,
                    "defects": defects,
                    "boleh": boleh,
                    "uraian": p.uraian,
                }
            )
        daftar += p.daftar
    with (HERE / "daftar.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["NIP", "NAMA", "NIP ATASAN", "STATUS"])
        seen = set()
        for row in daftar:
            if row["nip"] in seen:
                continue
            seen.add(row["nip"])
            w.writerow([row["nip"], row["nama"], row["atasan"], "Aktif"])
    (HERE / "harapan.json").write_text(
        json.dumps(
            {"set": "merah_af", "tahun": TAHUN, "daftar": "daftar.csv", "files": manifest},
            indent=1,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    build()
