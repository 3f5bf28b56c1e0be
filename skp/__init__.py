"""skp: membaca, memeriksa dan menilai SKP format Permen PANRB 8/2021.

The domain core shared by the click front end (``batch``) and the xlwings add-in (``addin``).
It imports neither click nor xlwings, so both shells stay thin and behave identically.
"""

__version__ = "0.1.0"
