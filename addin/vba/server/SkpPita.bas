Attribute VB_Name = "SkpPita"
' Tab pita "SKP" pada add-in server (skp addin install --server): setiap tombol mengirim isi buku kerja
' yang sedang aktif ke server SKP instansi (skp server) lewat RunServerPython (xlwings), sehingga PC ini
' tidak memerlukan Python. Alamat server (SKP_SERVER) dan token (AUTH) dibaca dari berkas konfigurasi
' xlwings pengguna; alamat di bawah dipakai bila berkas itu tidak memuat SKP_SERVER. Lihat docs/server.md.
Option Explicit

Private Const SERVER_BAWAAN As String = "http://127.0.0.1:8000"

Private Sub Kirim(ByVal jalur As String)
    Dim alamat As String
    alamat = GetConfig("SKP_SERVER", SERVER_BAWAAN)
    Do While Right(alamat, 1) = "/"
        alamat = Left(alamat, Len(alamat) - 1)
    Loop
    RunServerPython alamat & jalur
End Sub

Sub PeriksaSKP(control As IRibbonControl)
    Kirim "/periksa"
End Sub

Sub BersihkanTanda(control As IRibbonControl)
    Kirim "/bersihkan"
End Sub

Sub BuatMatriks(control As IRibbonControl)
    Kirim "/matriks"
End Sub

Sub BagiTarget(control As IRibbonControl)
    Kirim "/bagi-target"
End Sub

Sub BuatSkpBawahan(control As IRibbonControl)
    Kirim "/bawahan"
End Sub

Sub HitungNilai(control As IRibbonControl)
    Kirim "/nilai"
End Sub

Sub KirimSKP(control As IRibbonControl)
    Kirim "/kirim"
End Sub
