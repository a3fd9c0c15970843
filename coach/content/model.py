"""The guidance as typed objects: guides, advice, questions, diagnoses, templates, plans."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from coach.model import INTERVIEWED_STAGES, ReplyPart, Stage
from coach.plans import PlanIdea

# The names a template may fill in, each written {like_this}.
PLACEHOLDERS: tuple[str, ...] = (
    "contact_name",
    "job_title",
    "company",
    "your_name",
    "linkedin_url",
    "phone",
)

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


# What an email may offer that a part has a text for ("" is the part's usual text).
OFFERS: tuple[str, ...] = ("", "call")


# Only parts the walk can switch on or off may be optional.
OPTIONAL_PART_IDS = frozenset(part.value for part in ReplyPart)


DEFAULT_TEMPLATE = "reply"


ADVICE_KINDS = ("do", "dont")


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
    # "call": the text used when the email offered a call about feedback, in
    # place of this part's usual text (rv49: the draft asked by email instead).
    offered: str = ""


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

    def part(
        self, part_id: str, stage: Stage | None = None, offered: str = ""
    ) -> TemplatePart | None:
        """The part with this id (its variant for a stage, and for what the email offered)."""
        for part in self.parts if offered else ():
            fits = stage is None or part.stages is None or stage in part.stages
            if part.id == part_id and part.offered == offered and fits:
                return part
        found = [p for p in self.parts if p.id == part_id and not p.offered]
        if stage is not None:
            # A variant written for the stage wins over the text for every stage.
            for part in found:
                if part.stages is not None and stage in part.stages:
                    return part
            found = [p for p in found if p.stages is None]
        return found[0] if found else None

    def parts_for(self, stage: Stage | None, offered: str = "") -> tuple[TemplatePart, ...]:
        """One text per part id, in order, as used at a stage (None: the first)."""
        ids = dict.fromkeys(p.id for p in self.parts)
        chosen = (self.part(part_id, stage, offered) for part_id in ids)
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
        # A text for what an email offered stands in only now and then: never the cover.
        variants = [p for p in parts if p.id == part_id and not p.offered]
        if any(p.stages is None for p in variants):
            continue
        covered = frozenset().union(*(p.stages or frozenset() for p in variants))
        left = [s.value for s in Stage if s not in covered]
        if left:
            missing[part_id] = left
    return missing
