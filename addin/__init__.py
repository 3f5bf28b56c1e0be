"""The xlwings front end; thin wrappers over the :mod:`skp` core."""
