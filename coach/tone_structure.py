"""Structural tone checks: unfilled template slots, and where the reply's signature sits."""

from __future__ import annotations

import re
from itertools import islice

from coach.tone_overlaps import Overlaps
from coach.tone_slot_says import says_something
from coach.tone_slot_styles import code_spans, is_acronym, more_slots, open_question
from coach.tone_span import Span
from coach.tone_words import (
    REAL_BRACKET_CONTENT,
    SIGN_OFF_WORDS,
    SLOT_HEADS,
    SLOT_HINTS,
    SLOT_MODIFIERS,
    STRONG_SLOT_HEADS,
)

# -- placeholders -----------------------------------------------------------------

# A run of words in capitals: a slot ("YOUR NAME") here, a shout in tone_shouting.
# The edge before the first capital is checked just after it ("(?<![\w'’-][A-Z])"),
# the same test: a pattern that opens with a character class lets the matcher
# skip straight to a capital, where one opening with a lookbehind tries every
# character (0.04 ms a draft against 0.015, once here and once in shouting).
CAPS_RUN = re.compile(
    r"[A-Z](?<![\w'’-][A-Z])[A-Z'’-]*(?![\w'’-])"
    r"(?:[ \t,]+(?<![\w'’-])[A-Z][A-Z'’-]*(?![\w'’-]))*"
)

_ROUND = re.compile(r"\(([^()\n]{1,60})\)")
_SQUARE = re.compile(r"\[\[([^\[\]\n]{0,60})\]\]|\[([^\[\]\n]{0,60})\](?!\()")
_ANGLE = re.compile(r"<<([^<>\n]{1,60})>>|<([^<>\n]{1,60})>")
_CURLY = re.compile(r"\{\{([^{}\n]{0,60})\}\}|\{([^{}\n]{0,60})\}")
# Three underscores or more, or two standing for a number: "on the __th", "__ May".
# (Written to start with "__", so the matcher skips straight to underscores.)
_BLANK = re.compile(r"__(?:_+|(?<!\w__)(?=(?:st|nd|rd|th)\b|[\s.,;:!?)]|$))")
_DATE_MASK = re.compile(
    r"(?<![\w/])(?:DD|MM|YYYY|YY|dd|mm|yyyy|yy|XX|xx)(?:[/.\-](?:DD|MM|YYYY|YY|dd|mm|yyyy|yy|XX|xx|\d{2,4})){2}(?![\w/])"
    # A day and month, or month and year, alone: "from DD/MM", "MM/YYYY".
    r"|(?<![\w/])(?:DD[/.\-]MM|MM[/.\-]DD|MM[/.\-]YY(?:YY)?|dd[/.\-]mm|mm[/.\-]dd|mm[/.\-]yy(?:yy)?)(?![\w/])"
    # A day written with its month masked, or the other way round: "on 12/XX", "XX/03".
    r"|(?<![\w/])(?:\d{1,2}[/.\-](?:XX|xx|MM|mm)|(?:XX|xx|DD|dd)[/.\-]\d{1,2})(?![\w/])"
    # A day and month both masked, with no year: "on XX/XX".
    r"|(?<![\w/])(?:XX|xx)[/.\-](?:XX|xx)(?![\w/])"
)
_NUMBER_MASK = re.compile(
    r"(?<![\w+])\+?\(?[0-9Xx#*]{1,5}\)?(?:[ .\-]?\(?[0-9Xx#*]{1,6}\)?){1,5}(?!\w)"
)
# An address whose name part is the slot itself: "name@email.com",
# "your.name@example.com". A real name at an example domain is content
# (writers use example.com for real addresses), so the domain decides nothing.
_EMAIL_SLOT = re.compile(
    r"(?i)(?<![\w.+-])(?:(?:your|my|first|last|full)[._-]?)?"
    r"(?:name|email|surname|firstname|lastname|username|user)(?:[._-](?:name|lastname|surname|last))?"
    r"@[\w-]+(?:\.[a-z]{2,})+(?![\w@-])"
)
# What a date mask and a number mask (kept only with two masked marks in a row)
# cannot be without. Every date mask has a masked pair next to its separator
# ("DD/", "yy-", "/XX"); the pair alone is in "address" and "recommend", where
# the mask's own scan was about a third of all the slot checks' time.
_DATE_MASK_PART = re.compile(r"(?:DD|MM|YY|dd|mm|yy|XX|xx)[/.\-]|[/.\-](?:XX|xx|MM|mm)")
_MASK_PAIR = re.compile(r"[Xx#*]{2}")
_STANDALONE_X = re.compile(r"(?<![\w/])X{3,}(?![\w/])")
# Where an order to the writer may follow: a sentence's end, a clause's, a bracket.
ORDER_AFTER = (".", "!", "?", ":", ",", ";", "(", "[", "-", "–", "—")
# A number masked with hashes: "Ref. No. ####" (a hashtag is "#word").
_MASKED_NUMBER = re.compile(r"(?<![\w#])#{3,}(?![\w#])")
_TBD = re.compile(r"(?<![\w/])(?:TBD|TBC|TBA|tbd|tbc|tba)(?![\w/])")
_TBD_ORDINARY_BEFORE = frozenset(
    "is are was were be been being still remains remain remained stays stay left currently as "
    "yet 's also mostly all".split()
)
_AS_EARLY_AS = re.compile(r"(?i)\bas[ \t]+(?:early|soon|late|quickly)[ \t]+as[ \t]+$")
# "at Insert School Name": the order capitalised inside a sentence, before a
# field named in title case, is a slot even without "here".
_TITLED_ORDER = re.compile(
    r"(?<=[a-z,] )(?:Insert|Enter) ((?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)"
)
_INSTRUCTION = re.compile(
    r"(?i)(?<![\w])(?:insert|add|enter|put|type)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(\s+here)?(?![\w])"
)
_INSTRUCTION_HERE = re.compile(
    r"(?i)(?<![\w])(?:insert|add|enter|put|type)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(\s+here)(?![\w])"
)
# What every order above starts with, in lower case (they ignore case).
_ORDER_WORD = re.compile(r"(?<!\w)(?:insert|add|enter|put|type)\s")
# "Add me here on LinkedIn", "Put it here": a person's own words, not a slot.
_NOT_A_SLOT = frozenset("me us it this that them him her you myself".split())
_SLOT_LINE = re.compile(
    # "Dear Recruiter Name,", "Dear Mr./Ms. Lastname,": the greeting in any case, a title kept.
    r"^[ \t]*(?:(?i:hi|hello|dear|hey)\s+"
    r"(?:(?i:mrs?|ms|miss|dr|mx)\.?(?:/(?i:mrs?|ms|miss|dr|mx)\.?)?\s+)?)?"
    # Possessive: the spaces before a mark are all its own, never shared with the
    # spaces after it (a long run of spaces took the square of its length).
    r"([A-Za-z][\w'’ -]{0,40}?)(\s+here)?[ \t]*+[,.:]?[ \t]*$",
    re.MULTILINE,
)
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")


def _slot_words(content: str) -> list[str]:
    # "{contact_name}" is two words, as "(Contact Name)" is.
    return [w.lower().replace("’", "'") for w in _WORDS.findall(content.replace("_", " "))]


def _is_slot_phrase(content: str, *, strong: bool = False) -> bool:
    """True when every word could name a template field and one names the field itself."""
    words = _slot_words(content)
    if not words or len(words) > 6:
        return False
    heads = STRONG_SLOT_HEADS if strong else SLOT_HEADS
    return all(w in SLOT_MODIFIERS or w in SLOT_HEADS for w in words) and any(
        w in heads for w in words
    )


def _names_a_field(content: str) -> bool:
    """True for a short phrase that ends in a field's own name: "Store Name", "cafe name"."""
    words = _slot_words(content)
    return 1 < len(words) <= 4 and words[-1] in STRONG_SLOT_HEADS and words[0] not in _NOT_A_SLOT


def _is_real_content(content: str) -> bool:
    """Work mode, contract type, pronouns, gender notation, citations: real words in brackets."""
    text = content.strip().lower()
    if not text or text in REAL_BRACKET_CONTENT:
        return bool(text)
    if "@" in text or "://" in text or text.startswith("www."):
        return True
    if re.fullmatch(r"[\d\s,.\-–]+", text):  # [1], (2019-2021)
        return True
    parts = [p.strip() for p in re.split(r"[,/;|]", text)]
    return all(p in REAL_BRACKET_CONTENT or re.fullmatch(r"[a-z]{1,2}", p) for p in parts if p)


def _hint(content: str) -> str:
    words = _slot_words(content)
    if "your" in words and any(w in ("name", "names", "surname") for w in words):
        return "your name"
    for w in reversed(words):
        if w in SLOT_HINTS:
            return SLOT_HINTS[w]
    return "what it stands for"


def _slot(start: int, end: int, shown: str, content: str) -> Span:
    reason = f"{shown} is a template slot that is still unfilled"
    suggestion = f"Replace {shown} with {_hint(content)}, or delete it."
    return Span(start, end, "placeholder", reason, suggestion)


def placeholders(text: str) -> list[Span]:
    """Every unfilled slot, in any of the styles templates and the web use."""
    spans: list[Span] = []
    filed = Overlaps()

    def add(start: int, end: int, content: str) -> None:
        if not filed.any(start, end):
            spans.append(_slot(start, end, text[start:end], content))
            filed.add(spans[-1])

    for pattern in (_CURLY, _ANGLE, _SQUARE):
        for m in pattern.finditer(text):
            content = next((g for g in m.groups() if g is not None), "")
            if pattern is _ANGLE and (
                not re.match(r"\s*[A-Za-z]", content) or _is_html_tag(content)
            ):
                continue
            if pattern is _CURLY and content.strip() and not re.search(r"[A-Za-z]", content):
                continue
            if content.strip() and _is_real_content(content):
                continue
            if pattern is _SQUARE and content.strip().lower() in ("sic", "x", " "):
                continue
            if is_acronym(content) and not _is_slot_phrase(content):
                continue  # "[SEO]": an acronym in brackets, not "[NAME]"
            if content.strip() and not re.match(r"[A-Za-z_.…]", content.strip()):
                continue  # "[/ team]", "{0}": markup and code, not a slot
            doubled = m.group(1) is not None  # "{{...}}", "[[...]]", "<<...>>": merge fields
            before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if not doubled and not _is_slot_phrase(content) and says_something(content, before):
                continue  # "[Sent from my phone]", "[attached]": said, not a value to fill
            add(m.start(), m.end(), content)
    for start, end, content in more_slots(text, _is_slot_phrase):
        add(start, end, content)
    for m in _ROUND.finditer(text):
        content = m.group(1)
        if _is_real_content(content):
            continue
        # "(your-profile)" in a link: the hyphen joins the words of one slot.
        words = _slot_words(content.replace("-", " "))
        instruction = bool(words) and (
            words[0] in ("insert", "add", "enter", "mention", "your", "specify")
            or words[:2] in (["replace", "with"], ["fill", "in"], ["type", "in"])
        )
        # "(Store Name)": a bracketed name of a field, in the brief's capitalised style.
        titled = _names_a_field(content) and all(w[:1].isupper() for w in content.split())
        if _is_slot_phrase(content) or titled or (instruction and len(words) <= 8):
            add(m.start(), m.end(), content)
    for m in _BLANK.finditer(text):
        add(m.start(), m.end(), "blank")
    # The masks below each need a few letters or marks a draft seldom holds
    # (a date's DD or yy, a number's XX or ##); without them, no scan.
    masked = [
        pattern
        for pattern, needed in ((_DATE_MASK, _DATE_MASK_PART), (_NUMBER_MASK, _MASK_PAIR))
        if needed.search(text)
    ]
    for pattern in masked:
        for m in pattern.finditer(text):
            token = m.group().strip()
            masks = sum(c in "Xx#*" for c in token)
            if pattern is _NUMBER_MASK and (
                masks < 3
                or sum(c.isdigit() or c in "Xx#*" for c in token) < 6
                or not re.search(r"[Xx#*]{2}", token)
            ):
                continue
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            add(start, start + len(token), "phone number" if pattern is _NUMBER_MASK else "date")
    for m in _EMAIL_SLOT.finditer(text) if "@" in text else ():
        add(m.start(), m.end(), "email")
    for m in _STANDALONE_X.finditer(text) if "XXX" in text else ():
        add(m.start(), m.end(), "value")
    for m in _MASKED_NUMBER.finditer(text) if "###" in text else ():
        # A heading's marks ("### Experience") start their line: not a number.
        if text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
            add(m.start(), m.end(), "number")
    for m in _TBD.finditer(text) if "TB" in text or "tb" in text else ():
        before = _slot_words(text[max(0, m.start() - 30) : m.start()])[-2:]
        # "as early as TBD" compares with a value that was never put in: a slot.
        awaits_value = bool(_AS_EARLY_AS.search(text, max(0, m.start() - 30), m.start()))
        if not awaits_value and (
            any(w in _TBD_ORDINARY_BEFORE for w in before) or open_question(text, m.end())
        ):
            continue  # "the date is still TBD": a word in a sentence, not a slot
        add(m.start(), m.end(), "value")
    # "insert interviewer name here": the lazy pattern alone stops at the first
    # word, so the form that ends in "here" is looked for first.
    # An ASCII draft holding none of the order words, in lower case, holds no order (the
    # orders ignore case, which for ASCII is what lower case finds): neither scan is made.
    ordered = not text.isascii() or _ORDER_WORD.search(text.lower())
    found = [*_INSTRUCTION_HERE.finditer(text), *_INSTRUCTION.finditer(text)] if ordered else []
    for m in found:
        target = m.group(1)
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip()
        # "Insert a sentence here…", "at INSERT HOSPITAL NAME HERE": an order to the
        # writer, whatever it names ("I'd add one thing here", "Add me here" are not).
        order = m.group(2) and (before.endswith((".", "!", "?", ":")) or m.group().isupper())
        # "insert cafe name here": an order to fill in a field, wherever it stands.
        verb = m.group().split(None, 1)[0].lower()
        named = bool(m.group(2)) and verb in ("insert", "enter", "type") and _names_a_field(target)
        # "…is TBC, insert dates here once confirmed": "insert … here" with no one doing
        # it is an order to the writer after a comma too ("I would insert a pause here"
        # has its subject; "add one thing here" can be a person's own words).
        inserted = (
            bool(m.group(2)) and verb == "insert" and (not before or before.endswith(ORDER_AFTER))
        )
        if (
            named
            or (inserted and _slot_words(target)[0] not in _NOT_A_SLOT)
            or (_is_slot_phrase(target) and (m.group(2) or not before))
            or (
                (order or (m.group(2) and not before)) and _slot_words(target)[0] not in _NOT_A_SLOT
            )
        ):
            add(m.start(), m.end(), target)
    for m in _TITLED_ORDER.finditer(text) if "Insert" in text or "Enter" in text else ():
        if _names_a_field(m.group(1)):
            add(m.start(), m.end(), m.group(1))
    for m in _SLOT_LINE.finditer(text):
        content = m.group(1)
        if _is_slot_phrase(content, strong=True) and not _looks_like_sign_off(content):
            add(m.start(1), m.end(2) if m.group(2) else m.end(1), content)
    for m in CAPS_RUN.finditer(text):
        if m.end() - m.start() == 1 and m.group().lower() not in STRONG_SLOT_HEADS:
            continue  # "I", "A": one letter is a slot only if a field is named so
        if _is_slot_phrase(m.group(), strong=True):
            add(m.start(), m.end(), m.group())
    code = code_spans(text)
    spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in code)]
    return sorted(spans, key=lambda s: s.start)


_HTML_TAGS = frozenset(
    "br b i p u a em strong div span hr li ul ol /b /i /p /a /em /strong".split()
)


def _is_html_tag(content: str) -> bool:
    return content.strip().lower().split(" ")[0] in _HTML_TAGS


def _looks_like_sign_off(content: str) -> bool:
    return _slot_words(content)[:1] in ([w] for w in SIGN_OFF_WORDS)


# -- the signature (shouting and length skip it) -------------------------------------
def signature_lines(text: str) -> set[int]:
    """Indexes of lines that sign the reply: after the sign-off, or the short last line."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 2:
        return set()
    # The sign-off sits near the end; the earliest one there starts the signature
    # ("Sent from my iPhone" under the name is part of it, not a second sign-off).
    for i in filled[-6:]:
        if i != filled[0] and is_sign_off_line(lines[i]):
            return {j for j in filled if j > i}
    last = lines[filled[-1]].strip()
    if _NAME_LINE.match(last) and len(last.split()) <= 4:
        return {filled[-1]}
    return set()


# A line that can be a name under a reply: no sentence marks, capitalised or
# led by a dash or emoji; it may end in an initial ("Ellie B.").
_NAME_LINE = re.compile(r"^(?:[^\w\s]|[A-Z])[^!?.]*(?:(?<=\s)[A-Z]\.)?$")


def is_sign_off_line(line: str) -> bool:
    """Whether the line closes the reply ("Kind regards," or "Best")."""
    # At most six words read: a body line can be a whole paragraph.
    found = islice(_WORDS.finditer(line.replace("_", " ")), 6)
    words = [m.group().lower().replace("’", "'") for m in found]
    if not words or len(words) > 5 or words[0] not in SIGN_OFF_WORDS or re.search(r"[!?]", line):
        return False
    # "Kind regards," or "Best" is a sign-off; "Thanks." alone may be the whole reply.
    if line.rstrip().endswith(","):
        return True
    closing = SIGN_OFF_WORDS | _CLOSING_EXTRA
    return len(words) <= 3 and not line.rstrip().endswith(".") and all(w in closing for w in words)


_CLOSING_EXTRA = frozenset("again regards wishes and the best you very much so a lot now".split())
