"""Names that match the sender's own mail domain, spelled out or by their initials.

"porthaven.gov" names Port Haven, "bvsd.k12.or.us" the Brannock Valley School
District, "ch-valmont.fr" the Centre Hospitalier de Valmont.
"""

from __future__ import annotations

import re

from coach.email_clues import _LEGAL_SUFFIX, _NAME_PHRASE, _TEAM_WORDS, _clean_company, _fold
from coach.email_senders import ATS_DOMAINS, ATS_NAMES

# How a domain spells letters it cannot hold.
_ASCII = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_ASCII_SPELLING = re.compile("|".join(_ASCII))

# Small words a domain made of initials leaves out.
_CONNECTORS = frozenset({"&", "and", "of", "de", "du", "des", "di", "da", "do", "the", "für"})


def domain_names(labels: set[str], haystack: str) -> list[tuple[str, float]]:
    """(phrase, weight) for each name in the text that the domain labels spell."""
    keys = {_fold(label) for label in labels}
    phrases = {
        " ".join(words[start:end])
        for line in haystack.split("\n")
        for words in (m.group(0).split() for m in _NAME_PHRASE.finditer(line))
        for start in range(len(words))
        for end in range(start + 1, min(len(words), start + 6) + 1)
    }
    found: list[tuple[str, float]] = []
    for phrase in sorted(phrases):
        words = phrase.split()
        if words[-1].lower() in _CONNECTORS or words[0].lower() in _CONNECTORS:
            continue
        key = _fold(phrase.replace("&", "and"))
        if len(key) < 3:
            continue
        # "klinikum-eichstaett-nord.de": a domain writes "ä" as "ae".
        spelt = _fold(_ASCII_SPELLING.sub(lambda m: _ASCII[m.group(0)], phrase.replace("&", "and")))
        for label_key in keys:
            if spelt != key and (spelt == label_key or spelt.startswith(label_key)):
                found.append((phrase, 6))
                continue
            if key == label_key or (len(label_key) >= 4 and key.startswith(label_key)):
                found.append((phrase, 6))
            elif len(key) >= 5 and label_key.startswith(key):
                found.append((phrase, 3))
            elif _spelled_by_initials(label_key, words):
                found.append((phrase, 5))
    return found


def _spelled_by_initials(label: str, words: list[str]) -> bool:
    """Whether every word, in order, gives the label its initial or itself, one initial at least."""
    parts = [_fold(w) for w in words if w.lower() not in _CONNECTORS]
    parts = [p for p in parts if p]
    if len(parts) < 2 or len(label) < 2:
        return False

    def spell(at: int, index: int, initials: int) -> bool:
        if index == len(parts):
            return at == len(label) and initials > 0
        part = parts[index]
        if label.startswith(part[0], at) and spell(at + 1, index + 1, initials + 1):
            return True
        return (
            len(part) > 1
            and label.startswith(part, at)
            and spell(at + len(part), index + 1, initials)
        )

    return spell(0, 0, 0)


def spelled_out(short: str, full: str) -> bool:
    """Whether a name with initials in capitals is the short form of another ("CH Valmont")."""
    if not any(len(w) >= 2 and w.isupper() and w.isalpha() for w in short.split()):
        return False
    return _fold(short) != _fold(full) and _spelled_by_initials(_fold(short), full.split())


# A system's own parts of a host, never a company's name.
_GENERIC_HOST = frozenset(
    {
        "us",
        "eu",
        "uk",
        "de",
        "app",
        "apps",
        "mail",
        "email",
        "em",
        "jobs",
        "careers",
        "hire",
        "apply",
        "notifications",
        "notify",
        "no-reply",
        "noreply",
        "www",
        "smtp",
        "bounce",
        "mg",
    }
)


def applicant_system_slug(address: str) -> str:
    """The company's own part of an applicant system's host: "olivarerasanisidro" of
    olivarerasanisidro.recruitee.com, "corvane-systems" of corvane-systems.icims.com."""
    host = address.rsplit("@", 1)[-1].lower().strip(".>")
    for domain in ATS_DOMAINS:
        if host.endswith("." + domain):
            part = host[: -len(domain) - 1].rsplit(".", 1)[-1]
            return "" if part in _GENERIC_HOST or len(part) < 3 else part
    return ""


def short_for_a_fuller_name(keys: list[str], fuller: list[str], labels: set[str]) -> dict[str, str]:
    """{short: full} for each name the mail domain matched that is only a part of a fuller
    name the text gives ("Education" of education.gov.uk, inside the "Department for
    Education" the letter names). Keys and fuller names are folded."""
    label_keys = [_fold(label) for label in labels if len(_fold(label)) >= 3]
    found: dict[str, str] = {}
    for full in fuller:
        for key in keys:
            # Only the domain's word: a firm whose own name is a part of a body's ("Energy
            # Security Ltd", working for the Office for Energy Security) stays itself.
            if key != full and key in full and any(label in key for label in label_keys):
                found.setdefault(key, full)
    return found


# A domain's parts that name a mailbox, a service, a country or a legal form, never a firm:
# "arup-careers", "talent-mail", "job-alerts", "arup-uk", "arup-ltd".
_NOT_A_NAME_PART = _GENERIC_HOST | {
    "e",
    "job",
    "career",
    "recruit",
    "alerts",
    "alert",
    "vacancy",
    "vacancies",
    "desk",
    "hub",
    "notices",
    "updates",
    "portal",
    "board",
    "staff",
    "service",
    "services",
    "ops",
    "info",
    "hello",
    "online",
    "web",
    "hq",
    "global",
    "group",
    "international",
    "intl",
    "worldwide",
    "europe",
    "emea",
    "usa",
    "gb",
    "ie",
    "fr",
    "es",
    "nl",
    "it",
    "au",
    "ca",
}


def _not_a_name_part(word: str) -> bool:
    return (
        word in _NOT_A_NAME_PART
        or bool(re.fullmatch(_TEAM_WORDS, word))
        or bool(_LEGAL_SUFFIX.fullmatch(" " + word))
    )


# Words that open a mailbox's name but never close it: who it is for ("staffportal",
# "staffhub"). A name ending in one is read the wrong way round for a mailbox: "Hubstaff".
_OPENS_ONLY = frozenset({"staff"})


def mailbox_words_joined(label: str) -> bool:
    """Whether a label is made only of mailbox, service and team words run together
    ("careersportal", "jobsboard", "talentteam"), and not ending in a word that only opens
    such a name ("hubstaff"). Each word is a team's, or another mailbox word of three
    letters or more: a country's code is no word here ("itau" is no "it-au")."""

    def word(part: str) -> bool:
        return bool(re.fullmatch(_TEAM_WORDS, part)) or (
            len(part) >= 3 and part in _NOT_A_NAME_PART
        )

    if len(label) > 40:  # a line of text, not a mailbox's name
        return False
    # ends[i]: the label's first i letters are such words, one after another.
    ends = [True] + [False] * len(label)
    for end in range(1, len(label) + 1):
        ends[end] = any(ends[start] and word(label[start:end]) for start in range(end))
    return any(
        ends[start] and word(label[start:]) and label[start:] not in _OPENS_ONLY
        for start in range(len(label))
    )


def _name_parts(label: str) -> list[str]:
    """The parts of a hyphenated label that spell a firm's name, its trailing mailbox, team,
    country and legal words left off ("arup-careers-uk": arup); [] when it spells none."""
    words = label.split("-")
    if not all(w.isalpha() for w in words):
        return []
    # "e-mail", "recruit-ment", "careers-portal", "job-alerts", "careersportal": a mailbox or
    # a service; "my-workday": an applicant system's.
    joined = "".join(words)
    if _not_a_name_part(joined) or all(_not_a_name_part(w) for w in words):
        return []
    if mailbox_words_joined(joined):
        return []
    if any(w in ATS_NAMES for w in words):
        return []
    while _not_a_name_part(words[-1]):
        words.pop()
    return words


def domain_as_name(label: str) -> str:
    """A mail domain's label as a name, its hyphens read as the spaces they stand for
    ("blue-fern": Blue Fern); "" when a part is not a word ("rowan-24") or when it names a
    mailbox, not a firm ("talent-mail")."""
    words = _name_parts(label)
    small = ("and", "of", "the", "for")
    name = " ".join(w if at and w in small else w.capitalize() for at, w in enumerate(words))
    # "people-first", "talent-tree": a name that opens with a team's word, which the
    # cleaning of a company's name would cut to "First". Too unsure to give.
    if len(words) > 1 and not _clean_company(name).startswith(words[0].capitalize()):
        return ""
    return name


def fuller_in_the_domain(keys: list[str], labels: set[str]) -> dict[str, str]:
    """{short: name} for each folded key that is the opening words of what a hyphenated mail
    domain spells ("wessex" of wessex-water.example: Wessex Water). The organisation's own
    address gives its name in full; the signature's one word is short for it. Not when the
    text gives a fuller name of its own ("Orbitline Technologies" from orbitline-mail): the
    domain's other words may be no part of the name. A mailbox's, a team's, a country's or a
    legal word extends no name ("arup-careers", "arup-uk")."""
    fuller = {}
    for label in sorted(labels):
        words = _name_parts(label)
        name = domain_as_name(label)
        if len(words) < 2 or not name:
            continue
        openings = {_fold("".join(words[:n])) for n in range(1, len(words))}
        for key in keys:
            text_fuller = any(k != key and k.startswith(key) for k in keys)
            if key in openings and not text_fuller:
                fuller[key] = name
    return fuller
