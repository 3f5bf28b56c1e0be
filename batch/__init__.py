"""The click front end: the ``skp`` command, a thin shell over the :mod:`skp` core."""
