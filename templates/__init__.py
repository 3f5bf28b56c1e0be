"""The built official forms, installed as ``skp.templates``; regenerate with ``skp templat --semua -o templates``."""
