"""Form layouts as YAML, installed as ``skp.mappings``; loaded and validated by :mod:`skp.mapping`."""
