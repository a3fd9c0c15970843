"""Every reply a person can build reads as a whole email: all templates, stages and parts."""

from __future__ import annotations

import itertools
import re

import pytest

from coach.content import Template, TemplatePart, load_content
from coach.drafting import PLACEHOLDERS, build_draft
from coach.model import INTERVIEWED_STAGES, Entry, Profile, ReplyPart, Stage

SHIPPED = load_content().content

FULL = Profile(name="Ann Lee", linkedin_url="https://linkedin.com/in/annlee", phone="555 0100")
NAME_ONLY = Profile(name="Ann Lee")

# Every on/off choice of the four optional parts, including none and all.
PART_CHOICES = [
    frozenset(chosen)
    for size in range(len(ReplyPart) + 1)
    for chosen in itertools.combinations(list(ReplyPart), size)
]

GREETING_RE = re.compile(r"^(hi|hello|dear|hey)\b", re.IGNORECASE | re.MULTILINE)
THANKS_AGAIN_RE = re.compile(r"\b(thanks|thank you)\b[^.?!\n]*\bagain\b", re.IGNORECASE)
THANK_RE = re.compile(r"\b(thanks|thank you|grateful)\b", re.IGNORECASE)
# Words that would assume a conversation took place.
CONVERSATION_RE = re.compile(
    r"\b(interview\w*|conversation|talk(ed|ing)? with|meet|met|round|the team)\b", re.IGNORECASE
)
# Words that would assume an answer arrived.
ANSWER_RE = re.compile(r"\b(letting me know|let me know how|update|decision|news)\b", re.IGNORECASE)


def _has_part(template: Template, part_id: str, stage: Stage, chosen: frozenset[ReplyPart]) -> bool:
    part = template.part(part_id, stage)
    return part is not None and (not part.optional or ReplyPart(part_id) in chosen)


def reading_problems(
    template: Template, stage: Stage, chosen: frozenset[ReplyPart], profile: Profile
) -> list[str]:
    """What makes this draft read wrongly as an email; empty when it reads well."""
    entry = Entry(company="Acme", stage=stage, role="Data Analyst", contact="Sam Lee")
    draft = build_draft(template, entry=entry, profile=profile, parts=chosen)
    problems = []
    greetings = GREETING_RE.findall(draft)
    if len(greetings) != 1 or not GREETING_RE.match(draft):
        problems.append(f"{len(greetings)} greetings, or the draft does not open with one")
    thanks = _has_part(template, "thanks", stage, chosen)
    if THANKS_AGAIN_RE.search(draft) and not thanks:
        problems.append("thanks 'again' with no thanks before it")
    if len(THANK_RE.findall(draft)) > 2:
        problems.append("thanks more than twice")
    if "{" in draft or "}" in draft:
        problems.append("a placeholder left unfilled")
    if "\n\n\n" in draft or draft != draft.strip():
        problems.append("an empty paragraph")
    paragraphs = draft.split("\n\n")
    if len(set(paragraphs)) != len(paragraphs):
        problems.append("a paragraph twice")
    for paragraph in paragraphs[1:-1]:
        if not paragraph.rstrip().endswith((".", "?", "!")):
            problems.append(f"a paragraph without an ending: {paragraph!r}")
        if not paragraph[:1].isupper():
            problems.append(f"a paragraph that starts mid-sentence: {paragraph!r}")
    last = draft.splitlines()[-1]
    if last not in (profile.name, profile.linkedin_url, profile.phone):
        problems.append(f"does not end with the signature: {last!r}")
    asked = _has_part(template, "feedback", stage, chosen)
    if draft.count("?") != (1 if asked else 0):
        problems.append(f"{draft.count('?')} questions; the feedback part asks exactly one")
    if stage not in INTERVIEWED_STAGES and (found := CONVERSATION_RE.search(draft)):
        problems.append(f"assumes a conversation that never happened: {found.group(0)!r}")
    if stage is Stage.NO_REPLY and (found := ANSWER_RE.search(draft)):
        problems.append(f"assumes an answer that never came: {found.group(0)!r}")
    return problems


@pytest.mark.parametrize("profile", [FULL, NAME_ONLY], ids=["full-profile", "name-only"])
@pytest.mark.parametrize("stage", list(Stage), ids=str)
@pytest.mark.parametrize("template_id", sorted(SHIPPED.templates))
def test_every_combination_of_parts_reads_as_one_email(
    template_id: str, stage: Stage, profile: Profile
) -> None:
    template = SHIPPED.templates[template_id]
    failures = {
        ",".join(sorted(chosen)) or "none": problems
        for chosen in PART_CHOICES
        if (problems := reading_problems(template, stage, chosen, profile))
    }
    assert failures == {}


def test_all_sixteen_choices_are_tried() -> None:
    assert len(PART_CHOICES) == 2 ** len(ReplyPart) == 16


def _template(*parts: TemplatePart) -> Template:
    return Template(id="bad", title="Bad", parts=parts, placeholders=PLACEHOLDERS)


def test_the_reading_catches_a_dangling_thanks_again() -> None:
    bad = _template(
        TemplatePart("greeting", "Hi {contact_name},"),
        TemplatePart("thanks", "Thank you for letting me know.", optional=True),
        TemplatePart("signoff", "Thanks again for your time.\n\nBest wishes,\n{your_name}"),
    )
    assert reading_problems(bad, Stage.FINAL, frozenset({ReplyPart.THANKS}), FULL) == []
    problems = reading_problems(bad, Stage.FINAL, frozenset(), FULL)
    assert problems == ["thanks 'again' with no thanks before it"]


def test_the_reading_catches_a_double_greeting_and_a_vague_ask() -> None:
    bad = _template(
        TemplatePart("greeting", "Hi {contact_name},"),
        TemplatePart("feedback", "Hello again, any feedback? Anything at all?", optional=True),
        TemplatePart("signoff", "Best wishes,\n{your_name}"),
    )
    problems = reading_problems(bad, Stage.FINAL, frozenset({ReplyPart.FEEDBACK}), FULL)
    assert "2 greetings, or the draft does not open with one" in problems
    assert "2 questions; the feedback part asks exactly one" in problems


def test_the_reading_catches_an_interview_that_never_happened() -> None:
    bad = _template(
        TemplatePart("greeting", "Hi {contact_name},"),
        TemplatePart("thanks", "Thank you for the interview and the news."),
        TemplatePart("signoff", "Best wishes,\n{your_name}"),
    )
    assert reading_problems(bad, Stage.TECHNICAL, frozenset(), FULL) == []
    assert "assumes a conversation that never happened: 'interview'" in reading_problems(
        bad, Stage.APPLICATION, frozenset(), FULL
    )
    assert "assumes an answer that never came: 'news'" in reading_problems(
        bad, Stage.NO_REPLY, frozenset(), FULL
    )


@pytest.mark.parametrize("stage", list(Stage), ids=str)
def test_the_feedback_question_is_worded_for_the_stage(stage: Stage) -> None:
    reply = SHIPPED.templates["reply"]
    asked = reply.part("feedback", stage)
    assert asked is not None and asked.stages is not None and stage in asked.stages
    others = {reply.part("feedback", s).text for s in Stage if s is not stage}  # type: ignore[union-attr]
    assert asked.text not in others
    assert asked.text.count("?") == 1
