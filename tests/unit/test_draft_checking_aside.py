"""Which drafts the draft screen checks in a thread: long ones, and short ones full of quotes."""

from __future__ import annotations

from screens.walk.draft_checking import LONG_DRAFT, MANY_QUOTE_MARKS, checked_aside_first


def test_a_short_plain_draft_is_checked_at_once() -> None:
    text = "Hi Sam,\n\nThanks for letting me know. I'd love to hear what you'd change.\n" * 5
    assert not checked_aside_first(text)


def test_apostrophes_inside_words_are_no_quote_marks() -> None:
    assert not checked_aside_first("I don't mind; it's fine, we're good. " * 40)


def test_a_long_draft_is_checked_aside() -> None:
    assert checked_aside_first("a" * LONG_DRAFT)


def test_a_short_draft_full_of_quotes_is_checked_aside() -> None:
    # '"a" ' repeated a thousand times took the check 9 s on the UI thread.
    for mark in ('"a" ', "'a' ", "“a” "):
        text = mark * (MANY_QUOTE_MARKS // 2 + 1)
        assert len(text) < LONG_DRAFT
        assert checked_aside_first(text)
