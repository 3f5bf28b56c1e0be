"""``skp server``: the add-in's buttons for staff PCs without Python (a thin web shell over :mod:`addin`).

xlwings' VBA client (``RunServerPython``) and its Office.js client post the workbook's values as JSON;
xlwings' remote engine turns that JSON into a ``Book`` the add-in's functions already work on, and the
changes they make come back as xlwings actions the client applies. Nothing here checks an SKP: the
buttons are :mod:`addin`'s, the checks are :mod:`skp`'s.
"""

import os

# xlwings registers its remote engine once, at its first import, and only under a licence key: PolyForm
# Noncommercial ("noncommercial") covers government institutions (docs/server.md). Set here, in the
# package, because ``server.app`` imports xlwings (and :mod:`addin`) before ``server.book``: set in
# ``server.book`` the key came too late and ``skp server`` answered every button with a LicenseError.
os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")
