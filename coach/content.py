"""Loads the guidance in content/ into typed objects, and checks it."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import coach
from coach.drafting import PLACEHOLDERS
from coach.model import INTERVIEWED_STAGES, ReplyPart, Stage
from coach.plans import THEMES, PlanIdea

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

FRONT_MATTER_FENCE = "+++"

FILE_TYPES = ("guide", "questions", "advice", "diagnoses", "template", "plans")

# Every diagnosis, and every stage's first-plans section, offers at least this many.
MIN_PLANS = 2

# The order a person is walked through reflection questions.
TOPICS: tuple[str, ...] = (
    "what_happened",
    "feelings",
    "went_well",
    "could_improve",
    "next",
)

# Shorthands a content file may use in place of listing stage ids.
STAGE_GROUPS: dict[str, frozenset[Stage]] = {
    "all": frozenset(Stage),
    "interviewed": INTERVIEWED_STAGES,
    "not_interviewed": frozenset(Stage) - INTERVIEWED_STAGES,
}

PART_IDS: tuple[str, ...] = (
    "greeting",
    "thanks",
    "feedback",
    "apply_again",
    "linkedin",
    "signoff",
    # Only in the follow-up sent after a silence, never in a reply to a no.
    "follow_up",
)

# Only parts the walk can switch on or off may be optional.
OPTIONAL_PART_IDS = frozenset(part.value for part in ReplyPart)

DEFAULT_TEMPLATE = "reply"

ADVICE_KINDS = ("do", "dont")

_ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")
# Wider than the drafting pattern so `{Contact Name}` is caught as a typo.
_BRACES_RE = re.compile(r"\{([^{}\n]*)\}")
_TOML_LINE_RE = re.compile(r"\(at line (\d+), column \d+\)")


@functools.cache
def _markdown() -> MarkdownIt:
    # Imported on first parse so commands that never read content stay quick.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


@dataclass(frozen=True)
class Problem:
    """Something wrong in a content file; line 0 means the file as a whole."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        if self.line <= 0:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Source:
    """Where a claim in the guidance comes from: who, when, and what or where."""

    author: str
    year: int
    title: str = ""
    url: str = ""
    note: str = ""

    def __str__(self) -> str:
        where = ". ".join(part for part in (self.title, self.url) if part)
        return f"{self.author} ({self.year}). {where}"


@dataclass(frozen=True)
class Guide:
    """A page of prose, shown as markdown."""

    id: str
    title: str
    body_markdown: str
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Advice:
    """One "do" or "do not" point, with when it applies."""

    id: str
    kind: Literal["do", "dont"]
    title: str
    body: str
    when: str
    stages: frozenset[Stage]
    optional: bool = False
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Question:
    """A reflection question and the funnel stages it is asked for."""

    id: str
    text: str
    stages: frozenset[Stage]
    topic: str
    hint: str = ""
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Diagnosis:
    """What a rejection at one stage suggests, and what to do next."""

    stage: Stage
    title: str
    body: str
    actions: tuple[str, ...]
    sources: tuple[Source, ...] = ()
    plans: tuple[PlanIdea, ...] = ()


@dataclass(frozen=True)
class StagePlans:
    """If-then plan ideas for one rejection at a stage, before the journal shows a pattern."""

    stage: Stage
    title: str
    plans: tuple[PlanIdea, ...]


@dataclass(frozen=True)
class TemplatePart:
    """One paragraph of a reply template; text still holds `{placeholders}`."""

    id: str
    text: str
    optional: bool = False
    # None: the text for every stage; else only for these (a stage variant).
    stages: frozenset[Stage] | None = None

    def applies_to(self, stage: Stage | None) -> bool:
        """Whether this text is the one to use at a stage (None: any stage)."""
        return self.stages is None or stage is None or stage in self.stages


@dataclass(frozen=True)
class Template:
    """A reply template: its parts in order and the placeholders it uses."""

    id: str
    title: str
    parts: tuple[TemplatePart, ...]
    placeholders: tuple[str, ...]
    summary: str = ""

    @property
    def optional_parts(self) -> tuple[ReplyPart, ...]:
        """The parts a person can switch on or off for this template."""
        return tuple(dict.fromkeys(ReplyPart(p.id) for p in self.parts if p.optional))

    def part(self, part_id: str, stage: Stage | None = None) -> TemplatePart | None:
        """The part with this id (its variant for a stage, if given), if any."""
        found = [p for p in self.parts if p.id == part_id]
        if stage is not None:
            # A variant written for the stage wins over the text for every stage.
            for part in found:
                if part.stages is not None and stage in part.stages:
                    return part
            found = [p for p in found if p.stages is None]
        return found[0] if found else None

    def parts_for(self, stage: Stage | None) -> tuple[TemplatePart, ...]:
        """One text per part id, in order, as used at a stage (None: the first)."""
        ids = dict.fromkeys(p.id for p in self.parts)
        chosen = (self.part(part_id, stage) for part_id in ids)
        return tuple(part for part in chosen if part is not None)


@dataclass(frozen=True)
class Content:
    """All the guidance, keyed by id (diagnoses by stage), in file order."""

    guides: dict[str, Guide] = field(default_factory=dict)
    advice: dict[str, Advice] = field(default_factory=dict)
    questions: dict[str, Question] = field(default_factory=dict)
    diagnoses: dict[Stage, Diagnosis] = field(default_factory=dict)
    templates: dict[str, Template] = field(default_factory=dict)
    stage_plans: dict[Stage, tuple[PlanIdea, ...]] = field(default_factory=dict)

    def guide(self, guide_id: str) -> Guide:
        """The guide with this id; KeyError if there is none."""
        return self.guides[guide_id]

    def template(self, template_id: str) -> Template:
        """The template with this id, else the default one (the check keeps one)."""
        found = self.templates.get(template_id) or self.templates.get(DEFAULT_TEMPLATE)
        return found or next(iter(self.templates.values()))

    def questions_for(self, stage: Stage) -> list[Question]:
        """The questions for a stage, ordered by topic, then as written."""
        chosen = [q for q in self.questions.values() if stage in q.stages]
        return sorted(chosen, key=lambda q: TOPICS.index(q.topic))

    def advice_for(self, stage: Stage | None = None, kind: str | None = None) -> list[Advice]:
        """Advice that applies to a stage (any stage if None), of one kind."""
        return [
            a
            for a in self.advice.values()
            if (stage is None or stage in a.stages) and (kind in (None, a.kind))
        ]

    def ids(self) -> frozenset[str]:
        """Every guide, advice, question and template id."""
        return frozenset([*self.guides, *self.advice, *self.questions, *self.templates])


@dataclass(frozen=True)
class LoadResult:
    """The content to use, and what was wrong in the files that were skipped."""

    content: Content
    problems: tuple[Problem, ...] = ()


# --- where the content lives -------------------------------------------------


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


# --- parsing one file ---------------------------------------------------------

# One parsed item: which collection, its key there, the object, and where.
_Item = tuple[str, Any, Any, int]


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


class _FileParser:
    """Parses one content file, collecting items and problems."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[_Item] = []
        self.problems: list[Problem] = []
        self.front_text = ""

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def parse(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self.problem(0, f"cannot read file: {error}")
            return
        lines = text.splitlines()
        self.front_text = _front_text(lines)
        front = self._front_matter(lines)
        if front is None:
            return
        meta, body_start = front
        file_type = meta.get("type")
        if file_type not in FILE_TYPES:
            shown = "missing" if file_type is None else repr(file_type)
            self.problem(
                self._key_line(2, self.front_text, "type"),
                f"front matter type is {shown}; use one of: {', '.join(FILE_TYPES)}",
            )
            return
        body_lines = lines[body_start:]
        parse = self._parsers()[file_type]
        parse(meta, body_lines, body_start)

    def _parsers(self) -> dict[str, Callable[[dict[str, Any], list[str], int], None]]:
        return {
            "guide": self._guide,
            "questions": self._questions,
            "advice": self._advice,
            "diagnoses": self._diagnoses,
            "template": self._template,
            "plans": self._stage_plans,
        }

    # Front matter and fields.

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

    # Sections: a level-2 heading, a ```toml block, then text.

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

    # Item kinds.

    def _guide(self, meta: dict[str, Any], body: list[str], start: int) -> None:
        fields = self._file_fields(meta, {"id": str, "title": str}, {"sources": list})
        if fields is None:
            return
        sources = self._sources(
            fields, 2, self.front_text, f"guide {fields['id']!r}", required=True
        )
        if sources is None:
            return
        text = _trim(body)
        if not text:
            self.problem(start + 1, f"guide {fields['id']!r} has no text")
            return
        guide = Guide(fields["id"], fields["title"], text, sources)
        self.items.append(("guides", fields["id"], guide, 2))

    def _questions(self, meta: dict[str, Any], body: list[str], start: int) -> None:
        if self._file_fields(meta, {}, {"title": str}) is None:
            return
        for section in self._sections(body, start):
            fields = self._section_fields(
                section, {"id": str, "stages": object, "topic": str}, {"sources": list}
            )
            if fields is None:
                continue
            where = f"question {section.title!r}"
            sources = self._section_sources(section, fields, where, required=False)
            if sources is None:
                continue
            stages = self._stage_set(
                fields["stages"],
                self._key_line(section.meta_line, section.meta_text, "stages"),
                where,
            )
            if stages is None:
                continue
            if fields["topic"] not in TOPICS:
                self.problem(
                    self._key_line(section.meta_line, section.meta_text, "topic"),
                    f"{where}: unknown topic {fields['topic']!r}; use one of: {', '.join(TOPICS)}",
                )
                continue
            if not section.title:
                self.problem(section.line, "a question heading has no text")
                continue
            hint = _trim([text for _, text in section.lines])
            question = Question(fields["id"], section.title, stages, fields["topic"], hint, sources)
            self.items.append(("questions", fields["id"], question, section.line))

    def _advice(self, meta: dict[str, Any], body: list[str], start: int) -> None:
        if self._file_fields(meta, {}, {"title": str}) is None:
            return
        for section in self._sections(body, start):
            fields = self._section_fields(
                section,
                {"id": str, "kind": str, "when": str},
                {"stages": object, "optional": bool, "sources": list},
            )
            if fields is None:
                continue
            where = f"advice {section.title!r}"
            sources = self._section_sources(section, fields, where, required=True)
            if sources is None:
                continue
            if fields["kind"] not in ADVICE_KINDS:
                self.problem(
                    self._key_line(section.meta_line, section.meta_text, "kind"),
                    f'{where}: kind must be "do" or "dont", not {fields["kind"]!r}',
                )
                continue
            stages = self._stage_set(
                fields.get("stages", "all"),
                self._key_line(section.meta_line, section.meta_text, "stages"),
                where,
            )
            if stages is None:
                continue
            text = _trim([text for _, text in section.lines])
            if not text:
                self.problem(section.line, f"{where} has no text under its heading")
                continue
            advice = Advice(
                id=fields["id"],
                kind=fields["kind"],
                title=section.title,
                body=text,
                when=fields["when"].strip(),
                stages=stages,
                optional=fields.get("optional", False),
                sources=sources,
            )
            self.items.append(("advice", fields["id"], advice, section.line))

    def _diagnoses(self, meta: dict[str, Any], body: list[str], start: int) -> None:
        if self._file_fields(meta, {}, {"title": str}) is None:
            return
        for section in self._sections(body, start):
            fields = self._section_fields(section, {"stage": str}, {"sources": list, "plans": list})
            if fields is None:
                continue
            where = f"diagnosis {section.title!r}"
            sources = self._section_sources(section, fields, where, required=True)
            if sources is None:
                continue
            stage_line = self._key_line(section.meta_line, section.meta_text, "stage")
            try:
                stage = Stage(fields["stage"])
            except ValueError:
                self.problem(
                    stage_line,
                    f"{where}: unknown stage id {fields['stage']!r}; "
                    f"use one of: {', '.join(Stage)}",
                )
                continue
            actions, list_lines = _last_bullet_list(section)
            if not actions:
                self.problem(section.line, f"{where} needs a bullet list of next actions")
                continue
            text = _trim([t for n, t in section.lines if n not in list_lines])
            plans = self._plan_ideas(section, fields.get("plans", []), where)
            if plans is None:
                continue
            diagnosis = Diagnosis(stage, section.title, text, actions, sources, plans=plans)
            self.items.append(("diagnoses", stage, diagnosis, section.line))

    def _stage_plans(self, meta: dict[str, Any], body: list[str], start: int) -> None:
        if self._file_fields(meta, {}, {"title": str}) is None:
            return
        for section in self._sections(body, start):
            fields = self._section_fields(section, {"stage": str, "plans": list})
            if fields is None:
                continue
            where = f"plans {section.title!r}"
            try:
                stage = Stage(fields["stage"])
            except ValueError:
                self.problem(
                    self._key_line(section.meta_line, section.meta_text, "stage"),
                    f"{where}: unknown stage id {fields['stage']!r}; "
                    f"use one of: {', '.join(Stage)}",
                )
                continue
            plans = self._plan_ideas(section, fields["plans"], where)
            if plans is not None:
                item = StagePlans(stage, section.title, plans)
                self.items.append(("stage_plans", stage, item, section.line))

    def _plan_ideas(
        self, section: _Section, value: list[Any], where: str
    ) -> tuple[PlanIdea, ...] | None:
        """The `plans` list: at least MIN_PLANS tables of when, then, theme (and due)."""
        line = self._key_line(section.meta_line, section.meta_text, "plans")
        if len(value) < MIN_PLANS:
            self.problem(
                line,
                f"{where}: needs at least {MIN_PLANS} plans, each "
                '{ when = "...", then = "...", theme = "..." }',
            )
            return None
        from coach.dates import DateInputError, parse_due

        ideas = []
        for number, plan in enumerate(value, start=1):
            label = f"{where}: plan {number}"
            if not isinstance(plan, dict):
                self.problem(line, f'{label} must be a table: {{ when = "...", then = "..." }}')
                return None
            unknown = sorted(set(plan) - {"when", "then", "theme", "due"})
            if unknown:
                self.problem(
                    line,
                    f"{label}: unknown field {unknown[0]!r}; expected: when, then, theme, due",
                )
                return None
            texts = {key: plan.get(key, "") for key in ("when", "then", "theme", "due")}
            if not all(isinstance(text, str) for text in texts.values()):
                self.problem(line, f"{label}: when, then, theme and due must be text")
                return None
            missing = [key for key in ("when", "then") if not texts[key].strip()]
            if missing:
                self.problem(line, f"{label}: {missing[0]} is missing or empty")
                return None
            if texts["theme"] not in THEMES:
                self.problem(
                    line, f"{label}: theme {texts['theme']!r} is not one of: {', '.join(THEMES)}"
                )
                return None
            try:
                # Any fixed day works as "today": the words either parse or not.
                parse_due(texts["due"], date(2026, 1, 1))
            except DateInputError as error:
                self.problem(line, f"{label}: due: {error}")
                return None
            ideas.append(
                PlanIdea(
                    when=" ".join(texts["when"].split()),
                    then=" ".join(texts["then"].split()),
                    theme=texts["theme"],
                    due=texts["due"].strip(),
                )
            )
        return tuple(ideas)

    def _template(self, meta: dict[str, Any], body: list[str], start: int) -> None:
        fields = self._file_fields(meta, {"id": str, "title": str}, {"summary": str})
        if fields is None:
            return
        where = f"template {fields['id']!r}"
        parts: list[TemplatePart] = []
        used: list[str] = []
        problems_before = len(self.problems)
        for section in self._sections(body, start):
            part_fields = self._section_fields(
                section, {"id": str}, {"optional": bool, "stages": object}
            )
            if part_fields is None:
                continue
            part_id = part_fields["id"]
            optional = part_fields.get("optional", False)
            id_line = self._key_line(section.meta_line, section.meta_text, "id")
            if part_id not in PART_IDS:
                self.problem(
                    id_line,
                    f"{where}: unknown part id {part_id!r}; use one of: {', '.join(PART_IDS)}",
                )
                continue
            stages = None
            if "stages" in part_fields:
                stages = self._stage_set(
                    part_fields["stages"],
                    self._key_line(section.meta_line, section.meta_text, "stages"),
                    f"{where}: part {part_id!r}",
                )
                if stages is None:
                    continue
            clash = _variant_clash([p for p in parts if p.id == part_id], stages, optional)
            if clash:
                self.problem(id_line, f"{where}: part {part_id!r} {clash}")
                continue
            if optional and part_id not in OPTIONAL_PART_IDS:
                self.problem(
                    self._key_line(section.meta_line, section.meta_text, "optional"),
                    f"{where}: part {part_id!r} cannot be optional; only "
                    f"{', '.join(sorted(OPTIONAL_PART_IDS))} can",
                )
                continue
            for number, line in section.lines:
                for match in _BRACES_RE.finditer(line):
                    name = match.group(1)
                    if name not in PLACEHOLDERS:
                        self.problem(
                            number,
                            f"{where}: unknown placeholder {{{name}}}; use one "
                            f"of: {', '.join('{' + p + '}' for p in PLACEHOLDERS)}",
                        )
                    elif name not in used:
                        used.append(name)
            text = _trim([t for _, t in section.lines])
            if not text:
                self.problem(section.line, f"{where}: part {part_id!r} has no text")
                continue
            parts.append(TemplatePart(part_id, text, optional, stages))
        for part_id, uncovered in _uncovered_stages(parts).items():
            self.problem(
                self._key_line(2, self.front_text, "id"),
                f"{where}: part {part_id!r} has no text for {', '.join(uncovered)}; "
                "add a section for those stages, or one without stages",
            )
        if len(self.problems) > problems_before:
            # A broken section may have been the greeting; don't guess.
            return
        if not any(p.id == "greeting" for p in parts):
            self.problem(
                self._key_line(2, self.front_text, "id"),
                f'{where} has no greeting part (a section with id = "greeting")',
            )
            return
        template = Template(
            id=fields["id"],
            title=fields["title"],
            parts=tuple(parts),
            placeholders=tuple(used),
            summary=fields.get("summary", ""),
        )
        self.items.append(("templates", fields["id"], template, 2))


def _variant_clash(
    earlier: list[TemplatePart], stages: frozenset[Stage] | None, optional: bool
) -> str:
    """Why a second section for the same part cannot stand, or '' if it can."""
    if not earlier:
        return ""
    if any(p.optional != optional for p in earlier):
        return "is optional in one section and not in another; make them agree"
    if stages is None:
        if any(p.stages is None for p in earlier):
            return "appears twice for every stage; give each a stages list"
        return ""
    for part in earlier:
        overlap = stages & part.stages if part.stages is not None else frozenset()
        if overlap:
            named = ", ".join(s.value for s in Stage if s in overlap)
            return f"has two texts for {named}; each stage may have only one"
    return ""


def _uncovered_stages(parts: list[TemplatePart]) -> dict[str, list[str]]:
    """Part ids written only for some stages, with the stages they leave out."""
    missing: dict[str, list[str]] = {}
    for part_id in dict.fromkeys(p.id for p in parts):
        variants = [p for p in parts if p.id == part_id]
        if any(p.stages is None for p in variants):
            continue
        covered = frozenset().union(*(p.stages or frozenset() for p in variants))
        left = [s.value for s in Stage if s not in covered]
        if left:
            missing[part_id] = left
    return missing


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


# --- loading folders ------------------------------------------------------------

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


def _load_folder(folder: Path) -> _Folder:
    """Every valid file's items; a file with any problem adds none of them."""
    items: dict[str, dict[Any, Any]] = {name: {} for name in _COLLECTIONS}
    where: dict[tuple[str, Any], str] = {}
    problems: list[Problem] = []
    if not folder.is_dir():
        return _Folder(items, [Problem(folder, 0, "not a folder")])
    for path in content_files(folder):
        parser = _FileParser(path)
        parser.parse()
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
    if path.is_dir() and not content_files(path):
        problems.append(Problem(path, 0, "no content files (*.md) in this folder"))
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
