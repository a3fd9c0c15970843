"""Repair of a value nested too deep outside entries and plans (closing23: said, not mended)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli import main
from coach.journal import Journal
from coach.model import Profile
from tests.conftest import make_entry

_DEEP = "[" * 600 + "{}" + "]" * 600


def _deepened(folder: Path, table: str, field: str, words: str) -> Path:
    """A journal with one entry and the details, `field` of `table` nested 600 lists deep."""
    path = folder / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Acme", id="e1"))
    journal.save_profile(Profile(name="Ana Ruiz", phone="+34 600"))
    data = json.loads(path.read_text())
    data[table]["1"][field] = "(deep)"
    inner = json.dumps(words) if words else ""
    path.write_text(json.dumps(data).replace('"(deep)"', _DEEP.format(inner)))
    return path


def _repair(folder: Path, capsys) -> tuple[int, str]:
    code = main(["--data-dir", str(folder), "repair"])
    return code, capsys.readouterr().out


def test_a_deep_name_in_the_details_is_put_back_as_text(capsys, tmp_path: Path) -> None:
    path = _deepened(tmp_path, "profile", "name", "Ana Ruiz Gil")
    code, out = _repair(tmp_path, capsys)
    assert '"name" of record "1" in "profile"' in out and "put back there as text" in out, out
    assert Journal.open(path).profile().name == "Ana Ruiz Gil", out
    assert "KEEP IT" not in out and code == 0, out
    Journal.open(path).add(make_entry("Beta", id="e2"))  # a save lands again
    assert len(Journal.open(path).entries()) == 2


def test_a_deep_value_coach_does_not_read_is_set_aside_in_a_kept_copy(
    capsys, tmp_path: Path
) -> None:
    path = _deepened(tmp_path, "profile", "extra", "12 Calle Mayor")
    code, out = _repair(tmp_path, capsys)
    assert '"extra" of record "1" in "profile"' in out and "left out of journal.json" in out
    assert "KEEP IT" in out and code == 1, out
    kept = next(tmp_path.glob("journal.json.damaged-*[0-9]"))
    assert "12 Calle Mayor" in kept.read_text() and "12 Calle Mayor" not in path.read_text()
    assert list(tmp_path.glob("*.unmended")), "the copy's note says it holds words"
    journal = Journal.open(path)
    assert journal.profile().name == "Ana Ruiz"  # the rest of the details kept
    journal.add(make_entry("Beta", id="e2"))
    assert len(Journal.open(path).entries()) == 2


def test_a_deep_value_in_coachs_bookkeeping_holding_nothing_is_left_out(
    capsys, tmp_path: Path
) -> None:
    path = _deepened(tmp_path, "_meta", "extra", "")
    code, out = _repair(tmp_path, capsys)
    assert '"extra" of record "1" in "_meta"' in out and "no words lost" in out, out
    assert "KEEP IT" not in out and code == 0, out
    Journal.open(path).add(make_entry("Beta", id="e2"))
    assert len(Journal.open(path).entries()) == 2


def test_a_deep_table_of_its_own_and_a_deep_entry_field_are_both_mended(
    capsys, tmp_path: Path
) -> None:
    path = _deepened(tmp_path, "profile", "phone", "+34 600 111")
    text = path.read_text()
    data = text.replace('"id": "e1"', '"extra": ' + _DEEP.format('"x"') + ', "id": "e1"', 1)
    assert data != text
    path.write_text(data[:-1] + ',"mine":' + _DEEP.format('"my words"') + "}")
    code, out = _repair(tmp_path, capsys)
    assert 'The table "mine"' in out and "(extra)" in out and code == 1, out
    journal = Journal.open(path)
    assert journal.profile().phone == "+34 600 111"
    journal.add(make_entry("Beta", id="e2"))
    assert sorted(e.id for e in Journal.open(path).entries()) == ["e1", "e2"]


def _nested(folder: Path, table: str, field: str, deep: str) -> Path:
    """A journal with the details, `field` of `table` replaced by the JSON text `deep`."""
    path = folder / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Acme", id="e1"))
    journal.save_profile(Profile(name="Ana Ruiz", phone="+34 600"))
    data = json.loads(path.read_text())
    data.setdefault(table, {}).setdefault("1", {})[field] = "(deep)"
    path.write_text(json.dumps(data).replace('"(deep)"', deep))
    return path


def test_a_name_nested_in_objects_comes_back_without_the_nests_keys(capsys, tmp_path: Path) -> None:
    # rv48: 600 objects keyed "a" came back as a 1,220-character "a a a … a: Ana" name.
    path = _nested(tmp_path, "profile", "name", '{"a":' * 600 + '"[bold]Ana[/] Ruiz"' + "}" * 600)
    code, out = _repair(tmp_path, capsys)
    assert Journal.open(path).profile().name == "[bold]Ana[/] Ruiz", out
    assert "put back there as text" in out and "KEEP IT" not in out and code == 0, out


def test_a_deep_name_too_long_for_a_name_is_kept_aside_not_put_back(capsys, tmp_path: Path) -> None:
    words = ",".join(['"word"'] * 300)
    path = _nested(tmp_path, "profile", "name", "[" * 600 + words + "]" * 600)
    code, out = _repair(tmp_path, capsys)
    assert "word word" not in Journal.open(path).profile().name, out
    assert "KEEP IT" in out and code == 1, out


@pytest.mark.parametrize(
    ("table", "field", "number"), [("_meta", "schema", "1"), ("_storage", "generation", "2")]
)
def test_coachs_own_bookkeeping_nested_deep_is_coachs_to_mend(
    capsys, tmp_path: Path, table: str, field: str, number: str
) -> None:
    # rv48: a deep `_meta.schema` was a KEEP IT for the person to put back by hand.
    path = _nested(tmp_path, table, field, "[" * 600 + number + "]" * 600)
    code, out = _repair(tmp_path, capsys)
    assert f'"{field}" of record "1" in "{table}"' in out and "no words of yours lost" in out
    assert "KEEP IT" not in out and code == 0, out
    assert not list(tmp_path.glob("*.unmended"))
    assert json.loads(path.read_text())[table]["1"][field] == int(number)  # the number it held
    journal = Journal.open(path)
    journal.add(make_entry("Beta", id="e2"))
    assert sorted(e.id for e in Journal.open(path).entries()) == ["e1", "e2"]
