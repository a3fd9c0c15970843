"""Messages about a merge or a repair name a record's fields in the person's words, not keys."""

from __future__ import annotations

from coach.field_words import field_word, field_words
from coach.merge import UNMERGED
from coach.model import Stage
from coach.records import entry_to_record
from tests.conftest import make_entry


def test_the_reply_draft_is_named_as_the_entry_screen_names_it() -> None:
    # rv26: the clash message said "in the same field (reply_draft)".
    assert field_word("reply_draft") == "reply draft"
    assert field_words(["company", "reply_draft", "feedback_text"]) == (
        "company, reply draft, what they said"
    )


def test_every_field_a_merge_can_name_reads_as_words() -> None:
    record = entry_to_record(make_entry("Acme", Stage.TECHNICAL))
    for name in set(record) - UNMERGED:
        word = field_word(name)
        assert "_" not in word and word == word.lower() and word.strip() == word, name


def test_a_plans_fields_read_as_the_check_in_and_change_plan_say_them() -> None:
    from coach.plan_record import PLAN_FIELDS

    # fz18: `coach repair` said "closed_on" and "entry_id".
    assert field_word("closed_on", "plans") == "day it was answered"
    assert field_words(["when", "then", "due"], "plans") == "when, I will, day"
    for name in PLAN_FIELDS:
        assert "_" not in field_word(name, "plans"), name
    assert field_word("linkedin_url", "profile") == "LinkedIn URL"
