Attribute VB_Name = "SkpTombol"
' Tombol "Periksa SKP" di dalam templat .xlsm: menjalankan pemeriksaan yang sama dengan
' `skp periksa` pada buku kerja ini lewat RunPython (xlwings). Lihat docs/addin.md.
Option Explicit

Sub PeriksaSKP()
    RunPython "import addin, xlwings as xw; addin.periksa_skp(xw.Book.caller())"
End Sub
