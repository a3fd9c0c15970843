"""Loading the shipped guidance and a person's own files over it, and checking a folder."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import coach
from coach.content.model import (
    DEFAULT_TEMPLATE,
    Content,
    LoadResult,
    Problem,
)
from coach.content.parser import _FileParser
from coach.model import Stage


def shipped_content_dir() -> Path:
    """The guidance shipped with coach: in the wheel, or in a checkout."""
    package = Path(coach.__file__).parent
    # The wheel maps content/ to coach/_content; prefer it so an unrelated
    # site-packages/content folder can never be picked up.
    installed = package / "_content"
    if installed.is_dir():
        return installed
    return package.parent / "content"


def content_files(folder: Path) -> list[Path]:
    """The content files in a folder: *.md, skipping README.md and dotfiles."""
    found = []
    for path in folder.rglob("*.md"):
        relative = path.relative_to(folder)
        if path.name.lower() == "readme.md":
            continue
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


_COLLECTIONS = ("guides", "advice", "questions", "diagnoses", "templates", "stage_plans")


_SINGULAR = {
    "guides": "guide id",
    "advice": "advice id",
    "questions": "question id",
    "diagnoses": "diagnosis for stage",
    "templates": "template id",
    "stage_plans": "plans for stage",
}


@dataclass
class _Folder:
    items: dict[str, dict[Any, Any]]
    problems: list[Problem]


def _load_folder(folder: Path, kinds: frozenset[str] | None = None) -> _Folder:
    """Every valid file's items; a file with any problem adds none of them.

    `kinds` (file types, as front matter names them) reads only files of those types.
    """
    items: dict[str, dict[Any, Any]] = {name: {} for name in _COLLECTIONS}
    where: dict[tuple[str, Any], str] = {}
    problems: list[Problem] = []
    if not folder.is_dir():
        return _Folder(items, [Problem(folder, 0, "not a folder")])
    for path in content_files(folder):
        parser = _FileParser(path)
        parser.parse(kinds)
        if parser.problems:
            problems.extend(parser.problems)
            continue
        for collection, key, item, line in parser.items:
            if key in items[collection]:
                first = where[(collection, key)]
                problems.append(
                    Problem(
                        path,
                        line,
                        f"duplicate {_SINGULAR[collection]} {str(key)!r} "
                        f"(first defined at {first})",
                    )
                )
                continue
            items[collection][key] = item
            where[(collection, key)] = f"{path}:{line}"
    return _Folder(items, problems)


def _content(*folders: _Folder) -> Content:
    """Later folders' items replace earlier ones with the same key."""
    merged: dict[str, dict[Any, Any]] = {name: {} for name in _COLLECTIONS}
    for folder in folders:
        for name in _COLLECTIONS:
            merged[name].update(folder.items[name])
    stage_plans = {stage: item.plans for stage, item in merged.pop("stage_plans").items()}
    return Content(**merged, stage_plans=stage_plans)


@functools.lru_cache(maxsize=1)
def _shipped() -> _Folder:
    return _load_folder(shipped_content_dir())


@functools.cache
def shipped_templates() -> dict[str, Any]:
    """The shipped reply templates, as load_content() has them, read alone.

    The tone check wants only these: reading the advice too (its Markdown)
    cost a cold `coach check` about 0.15 CPU-s.
    """
    return _load_folder(shipped_content_dir(), frozenset({"template"})).items["templates"]


def load_content(user_dir: Path | None = None, *, shipped_dir: Path | None = None) -> LoadResult:
    """The shipped guidance, with the user's folder overriding or adding items.

    Files in the user folder that have any problem are skipped and reported;
    the shipped items stay in use. A missing user folder is not a problem.
    shipped_dir replaces the shipped folder (for tests); it is not cached.
    """
    base = _shipped() if shipped_dir is None else _load_folder(shipped_dir)
    problems = list(base.problems)
    folders = [base]
    if user_dir is not None and user_dir.is_dir():
        user = _load_folder(user_dir)
        folders.append(user)
        problems.extend(user.problems)
    return LoadResult(_content(*folders), tuple(problems))


def check_content_dir(path: Path, *, complete: bool = False) -> list[Problem]:
    """Every problem in a content folder, each naming its file and line.

    With complete=True the folder must also stand alone, as the shipped
    guidance does: every stage has questions and a diagnosis, and the
    default reply template exists.
    """
    folder = _load_folder(path)
    problems = list(folder.problems)
    # tone.toml alone is a folder of content too: it holds the tone check's words.
    if path.is_dir() and not content_files(path) and not (path / "tone.toml").is_file():
        problems.append(Problem(path, 0, "no content files (*.md or tone.toml) in this folder"))
    if complete and path.is_dir():
        content = _content(folder)
        for stage in Stage:
            if not content.questions_for(stage):
                problems.append(Problem(path, 0, f"no questions for stage {stage}"))
            if stage not in content.diagnoses:
                problems.append(Problem(path, 0, f"no diagnosis for stage {stage}"))
            if stage not in content.stage_plans:
                problems.append(Problem(path, 0, f"no first plans for stage {stage}"))
        if DEFAULT_TEMPLATE not in content.templates:
            problems.append(Problem(path, 0, f"no template with id {DEFAULT_TEMPLATE!r}"))
    return problems
