Attribute VB_Name = "SkpServer"
' Tombol "Periksa SKP" dan "Kirim SKP" pada templat server: isi buku kerja ini dikirim ke server SKP
' instansi (skp server) lewat RunServerPython (xlwings), sehingga PC ini tidak memerlukan Python.
' Alamat server (SKP_SERVER) dan token (AUTH) dibaca dari sheet xlwings.conf; alamat di bawah dipakai
' bila sheet itu tidak memuat SKP_SERVER. Lihat docs/server.md.
Option Explicit

Private Const SERVER_BAWAAN As String = "http://127.0.0.1:8000"

Private Function AlamatServer() As String
    Dim alamat As String
    alamat = GetConfig("SKP_SERVER", SERVER_BAWAAN)
    Do While Right(alamat, 1) = "/"
        alamat = Left(alamat, Len(alamat) - 1)
    Loop
    AlamatServer = alamat
End Function

Sub PeriksaSKP()
    RunServerPython AlamatServer() & "/periksa"
End Sub

Sub KirimSKP()
    RunServerPython AlamatServer() & "/kirim"
End Sub
