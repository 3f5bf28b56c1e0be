"""The built official forms, installed as ``skp.templates``.

Regenerate with ``skp templat --semua -o templates``.
"""
