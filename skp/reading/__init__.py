"""Reading workbooks into :class:`skp.models.SkpDocument`: safety limits, grids, label anchors, form detection."""
