"""The import layers of ARCHITECTURE.md §2: config → feature apps → search → core.

The contract lives in pyproject.toml ([tool.importlinter]); a wrong arrow (core
importing an app, search importing a page type) fails here with import-linter's
report naming the import.
"""

from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def lint(capsys, config=None):
    code = lint_imports(config_filename=str(config or ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    return code, capsys.readouterr().out


def test_imports_point_down_the_layers(capsys):
    code, report = lint(capsys)
    assert code == 0, report
    assert "1 kept, 0 broken" in report


def test_a_wrong_arrow_is_caught_and_named(capsys, tmp_path):
    """Negative control: with core put above the feature apps, the real imports break the contract."""
    config = tmp_path / "reversed.toml"
    config.write_text(
        "[tool.importlinter]\n"
        'root_packages = ["core", "news"]\n'
        "[[tool.importlinter.contracts]]\n"
        'name = "core above news"\n'
        'type = "layers"\n'
        'layers = ["core", "news"]\n'
    )
    code, report = lint(capsys, config)
    assert code == 1
    assert "BROKEN" in report and "news" in report and "core" in report
