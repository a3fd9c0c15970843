"""Shouting in a reply: all-caps words and sentences, and runs of ! and ?.

Never acronyms, names (the company's and the contact's, or a short run in
capitals that reads as one), placeholders, links or the signature's name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from coach.tone_overlaps import Overlaps
from coach.tone_span import Span
from coach.tone_structure import CAPS_RUN, signature_lines
from coach.tone_vader import analyzer
from coach.tone_words import ACRONYMS, is_everyday, is_loud, words

_CAPS_WORD = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’-]*[A-Z]?(?![\w'’-])")
_MARK_RUN = re.compile(r"[!?]{2,}|[!?](?:\s?[!?])+")
# Capitals inside links and addresses (linkedin.com/in/JANE-DOE) are not shouts.
# An address or a bare link is looked for only where its word starts: tried from
# every character, a hostile run of "@a@a…" or "a.a.…" took seconds to minutes.
_LINKISH = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![^\s@])[^\s@]+@[^\s@]+\.\S+"
    r"|(?<![\w.-])[\w.-]+\.[A-Za-z]{2,}/\S*"
)


def _line_at(text: str, start: int) -> str:
    """The line that begins at start, without its newline."""
    end = text.find("\n", start)
    return text[start : len(text) if end < 0 else end]


def shouting(text: str, skip: list[Span], names: Iterable[str] = ()) -> list[Span]:
    """All-caps words and sentences, and runs of ! and ?; not acronyms, names or slots.

    `names` are the company's and the contact's names as the app knows them:
    their words in capitals are names, never shouts.
    """
    spans: list[Span] = []
    known = {_bare(w).upper() for name in names for w in _NAME_WORD.findall(name)}
    # Every kind of link holds a "/", "@" or "www.": without one, none is looked for.
    linkish = "/" in text or "@" in text or "www." in text
    links = [m.span() for m in _LINKISH.finditer(text)] if linkish else []
    signature = signature_lines(text)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    link_starts = [s for s, _ in links]
    slots = Overlaps(skip)

    def skipped(start: int, end: int) -> bool:
        # Links never overlap (one finditer), so only the last to start by `start` can hold it.
        at = bisect.bisect_right(link_starts, start) - 1
        return (at >= 0 and start < links[at][1]) or slots.any(start, end)

    for run in CAPS_RUN.finditer(text):
        if run.end() - run.start() == 1:
            continue  # one capital letter ("I", "A"): never two letters, so never loud
        # Found by bisection, not counted from the top: a long draft has thousands of runs.
        line = bisect.bisect_right(line_starts, run.start()) - 1
        if line in signature and len(_line_at(text, line_starts[line]).split()) <= 5:
            continue  # a name in capitals under the sign-off is how some people sign
        words = [
            w
            for w in _CAPS_WORD.finditer(run.group())
            if not skipped(run.start() + w.start(), run.start() + w.end())
            and _bare(w.group()) not in known
        ]
        if words and _reads_as_name(
            text, run.start() + words[0].start(), run.start() + words[-1].end()
        ):
            continue  # "I'd recommend KOALA CREATIVE to others": a name, in a calm sentence
        plain = [
            w
            for w in words
            if _bare(w.group()) not in ACRONYMS
            and not _acronym_by_place(text, run.start() + w.start(), run.start() + w.end())
        ]
        meaningful = [
            w
            for i, w in enumerate(plain)
            if len(_bare(w.group())) >= 2
            and is_loud(_bare(w.group()))
            and not (i and _bare(w.group()).lower() in _PLACE_JOINERS)
        ]
        if not meaningful:
            continue  # acronyms, a company name, a lone "I"
        if len(plain) >= 2:
            start, end = run.start() + plain[0].start(), run.start() + plain[-1].end()
        else:
            start, end = run.start() + meaningful[0].start(), run.start() + meaningful[0].end()
        reason = "written in capitals, which reads as shouting"
        spans.append(Span(start, end, "shouting", reason, text[start:end].capitalize()))
    for m in _MARK_RUN.finditer(text):
        if skipped(m.start(), m.end()):
            continue
        reason = f"'{m.group()}' reads as shouting or exasperation"
        spans.append(Span(m.start(), m.end(), "shouting", reason, m.group()[0]))
    return spans


_NAME_WORD = re.compile(r"[^\W_][\w'’&-]*")
# Small words of place inside or at the end of a run of capitals join a name
# ("the lads in GOODS IN", "STRATFORD UPON AVON"): never the reason it is
# loud. Leading the run they stress ("told, IN WRITING, that...").
_PLACE_JOINERS = words("in on at upon")
# Words that lead into stress rather than a name: "a TOTAL JOKE", "so VERY".
_STRESS_LEAD = words("a an so such too very really just quite what how")


def _reads_as_name(text: str, start: int, end: int) -> bool:
    """True for a short run of capitals that reads as a name inside a calm, mixed-case sentence.

    A name has two or three words, none of them an everyday word (pronouns,
    auxiliaries, NOT, NEVER: those insist) or a negative feeling word; it
    follows a lower-case word that is not an article or intensifier (after
    a verb or preposition, where names go) and leaves most of its sentence
    in lower case. An all-caps sentence, or one stressed word, still shouts.
    """
    found = [_bare(w) for w in _CAPS_WORD.findall(text[start:end])]
    if not 2 <= len(found) <= 3 or any(is_everyday(w) or _negative(w) for w in found):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = re.split(r"(?<=[.!?])\s+", text[line_start:start])[-1]
    line_end = text.find("\n", end)
    after = re.split(r"(?<=[.!?])\s", text[end : len(text) if line_end < 0 else line_end])[0]
    lead = re.findall(r"[\w'’]+", before)
    lower = [w for w in re.findall(r"[\w'’]+", before + " " + after) if w.islower()]
    # A greeting line is too short to be mostly lower case, and whoever it
    # addresses is named there: "Dear Hiring Team at BRIGHTSPARK CREATIVE,".
    greeting = line_start == _first_line_start(text) and _GREETING.match(text, line_start)
    return (
        bool(lead)
        and lead[-1].islower()
        and lead[-1] not in _STRESS_LEAD
        and (len(lower) >= 3 or bool(greeting))
        and "!" not in after[:2]
    )


_GREETING = re.compile(r"\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|to)\b", re.I)


def _first_line_start(text: str) -> int:
    """Where the draft's first line with any text on it begins."""
    stripped = len(text) - len(text.lstrip())
    return text.rfind("\n", 0, stripped) + 1


def _negative(word: str) -> bool:
    """True for a word VADER reads as negative ("RIDICULOUS")."""

    return analyzer().lexicon.get(word.lower(), 0.0) < 0


# Capitals joined to other capitals by / or &, or alone in brackets, name
# things ("AML/KYC", "(SRE)"); shouting is not written that way. Everyday
# words stay loud wherever they are ("(NEVER)").
_JOINED_AFTER = re.compile(r"[/&][A-Z0-9]")
_JOINED_BEFORE = re.compile(r"[A-Z0-9][/&]$")


def _acronym_by_place(text: str, start: int, end: int) -> bool:
    """True for capitals written where an acronym goes, unless an everyday word."""
    if is_everyday(_bare(text[start:end])):
        return False
    after, before = text[end : end + 2], text[max(0, start - 2) : start]
    bracketed = before.endswith("(") and after.startswith(")")
    return bracketed or bool(_JOINED_AFTER.match(after) or _JOINED_BEFORE.search(before))


def _bare(word: str) -> str:
    return word.replace("’", "'").strip("'-")
