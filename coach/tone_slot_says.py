"""Whether a bracket's words name a value to fill in, or report how the text came."""

from __future__ import annotations

from coach.tone_clause import is_past, words_of
from coach.tone_words import SLOT_HEADS

# A slot names a value, however it is written: a field ("[Expected Salary]",
# "[Referred By]"), a description of the value in the writer's own words ("[the
# guy who interviewed me]", "[which office it was]", "[he was called something
# like Rob]"), or an order to fill it in ("[I'll add a line about it later]").
# Two shapes report how the text came instead, read from the grammar of the
# bracket, never from its particular words:
# - a line that reports how it was sent, a participle then where or how
#   ("[Sent from my phone]", "[attached again here for your files]");
# - a mark: one participle said of something after a form of be ("My reel is
#   [attached]"), or a word put into a quote for another ("impressed by [my] work").
# A clause of its own in brackets is not released: tried (p25), a note to self
# standing for a missing name, date or place is written just so ("meet [she
# was the designer from Berlin]", "Phone: [I'm between numbers]").

# Words that only stand in for another word in a quote: pronouns and determiners.
_PUT_IN = frozenset(
    "i me my mine we us our you your he him his she her they them their it its the a an".split()
)
_PREPOSITIONS = frozenset("from via with on by for at in through using".split())
# Words after which a sentence wants a noun phrase: a bracket standing there fills
# the hole, however its words read ("the role at [posted via the jobs board]",
# "I applied on [sent from the portal]").
# Prepositions, determiners, forms of be, "and"/"or" and titles are closed classes.
_WANTS_A_NOUN = frozenset(
    """on of to at in with from about by for into onto through after before during
    following including like than except especially until till since via per between
    among toward towards under over near behind beyond the a an my your our their his
    her its this that these those every each any some no is are was were be been being
    am and or dear hi hello mr mrs ms miss mx dr prof sir madam""".split()
)


def says_something(content: str, before: str = "") -> bool:
    """True when bracketed words report how the text came rather than name a value to fill in.

    Asked only of single brackets whose words are not already a field's name
    ("[Your Name]"); doubled ones ("{{Advertised Job Title}}") are merge fields.
    `before` is the text before the bracket on its line: where the sentence
    wants a noun phrase, the bracket stands for one, whatever its words.
    """
    words = words_of(content)
    if not words:
        return False
    if all(w in _PUT_IN for w in words):
        return True  # a word put into a quote: "were impressed by [my] portfolio"
    if len(words) == 1 and is_past(words[0]):
        # A state said of something ("My reel is [attached]"); elsewhere a lone
        # participle is a form's field: "[Signed]", "Date: [Dated]", "letter [Dated]".
        return words_of(before)[-1:] in (["is"], ["are"], ["was"], ["were"], ["be"])
    if _wants_a_noun(before):
        return False
    return is_past(words[0]) and _says_where_from(words[1:])


def _says_where_from(rest: list[str]) -> bool:
    """A participle's where or how: a preposition with its object, naming no field.

    "Sent from my phone" (the writer's own phone is no field); not "Referred By",
    whose preposition waits for the value.
    """
    for i, word in enumerate(rest[:-1]):
        if word in _PREPOSITIONS:
            tail = rest[i + 1 :]
            return not any(
                w in SLOT_HEADS and (j == 0 or tail[j - 1] != "my") for j, w in enumerate(tail)
            )
    return False


def _wants_a_noun(before: str) -> bool:
    """True when the word before the bracket leaves the sentence wanting a noun phrase.

    A verb's -ing or past form wants its object too ("enjoyed discussing [..]").
    """
    last = words_of(before[-40:])[-1:]
    if not last or before.rstrip() != before.rstrip(" \t").rstrip(".,;:!?)"):
        return False  # a clause ended before it: a line of its own may follow
    word = last[0]
    return word in _WANTS_A_NOUN or word.endswith("ing") or is_past(word)
