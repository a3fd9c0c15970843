"""Wording tone checks: the rules of content/tone.toml applied to a draft, with their context."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from coach.tone_name_shape import in_lower_name
from coach.tone_open_door import kept_open
from coach.tone_overlaps import Overlaps
from coach.tone_own_future import own_forecast
from coach.tone_quote_foreign import foreign_spans, inside
from coach.tone_quotes import handed_back, taken_up
from coach.tone_reach import reach
from coach.tone_rules import Rule, ToneRules, shipped_rules
from coach.tone_scan import Edges
from coach.tone_structure import Span
from coach.tone_target import ELSEWHERE, aimed_elsewhere


def word_classes() -> dict[str, frozenset[str]]:
    """The word classes the patterns are written in, by name."""
    return dict(shipped_rules().classes)


def lower_same_length(text: str) -> str:
    """The text in lower case, offset for offset (a few letters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# The rules write each space as a run of any length inside nested word runs, so a
# pasted stretch of thousands of spaces between words made them backtrack for
# minutes (sp32). Past this many in a row the rest of a run is read as a blank that
# is no space: offsets stay, and no sentence a person writes has such a run.
_LONGEST_GAP = 32
_LONG_GAP = re.compile(rf"[ \t]{{{_LONGEST_GAP + 1},}}")
_NOT_A_SPACE = "\u2800"  # Braille blank: neither a space nor a letter to a pattern


def gaps_bounded(text: str) -> str:
    """The text with each run of spaces or tabs cut to _LONGEST_GAP, offset for offset."""
    if "\t" not in text and " " * (_LONGEST_GAP + 1) not in text:
        return text  # every draft a person writes: no second pass over it
    return _LONG_GAP.sub(
        lambda run: run.group()[:_LONGEST_GAP] + _NOT_A_SPACE * (len(run.group()) - _LONGEST_GAP),
        text,
    )


def sentence_of(text: str, start: int) -> tuple[int, int]:
    """Start and end of the sentence or line around offset `start`."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, start) for c in ".!?\n") if i >= 0]
    return left, (min(ends) + 1 if ends else len(text))


EXCUSED = "excused"


def wording(text: str, rules: ToneRules | None = None, *, keep_excused: bool = False) -> list[Span]:
    """Every clause that reads as angry, sarcastic, begging, public or self-effacing.

    With keep_excused, the apologies that are fine (one for a slow reply,
    "sorry to hear") come back too, as kind EXCUSED, and strong words aimed at
    something not theirs as kind ELSEWHERE, so nothing else flags them.
    """
    rules = rules or shipped_rules()
    spans: list[Span] = []
    apologies: list[Span] = []
    elsewhere: list[Span] = []  # strong words aimed at something not theirs
    # Every rule's starts found in one pass over the draft's word edges.
    edges = Edges(gaps_bounded(lower_same_length(text)), [r.pattern for r in rules.rules])
    filed = Overlaps()  # the spans so far, for the overlap question each hit asks
    # Words of another language, asked for at the first hit: Dutch "die" is not the verb.
    other: tuple[tuple[int, int], ...] | None = None
    for r in rules.rules:
        for m in edges.finditer(r.pattern):
            start, end = m.span()
            if not r.only_handed_back:  # a quote's owner is quoted-back's own question
                if other is None:
                    other = foreign_spans(text)
                if other and inside(other, start, end):
                    continue
            # One finding per stretch and kind; words already read as an
            # apology are aimed at the writer, so they are not anger too.
            blocking = {r.kind, "apology"} if r.kind == "anger" else {r.kind}
            if filed.any(start, end, blocking):
                continue
            if _skipped(text, start, end, r, rules):
                continue
            # A harsh word inside a name judges nobody: "the Disaster Relief
            # Coordinator role", "the disaster response team".
            if r.kind == "anger" and (
                in_a_name(text, start, end) or in_lower_name(text, start, end)
            ):
                continue
            if r.aimed_at_them and aimed_elsewhere(text, start, end, rules.classes):
                # Aimed at something not theirs: no finding, and its sentence is
                # not the model's or VADER's to read as anger either.
                elsewhere.append(Span(start, end, ELSEWHERE, "", ""))
                continue
            span = Span(start, end, r.kind, r.reason, r.suggestion)
            if r.one_for_a_slow_reply:
                apologies.append(span)
            else:
                spans.append(span)
                filed.add(span)
    spans += _weigh_apologies(text, apologies, spans, rules)
    if keep_excused:
        return spans + elsewhere
    return [s for s in spans if s.kind != EXCUSED]


def _skipped(text: str, start: int, end: int, r: Rule, rules: ToneRules) -> bool:
    """True when the words around a hit say it does not mean what the rule fears."""
    context = rules.context
    before = text[max(0, start - 24) : start]
    if r.negatable and context["negation"].search(before):
        return True
    if r.them_only and (
        context["self_before"].search(before)
        or context["self_after"].match(text, end)
        or context["apology_before"].search(
            text, max(sentence_of(text, start)[0], start - 40), start
        )
    ):
        return True
    if r.not_after and r.not_after.search(before):
        return True
    if r.not_titles and _title_case(text[start:end]):
        return True
    if not (
        r.not_in_sentence
        or r.not_taken_up
        or r.only_handed_back
        or r.not_where_found
        or r.not_open_door
        or r.not_own_forecast
    ):
        return False
    # The sentence as far as it is read around this hit (coach/tone_reach.py).
    sentence = reach(text, sentence_of(text, start), start, end)
    if r.not_in_sentence and r.not_in_sentence.search(text[sentence[0] : sentence[1]]):
        return True
    if r.not_open_door and kept_open(text, *sentence_of(text, start)):
        return True
    if r.not_own_forecast and own_forecast(text, start, end, sentence_of(text, start)):
        return True
    if r.not_taken_up and taken_up(text, start, end, sentence):
        return True
    if r.only_handed_back and not handed_back(text, start, end, sentence):
        return True
    return bool(
        r.not_where_found and context["where_found"].search(text[sentence[0] : sentence[1]])
    )


# A Capitalised Word ("Relief", "O'Neil", "Co-op"), not one in capitals ("RELIEF").
_CAPITALISED = re.compile(r"[A-Z][a-z][\w'’]*(?:-[A-Za-z][\w'’]*)*")


def in_a_name(text: str, start: int, end: int) -> bool:
    """True when a hit is Capitalised Words inside a longer run of them: a name or title.

    "the Disaster Relief Coordinator position" names a role; a judging word in
    it judges nobody. One capitalised word alone (a sentence's first) is not a name,
    nor is a sentence written in Title Case ("Shame On You All"): a run holding a
    pronoun, a verb of being or a small joining word is a sentence, not a name.
    """
    hit = text[start:end]
    if not hit or not all(_CAPITALISED.fullmatch(w) for w in hit.split()):
        return False
    before = re.search(r"(?:\S+ )+$", text[max(0, start - 60) : start])
    after = re.match(r"(?: \S+)+", text[end : end + 60])
    left = before.group().split() if before else []
    right = [w.rstrip(",.;:!?)") for w in (after.group().split() if after else [])]
    # The word before must run on into the hit; the one after may end a clause.
    if not any(_CAPITALISED.fullmatch(word) for word in left[-1:] + right[:1]):
        return False
    run = [*_run(reversed(left)), *hit.split(), *_run(right)]
    return not any(word.lower() in _NOT_IN_NAMES for word in run)


def _run(words: Iterable[str]) -> list[str]:
    """The Capitalised Words next to a hit, up to the first that is not one."""
    return list(itertools.takewhile(_CAPITALISED.fullmatch, words))


# Words a sentence needs and a name or job title does without.
_NOT_IN_NAMES = frozenset(
    """i you your yours we our us they their them he she his her it its me my
    am is are was were be been being have has had do does did will would can could
    should shall may might must a an the of on in at to for with by from and or but
    not no so as than that this these those all what who how why such""".split()
)


def _title_case(hit: str) -> bool:
    """True when every word of a hit starts with a capital ("Data Analyst", "Friday")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", hit)]
    return bool(words) and all(w[0].isupper() for w in words)


# An apology that points back ("..., sorry about that.", "... Sorry!") and, just
# before it, a reply said to be slow: "I'm a little slow to reply, sorry about that".
# It ends its clause: "sorry, too, for my lecture" is an apology for something else.
_POINTS_BACK = re.compile(
    r"[\s,]*(?:(?:about|for)\s+(?:that|it|this)\b)?\s*"
    r"(?:[.!?;:)]|$|,\s*(?:but|and|though|anyway|thanks|thank)\b)"
)
_SLOW_REPLY_BEFORE = re.compile(
    r"(?:\b(?:slow|late|delayed|belated)\s+(?:(?:in|with)\s+)?(?:to\s+)?"
    r"(?:repl(?:y|ying)|respond(?:ing)?|getting\s+back|writing\s+back)\b"
    r"|\b(?:taken|took|taking)\s+(?:me\s+)?(?:so\s+long|a\s+while|ages|a\s+few\s+days|days"
    r"|a\s+week|some\s+time)\s+to\s+(?:reply|respond|get\s+back|write\s+back)\b)",
    re.I,
)
# A sentence that also speaks of the interview or the writer's showing in it: the
# apology may be for that, which is running oneself down.
_NOT_ONLY_THE_REPLY = re.compile(
    r"\b(?:questions?|interview\w*|panel|task|test|exercise|case|presentation|answers?"
    r"|nerves|nervous|prepar\w*|mistakes?|mess(?:ed)?|hopeless|useless)\b",
    re.I,
)


def _points_back_at_a_slow_reply(text: str, start: int, end: int) -> bool:
    """The apology's own sentence, or the one before it, says the reply is slow."""
    if not _POINTS_BACK.match(text[end : end + 20]):
        return False
    left = sentence_of(text, start)[0]
    before = text[left:start]
    if len(re.findall(r"[^\W\d_]+", before)) < 3 and left >= 2:
        before = text[sentence_of(text, left - 2)[0] : start]
    before = before[-200:]
    return bool(_SLOW_REPLY_BEFORE.search(before)) and not _NOT_ONLY_THE_REPLY.search(before)


def _for_a_slow_reply(text: str, start: int, end: int, rules: ToneRules) -> bool:
    context = rules.context
    if context["slow_reply"].match(text[end : end + 60]):
        return True
    rest = text[end : sentence_of(text, end)[1]][:100]
    if context["reply_word"].search(rest) and context["slow_word"].search(rest):
        return True
    return _points_back_at_a_slow_reply(text, start, end)


def _weigh_apologies(
    text: str, found: list[Span], taken: list[Span], rules: ToneRules
) -> list[Span]:
    """One apology for a slow reply, or sympathy ("sorry to hear"), is fine; others are not."""
    kept: list[Span] = []
    slow_replies = 0
    claimed = Overlaps(taken)
    for span in found:
        if claimed.any(span.start, span.end):
            continue
        excused = Span(span.start, span.end, EXCUSED, "", "")
        if rules.context["sympathy"].match(text[span.end : span.end + 60]):
            kept.append(excused)
            continue
        if _for_a_slow_reply(text, span.start, span.end, rules):
            slow_replies += 1
            if slow_replies == 1:
                kept.append(excused)
                continue
            reason = "apologises again; one apology is plenty, or none"
            kept.append(Span(span.start, span.end, "apology", reason, span.suggestion))
            continue
        kept.append(span)
    return kept
