"""Conventions the architecture relies on, enforced."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "streams"
FORBIDDEN_IN_CORE = ("faust", "aiokafka", "prometheus_client", "mode", "kafka")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted((PACKAGE / "core").rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_never_imports_the_stream_framework(path: Path) -> None:
    assert not _imports(path) & set(FORBIDDEN_IN_CORE)


def test_importing_and_running_the_core_loads_no_stream_framework() -> None:
    """Transitively too: parse an article and look at what got imported."""
    code = (
        "import sys\n"
        "from streams.core import parse_article\n"
        "parse_article('عنوان\\nنص الخبر الأول طويل بما يكفي ليكون فقرة من فقرات المقال.'.encode())\n"
        "parse_article(b'<html><body><p>' + b'word ' * 50 + b'</p></body></html>')\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {FORBIDDEN_IN_CORE!r}]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_only_the_settings_module_reads_the_environment() -> None:
    readers = [
        path.relative_to(PACKAGE)
        for path in PACKAGE.rglob("*.py")
        if "os.environ" in path.read_text(encoding="utf-8") or "getenv" in path.read_text(encoding="utf-8")
    ]
    assert [str(p) for p in readers] == ["settings.py"]


def test_no_naive_datetimes_in_the_package() -> None:
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "utcnow(" not in text and "datetime.now()" not in text, path


def test_every_data_file_of_the_package_is_installed_with_it() -> None:
    """A non-editable install (a wheel) carries only the data files pyproject's package-data names:
    a model or table missing there works in the editable checkout and fails everywhere else."""
    import tomllib

    patterns = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    data_files = [p for p in PACKAGE.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")]
    assert data_files
    for path in data_files:
        assert any(path.relative_to(PACKAGE).match(pattern) for pattern in patterns["streams"]), path
