"""Nineteenth round: capitals in any alphabet, names in capitals, shouting in any language."""

from __future__ import annotations

import pytest

from coach import tone
from coach.tone_shouting import shouting


def _shouted(text: str) -> list[str]:
    """The stretches the shouting check points at, with no slots to skip."""
    return [text[s.start : s.end] for s in shouting(text, skip=[])]


# Capitals are Unicode capitals: an accented capital is part of its word,
# and "DO" inside a Portuguese name is a joining word, not English "do".
@pytest.mark.parametrize(
    "text",
    [
        "Thank you, and please give my best to the team at PALÁCIO DO RIO.",
        "I learned so much during my weeks at ÉCOLE DO PARC.",
        "Please say hello to everyone at CAFÉ AM MARKT for me.",
        "It was lovely to cook with the crew at EL RINCÓN DO MAR.",
    ],
)
def test_a_name_with_accented_capitals_is_not_shouting(text: str) -> None:
    assert _shouted(text) == []


# A name may hold the small joining words of any language, and open with "THE".
@pytest.mark.parametrize(
    "text",
    [
        "My thanks again to the whole kitchen at HAUS AM SEE.",
        "I enjoyed the trial shift at CASA DO BACALHAU very much.",
        "Good luck to everyone at FESTA NO PARQUE with the summer.",
        "I hope to work with BISTRO AT THE BRIDGE again one day.",
        "Say hello to the crew at THE GOOD BEAN for me.",
        "You've got a great team at THE OLD FORGE.",
        "THE OLD FORGE was a lovely place to work, and I'll miss it.",
        "I'll really miss THE OLD FORGE and everyone there.",
    ],
)
def test_a_name_with_joining_words_or_an_article_is_not_shouting(text: str) -> None:
    assert _shouted(text) == []


def test_a_name_on_a_heading_or_label_line_is_not_shouting() -> None:
    assert _shouted("Venue: THE OLD FORGE\nThanks for having me on Saturday.") == []
    assert _shouted("PALÁCIO DO RIO\nThank you for the chance to interview.") == []


def test_a_long_name_and_title_in_the_signature_is_not_shouting() -> None:
    text = (
        "Hi Ana,\n\nThank you for letting me know. I enjoyed meeting you.\n\n"
        "Kind regards,\nMARIA DO CARMO SILVA SANTOS, CHEF DE PARTIE"
    )
    assert _shouted(text) == []


# Where a name could not be, the same words shout: a sentence word, a negative
# word, or only everyday words make it stress.
@pytest.mark.parametrize(
    ("text", "loud"),
    [
        ("Please come back to me with AN ANSWER by Friday.", "AN ANSWER"),
        ("You rang at THE WORST MOMENT of my week.", "THE WORST MOMENT"),
        ("We met at THE SAME TIME as the others.", "THE SAME TIME"),
        ("I have heard nothing from YOUR RECRUITMENT TEAM since.", "YOUR RECRUITMENT TEAM"),
    ],
)
def test_stress_in_a_name_s_place_still_shouts(text: str, loud: str) -> None:
    assert loud in _shouted(text)


# Shouting in other languages, accented or in another alphabet: a sentence in
# capitals, a long run, a furious word or two, and runs of marks.
@pytest.mark.parametrize(
    ("text", "loud"),
    [
        ("¡ES UNA VERGÜENZA!", "ES UNA VERGÜENZA"),
        ("NÃO É JUSTO.", "NÃO É JUSTO"),
        ("Merci. ÇA SUFFIT!", "ÇA SUFFIT"),
        ("DAS IST EINE FRECHHEIT.", "DAS IST EINE FRECHHEIT"),
        ("ВЫ ДАЖЕ НЕ ПРОЧИТАЛИ МОЁ РЕЗЮМЕ", "ВЫ ДАЖЕ НЕ ПРОЧИТАЛИ МОЁ РЕЗЮМЕ"),
        ("Thanks. ESTOY MUY DECEPCIONADO\nAdiós", "ESTOY MUY DECEPCIONADO"),
        ("C'est vraiment INADMISSIBLE, franchement.", "INADMISSIBLE"),
        ("Ich bin SEHR enttäuscht von Ihnen.", "SEHR"),
        ("Je ne postulerai JAMAIS PLUS chez vous.", "JAMAIS PLUS"),
        ("¡¡Qué pena!!", "¡¡"),
        ("Thank you for nothing ❗❗❗", "❗❗❗"),
        ("Still no answer‼", "‼"),
    ],
)
def test_shouting_in_any_language_still_shouts(text: str, loud: str) -> None:
    assert loud in _shouted(text)


# A greeting is not a reply, nor a one-word one: the finding says what is there.
@pytest.mark.parametrize("text", ["Hi Gavin,", "Hi Gavin,\n\nBest,\nMartin"])
def test_a_greeting_alone_is_read_as_a_greeting(text: str) -> None:
    (found,) = [f for f in tone.check(text, model={}) if f.kind == "length"]
    assert "greeting" in found.reason and "one word" not in found.reason
    assert found.text == text


def test_a_one_word_reply_under_a_greeting_is_still_one_word() -> None:
    (found,) = [f for f in tone.check("Hi Tom,\n\nNoted.\n\nDan", model={}) if f.kind == "length"]
    assert found.reason.startswith("one word")


# Read after tone16b was scored: a subject or reference line is a label at any
# length, "NO." before a number is "number", "the" leads a name, and two warm
# words in capitals are stress as one is.
@pytest.mark.parametrize(
    "text",
    [
        "Subject: SOUS CHEF POSITION, HARBOUR KITCHEN GROUP, LEITH\n\nThanks for the call.",
        "RE: NIGHT SHIFT SUPERVISOR ROLE, DOCKSIDE DEPOT (REF. NS-114)\n\nThank you for writing.",
        "Thanks for the update. Please quote CASE NO. 5531 when you write.",
        "I enjoyed my week with the OLD HARBOUR rowing crew.",
    ],
)
def test_labels_numbers_and_names_after_the_are_not_shouting(text: str) -> None:
    assert _shouted(text) == []


def test_two_warm_words_in_capitals_are_stress_not_shouting() -> None:
    text = "Hi Lea,\n\nTHANK YOU for such a kind and careful call today.\n\nBest,\nSam"
    assert "shouting" not in {f.kind for f in tone.check(text, model={})}


@pytest.mark.parametrize("text", ["THANK YOU.", "THANK YOU for nothing, really."])
def test_thanks_in_capitals_alone_or_taken_back_still_shouts(text: str) -> None:
    assert "shouting" in {f.kind for f in tone.check(text, model={})}


# A bare line in capitals below the letter's opening is the writer raising
# their voice, not a heading (rv25: these passed after the heading rule).
@pytest.mark.parametrize(
    "line", ["RESPOND IMMEDIATELY", "ANSWER REQUIRED", "LAST CHANCE", "CALL BACK TOMORROW"]
)
def test_a_bare_line_in_capitals_inside_the_letter_still_shouts(line: str) -> None:
    text = f"Hi Tom,\n\nThanks for the update.\n\n{line}\n\nBest,\nSam"
    assert line in _shouted(text)
