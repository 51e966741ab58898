"""Both source roots (``site/`` and the repository root) are importable from every entry point,
whatever the working directory: the helper in ``site/config/paths.py`` is the one place that says so."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROOTS = [str(ROOT), str(ROOT / "site")]
CHECK = (
    f"import sys, manage, core, navigation; roots = {ROOTS!r}; "
    "print(sorted(p for p in set(sys.path) if p in roots)); print(manage.__file__)"
)


def run(args):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "PYTHONPATH": ""}
    with tempfile.TemporaryDirectory() as elsewhere:
        result = subprocess.run(args, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_pytest_has_both_roots_and_imports_a_root_level_module():
    import manage

    assert Path(manage.__file__).resolve() == ROOT / "manage.py"
    assert str(ROOT) in sys.path and str(ROOT / "site") in sys.path


def test_manage_py_puts_both_roots_on_the_path_from_any_directory():
    out = run([sys.executable, str(ROOT / "manage.py"), "shell", "--no-imports", "-c", CHECK])
    assert out.splitlines() == [str(sorted(ROOTS)), str(ROOT / "manage.py")]


@pytest.mark.parametrize("entry_point", ["config.wsgi", "config.asgi"])
def test_wsgi_and_asgi_as_gunicorn_loads_them(entry_point):
    """gunicorn is given ``--pythonpath site`` and the module name; the repository root follows."""
    code = f"import sys; sys.path.insert(0, {str(ROOT / 'site')!r}); import {entry_point}; " + CHECK
    out = run([sys.executable, "-c", code])
    assert out.splitlines() == [str(sorted(ROOTS)), str(ROOT / "manage.py")]
