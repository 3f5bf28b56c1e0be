Attribute VB_Name = "SkpPita"
' Tab pita "SKP" pada add-in skp.xlam: setiap tombol menjalankan satu fungsi Python paket addin
' lewat RunPython (xlwings) pada buku kerja yang sedang aktif. Lihat addin/ribbon.xml dan docs/addin.md.
Option Explicit

Private Sub Jalankan(ByVal tombol As String)
    RunPython "import addin; addin.main('" & tombol & "')"
End Sub

Sub PeriksaSKP(control As IRibbonControl)
    Jalankan "periksa_skp"
End Sub

Sub BersihkanTanda(control As IRibbonControl)
    Jalankan "bersihkan_tanda"
End Sub

Sub BuatMatriks(control As IRibbonControl)
    Jalankan "buat_matriks_peran_hasil"
End Sub

Sub BagiTarget(control As IRibbonControl)
    Jalankan "bagi_target"
End Sub

Sub BuatSkpBawahan(control As IRibbonControl)
    Jalankan "buat_skp_bawahan"
End Sub

Sub HitungNilai(control As IRibbonControl)
    Jalankan "hitung_nilai"
End Sub
