"""A quote's kind: a saying the writer keeps is nobody's words handed back, unless turned."""

from __future__ import annotations

import pytest

from coach import tone
from coach.tone_cue_owner import saying_only
from coach.tone_quote_saying import general

QUOTED = "quotes their own words back"


def _quoted(text: str) -> bool:
    """True when the rules alone (no model) read a quote in `text` as handed back."""
    return any(f.reason.startswith(QUOTED) for f in tone.check(text, model={}))


@pytest.mark.parametrize(
    "words",
    ["Always be learning", "Fall seven times, stand up eight", "slow and steady wins the race"],
)
def test_a_general_clause_is_a_sayings_kind(words: str) -> None:
    assert general(words)


@pytest.mark.parametrize(
    "words",
    [
        "we'll be in touch",  # their voice
        "not the right fit",  # this process
        "the decision is final",
        "a numbers game",  # no verb: a label, not a saying
        "you get what you pay for",  # "you" with no speaker of the writer's own
    ],
)
def test_words_about_this_case_or_a_label_are_not(words: str) -> None:
    assert not general(words)


def test_generic_you_only_when_asked() -> None:
    assert general("what is meant for you will not pass you by", generic_you=True)
    assert not general("what is meant for you will not pass you by")


@pytest.mark.parametrize(
    "text",
    [
        # Tagged as a saying after it, nobody named.
        'Thanks Jamie! I enjoyed the whole day. "Always be learning" right? Talk soon.',
        "Thanks Ben. Gutted, but it has been a good experience. "
        '"Fall seven times, stand up eight" and all that. Best of luck.',
        # Brought in as one: "as they say" frames nothing of theirs here.
        'Thank you for letting me know. As they say, "slow and steady wins the race." '
        "I wish you all well.",
        # Spoken by habit by someone named in the sentence before.
        "Thank you for the news. My grandfather mended nets for fifty years. He always said, "
        '"the sea gives what it gives." I wish you well.',
        # Heard somewhere and kept.
        'Thanks for letting me know. I once heard "every ending is a beginning". Onwards!',
    ],
)
def test_a_saying_kept_is_not_handed_back(text: str) -> None:
    assert not _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        # The reply turns it on them: a sneer elsewhere, or clearly sour words.
        'Thanks for the news. "What goes around comes around", right? Clearly you will see.',
        'Thanks for the news. "What goes around comes around", right? This was a cruel, '
        "insulting process.",
        # Their words set inside the writer's own grammar, not apart.
        'Thanks for the update. Love that it went to someone who "really understands the hustle".',
        # The reader, named in the greeting, is its speaker.
        'Hi Sarah, thanks for the call. As Sarah said, "slow and steady wins the race". Onwards.',
        # Turned in its own sentence.
        'Thanks. "Every dog has its day", and I suppose today was yours.',
        # The reader is its speaker.
        'Hi Tom, thanks. You told me "keep going", right? I have, with nothing back.',
        # Their words, or this process, handed back with a tag.
        'Thanks. "We will be in touch", as they say. I am still waiting.',
        'Thank you. I was "not the right fit" and all that. Fine.',
    ],
)
def test_a_saying_turned_on_the_reader_stays_handed_back(text: str) -> None:
    assert _quoted(text)


def test_the_model_does_not_read_a_kept_saying_as_anger() -> None:
    text = (
        "Dear Sir,\n\nThank you for your letter. I have noted the decision with regret. "
        'As my grandmother says, "what is meant for you will not pass you by". '
        "I wish the department well.\n\nYours faithfully,\nAda"
    )
    start = text.index("As my")
    end = text.index('by".') + 4
    assert saying_only(text, start, end)
    assert not [f for f in tone.check(text) if f.kind == "anger"]


@pytest.mark.parametrize(
    "text",
    [
        # Turned on them in its sentence.
        'As my gran says, "what goes around comes around", and your firm will learn that.',
        # A remark of the writer's own beside it is read as ever.
        "Through every long winter of my twenties on the farm up north, my gran said, "
        '"slow and steady wins the race".',
    ],
)
def test_a_saying_with_more_of_the_writers_is_still_read(text: str) -> None:
    assert not saying_only(text, 0, len(text))


def test_a_saying_one_of_the_writers_people_has_is_theirs() -> None:
    # Held in the present tense as in the past ("had a saying"): not the reader's words.
    assert not _quoted(
        "Thank you for the update. My uncle has this line: "
        '"what is yours will stay, what is not will go." So I am letting it go.'
    )


def _anger(text: str) -> bool:
    """True when the whole check finds anger in `text`."""
    return any(f.kind == "anger" for f in tone.check(text))


def test_a_kept_saying_does_not_hide_the_anger_beside_it() -> None:
    # The model's anger on the sour sentence stands with a kept saying added:
    # the saying is left out of the draft's facts, not counted as a calm one.
    sour = (
        "Hi Megan,\n\nThanks for letting me know. Four interviews and a take-home, "
        "then a two-line email."
    )
    saying = ' As my gran says, "slow and steady wins the race."'
    sign = "\n\nRegards,\nChris"
    assert _anger(sour + sign)
    assert _anger(sour + saying + sign)


@pytest.mark.parametrize(
    "saying",
    [
        "Some folks never change",  # a verdict on people
        "Liars always get found out",
        "Bosses never listen",  # the reader's side
        "Sooner or later Brightwell cuts corners",  # a name: this case, not a saying
        "Cruelty always comes home",  # clearly negative
        "Karma keeps its own books",  # a sneer's marker
    ],
)
def test_a_saying_that_judges_others_is_not_kept(saying: str) -> None:
    text = (
        "Thank you for letting me know, and for the time you gave me over the summer. "
        f'"{saying}," right? I will keep at it.'
    )
    assert _quoted(text)


def test_a_bare_saying_after_stock_thanks_is_not_kept() -> None:
    # Nothing of the writer's own but "Noted.": the saying is sent, not kept.
    assert _quoted('Hi Ruth,\n\nNoted. "Every road has its turning."\n\nAl')
    # A tag or "as they say" alone does not make it kept: only the writer's own words or people.
    assert _quoted('Hi Ruth,\n\nNoted. "Every road has its turning," right?\n\nAl')
    assert _quoted('Hi Ruth,\n\nNoted. As they say, "every road has its turning."\n\nAl')
    assert not _quoted('Hi Ruth,\n\nNoted. As my dad says, "every road has its turning."\n\nAl')
    # The same saying with a plain word of the writer's own is kept.
    assert not _quoted(
        'Hi Ruth,\n\nNoted. "Every road has its turning." I will keep applying.\n\nAl'
    )


def test_a_saying_set_against_the_reply_is_turned() -> None:
    assert _quoted(
        "Thank you for getting back to me. I enjoyed the day with the team. "
        'Still, "slow and steady wins the race."'
    )


def test_a_saying_that_denies_the_dark_outcome_is_kept() -> None:
    # VADER reads "a delay is never a refusal" as clearly negative; the saying comforts.
    assert not _quoted(
        'Thank you for the email. As my aunt puts it, "a delay is never a refusal." '
        "I am keeping my chin up and will apply again."
    )
