"""The app's own words in a draft: its templates' sentences, their slots filled by anything."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from coach.tone_vader import analyzer, sentences

# A slot as the templates write it: {company}, {job_title}.
_SLOT = re.compile(r"\{([a-z_]+)\}")
# A slot's value: a name, a title, a company. It holds no ! ? or quote mark,
# and a full stop only before a space or comma, as an abbreviation's
# ("Sr. Engineer", "Acme Inc.,"): _plain then takes only short capitalised
# ones, so a jab typed into the middle of a template sentence is never taken
# for a filled slot.
_VALUE = r"((?:[^\n.!?\"“”]|\.(?=[ ,])){1,80}?)"
# One word of a signature line: a name, a phone number's group, an address.
# A full stop or mark inside it ("linkedin.com/in/sam") is fine; one ending it
# ends a sentence, and a sentence under the name ("P.S. ...") is the person's.
_FIELD = r"(?:[^\s.!?]|[.!?](?=\S))+"
# A template sentence with fewer literal words than this ("Best wishes,",
# "Thank you for your time.") is what people write themselves: it is not the
# app's, whoever typed it. The longer ones no one writes word for word by chance.
MIN_WORDS = 8


@functools.cache
def template_texts() -> tuple[str, ...]:
    """Every paragraph text of the shipped reply templates, every stage's variant."""
    from coach.content.loader import shipped_templates

    templates = shipped_templates().values()
    return tuple(part.text for template in templates for part in template.parts)


@functools.cache
def _pattern(texts: tuple[str, ...]) -> re.Pattern[str] | None:
    """One search for any long template sentence, slots as any plain short value."""
    found: set[str] = set()
    for text in texts:
        for start, end in sentences(text):
            sentence = text[start:end].strip()
            if len(_SLOT.sub(" ", sentence).split()) >= MIN_WORDS:
                found.add(sentence)
    if not found:
        return None
    # Longest first: where two could match at one place, the whole sentence wins.
    alternatives = sorted(found, key=len, reverse=True)
    return re.compile("|".join(_regex(s) for s in alternatives))


@functools.cache
def _signature(texts: tuple[str, ...]) -> re.Pattern[str] | None:
    """The slot lines (name, phone, address) under a template's last words, ending the draft.

    The last words themselves ("Best wishes,") are what people write too:
    only the lines under them, group 1, are found.
    """
    found: set[str] = set()
    most = 0
    for text in texts:
        lines = text.split("\n")
        slots = 0
        while slots < len(lines) and _SLOT.fullmatch(lines[-1 - slots].strip()):
            slots += 1
        if 0 < slots < len(lines):
            found.add(re.escape(lines[-1 - slots].strip()))
            most = max(most, slots)
    if not found:
        return None
    # Up to the most slot lines a template has: the person may leave some empty
    # (coach/drafting.py drops them); a line more is their own.
    heads = "|".join(sorted(found))
    lines = rf"(?:[ \t]*{_FIELD}(?:[ \t]+{_FIELD}){{0,3}}[ \t]*(?:\n|\Z)){{1,{most}}}"
    return re.compile(rf"^[ \t]*(?:{heads})[ \t]*\n({lines})\s*\Z", re.M)


def _plain(match: re.Match[str]) -> bool:
    """Whether every slot holds a plain value: a name or title, no word of feeling.

    Companies, job titles and names are written with capitals, with at most
    a small joining word ("Head of Product", "Chef de Partie"); a slot filled
    with "utterly pointless" or "so-called" is the person's sarcasm in the
    template's words, and its sentence stays theirs. A lower-case title or one
    holding a feeling word ("Customer Success") is left theirs too: the draft
    is then weighed as before, never less carefully.
    """
    lexicon = analyzer().lexicon
    for value in match.groups():
        for word in (value or "").split():
            bare = word.strip(",;:()'’&/+-")
            if bare.lower() in _JOINERS or not bare or not bare[0].isalpha():
                continue
            if not bare[0].isupper() or lexicon.get(bare.lower(), 0.0):
                return False
            if bare.endswith(".") and len(bare) > _ABBREVIATION:
                return False  # "Whatever." ends a sentence; "Sr." and "Corp." do not
    return True


# The longest abbreviation with its full stop a slot's value may hold ("Corp.").
_ABBREVIATION = 5
# Small words that join the capitalised words of a name or title.
_JOINERS = frozenset({"of", "and", "for", "the", "de", "du", "la", "le", "von", "van", "der", "at"})


def _regex(sentence: str) -> str:
    pieces = _SLOT.split(sentence)  # literal, slot name, literal, ...
    return "".join(_VALUE if odd else re.escape(piece) for odd, piece in _alternate(pieces))


def _alternate(pieces: Sequence[str]) -> Iterable[tuple[bool, str]]:
    return ((at % 2 == 1, piece) for at, piece in enumerate(pieces))


def app_sentences(text: str, texts: Iterable[str] | None = None) -> frozenset[int]:
    """Starts of the sentences (coach.tone_vader.sentences) that are the app's own words.

    They are the long sentences of the reply templates (`texts`, else the
    shipped ones), their slots filled by plain values, and the signature
    lines under a template's sign-off: they say nothing of the person's tone.
    The draft-level facts leave them out; they are still checked like any
    text. The short ones ("Thank you for your time.", "Best wishes,") stay
    the person's, as in a draft they wrote themselves: with them, the app's
    draft and one sentence typed into it is weighed as the person's own short
    reply holding that sentence (leaving them out too found more jabs but
    flagged five times the clean sentences: tests/data/tone/README.md, tg30).
    """
    texts = template_texts() if texts is None else tuple(texts)
    long = _pattern(texts)
    signature = _signature(texts)
    matches = [m.span() for m in long.finditer(text) if _plain(m)] if long else []
    matches += [m.span(1) for m in signature.finditer(text)] if signature else []
    if not matches:
        return frozenset()
    out = set()
    for start, end in sentences(text):
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        tail = len(text[start:end].rstrip())
        if any(m0 <= start + lead and start + tail <= m1 for m0, m1 in matches):
            out.add(start)
    return frozenset(out)
