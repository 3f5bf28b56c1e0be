"""Reading workbooks into :class:`skp.models.SkpDocument`.

Safety limits and loading, grids, label anchors, form detection.
"""
