"""The click front end: the ``skp`` command, a thin shell over the :mod:`skp` core."""

from batch.i18n import install

install()  # before any command module is imported: click translates option help and Path names on creation
