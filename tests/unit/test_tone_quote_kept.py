"""Quoted-back: words kept in the next sentence, praise received, speakers with describing words."""

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
        # Kept in the next sentence: a keepsake, a thing already done, being moved.
        'You told me "the best sound is the one you can turn down". It is taped above my desk.',
        'Your parting line was "leave every van tidier than you found it". That stuck with me.',
        'You said my crossword clues were "fair but fiendish". I have already started a new set.',
        'You said my site plan was "tidy but thin on drainage". That\'s fair.',
        'You said the choir "sings best when it is tired". I\'ll carry that with me.',
        # Their praise of the writer, thanked for and then kept.
        'Thanks for saying my mural was "warm and generous". It meant a lot.',
        # A speaker with describing words or a name between "my" and the person.
        'As my old rugby coach used to say, "a dropped ball is just a restart".',
        'My year six teacher, Mrs Adeyemi, always said "ask the second question".',
    ],
)
def test_warm_quotes_are_not_quoted_back(text: str) -> None:
    assert not _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        # Mock thanks, then mock keeping: the frame is a thanks and the words are theirs.
        'Thank you for the note that I was "too detailed". I\'ll carry that with me.',
        # A turn in the next sentence takes the keeping back.
        'You told me the team "values balance". It is taped above my desk, next to the '
        "unpaid overtime rota.",
        # A promise about next time is how mock compliance is written.
        'You said I seemed "overqualified". I will try to be less qualified next time.',
        # One word in quotes used as a label stays a scare quote, kept or not.
        'You said I was a "valued" applicant. That stuck with me.',
        # Their praise of someone else, not of the writer.
        'I am glad you found someone "more energetic". That stuck with me.',
        # Praise thanked for and nothing after: mock thanks reads just the same.
        'Thanks for calling my portfolio "really impressive".',
        # A fault found, however warm its words.
        'Thanks for saying I "lacked enthusiasm". It meant a lot.',
        # "The" coach is theirs: only "my" or "a" makes a described speaker the writer's.
        'As the head coach said, "we only hire winners".',
    ],
)
def test_sour_quotes_stay_quoted_back(text: str) -> None:
    assert _quoted(text)
