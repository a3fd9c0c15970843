"""Builds a reply draft from a template, a journal entry and the profile."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from coach.calm_name import calm_company
from coach.content.model import PLACEHOLDERS
from coach.email_names import greeting_name
from coach.email_signals import feedback_call_offered
from coach.merge import company_name
from coach.model import Entry, Profile, ReplyPart, Stage

if TYPE_CHECKING:
    from coach.content.model import Template


PLACEHOLDER_RE = re.compile(r"\{([a-z_]+)\}")

# A signature line holding only one of these, left empty, is dropped: a reply
# reads fine without a phone number, but not with "{phone}" in it.
OPTIONAL_SIGNATURE: frozenset[str] = frozenset({"linkedin_url", "phone"})

# Parts are separated by one blank line, as paragraphs of an email are.
PART_SEPARATOR = "\n\n"


def placeholder_values(entry: Entry, profile: Profile) -> dict[str, str]:
    """The value each placeholder takes for this entry and profile."""
    return {
        # The greeting is the only place it goes: "Hi Dana," not "Hi Dana Whitfield,".
        "contact_name": greeting_name(entry.contact),
        "job_title": entry.role,
        # A clash's copy is "Acme (other version)" in the journal; the reply says "Acme".
        # A name typed in capitals shouts in a gracious reply; the journal keeps it as typed.
        "company": calm_company(company_name(entry.company)),
        "your_name": profile.name,
        "linkedin_url": profile.linkedin_url,
        "phone": profile.phone,
    }


def fill_placeholders(text: str, values: Mapping[str, str]) -> str:
    """Replace each known `{name}` with its value; empty values stay `{name}`.

    One pass over the template only, so a value that itself contains
    `{job_title}` or markup is inserted as typed and never expanded again.
    """

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PLACEHOLDERS:
            return match.group(0)
        value = values.get(name, "").strip()
        # Left visible on purpose: the draft screen and tone check flag it.
        return value if value else match.group(0)

    return PLACEHOLDER_RE.sub(replace, text)


def chosen_part_texts(
    template: Template,
    parts: Iterable[ReplyPart | str],
    stage: Stage | None = None,
    offered: str = "",
) -> list[str]:
    """The raw texts of the parts that go into a draft, in template order.

    A part written differently for some stages uses the text for this stage, and
    one written for what the email offered (a feedback call) the text for that.
    """
    chosen = {str(part) for part in parts}
    return [
        part.text
        for part in template.parts_for(stage, offered)
        if not part.optional or part.id in chosen
    ]


def build_draft(
    template: Template,
    *,
    entry: Entry,
    profile: Profile,
    parts: Iterable[ReplyPart | str],
) -> str:
    """The reply text: required parts plus the chosen optional ones, filled in.

    The result has no trailing newline; unfilled placeholders stay as `{name}`.
    """
    values = placeholder_values(entry, profile)
    chosen = {str(part) for part in parts}
    if not profile.linkedin_url.strip():
        # An invitation to connect with no profile to find reads as an empty promise.
        chosen.discard(ReplyPart.LINKEDIN.value)
    # A call offered for feedback is taken up, not answered with a question by email.
    offered = "call" if feedback_call_offered(entry.email_text) else ""
    texts = [
        _drop_empty_signature_lines(text, values)
        for text in chosen_part_texts(template, chosen, entry.stage, offered)
    ]
    if not values["contact_name"].strip() and (
        entry.stage is Stage.NO_REPLY or entry.email_text.strip()
    ):
        # No one to name: after a silence (rv44 #7), or an email signed by a team, not
        # a person (rv46 #7). "Hello," needs no filling in, where "Hi {contact_name},"
        # held the copy back. With no email kept, the slot stays: a name may be known.
        texts = [_NAMED_GREETING.sub("Hello,", text) for text in texts]
    return PART_SEPARATOR.join(fill_placeholders(text, values) for text in texts)


# A greeting line that is only a word of greeting and the contact's name.
_NAMED_GREETING = re.compile(r"^(?:Hi|Hello|Dear) \{contact_name\},[ \t]*$", re.MULTILINE)


def _drop_empty_signature_lines(text: str, values: Mapping[str, str]) -> str:
    kept = []
    for line in text.split("\n"):
        match = PLACEHOLDER_RE.fullmatch(line.strip())
        if (
            match
            and match.group(1) in OPTIONAL_SIGNATURE
            and not values.get(match.group(1), "").strip()
        ):
            continue
        kept.append(line)
    return "\n".join(kept)


def unfilled_placeholders(text: str) -> list[str]:
    """Known placeholder names still written as `{name}`, first seen first."""
    found: list[str] = []
    for match in PLACEHOLDER_RE.finditer(text):
        name = match.group(1)
        if name in PLACEHOLDERS and name not in found:
            found.append(name)
    return found


def filled_in(text: str, line: int, column: int, length: int, values: Iterable[str]) -> bool:
    """Whether the words at line:column (1-based) lie inside a value coach put in the text.

    A company typed as "Acme [bold]x[/] Co" holds what a check of the text alone
    reads as a slot; the draft knows it filled that in, and it is not one (rv47 D4).
    """
    lines = text.split("\n")
    if not 0 < line <= len(lines):
        return False
    start = sum(len(before) + 1 for before in lines[: line - 1]) + column - 1
    for value in filter(None, values):
        at = text.find(value)
        while at != -1:
            if at <= start and start + length <= at + len(value):
                return True
            at = text.find(value, at + 1)
    return False
