"""A tone finding's words, quoted from the draft for the panel and `coach check`."""

from __future__ import annotations

from coach.finding_words import finding_words
from coach.tone import Finding
from screens.walk.draft_findings import _finding_prompt, first_quoted


def _at(draft: str, words: str, kind: str = "anger", nth: int = 0) -> Finding:
    lines = draft.split("\n")
    for number, line in enumerate(lines, 1):
        column = -1
        for _ in range(nth + 1):
            column = line.find(words, column + 1)
        if column >= 0:
            return Finding(kind, number, column + 1, len(words), words, "why", "instead")
    raise AssertionError(words)


def test_a_short_span_takes_a_word_or_two_around_it_within_its_sentence() -> None:
    draft = "Hi Sam,\nHonestly your screening process is a joke. I'll say so."
    assert finding_words(draft, _at(draft, "joke")) == "is a joke."
    assert finding_words(draft, _at(draft, "Honestly")) == "Honestly your screening"


def test_the_same_word_twice_on_one_line_reads_apart() -> None:
    draft = "The first test was a joke, and the last, well, a joke too."
    first = finding_words(draft, _at(draft, "joke"))
    second = finding_words(draft, _at(draft, "joke", nth=1))
    assert first != second and "first" not in second


def test_a_long_span_is_cut_to_the_width_and_the_cut_is_marked() -> None:
    draft = "I'd appreciate it if next time you didn't leave candidates waiting three weeks."
    span = draft[: len(draft) - 1]
    assert finding_words(draft, _at(draft, span), width=20, more="...") == "I'd appreciate it..."


def test_the_whole_reply_has_no_words_and_a_moved_draft_quotes_the_finding() -> None:
    length = Finding("length", 1, 1, 5, "Hi Sam", "long", end_line=9, end_column=2)
    assert finding_words("Hi Sam\n" * 9, length) == ""
    moved = Finding("anger", 1, 3, 4, "joke", "why")
    assert finding_words("entirely different now", moved) == "joke"


def test_the_panel_quotes_the_words_and_never_reads_them_as_markup() -> None:
    finding = Finding("shouting", 2, 3, 4, "[/x]", "loud", "[@click=app.quit]y")
    prompt = _finding_prompt(finding, "[b]a [/x] b")
    assert str(prompt) == "line 2 · “[b]a [/x] b” · shouting: loud\n  → [@click=app.quit]y"
    assert not any("click" in str(span.style) for span in prompt.spans)


def test_the_question_before_copying_quotes_the_same_words() -> None:
    draft = "Hi Sam,\nThanks. I'll be sharing this on Glassdoor. Dev"
    found = _at(draft, "Glassdoor", kind="public")
    assert first_quoted(draft, found) == "On line 2: “this on Glassdoor.”"
