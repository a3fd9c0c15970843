"""Quoted-back reads whose words a quote is: only their words handed back stay a candidate."""

from __future__ import annotations

import pytest

from coach import tone
from coach.tone_quote_owner import THEM, THIRD, UNNAMED, WRITER, owner
from coach.tone_wording import sentence_of

QUOTED = "quotes their own words back"


def _quoted(text: str) -> bool:
    """True when the rules alone (no model) read a quote in `text` as handed back."""
    return any(f.reason.startswith(QUOTED) for f in tone.check(text, model={}))


def _owner(text: str) -> str:
    """The owner of the first double-quoted stretch in `text`."""
    start = text.index('"')
    end = text.index('"', start + 1) + 1
    return owner(text, start, end, sentence_of(text, start))


@pytest.mark.parametrize(
    ("text", "whose"),
    [
        ('In the demo I typed "recieve" on the big screen, twice.', WRITER),
        ('I think I said "database" when I meant the spreadsheet.', WRITER),
        ('Thanks for your patience with a "retired" nurse like me on the new system.', WRITER),
        ('My uncle likes to say "the right door opens when it is ready".', THIRD),
        ('As we say in Wales, "slow and steady fills the kettle".', THIRD),
        ('Como dice mi abuela, "no hay mal que por bien no venga".', THIRD),
        ('You said the kitchen "runs on toast and optimism".', THEM),
        ('I was told my answers came across as "rehearsed".', THEM),
        ('"Bring your whole self to work," the recruiter said.', THEM),
        ('I hope the new hire enjoys the "flat structure".', UNNAMED),
    ],
)
def test_whose_words_a_quote_is(text: str, whose: str) -> None:
    assert _owner(text) == whose


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own words: a slip, a word they practised, a word about themselves.
        'In the demo I typed "recieve" on the big screen, twice, which still makes me wince.',
        'Nerves got me and I said "database" when I meant the spreadsheet.',
        'Thanks for your patience with a "retired" nurse like me on the new system.',
        'I did warn you at the interview that I am "keen to a fault", and this note proves it.',
        # A third party speaking to the writer: family, a mentor, a saying of their own people.
        'My uncle likes to say "the right door opens when it is ready".',
        'As we say in Wales, "slow and steady fills the kettle".',
        # Words in another language: a proverb from home.
        'Como dice mi abuela, "no hay mal que por bien no venga".',
        # Their words, laughed with: nobody is mocked.
        'You made me laugh when you said the kitchen "runs on toast and optimism".',
        'I told the panel my hobby was "competitive napping" and we both laughed.',
    ],
)
def test_a_quote_that_is_not_their_words_handed_back_is_left_alone(text: str) -> None:
    assert not _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        # Their label put on the writer: passive "I was told", "be told I'm".
        'I was told my answers came across as "rehearsed".',
        'It was so nice to be told I\'m "overqualified" for the job I do now.',
        # "I'm" alone is their label as often as the writer's own word.
        'It was lovely to learn that I\'m "not the right fit" after four rounds.',
        # A person of the writer's named near the quote, but not as its speaker.
        'I told my sister about the "competitive salary" and she laughed.',
        # "As they say" frames sarcasm as often as a saying.
        'As they say, "we will be in touch".',
        # A word or two with an accent is not another language.
        'So the "café culture" means unpaid overtime.',
        # Laughing at them, not with them.
        'I had to laugh when you said the process would be "quick".',
        'I laughed at how you called the process "quick".',
        'You made me laugh when you said it was "quick", given it took two months.',
        # The writer's voice now, not words they said before.
        'I\'d say "thorough" was a stretch.',
    ],
)
def test_their_words_or_nobodys_in_a_sour_frame_still_count(text: str) -> None:
    assert _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        # Another script: never the employer's English handed back, cue or no cue.
        'It stings a little, but "الصبر مفتاح الفرج" and I will keep going.',
        'Thank you for letting me know. "Терпение и труд всё перетрут." Back to practising.',
        '"जो होता है अच्छे के लिए होता है" - I am holding on to that today.',
        # The small words of Dutch, which coach reads, as of the other languages it reads.
        'Thank you both. "Wie niet waagt, die niet wint", so I will try again next year.',
    ],
)
def test_a_quote_in_another_script_or_in_dutch_is_a_third_partys(text: str) -> None:
    assert _owner(text) == THIRD
    assert not _quoted(text)
