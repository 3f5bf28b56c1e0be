"""The reading layer compiled to C with mypyc, built once per installation and used only while it matches
the code: ``skp percepat`` builds it, every process that imports :mod:`skp.reading` afterwards uses it.

The reader is three fifths of the CPU a batch spends per workbook, spread over hundreds of small functions
that no single rewrite makes faster; mypyc (part of mypy, which compiles mypy itself and black) turns the
same type-annotated Python into a C extension, about 1.3× as fast on a whole batch run (docs/skala.md),
with the same results. It needs mypy and a C compiler, which a staff PC or a locked-down server may not
have, so it is never required: without a build (or with ``SKP_PERCEPATAN=0``) the same modules run as
plain Python.

A build is kept under the user's cache folder in a subfolder named by :func:`build_key`: the Python that
built it and a hash of the whole skp code (:func:`skp.fingerprint.code_fingerprint`). Editing any module,
upgrading skp or switching Python changes the key, so a stale build is never loaded: the code runs as
Python until ``skp percepat`` is run again. Compiled modules are loaded from the cache folder, so it must be
writable by its user only, like the user's own site-packages (docs/skala.md).

Own code rather than a setuptools ``ext_modules`` build because the README installs skp in editable mode:
there an extension built next to the sources would shadow them, and an edited module would silently keep
running its old compiled self.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from skp.fingerprint import code_fingerprint

DISABLE_VARIABLE = "SKP_PERCEPATAN"  # "0": run as plain Python even when a build exists
PACKAGE = "skp.reading"
# skp.reading's modules, less the two holding pydantic models (mypyc cannot compile a BaseModel subclass)
EXCLUDED = frozenset({"__init__", "rules", "safety"})
T = TypeVar("T")
_DONE = "selesai"  # written last into a build: a folder without it is an interrupted build
_GROUP = "skp_percepatan"  # mypyc's name for the shared library of the compiled modules
_RUNTIME = "pustaka"  # the build's folder holding that library, the only one put on sys.path


def cache_root() -> Path:
    """Where builds are kept: ``$XDG_CACHE_HOME/skp/percepatan`` (``~/.cache``), on Windows under
    ``%LOCALAPPDATA%``."""
    base = os.environ.get("XDG_CACHE_HOME") or (os.environ.get("LOCALAPPDATA") if os.name == "nt" else None)
    return Path(base or Path.home() / ".cache") / "skp" / "percepatan"


def build_key() -> str:
    """The build's folder name: this Python (:func:`python_tag`) and this skp code."""
    return hashlib.sha256(f"{python_tag()}|{code_fingerprint()}".encode()).hexdigest()[:20]


def python_tag() -> str:
    """This Python's implementation, version, platform and ABI, which a compiled module is bound to."""
    return f"{sys.implementation.cache_tag}|{sysconfig.get_platform()}|{extension_suffix()}"


def extension_suffix() -> str:
    """The file ending of a compiled module on this Python (``.cpython-311-x86_64-linux-gnu.so``)."""
    return str(sysconfig.get_config_var("EXT_SUFFIX"))


def build_folder() -> Path:
    return cache_root() / build_key()


def modules() -> list[str]:
    """The modules compiled: every module of :mod:`skp.reading` but :data:`EXCLUDED`."""
    folder = _package_folder()
    return sorted(p.stem for p in folder.glob("*.py") if p.stem not in EXCLUDED)


def active_build() -> Path | None:
    """The finished build for this Python and this code, unless ``SKP_PERCEPATAN=0``; None when none."""
    if os.environ.get(DISABLE_VARIABLE) == "0" or not cache_root().is_dir():  # no build: no code hashed
        return None
    folder = build_folder()
    return folder if (folder / _DONE).is_file() else None


def activate(package_path: list[str]) -> None:
    """Put the active build's modules first on ``skp.reading``'s ``__path__`` (called from its
    ``__init__``), and its shared runtime library on ``sys.path``; nothing when there is no build. Only the
    library's own folder goes on ``sys.path``: the build's ``skp`` folder there would be found as a namespace
    package ``skp`` by a process that imports ``skp`` afresh with that path (a ``spawn`` worker)."""
    folder = active_build()
    if folder is None:
        return
    package_path.insert(0, str(folder.joinpath(*PACKAGE.split("."))))
    runtime = str(folder / _RUNTIME)
    if runtime not in sys.path:
        sys.path.append(runtime)


def build(progress: Callable[[str], None] = lambda _: None) -> Path:
    """Compile the modules into a fresh build folder and return it; the builds of older code for the same
    Python are removed (another installation's, for another Python, are left alone).

    The compilation runs in a child process (mypy and the C compiler write much; its output goes to
    ``kompilasi.log`` in the cache folder) from the folder holding the ``skp`` package, into a temporary
    folder renamed into place only once every module imports: an interrupted build is never used.
    :class:`NativeBuildError` says why a build failed."""
    try:
        import mypyc  # noqa: F401
        import setuptools  # noqa: F401
    except ImportError as exc:
        raise NativeBuildError(
            f"percepatan memerlukan paket tambahan [percepatan] ({exc.name} belum terpasang). Pasang dari "
            'folder sumber skp: python -m pip install ".[percepatan]"'
        ) from exc
    root = cache_root()
    root.mkdir(parents=True, exist_ok=True)
    target = build_folder()
    names = modules()
    work = Path(tempfile.mkdtemp(prefix=f"{target.name}.", dir=root))
    log = root / "kompilasi.log"
    try:
        progress(f"Mengompilasi {len(names)} modul pembaca dengan mypyc ...")
        with log.open("w", encoding="utf-8") as out:
            done = subprocess.run(
                [sys.executable, "-c", _COMPILE, str(work), _GROUP, *names],
                cwd=_package_folder().parents[1], stdout=out, stderr=subprocess.STDOUT, check=False,
            )
        if done.returncode != 0:
            raise NativeBuildError(f"kompilasi gagal (kode {done.returncode}); rinciannya di {log}")
        (work / _RUNTIME).mkdir()
        for library in work.glob(f"{_GROUP}__mypyc*"):
            library.rename(work / _RUNTIME / library.name)
        _check_imports(work, names)
        for scratch in ("c", "obj", "mypy_cache", "mypy.ini"):
            path = work / scratch
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
        (work / _DONE).write_text(python_tag(), encoding="utf-8")
        shutil.rmtree(target, ignore_errors=True)
        work.rename(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for other in root.iterdir():
        marker = other / _DONE
        if other != target and marker.is_file() and marker.read_text(encoding="utf-8") == python_tag():
            shutil.rmtree(other, ignore_errors=True)
    return target


def remove() -> bool:
    """Remove every build; whether there was one."""
    root = cache_root()
    existed = root.is_dir() and any(p.is_dir() for p in root.iterdir())
    shutil.rmtree(root, ignore_errors=True)
    return existed


def in_plain_python(function: Callable[..., T], *args: object) -> T:
    """``function(*args)`` run once more in a child process that reads with the plain-Python modules: what
    settles a workbook the compiled reader stopped on (a value of a type the code did not expect, which
    Python lets through and compiled code refuses), so that such a stop never becomes a false verdict.
    ``function`` and ``args`` travel by pickle; only for the rare file, since a child costs half a second."""
    with tempfile.TemporaryDirectory(prefix="skp-python-") as folder:
        call, answer = Path(folder) / "panggilan", Path(folder) / "jawaban"
        call.write_bytes(pickle.dumps((function, args)))
        env = dict(os.environ, **{DISABLE_VARIABLE: "0"})
        subprocess.run([sys.executable, "-c", _CALL, str(call), str(answer)], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return pickle.loads(answer.read_bytes())  # type: ignore[no-any-return]


_CALL = """
import pickle, sys
from pathlib import Path
function, args = pickle.loads(Path(sys.argv[1]).read_bytes())
Path(sys.argv[2]).write_bytes(pickle.dumps(function(*args)))
"""


class NativeBuildError(Exception):
    """A build could not be made; the message says why, in Indonesian."""


def _package_folder() -> Path:
    return Path(__file__).resolve().parent / "reading"


def _check_imports(work: Path, names: list[str]) -> None:
    """Every compiled module imports from ``work`` in a fresh process, as :func:`activate` will load it."""
    check = (
        f"import sys, importlib; sys.path.append(sys.argv[1] + '/{_RUNTIME}'); import skp.reading as p; "
        "p.__path__.insert(0, sys.argv[1] + '/skp/reading'); "
        "bad = [n for n in sys.argv[2:] "
        "if not importlib.import_module('skp.reading.' + n).__file__.startswith(sys.argv[1])]; "
        "sys.exit('tidak terkompilasi: ' + ', '.join(bad) if bad else 0)"
    )
    env = dict(os.environ, **{DISABLE_VARIABLE: "0"})
    done = subprocess.run([sys.executable, "-c", check, str(work), *names], env=env, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        why = (done.stderr or done.stdout).strip()[-300:]
        raise NativeBuildError(f"hasil kompilasi tidak dapat dimuat: {why}")


# Run by :func:`build` in a child process, from the folder holding the ``skp`` package: mypyc's C sources,
# mypy's cache and the compiler's objects all go under the build folder, never into the sources' folder.
_COMPILE = """
import os, sys
from pathlib import Path
from mypyc.build import mypycify
from setuptools import Distribution
work = Path(sys.argv[1])
config = work / "mypy.ini"
config.write_text("[mypy]\\nignore_missing_imports = True\\nplugins = pydantic.mypy\\n", encoding="utf-8")
paths = [f"skp/reading/{name}.py" for name in sys.argv[3:]]
extensions = mypycify(["--config-file", str(config), "--cache-dir", str(work / "mypy_cache"), *paths],
                      target_dir=str(work / "c"), group_name=sys.argv[2])
command = Distribution({"name": "skp-percepatan", "ext_modules": extensions}).get_command_obj("build_ext")
command.build_lib, command.build_temp = str(work), str(work / "obj")
command.ensure_finalized()
command.run()
"""
