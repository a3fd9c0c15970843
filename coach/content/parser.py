"""Turning one content file into guides, questions, advice, diagnoses, plans or a template."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from coach.content.model import (
    ADVICE_KINDS,
    FILE_TYPES,
    MIN_PLANS,
    OFFERS,
    OPTIONAL_PART_IDS,
    PART_IDS,
    PLACEHOLDERS,
    TOPICS,
    Advice,
    Diagnosis,
    Guide,
    Problem,
    Question,
    StagePlans,
    Template,
    TemplatePart,
    _uncovered_stages,
    _variant_clash,
)
from coach.content.reading import (
    _BRACES_RE,
    FileReader,
    _front_text,
    _Item,
    _last_bullet_list,
    _Section,
    _trim,
)
from coach.model import Stage
from coach.plan_idea_fields import PLAN_FIELDS, plan_idea_problem
from coach.plans import THEMES, PlanIdea


class _FileParser(FileReader):
    """Parses one content file, collecting items and problems."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[_Item] = []
        self.problems: list[Problem] = []
        self.front_text = ""

    def parse(self, kinds: frozenset[str] | None = None) -> None:
        """Read the file's items; a file whose type is not in `kinds` (if given) is left unread."""
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
        if kinds is not None and file_type not in kinds:
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

    # Sections: a level-2 heading, a ```toml block, then text.

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
            unknown = sorted(set(plan) - set(PLAN_FIELDS))
            if unknown:
                expected = ", ".join(PLAN_FIELDS)
                self.problem(line, f"{label}: unknown field {unknown[0]!r}; expected: {expected}")
                return None
            texts = {key: plan.get(key, "") for key in PLAN_FIELDS}
            if not all(isinstance(text, str) for text in texts.values()):
                self.problem(line, f"{label}: {', '.join(PLAN_FIELDS)} must be text")
                return None
            wrong = plan_idea_problem(texts)
            if wrong:
                self.problem(line, f"{label}: {wrong}")
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
                    counts_from=texts["counts_from"],
                    follow_up=texts["follow_up"],
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
                section, {"id": str}, {"optional": bool, "stages": object, "offered": str}
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
            offered = part_fields.get("offered", "")
            if offered not in OFFERS:
                self.problem(
                    self._key_line(section.meta_line, section.meta_text, "offered"),
                    f'{where}: part {part_id!r}: offered must be "call", or left out',
                )
                continue
            same = [p for p in parts if p.id == part_id and p.offered == offered]
            clash = _variant_clash(same, stages, optional)
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
            parts.append(TemplatePart(part_id, text, optional, stages, offered))
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
