"""The settings file: precedence, where each value came from, and broken files."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from coach.cli import main
from coach.config import (
    ConfigWriteError,
    default_file,
    load_config,
    save_setting,
)
from coach.journal import Journal

THEMES = {"textual-dark", "textual-light", "nord", "ansi-dark"}
BINDINGS = {"help", "quit", "back", "next", "new"}


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "config.toml", environ={}, themes=THEMES)
    assert config.theme == "textual-dark" and config.animations == "full"
    assert config.default_template == "reply" and config.editor is None
    assert config.problems == [] and config.source("theme") == "default"


def test_a_settings_file_named_with_config_that_is_not_there_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The reviewer: `--config /nonexistent.toml` was ignored by every command, without a word.
    missing = tmp_path / "typo.toml"
    assert load_config(missing, environ={}, named=True).problems == [
        f"{missing}: no such file (from --config); the defaults were used"
    ]
    Journal.open(tmp_path / "d" / "journal.json")  # a read command needs a journal (fr)
    code = main(["--data-dir", str(tmp_path / "d"), "--config", str(missing), "list"])
    assert code == 0
    assert f"coach: settings: {missing}: no such file (from --config)" in capsys.readouterr().err


def test_flag_beats_env_beats_file_beats_default(tmp_path: Path) -> None:
    path = write(tmp_path / "config.toml", 'theme = "nord"\neditor = "nano"\n')
    environ = {"COACH_THEME": "textual-light", "EDITOR": "vi"}
    config = load_config(path, environ=environ, themes=THEMES)
    assert config.theme == "textual-light" and config.source("theme") == "env COACH_THEME"
    assert config.editor == "nano" and config.source("editor") == f"file {path}:2"
    flagged = load_config(path, environ=environ, themes=THEMES, flags={"theme": "ansi-dark"})
    assert flagged.theme == "ansi-dark" and flagged.source("theme") == "flag --theme"
    only_env = load_config(tmp_path / "none.toml", environ={"EDITOR": "vi"})
    assert only_env.editor == "vi" and only_env.source("editor") == "$EDITOR"


def test_textual_animations_is_honoured_below_coach_animations(tmp_path: Path) -> None:
    path = write(tmp_path / "config.toml", 'animations = "basic"\n')
    assert load_config(path, environ={}).animations == "basic"
    textual = load_config(path, environ={"TEXTUAL_ANIMATIONS": "none"})
    assert textual.animations == "none" and textual.source("animations") == (
        "env TEXTUAL_ANIMATIONS"
    )
    both = load_config(path, environ={"TEXTUAL_ANIMATIONS": "none", "COACH_ANIMATIONS": "full"})
    assert both.animations == "full"


def test_a_line_that_is_not_toml_is_skipped_and_the_rest_used(tmp_path: Path) -> None:
    path = write(
        tmp_path / "config.toml",
        'theme = "nord"\nthis is not toml\neditor = "nano"\n[keymap]\nhelp = "f4"\n',
    )
    config = load_config(path, environ={}, themes=THEMES, bindings=BINDINGS)
    assert config.theme == "nord" and config.editor == "nano"
    assert config.keymap == {"help": "f4"}
    assert len(config.problems) == 1
    assert config.problems[0].startswith(f"{path}:2: not valid TOML")
    assert "this line was ignored" in config.problems[0]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('colour = "red"\n', 1, "unknown key 'colour'"),
        ('\ntheme = "no-such-theme"\n', 2, "unknown theme 'no-such-theme'"),
        ("theme = 3\n", 1, "must be text"),
        ('animations = "lots"\n', 1, "none, basic, full"),
        ('[keymap]\nhelp = "f4"\nquit = "f4"\n', 3, "'f4' is already bound to help"),
        ('[keymap]\nfly = "f"\n', 2, "no key has the id 'fly'"),
        ('[keymap]\nhelp = "ctrl + h"\n', 2, "is not a key name"),
        ('keymap = "f4"\n', 1, "must be a table"),
    ],
)
def test_each_bad_part_is_named_with_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = write(tmp_path / "config.toml", text)
    config = load_config(path, environ={}, themes=THEMES, bindings=BINDINGS)
    assert len(config.problems) == 1, config.problems
    assert config.problems[0].startswith(f"{path}:{line}: ")
    assert words in config.problems[0]
    assert config.theme == "textual-dark"  # the defaults stand for the bad parts


def test_a_file_that_cannot_be_salvaged_is_ignored_whole(tmp_path: Path) -> None:
    path = write(tmp_path / "config.toml", 'theme = "nord\n')
    config = load_config(path, environ={}, themes=THEMES)
    assert config.theme == "textual-dark"
    assert config.problems and str(path) in config.problems[0]


def test_saving_the_theme_keeps_every_other_line_and_comment(tmp_path: Path) -> None:
    original = '# my settings\neditor = "nano"  # the one I know\n\n[keymap]\nhelp = "f4"\n'
    path = write(tmp_path / "config.toml", original)
    save_setting(path, "theme", "nord")
    text = path.read_text()
    assert "# my settings" in text and '"nano"  # the one I know' in text
    assert tomllib.loads(text) == {"editor": "nano", "theme": "nord", "keymap": {"help": "f4"}}
    save_setting(path, "theme", "textual-light")
    assert tomllib.loads(path.read_text())["theme"] == "textual-light"


def test_saving_into_a_broken_file_refuses_and_leaves_it(tmp_path: Path) -> None:
    path = write(tmp_path / "config.toml", "theme = = oops\n")
    with pytest.raises(ConfigWriteError, match="not valid TOML"):
        save_setting(path, "theme", "nord")
    assert path.read_text() == "theme = = oops\n"


def test_saving_creates_the_file_and_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config.toml"
    save_setting(path, "theme", "nord")
    assert tomllib.loads(path.read_text()) == {"theme": "nord"}


def test_the_default_file_is_valid_toml_and_names_every_key() -> None:
    text = default_file({"help": "f1,question_mark", "quit": "ctrl+q"})
    assert tomllib.loads(text) == {"keymap": {}}
    for key in ("theme", "editor", "default_template", "data_dir", "animations"):
        assert f"# {key} = " in text
    assert '# help = "f1,question_mark"' in text


def test_coach_config_shows_values_and_their_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    write(data / "config.toml", 'theme = "nord"\nbogus = 1\n[keymap]\nhelp = "f4"\n')
    monkeypatch.setenv("COACH_EDITOR", "nano")
    assert main(["--data-dir", str(data), "config"]) == 0
    out, err = capsys.readouterr()
    lines = [line for line in out.splitlines() if " = " in line]
    rows: dict[str, str] = {}
    for line in reversed(lines):  # the settings above the keymap's own "editor" binding
        rows[line.split(" = ")[0].strip()] = line
    assert rows["theme"].split(" = ")[1].startswith("nord ")
    assert f"file {data / 'config.toml'}:1" in rows["theme"]
    assert rows["editor"].split(" = ")[1].startswith("nano ") and "env COACH_EDITOR" in out
    assert rows["help"].split(" = ")[1].startswith("f4 ")
    assert f"{data / 'config.toml'}:2: unknown key 'bogus'" in err
    # rv22: paste_email_cancel, longer than the name column, pushed its comment one right.
    columns = {line.index(" # ") for line in lines if not line.startswith("data_dir ")}
    assert "paste_email_cancel" in rows and len(columns) == 1, out


def test_coach_config_default_lists_every_binding(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "--default"]) == 0
    text = capsys.readouterr().out
    keymap = tomllib.loads(text.replace("# help", "help"))["keymap"]
    assert keymap["help"] == "f1,question_mark"
    for binding_id in ("quit", "new", "journal", "insights", "next", "back", "save"):
        assert f"# {binding_id} = " in text


def test_a_broken_config_never_stops_a_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    write(data / "config.toml", "[[[ not toml\n")
    Journal.open(data / "journal.json")
    assert main(["--data-dir", str(data), "list"]) == 0
    out, err = capsys.readouterr()
    assert "The journal is empty" in out
    assert f"{data / 'config.toml'}:1: not valid TOML" in err


def test_the_file_can_choose_the_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write(tmp_path / "elsewhere.toml", f'data_dir = "{tmp_path / "journal-here"}"\n')
    monkeypatch.delenv("COACH_DATA_DIR", raising=False)
    monkeypatch.setenv("COACH_CONFIG", str(config))
    assert main(["locate"]) == 0
    out = capsys.readouterr().out
    assert f"journal:           {tmp_path / 'journal-here' / 'journal.json'}" in out
    assert f"config file:       {config}" in out


def test_the_config_flag_beats_the_variable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    flagged = write(tmp_path / "flagged.toml", 'theme = "nord"\n')
    monkeypatch.setenv("COACH_CONFIG", str(write(tmp_path / "env.toml", 'theme = "dracula"\n')))
    assert main(["--data-dir", str(tmp_path / "d"), "--config", str(flagged), "config"]) == 0
    out = capsys.readouterr().out
    assert f"config file: {flagged}" in out
    assert re.search(r"^theme += nord ", out, re.MULTILINE), out
    assert main(["--data-dir", str(tmp_path / "d"), "--theme", "ansi-light", "config"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("theme "))
    assert "= ansi-light" in line and line.endswith("# flag --theme")


KEY_NAMES = {"f5", "f13", "escape", "question_mark", "pagedown"}


@pytest.mark.parametrize(
    ("keys", "bad"),
    [
        ("nonsense+key+x", "nonsense+key+x"),  # the reviewer's: ctrl+n stopped working
        ("foo", "foo"),
        ("ctrl+nope", "ctrl+nope"),
        ("f5,ctrl+nope", "ctrl+nope"),
        ("ctrl+", "ctrl+"),
    ],
)
def test_a_key_name_no_key_has_is_named_and_the_usual_key_stays(
    tmp_path: Path, keys: str, bad: str
) -> None:
    path = write(tmp_path / "config.toml", f'[keymap]\nnext = "{keys}"\n')
    config = load_config(path, environ={}, bindings=BINDINGS, key_names=KEY_NAMES)
    assert config.keymap == {}
    [problem] = config.problems
    assert problem.startswith(f"{path}:2: {bad!r} is not a key name; next ignored")


def test_key_names_are_read_as_textual_writes_them(tmp_path: Path) -> None:
    # "F13" and "Ctrl+N" never matched a key Textual reports (f13, ctrl+n).
    text = '[keymap]\nnext = "F13"\nhelp = "Ctrl+Question_Mark"\nnew = "N"\nback = "escape"\n'
    path = write(tmp_path / "config.toml", text)
    config = load_config(path, environ={}, bindings=BINDINGS, key_names=KEY_NAMES)
    assert config.problems == []
    assert config.keymap == {
        "next": "f13",
        "help": "ctrl+question_mark",
        "new": "N",
        "back": "escape",
    }


def test_empty_keys_are_said_to_be_empty(tmp_path: Path) -> None:
    path = write(tmp_path / "config.toml", '[keymap]\nquit = ""\nhelp = " , "\n')
    config = load_config(path, environ={}, bindings=BINDINGS, key_names=KEY_NAMES)
    assert config.problems == [
        f"{path}:2: the keys for quit are empty; ignored",
        f"{path}:3: the keys for help are empty; ignored",
    ]


def test_coach_config_checks_key_names_against_the_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "config.toml", '[keymap]\nnext = "nonsense+key+x"\nhelp = "f4"\n')
    assert main(["--data-dir", str(tmp_path / "d"), "--config", str(path), "config"]) == 0
    out, err = capsys.readouterr()
    assert "'nonsense+key+x' is not a key name; next ignored" in err
    assert re.search(r"^next +=\s*ctrl\+n +# default$", out, re.MULTILINE), out
