"""Reading one content file's shape: TOML front matter, sections, fields and sources."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coach.content.model import (
    STAGE_GROUPS,
    Problem,
    Source,
)
from coach.model import Stage

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


FRONT_MATTER_FENCE = "+++"


# One parsed item: which collection, its key there, the object, and where.
_Item = tuple[str, Any, Any, int]


_ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")


# Wider than the drafting pattern so `{Contact Name}` is caught as a typo.
_BRACES_RE = re.compile(r"\{([^{}\n]*)\}")


_TOML_LINE_RE = re.compile(r"\(at line (\d+), column \d+\)")


@functools.cache
def _markdown() -> MarkdownIt:
    # Imported on first parse so commands that never read content stay quick.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


@dataclass
class _Section:
    title: str
    line: int  # 1-based line of the heading
    meta: dict[str, Any]
    meta_line: int  # 1-based line of the first line inside the toml fence
    meta_text: str
    lines: list[tuple[int, str]]  # (1-based line, text) after the fence
    tokens: list[Token]
    offset: int  # add to a token's 0-based map line to get a 1-based line


SOURCE_SHAPE = 'each { author = "...", year = 2001, title = "..." or url = "..." }'


_SOURCE_KEYS = {"author": str, "year": int, "title": str, "url": str, "note": str}


def _source_problem(raw: dict[str, Any]) -> str:
    """What is wrong with one source table, or '' when it is complete."""
    for key, value in raw.items():
        if key not in _SOURCE_KEYS:
            return f"has an unknown field {key!r}; use {', '.join(_SOURCE_KEYS)}"
        if not isinstance(value, _SOURCE_KEYS[key]) or isinstance(value, bool):
            return f"{key} must be {_type_name(_SOURCE_KEYS[key])}"
    if not str(raw.get("author", "")).strip():
        return "needs an author"
    if "year" not in raw or not 1800 <= raw["year"] <= 2100:
        return "needs the year it was published, as a number"
    if not (str(raw.get("title", "")).strip() or str(raw.get("url", "")).strip()):
        return "needs a title or a url"
    return ""


def _front_text(lines: list[str]) -> str:
    """The TOML between the +++ fences, for finding a key's line."""
    inner = []
    for line in lines[1:]:
        if line.strip() == FRONT_MATTER_FENCE:
            break
        inner.append(line)
    return "\n".join(inner)


def _map(token: Token) -> tuple[int, int]:
    # Block tokens always carry a source map; the fallback satisfies the types.
    return (token.map[0], token.map[1]) if token.map else (0, 0)


def _trim(lines: list[str]) -> str:
    """The lines joined, without blank lines at either end."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return "\n".join(line.rstrip() for line in lines)


def _last_bullet_list(section: _Section) -> tuple[tuple[str, ...], set[int]]:
    """The items of the section's last top-level bullet list, and its lines."""
    starts = [
        i for i, t in enumerate(section.tokens) if t.type == "bullet_list_open" and t.level == 0
    ]
    if not starts:
        return (), set()
    start = starts[-1]
    first, last = _map(section.tokens[start])
    items: list[str] = []
    current: list[str] | None = None
    for token in section.tokens[start + 1 :]:
        if token.type == "bullet_list_close" and token.level == 0:
            break
        if token.type == "list_item_open" and token.level == 1:
            current = []
            items.append("")
        elif token.type == "inline" and current is not None:
            current.append(" ".join(token.content.split()))
            items[-1] = " ".join(current)
    lines = set(range(first + section.offset, last + section.offset))
    return tuple(item for item in items if item), lines


def _type_name(kind: type) -> str:
    return {str: "text", bool: "true or false", list: "a list", int: "a number"}.get(
        kind, kind.__name__
    )


class FileReader:
    """What reading any content file shares; problems are collected, never raised."""

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def _front_matter(self, lines: list[str]) -> tuple[dict[str, Any], int] | None:
        if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
            self.problem(
                1,
                "malformed front matter: the file must start with a line of +++, "
                "then TOML, then another line of +++",
            )
            return None
        for index in range(1, len(lines)):
            if lines[index].strip() == FRONT_MATTER_FENCE:
                break
        else:
            self.problem(1, "malformed front matter: the closing +++ line is missing")
            return None
        meta = self._toml("\n".join(lines[1:index]), 2, "malformed front matter")
        if meta is None:
            return None
        return meta, index + 1

    def _toml(self, text: str, first_line: int, what: str) -> dict[str, Any] | None:
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            match = _TOML_LINE_RE.search(str(error))
            # tomllib reports "at end of document" for unclosed values.
            inner = int(match.group(1)) if match else max(1, text.count("\n") + 1)
            self.problem(first_line + inner - 1, f"{what}: {error}")
            return None

    def _key_line(self, first_line: int, text: str, key: str) -> int:
        """The line where `key = ...` is written, or the block's first line."""
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number, line in enumerate(text.splitlines()):
            if pattern.match(line):
                return first_line + number
        return first_line

    def _fields(
        self,
        table: dict[str, Any],
        first_line: int,
        text: str,
        where: str,
        required: dict[str, type],
        optional: dict[str, type] | None = None,
    ) -> dict[str, Any] | None:
        """Check a TOML table has exactly the expected keys with the right types."""
        optional = optional or {}
        allowed = {**required, **optional}
        ok = True
        for key, value in table.items():
            line = self._key_line(first_line, text, key)
            if key not in allowed:
                self.problem(
                    line,
                    f"{where}: unknown field {key!r}; expected: {', '.join(allowed)}",
                )
                ok = False
            elif allowed[key] is not object and not isinstance(value, allowed[key]):
                self.problem(
                    line,
                    f"{where}: {key} must be {_type_name(allowed[key])}, "
                    f"not {_type_name(type(value))}",
                )
                ok = False
        for key in required:
            if key not in table:
                self.problem(first_line, f"{where}: the {key} field is missing")
                ok = False
        if not ok:
            return None
        if "id" in table and not _ID_RE.match(table["id"]):
            self.problem(
                self._key_line(first_line, text, "id"),
                f"{where}: id {table['id']!r} must be lowercase letters, digits, - or _",
            )
            return None
        return table

    def _stage_set(self, value: Any, line: int, where: str) -> frozenset[Stage] | None:
        names = [value] if isinstance(value, str) else value
        if not isinstance(names, list) or not names:
            self.problem(line, f"{where}: stages must be a stage id or a list of them")
            return None
        stages: set[Stage] = set()
        for name in names:
            if isinstance(name, str) and name in STAGE_GROUPS:
                stages |= STAGE_GROUPS[name]
                continue
            try:
                stages.add(Stage(name))
            except ValueError:
                self.problem(
                    line,
                    f"{where}: unknown stage id {name!r}; use "
                    f"{', '.join(Stage)}, or one of {', '.join(STAGE_GROUPS)}",
                )
                return None
        return frozenset(stages)

    def _sources(
        self, table: dict[str, Any], first_line: int, text: str, where: str, *, required: bool
    ) -> tuple[Source, ...] | None:
        """The item's sources, checked; None (with a problem) when they are wrong."""
        line = self._key_line(first_line, text, "sources")
        value = table.get("sources", [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(line, f"{where}: sources must be a list of tables ({SOURCE_SHAPE})")
            return None
        if required and not value:
            self.problem(
                line,
                f"{where} makes claims but lists no sources; add a sources list "
                f"({SOURCE_SHAPE}), or reword the claim as what is known",
            )
            return None
        sources = []
        for number, raw in enumerate(value, start=1):
            problem = _source_problem(raw)
            if problem:
                self.problem(line, f"{where}: source {number} {problem} ({SOURCE_SHAPE})")
                return None
            sources.append(
                Source(
                    author=raw["author"].strip(),
                    year=raw["year"],
                    title=raw.get("title", "").strip(),
                    url=raw.get("url", "").strip(),
                    note=raw.get("note", "").strip(),
                )
            )
        return tuple(sources)

    def _sections(self, body_lines: list[str], body_start: int) -> list[_Section]:
        tokens = _markdown().parse("\n".join(body_lines))
        heads = [
            i
            for i, t in enumerate(tokens)
            if t.type == "heading_open" and t.tag == "h2" and t.level == 0
        ]
        offset = body_start + 1
        sections = []
        for k, start in enumerate(heads):
            stop = heads[k + 1] if k + 1 < len(heads) else len(tokens)
            next_line = _map(tokens[heads[k + 1]])[0] if k + 1 < len(heads) else len(body_lines)
            title = tokens[start + 1].content.strip()
            line = _map(tokens[start])[0] + offset
            fence = tokens[start + 3] if start + 3 < stop else None
            if fence is None or fence.type != "fence" or fence.info.strip() != "toml":
                self.problem(
                    line,
                    f"section {title!r} needs a ```toml block right after its heading",
                )
                continue
            fence_start, fence_end = _map(fence)
            meta_line = fence_start + offset + 1
            meta = self._toml(fence.content, meta_line, f"section {title!r}")
            if meta is None:
                continue
            sections.append(
                _Section(
                    title=title,
                    line=line,
                    meta=meta,
                    meta_line=meta_line,
                    meta_text=fence.content,
                    lines=[(n + offset, body_lines[n]) for n in range(fence_end, next_line)],
                    tokens=tokens[start + 4 : stop],
                    offset=offset,
                )
            )
        return sections

    def _section_sources(
        self, section: _Section, fields: dict[str, Any], where: str, *, required: bool
    ) -> tuple[Source, ...] | None:
        return self._sources(fields, section.meta_line, section.meta_text, where, required=required)

    def _section_fields(
        self,
        section: _Section,
        required: dict[str, type],
        optional: dict[str, type] | None = None,
    ) -> dict[str, Any] | None:
        return self._fields(
            section.meta,
            section.meta_line,
            section.meta_text,
            f"section {section.title!r}",
            required,
            optional,
        )

    def _file_fields(
        self,
        meta: dict[str, Any],
        required: dict[str, type],
        optional: dict[str, type] | None = None,
    ) -> dict[str, Any] | None:
        # Front matter always starts on line 2, after the opening +++.
        return self._fields(
            meta,
            2,
            self.front_text,
            "front matter",
            {"type": str, **required},
            optional,
        )
