"""Screens never write the journal themselves: screens/saving.py is the one place that does."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from coach.journal import Journal, JournalPlans

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "screens"
THE_ONE_PLACE = SCREENS / "saving.py"

# Every public method of the journal that changes the file (checked against
# the class below, so a new write method cannot slip past this list).
WRITE_METHODS = {
    "add",
    "save",
    "save_edit",
    "delete",
    "import_entries",
    "import_with_plans",
    "save_profile",
    "save_plan",
    "import_plans",
}


def journal_writes_in(path: Path) -> list[str]:
    """Each call of a journal write method in a module, as "file:line call"."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in WRITE_METHODS:
            continue
        receiver = ast.unparse(node.func.value)
        if "journal" in receiver.lower() or "storage" in receiver.lower():
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node.func)}")
    return found


def test_the_list_of_write_methods_is_the_journals_own() -> None:
    for name in WRITE_METHODS:
        assert callable(getattr(Journal, name)), name
    # Any other public method whose body writes must be on the list.
    for cls in (Journal, JournalPlans):
        for name, method in vars(cls).items():
            if name.startswith("_") or not inspect.isfunction(method):
                continue
            source = inspect.getsource(method)
            if "self._write(" in source or "self._transaction()" in source:
                assert name in WRITE_METHODS, f"{cls.__name__}.{name} writes; add it here"


def test_no_screen_writes_the_journal_itself() -> None:
    writes = [
        write
        for path in sorted(SCREENS.rglob("*.py"))
        if path != THE_ONE_PLACE
        for write in journal_writes_in(path)
    ]
    assert writes == [], (
        "Screens hand what the person did to the app (a message, dismiss(), or one of "
        "screens/saving.py's *_soon methods); only saving.py writes the journal: " + str(writes)
    )


def test_the_check_finds_a_write(tmp_path: Path) -> None:
    module = tmp_path / "screen.py"
    module.write_text(
        "def undo(self):\n"
        "    self.journal.save(self._deleted)\n"
        "    seen.add(1)\n"
        "    journal.delete('x')\n",
        encoding="utf-8",
    )
    global ROOT
    old_root, ROOT = ROOT, tmp_path
    try:
        assert journal_writes_in(module) == [
            "screen.py:2 self.journal.save",
            "screen.py:4 journal.delete",
        ]
    finally:
        ROOT = old_root
