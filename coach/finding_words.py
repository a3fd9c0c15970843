"""The words a tone finding means, quoted from the draft and cut to fit one line."""

from __future__ import annotations

import re

from coach.terminal_text import one_line_for_screen
from coach.tone import Finding

# A span this short ("joke", "Glassdoor") says little alone: a word or two
# around it shows which "joke" of the draft's it is.
SHORT = 3
AROUND = 2
WIDTH = 36

_WORD = re.compile(r"\S+")
# A word that ends a clause ("ridiculous,", "joke.") or one that joins the next on.
_CLAUSE_END = re.compile(r"[.!?,;:]$")
_JOINS = re.compile(r"and|but|so|or|yet|then|[-–—]", re.IGNORECASE)


def finding_words(draft: str, finding: Finding, width: int = WIDTH, more: str = "…") -> str:
    """The finding's words as the draft has them, cut to width; '' for the whole reply.

    A short span takes up to two words either side, within its sentence, so the
    same word twice in a draft reads apart. `more` marks what was cut.
    """
    if finding.kind == "length" or finding.end_line not in (0, finding.line):
        return ""  # about the reply as a whole: no words to quote
    lines = draft.split("\n")
    start = finding.column - 1
    if not 0 < finding.line <= len(lines):
        return _cut(finding.text, width, more)
    line = lines[finding.line - 1]
    end = start + finding.length
    if line[start:end] != finding.text:
        return _cut(finding.text, width, more)  # the draft moved on since the check
    if len(finding.text.split()) < SHORT:
        start, end = _widened(line, start, end)
    return _cut(" ".join(line[start:end].split()), width, more)


def _widened(line: str, start: int, end: int) -> tuple[int, int]:
    """start and end moved out by up to AROUND words each way, within the span's clause.

    A clause, not a sentence: in "This is ridiculous, please give me another
    chance" the anger's words are "This is ridiculous," and not the plea's too.
    """
    words = list(_WORD.finditer(line))
    earlier = [w for w in words if w.end() <= start]
    later = [w for w in words if w.start() > end]
    for word in reversed(earlier[-AROUND:]):
        if _CLAUSE_END.search(word.group()) or _JOINS.fullmatch(word.group()):
            break
        start = word.start()
    # The span's last word runs on to its punctuation: "joke" is "joke." here.
    tail = re.match(r"[^\s]*", line[end:])
    end += tail.end() if tail else 0
    if not _CLAUSE_END.search(line[:end]):
        for word in later[:AROUND]:
            if _JOINS.fullmatch(word.group()):
                break
            end = word.end()
            if _CLAUSE_END.search(word.group()):
                break
    return start, end


def _cut(text: str, width: int, more: str) -> str:
    text = one_line_for_screen(text)
    if len(text) <= width:
        return text
    return text[: width - len(more)].rstrip() + more
