"""``skp server``: the add-in's buttons for staff PCs without Python (a thin web shell over :mod:`addin`).

xlwings' VBA client (``RunServerPython``) and its Office.js client post the workbook's values as JSON;
xlwings' remote engine turns that JSON into a ``Book`` the add-in's functions already work on, and the
changes they make come back as xlwings actions the client applies. Nothing here checks an SKP: the
buttons are :mod:`addin`'s, the checks are :mod:`skp`'s.
"""
