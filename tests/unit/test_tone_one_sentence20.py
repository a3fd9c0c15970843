"""rv26's tone findings: two kinds in one sentence, words after a link, one phrase twice."""

from __future__ import annotations

from coach.finding_words import finding_words
from coach.tone import check
from coach.tone_join import joined
from coach.tone_model import _sentence_around
from coach.tone_overlaps import Marks
from coach.tone_span import Span
from coach.tone_stretch import links, unlinked

SIGNED = (
    "Hi Priya,\n\nThank you for letting me know about the analyst role, and for your time.\n\n"
    "Best wishes,\nSam Rivera\n"
)


def kinds(text: str) -> list[str]:
    return sorted({f.kind for f in check(text)})


def test_anger_and_a_plea_in_one_sentence_are_both_found() -> None:
    # Read whole, the plea's words pulled the anger score under the veto, and back.
    assert kinds("This is ridiculous, please give me another chance.") == ["anger", "begging"]
    assert kinds("Your process is a joke, so please reconsider me.") == ["anger", "begging"]


def test_each_kind_in_one_sentence_quotes_its_own_words() -> None:
    text = "This is ridiculous, you are idiots and please give me another chance."
    quoted = {finding_words(text, f, 60): f.kind for f in check(text)}
    assert quoted == {
        "This is ridiculous,": "anger",
        "you are idiots": "anger",
        "give me another chance": "begging",
    }


def test_words_after_a_web_address_on_a_signature_line_are_read() -> None:
    line = "https://www.linkedin.com/in/sam-r - you people are incompetent, give me another chance."
    assert kinds(SIGNED + line + "\n") == ["anger", "begging"]


def test_words_after_an_email_address_or_a_phone_number_are_read() -> None:
    tail = " - you people are incompetent, give me another chance.\n"
    assert kinds(SIGNED + "sam.rivera@example.com" + tail) == ["anger", "begging"]
    assert kinds(SIGNED + "+44 7700 900123" + tail) == ["anger", "begging"]


def test_a_ps_after_the_signature_is_read() -> None:
    text = SIGNED + "+44 7700 900123\n\nP.S. You people are incompetent. Please reconsider me.\n"
    assert kinds(text) == ["anger", "begging"]


def test_a_signature_with_a_link_alone_stays_clean() -> None:
    assert check(SIGNED + "https://www.linkedin.com/in/sam-r\n") == []


def test_one_phrase_two_rules_name_is_one_finding() -> None:
    found = check("You people are incompetent.")
    assert [(f.kind, f.text) for f in found] == [("anger", "You people are incompetent")]


def test_hits_of_one_kind_in_two_clauses_stay_two() -> None:
    text = "This is ridiculous, you are idiots."
    assert [f.kind for f in check(text)] == ["anger", "anger"]


def test_joined_keeps_kinds_apart_and_clause_breaks() -> None:
    text = "You people are incompetent, give me another chance"
    a = Span(0, 10, "anger", "first", "")
    b = Span(15, 26, "anger", "second", "")
    plea = Span(28, 50, "begging", "plea", "")
    assert joined(text, [b, plea, a]) == [Span(0, 26, "anger", "second", ""), plea]
    c = Span(0, 4, "anger", "x", "")
    d = Span(28, 32, "anger", "y", "")
    assert joined(text, [c, d]) == [c, d]


def test_the_model_reads_a_hit_beside_a_link_without_the_link() -> None:
    # The web address's dots are no sentence ends and its text no words: left in,
    # "com/in/sam-r" pulled the anger score of "this was a joke" from 0.98 to 0.71.
    text = "Sam\nhttps://www.linkedin.com/in/sam-r - this was a joke, see https://x.io/a b.\n"
    hit = Span(text.index("was a joke"), text.index(", see"), "anger", "r", "")
    linked = links(text)
    start, stop = _sentence_around(hit, Marks(text, ".!?\n"), len(text))
    assert text[slice(*unlinked(hit, (start, stop), linked))] == " - this was a joke, see "


def test_a_sentence_with_an_apology_is_read_whole() -> None:
    # Its harsh words are about the writer: read apart, "clueless" stood as anger.
    text = (
        "I'm so sorry about the interview, I completely froze on the question about "
        "challenging behaviour and I must have come across as totally clueless."
    )
    assert "anger" not in kinds(text)
