"""Consolidated unit recaps (xlsx, html, csv) built from file reports."""
