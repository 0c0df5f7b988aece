"""The README tells the truth about the things that change: settings, reasons, commands."""

from __future__ import annotations

import re

from streams.cli import _build_parser
from streams.core import RejectReason
from streams.settings import ENV_PREFIX, Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_in_the_readme_table() -> None:
    documented = set(re.findall(r"^\| `(NEWS_[A-Z_]+)` \|", README, flags=re.M))
    assert documented == {ENV_PREFIX + name.upper() for name in Settings.model_fields}


def test_every_rejection_reason_is_documented() -> None:
    documented = set(re.findall(r"^\| `([a-z_0-9]+)` \| ", README, flags=re.M)) & {str(r) for r in RejectReason}
    assert documented == {str(r) for r in RejectReason}


def test_every_command_is_documented() -> None:
    parser = _build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for command in commands:
        assert f"`newsstream {command}" in README, command


def test_quick_start_and_ci_run_the_same_test_command() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)
    test_command = blocks[1].strip()
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert blocks[0].strip() == "python3 -m pip install -e . && newsstream run"
