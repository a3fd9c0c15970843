"""Whose cue it is: a sorry the rules passed on, or the writer being told, cues no model finding."""

from __future__ import annotations

import re
from collections.abc import Iterable

from coach.tone_features import feature_set
from coach.tone_quote_owner import THIRD, owner
from coach.tone_quote_saying import general, saying_frame, set_apart, tag_end, turned
from coach.tone_reach import reach

# The learned model reads a sentence for a kind only when it holds one of the
# kind's cues ([model_cues] in content/tone.toml). Some cue words belong to
# someone else, or are said to the reader, and then they cue nothing:
# - apology: the apology rule reads every sorry-word and passes the ones
#   that are not the writer's own (telling them not to apologise, sympathy,
#   regret at the outcome, a sorry in play). A sentence the rules left with
#   no apology on it holds only such sorries; the model learned them as
#   apologies all the same ("Please don't apologise for the delay" 1.0).
# - public: telling is going public only when others are told. The reader
#   telling the writer ("thanks for telling me", "I appreciate you telling me
#   directly"), or the writer telling the hiring side ("the team", "the
#   panel"), tells no audience; the public rules pass these too. Nor is a
#   kiss signing off ("all the best x") the site X. The writer telling the
#   reader ("I'll tell you about it over coffee") is left to the model: held
#   out, masking it lost a labelled threat and freed no clean draft of an
#   unread writer (tests/data/tone/README.md, m19).
# The sentence still counts when another cue of the kind is in it ("don't
# apologise, I was useless"; "thanks for telling me, it's going on Reddit").
_NOT_THEIRS = {
    "apology": re.compile(r"\b(?:sorry|apologi[sz](?:e|es|ed|ing)|apologies)\b", re.IGNORECASE),
    "public": re.compile(
        r"\b(?:tell|tells|telling|told|share|sharing|shared)"
        r"(?: (?:it|this|that|all|everything|more))?(?: (?:with|to))?"
        r" (?=(?:me|us|myself)\b|(?:your team|the team|the panel|the recruiter)\b"
        # The hiring side told somewhere else is an audience ("telling the
        # panel at the industry awards exactly how I was treated").
        r"(?!\s+(?:at|in|on|over|from|of|during)\b))"
        # A kiss: x or xx not after a word that would name the site ("on X").
        r"|(?<!\bon )(?<!\bto )(?<!\bat )(?<!\bvia )(?<!\bonto )\b(?-i:x+)\b",
        re.IGNORECASE,
    ),
}


def cued_only_by_others(
    kind: str, sentence: str, before: str, cues: Iterable[frozenset[str]]
) -> bool:
    """True when every cue of `kind` in the sentence is a word that is not the writer's to own.

    `cues` are the kind's cues; the caller has already found one of them in the sentence.
    """
    pattern = _NOT_THEIRS.get(kind)
    if pattern is None or not pattern.search(sentence):
        return False
    rest = pattern.sub(" ", sentence)
    feats = feature_set(rest, before)
    return not any(map(feats.issuperset, cues))


# Anger: a sentence that is a saying the writer keeps, with at most a few
# words of their own around it ("As my grandmother says, '...'", "'...' and
# all that."), holds nothing of the writer's aimed at the reader. The model
# reads the saying's own words ("pass you by", "fall") as a jab all the same.
_QUOTE = re.compile(r"""["“][^"“”\n]{2,200}["”]|(?<!\w)['‘][^"“”'‘’\n]{2,200}['’](?!\w)""")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_AROUND = 8  # words of the writer's own beside the saying: a frame, not a remark


def saying_only(text: str, start: int, end: int) -> bool:
    """True when the sentence text[start:end] is a saying of a third party's the writer keeps.

    The quote is a third party's (coach/tone_quote_owner.py), general in its
    kind, set apart and not turned (coach/tone_quote_saying.py), and the
    writer's words around it are few.
    """
    for m in _QUOTE.finditer(text, start, end):
        q_start, q_end = m.span()
        # As far as a quote's readers go (coach/tone_reach.py): a sentence of
        # many quotes was read whole for each.
        sentence = reach(text, (start, end), q_start, q_end)
        s_start, s_end = sentence
        if owner(text, q_start, q_end, sentence) != THIRD:
            continue
        if not general(text[q_start + 1 : q_end - 1], generic_you=True):
            continue
        if not set_apart(text, q_start, q_end, sentence):
            continue
        rest = saying_frame(text[s_start:q_start]) + " " + text[tag_end(text, q_end, s_end) : s_end]
        if len(_WORD.findall(rest)) > _AROUND:
            continue  # a remark of the writer's own, read as ever
        return not turned(text, q_start, q_end, sentence)
    return False
