"""Reading workbooks into :class:`skp.models.SkpDocument`.

Safety limits and loading, grids, label anchors, form detection.
"""

from skp.native import activate

activate(__path__)  # the modules compiled by ``skp percepat``, when built for this code (skp.native)
