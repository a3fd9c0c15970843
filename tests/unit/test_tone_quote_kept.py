"""Quoted-back: words kept in or after their sentence, praise received, described speakers."""

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
        # Kept in the next sentence: a keepsake, a thing already done, granted, moved.
        'You told me "the best sound is the one you can turn down". It is taped above my desk.',
        'Your parting line was "leave every van tidier than you found it". That stuck with me.',
        'You said my crossword clues were "fair but fiendish". I have already started a new set.',
        'You said my site plan was "tidy but thin on drainage". That\'s fair.',
        'You said the choir "sings best when it is tired". I\'ll carry that with me.',
        # Kept in the rest of its own sentence.
        'Your tip, "say the number first", was spot on and I\'ve already rewritten my summary.',
        # Their praise of the writer: kept, thanked for after, or moving the writer.
        'Thanks for saying my mural was "warm and generous". It meant a lot.',
        'You called my portfolio "thoughtful and brave". Thank you for that.',
        'I was so touched that you called my garden plan "generous and wise".',
        'Your note that my talk was "clear and generous" was lovely to read.',
        'Your comment that my lesson was "full of joy" meant a great deal.',
        # Put somewhere of the writer's.
        'You said my sketches were "bold and joyful", which I will put on my CV.',
        # A speaker with describing words or a name between "my" and the person.
        'As my old rugby coach used to say, "a dropped ball is just a restart".',
        'My year six teacher, Mrs Adeyemi, always said "ask the second question".',
        'In the words of a kind neighbour of ours, "rain always stops eventually".',
        'An old football coach of mine, Big Tony, liked to say "keep your eyes up".',
        'My grandmother, who raised six children on a farm, used to say "a full table is a '
        'happy table".',
        'I once had a gentle headmistress who told us "mistakes are proof you tried".',
        'My tough but fair first boss in Leeds liked to say, "finish the job, then talk".',
    ],
)
def test_warm_quotes_are_not_quoted_back(text: str) -> None:
    assert not _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        # Mock thanks, then mock keeping: a thanks frames the quote.
        'Thanks for the reminder that "our door is always open". I will remember that.',
        'It is helpful to know that "the door is open". That stuck with me.',
        # Rejections collected are not words kept.
        'You said "the role is closed". I\'ll add it to my collection.',
        # Their own words judged "lovely" are the stock of mock praise.
        '"We value every applicant" is a lovely thing to read.',
        # Thanks before praise, then a promise: mock keeping too.
        'It was nice to be told I was "a strong candidate". I will treasure it.',
        # A turn in the next sentence takes the keeping back.
        'You told me the team "values balance". It is taped above my desk, next to the '
        "unpaid overtime rota.",
        # A turn in the quote's own sentence does too.
        'You said the panel "loved my energy", but I have already started on the next form.',
        # A promise about next time is how mock compliance is written.
        'You said I seemed "overqualified". I will try to be less qualified next time.',
        # A fault found in the writer is granted, not kept.
        'You said I seemed "overqualified". I will treasure that.',
        # Thanks after a fault is mock thanks.
        'You said I was "overqualified". Thanks for that.',
        # One word in quotes used as a label stays a scare quote, kept or not.
        'You said I was a "valued" applicant. That stuck with me.',
        # Their words about the one they chose are not the writer's to keep.
        'You hired someone "with more polish". That stuck with me.',
        # Praise thanked for and nothing after: mock thanks reads just the same.
        'Thanks for calling my portfolio "really impressive".',
        # A fault found, however warm its words.
        'Thanks for saying I "lacked enthusiasm". It meant a lot.',
        # Moved is the writer's ("we've moved on" is not); a keepsake is on *my* wall.
        'You said the team "needs a steady hand", and we have all moved on.',
        'You said "the role is flexible", and the writing is on the wall.',
        # "The" coach is theirs: only "my" or "a" makes a described speaker the writer's.
        'As the head coach said, "we only hire winners".',
        # Their people, or papers of the writer's that carry their words.
        'A manager at your firm told me I was "not a culture fit".',
        'My feedback said I was "too quiet".',
    ],
)
def test_sour_quotes_stay_quoted_back(text: str) -> None:
    assert _quoted(text)
