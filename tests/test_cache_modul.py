"""No module-level cache keeps what a run read: a server or an add-in process outlives every run it serves,
so a memo of submitted text (labels, RK, NIP, jabatan) belongs to the run's own objects (the reading
session), never to a ``functools`` cache on a module function.

A module function may be cached when it takes no argument (it compiles shipped data once), or when its
arguments come from the rules or the sheet geometry only, never from a submission: those are listed here
with the reason, so a new cache has to be argued for in this file."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).parent.parent / "skp"

# (module, function): why its arguments are not submitted data
ALLOWED = {
    ("skp/checks/rules.py", "_folded_phrases"): "phrases of the rules (aturan.yaml / --aturan)",
    ("skp/checks/rules.py", "_exception_patterns"): "kata_absolut_pengecualian phrases of the rules",
    ("skp/jabatan_fungsional.py", "_extended"): "an agency's JF names from its rules file",
    ("skp/pangkat.py", "_jenjang_words"): "the jenjang words of the JF catalogue (shipped or the rules')",
    ("skp/reading/unfilled.py", "_patterns"): "placeholder patterns of the rules",
    ("skp/reading/grid.py", "_column_name"): "a column number: 16,384 at most",
    ("skp/periksa.py", "_cell_key"): "a finding's cell address on the forms",
}


def _cached_functions() -> dict[tuple[str, str], list[str]]:
    """Every module-level function with a functools cache decorator, with its parameters."""
    found = {}
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # module level only: a cached_property lives and dies with its object
            if not isinstance(node, ast.FunctionDef):
                continue
            decorators = {ast.unparse(d).split("(")[0].split(".")[-1] for d in node.decorator_list}
            if decorators & {"cache", "lru_cache"}:
                module = path.relative_to(CORE.parent).as_posix()
                found[(module, node.name)] = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
    return found


def test_module_caches_take_no_submitted_data() -> None:
    cached = _cached_functions()
    assert ("skp/config.py", "_default_rules") in cached  # the scan sees the caches that exist
    with_arguments = {name for name, params in cached.items() if params}
    assert with_arguments == set(ALLOWED)

