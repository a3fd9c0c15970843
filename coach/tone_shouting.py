"""Shouting in a reply: all-caps words and sentences, and runs of ! and ?.

Never acronyms, names (the company's and the contact's, or a short run in
capitals that reads as one), placeholders, links or the signature's name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from coach.tone_capitals import (
    CAPS_RUN,
    CAPS_WORD,
    NAME_MOST,
    could_name,
    is_furious_abroad,
    name_parts,
    name_words,
    says_something,
)
from coach.tone_overlaps import Overlaps
from coach.tone_span import Span
from coach.tone_structure import signature_lines
from coach.tone_words import ACRONYMS, is_everyday, is_loud, words

# Marks of any script and the emoji ones: "!!", "¡¡", "！？", "?!", "❗❗" all
# insist, and "‼" is two marks in one.
_MARKS = "!?¡¿！？❗❕❓❔"
# Two or more of any, marks apart by a space, or one double mark: written as
# the first mark, then which of the three it opens (read by a lookbehind on
# that mark), so that the matcher skips straight to a mark (0.006 ms a draft
# against 0.04 for the three alternatives each opening with its own class).
_MARK_RUN = re.compile(
    rf"[{_MARKS}‼⁉⁈](?:[{_MARKS}‼⁉⁈]+|(?<=[{_MARKS}])(?:\s?[{_MARKS}])+|(?<=[‼⁉⁈]))"
)
# The one plain mark a run is best cut down to.
_ONE_MARK = dict(zip("‼⁉⁈❗❕❓❔！？", "!??!!??!?", strict=True))
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
    opening = bisect.bisect_right(line_starts, _first_line_start(text)) - 1

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
        if line in signature and could_name(name_words(CAPS_WORD.findall(run.group()))):
            continue  # "MARÍA JOSÉ GARCÍA LÓPEZ, HEAD CHEF": a name and title, however long
        words = [
            w
            for w in CAPS_WORD.finditer(run.group())
            if not skipped(run.start() + w.start(), run.start() + w.end())
            and _bare(w.group()) not in known
        ]
        if not words:
            continue
        first, last = run.start() + words[0].start(), run.start() + words[-1].end()
        line_end = line_starts[line + 1] - 1 if line + 1 < len(line_starts) else len(text)
        # What the run is read with stops at its line and at _WINDOW characters
        # each side, so a long line of runs is read in linear time.
        around = (max(line_starts[line], first - _WINDOW), min(line_end, last + _WINDOW))
        greeting = line == opening and _GREETING.match(text, line_starts[line]) is not None
        if _reads_as_name(text, first, last, [w.group() for w in words], around, greeting):
            continue  # "the team at PALÁCIO DO RIO": a name, where names go
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
            and (is_loud(_bare(w.group())) or is_furious_abroad(w.group()))
            and not (i and _bare(w.group()).lower() in _PLACE_JOINERS)
        ]
        if not meaningful and _shouted_whole(text, first, last, plain, around):
            meaningful = plain  # "ESTO ES INACEPTABLE.": a sentence in capitals, in any language
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
        one = _ONE_MARK.get(m.group()[0], m.group()[0])
        spans.append(Span(m.start(), m.end(), "shouting", reason, one))
    return spans


_NAME_WORD = re.compile(r"[^\W_][\w'’&-]*")
# Small words of place inside or at the end of a run of capitals join a name
# ("the lads in GOODS IN", "STRATFORD UPON AVON"): never the reason it is
# loud. Leading the run they stress ("told, IN WRITING, that...").
_PLACE_JOINERS = words("in on at upon")
# Words that lead into stress rather than a name: "a TOTAL JOKE", "so VERY".
_STRESS_LEAD = words("a an so such too very really just quite what how")


def _reads_as_name(
    text: str, start: int, end: int, found: list[str], around: tuple[int, int], greeting: bool
) -> bool:
    """True for a run of capitals that reads as a name where it sits.

    A name is two words or more (coach/tone_capitals.py: it may open with
    "THE" and hold joining words of any language, never a word only a
    sentence holds or a negative one). It sits as a name on a heading or
    label line, or inside a calm, mixed-case sentence after a lower-case
    word that is not an article or intensifier (after a verb or preposition,
    where names go). Everyday English words ("THE OLD FORGE") are a name's
    only after "at", "with" and the like. An all-caps sentence, or one
    stressed word, still shouts.
    """
    if len(found) < 2:
        return False
    line_start, line_end = around
    # The window may cut a long line short: a heading is a whole line.
    opens = line_start == 0 or text[line_start - 1] == "\n"
    whole_line = opens and text[line_end : line_end + 1] in ("", "\n")
    label = _HEADING.match(text[line_start:start])
    # A bare line is a heading only above everything else ("PALÁCIO DO RIO"
    # over the letter); below text, between greeting and sign-off, a short
    # line in capitals is the writer raising their voice ("RESPOND
    # IMMEDIATELY"). Names under the sign-off are read with the signature.
    bare_below = label and not label.group(1) and _LETTER.search(text, 0, line_start)
    heading = whole_line and label and not bare_below and _HEADING_END.match(text[end:line_end])
    core = name_words(found)
    # A labelled line ("RE: STORE MANAGER VACANCY, MANCHESTER ARNDALE") names
    # what the mail is about at any length; a bare line only as long as a name.
    if heading and could_name(core) and (len(core) <= NAME_MOST or label.group(1)):
        return True  # "PALÁCIO DO RIO" alone on its line, or "Venue: THE OLD FORGE"
    parts = name_parts(found)
    if parts is None:
        return False
    before = re.split(r"(?<=[.!?])\s+", text[line_start:start])[-1]
    after = re.split(r"(?<=[.!?])\s", text[end:line_end])[0]
    lead = re.findall(r"[\w'’]+", before)
    if "!" in after[:2]:
        return False
    if not lead:
        # Opening its sentence, a name is known by its article or joining word
        # ("THE OLD FORGE was lovely", "CASA DE LUZ took me on"), and what
        # follows goes on in lower case.
        rest = re.findall(r"[\w'’]+", after)
        return len(parts) < len(found) and len(rest) >= 3 and all(w.islower() for w in rest[:3])
    if not lead[-1].islower() or lead[-1] in _STRESS_LEAD:
        return False
    # Everyday words ("THE OLD FORGE") are a name's where names go ("at",
    # "with") or where the run is built as one, with an article or joining word.
    built = len(parts) < len(found)
    if any(is_everyday(w) for w in parts) and lead[-1] not in _NAME_LEAD and not built:
        return False  # "the BEST INTERVIEW EXPERIENCE" stresses
    lower = [w for w in re.findall(r"[\w'’]+", before + " " + after) if w.islower()]
    # A greeting line is too short to be mostly lower case, and whoever it
    # addresses is named there: "Dear Hiring Team at BRIGHTSPARK CREATIVE,".
    return len(lower) >= 3 or greeting


# Words after which a run of capitals is where a place or company is named.
_NAME_LEAD = words(
    "the at with from for in on of by join joining joined visit visiting called named"
)
# A heading or label line: nothing before the run but a label ("Venue:"), and
# nothing after it but a colon or dash; no sentence marks.
_LETTER = re.compile(r"[^\W\d_]")
# Possessive: spaces are never shared with the marks' run after them (the label can
# start only after all of them, the marks' run only after the colon's): tried each
# way, a long run of spaces took the square of its length.
_HEADING = re.compile(r"\s*+([^\W\d_][\w '’-]{0,30}:\s*+)?[-–—*#>•\s]*$")
# After it, at most a reference in brackets: "(REF. WH-2291)".
_HEADING_END = re.compile(r"[\s:–—-]*(?:\([^()\n]{0,40}\)\s*)?$")


def _shouted_whole(
    text: str, start: int, end: int, plain: list[re.Match[str]], around: tuple[int, int]
) -> bool:
    """True for a whole sentence in capitals, of any language: three words, or two and a "!".

    A long run of capitals (five words or more) shouts wherever it sits.
    """
    sized = [w for w in plain if len(_bare(w.group())) >= 2]
    if len(sized) >= _LONG_RUN:
        return True
    before = text[around[0] : start]
    opened = re.split(r"[.!?]", before)[-1]
    after = text[end : around[1]]
    closed = re.match(r"[\s\"'’”»)]*([.!?…]|$)", after)
    if re.search(r"[^\W\d_]", opened) or not closed:
        return False
    mark = closed.group(1)
    # A heading has no sentence mark and no word only a sentence holds ("ES", "IST", "NOT").
    telling = any(says_something(w.group()) for w in sized)
    if len(plain) >= 3 <= len(sized) + 1 and (mark or telling):
        return True
    # Two words: "NIE WIEDER.", "ÇA SUFFIT!".
    return len(sized) >= 2 and (mark == "!" or (bool(mark) and telling))


_LONG_RUN = 5
_WINDOW = 200


_GREETING = re.compile(r"\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|to)\b", re.I)


def _first_line_start(text: str) -> int:
    """Where the draft's first line with any text on it begins."""
    stripped = len(text) - len(text.lstrip())
    return text.rfind("\n", 0, stripped) + 1


_NUMBER_SIGN = re.compile(r"(?:NO|NR)\.?:?\s?(?=[#\d])")
# Capitals joined to other capitals by / or &, or alone in brackets, name
# things ("AML/KYC", "(SRE)"); shouting is not written that way. Everyday
# words stay loud wherever they are ("(NEVER)").
_JOINED_AFTER = re.compile(r"[/&][A-Z0-9]")
_JOINED_BEFORE = re.compile(r"[A-Z0-9][/&]$")


def _acronym_by_place(text: str, start: int, end: int) -> bool:
    """True for capitals written where an acronym goes, unless an everyday word.

    "NO." before a number is short for "number" ("REFERENCE NO. 2024-0871").
    """
    if _NUMBER_SIGN.match(text, start):
        return True
    if is_everyday(_bare(text[start:end])):
        return False
    after, before = text[end : end + 2], text[max(0, start - 2) : start]
    bracketed = before.endswith("(") and after.startswith(")")
    return bracketed or bool(_JOINED_AFTER.match(after) or _JOINED_BEFORE.search(before))


def _bare(word: str) -> str:
    return word.replace("’", "'").strip("'-")
