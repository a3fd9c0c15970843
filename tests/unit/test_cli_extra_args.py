"""A command given a word too many says so with its own usage, not coach's (rv44 #8)."""

from __future__ import annotations

import pytest

from coach.cli import main


@pytest.mark.parametrize(
    ("argv", "usage"),
    [
        (["config", "--default", "extra"], "usage: coach config "),
        (["show", "ID", "extra"], "usage: coach show "),
        (["tui", "extra"], "usage: coach tui "),
        (["stats", "--json", "extra"], "usage: coach stats "),
        (["plans", "done", "p1", "extra"], "usage: coach plans done "),
        (["content", "check", "a", "extra"], "usage: coach content check "),
    ],
)
def test_an_extra_argument_shows_the_commands_own_usage(
    capsys: pytest.CaptureFixture[str], argv: list[str], usage: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(usage), err
    assert err.rstrip().endswith("error: unrecognized arguments: extra"), err


def test_an_unknown_option_before_any_command_is_coachs_own(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["--bogus"])
    assert capsys.readouterr().err.startswith("usage: coach [-h]")
