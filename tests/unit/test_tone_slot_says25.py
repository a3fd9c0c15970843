"""A bracket that says something is no slot: a device's line, an editor's mark (p25)."""

from __future__ import annotations

import pytest

from coach.tone import check
from coach.tone_slot_says import says_something
from coach.tone_structure import placeholders


def _slots(text: str) -> list[str]:
    return [text[s.start : s.end] for s in placeholders(text)]


# Brackets that report how the text came: a device's line, an editor's mark.
SAID = [
    "[Sent from my phone]",
    "[Sent from Outlook for Android]",
    "[attached again here for your files]",
]
# Brackets that name a value to fill in, describe it, or order it put in: still slots.
SLOTS = [
    "[Hotel]",
    "<station>",
    "[Attachment 1]",
    "[Museum Name]",
    "[Mr./Ms. Last Name]",
    "[mention a topic from the interview]",
    "[insert one thing you liked about the company here]",
    "[Name of the person who interviewed you]",
    "[Date you are available]",
    "[my name]",
    "{{sender_name}}",
    "<your-profile>",
    # A field named with a participle, or one waiting for its value.
    "{{Advertised Job Title}}",
    "{{Applied via Channel}}",  # doubled braces: a merge field, whatever its words
    "[Expected Salary]",
    "[Desired Start Date]",
    "[Relevant Experience Gained]",
    "[Referred By]",
    # The value described in the writer's own words, or a note to fill it in.
    "[the guy who interviewed me]",
    "[dates I'm available]",
    "[my mobile, once I have the new SIM]",
    "[which office it was]",
    "[where I saw the ad]",
    "[to be confirmed]",
    "[I'll add a line about the team lunch later]",
    "[I forget his name]",
    # A clause of its own: a note to self standing for the value, or an aside alike.
    "[he was called something like Rob or Tom]",
    "[I'm between numbers, will send]",
    "[it's been a busy month for everyone, I know]",
]


@pytest.mark.parametrize("bracket", SAID)
def test_a_bracket_that_says_something_is_no_slot(bracket: str) -> None:
    text = f"Dear Ms Rossi,\n\nThank you for the update on the role. {bracket}\n\nBest,\nDaniel"
    assert _slots(text) == []


@pytest.mark.parametrize("bracket", SLOTS)
def test_a_bracket_that_names_a_value_is_still_a_slot(bracket: str) -> None:
    # Where an aside could stand too (after a whole sentence), so its words decide.
    text = f"Dear Ms Rossi,\n\nThank you for the update on the role. {bracket}\n\nBest,\nDaniel"
    assert _slots(text) == [bracket]


# A device's line where the sentence wants a noun phrase: it stands for the value.
IN_A_NOUNS_PLACE = [
    "I saw the role at [posted via the jobs board] and applied.",
    "Thank you for your letter of [Dated] about the Administrator post.",
    "Thank you for your letter [Dated] informing me of the outcome.",
    "Signature: [Signed]",
    "I applied on [sent from the portal] as you asked.",
]
# An editor's mark wherever it stands, and a word put into a quote: no slot.
AFTER_A_CLAUSE = [
    "My updated reel is [attached] in case anything else comes up.",
    "Thank you, I was impressed by [my] interviewer's questions.",
]


@pytest.mark.parametrize("sentence", IN_A_NOUNS_PLACE)
def test_a_line_where_a_noun_is_wanted_is_a_slot(sentence: str) -> None:
    assert len(_slots(f"Dear Ms Rossi,\n\n{sentence}\n\nBest,\nDaniel")) == 1


@pytest.mark.parametrize("sentence", AFTER_A_CLAUSE)
def test_a_mark_is_no_slot_wherever_it_stands(sentence: str) -> None:
    assert _slots(f"Dear Ms Rossi,\n\n{sentence}\n\nBest,\nDaniel") == []


def test_the_phone_line_left_in_a_clean_reply_is_not_flagged() -> None:
    text = (
        "Dear Ms. Rossi,\n\nThank you for the update on the Claims Supervisor role. I'm "
        "disappointed but I appreciated the process, especially the case discussion with "
        "your team lead. [Sent from my phone]\n\nBest,\nDaniel Kaplan"
    )
    assert check(text) == []


def test_says_something_reads_closed_classes() -> None:
    assert says_something("Sent from my iPhone")
    assert says_something("my")  # a word put into a quote: "impressed by [my] portfolio"
    assert not says_something("Search Partner")
    assert not says_something("Speed")  # "-eed" is no past tense
