"""Who reports to whom across submissions: the per-submission summary (:mod:`.entry`) and the links
between superiors and subordinates (:mod:`.links`).

A layer of its own below both the batch checks (:mod:`skp.checks.kumpulan`) and the run layer
(:mod:`skp.run`), so that checks never import the runner that calls them.
"""
