"""Quoted-back by what was quoted: praise of the writer and advice are received unless turned."""

from __future__ import annotations

import pytest

from coach import tone

QUOTED = "quotes their own words back"


def _quoted(text: str) -> bool:
    """True when the rules alone (no model) read a quote in `text` as handed back."""
    return any(f.reason.startswith(QUOTED) for f in tone.check(text, model={}))


@pytest.mark.parametrize(
    "text",
    [
        # Praise of the writer, followed by uptake no list holds: a plan, a laugh, a verdict.
        'The panel said I was "calm and kind under pressure". Going to try for the next round.',
        'You said I was "a natural at the till". That made me laugh.',
        'Your email called my sketches "bright and confident". What a generous read.',
        # Spoken to the writer, not about them in the frame.
        'You wrote "you explain things clearly and warmly". I am printing the whole email.',
        # Advice named as advice, with no uptake at all.
        'You advised me to "lead with the result". Rewriting the summary tonight.',
        'Your tip was "record yourself answering". Ordering a tripod.',
    ],
)
def test_praise_and_advice_are_received(text: str) -> None:
    assert not _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        # Their stock words in their own voice, and a word on the field, not the writer.
        'You wrote "we were impressed by your application". Thank you for letting me know.',
        'You said it was "a very strong field". Thank you for letting me know.',
        # A fault found in the writer, or praise denied or turned before the quote.
        'You said I was "a bit too quiet for the role". Thank you for letting me know.',
        'You said I was not "the right fit". Thank you for letting me know.',
        'You said, though, that I was "a joy to work with". I start the new job in May.',
        # Advice that is a fault in disguise, or advice not named as advice.
        'You advised me to "get more experience". Thank you for letting me know.',
        'You said to "keep trying". Thank you for letting me know.',
        # Thanks or gladness before the praise is how mock thanks starts.
        'So pleased the panel found my talk "lively and clear". Onwards.',
        # Their words echoed straight back, or shouted after.
        'You called my portfolio "quietly excellent". Quietly excellent, loudly rejected.',
        'You said I was "a joy to work with". AND THEN NOTHING AT ALL.',
        # Praise hedged inside the quote.
        'You said I was "very strong on paper". I start the new job in May.',
        # Praise turned: a question, a contrast, a cost, hearsay, a request to think again.
        'You called my portfolio "thoughtful and clear". Was it?',
        'You said I was "brilliant with customers". But you hired someone else.',
        'You said I was "brilliant with customers". Three unpaid trial shifts later, no offer.',
        'Apparently I was "brilliant with customers".',
        'You said I was "a joy to work with", so please reconsider the decision.',
        'You said I was "a joy to work with". I had to laugh.',
        # Scare quotes round a label, and praise of the one they chose.
        'Thanks for the "valued" feedback. I will read it.',
        'Glad you found someone "brilliant with customers". I will read it.',
    ],
)
def test_stock_words_faults_and_turned_praise_stay_handed_back(text: str) -> None:
    assert _quoted(text)
