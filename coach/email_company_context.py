"""Where a rejection's text names the company: the phrases around it in the prose and subject."""

from __future__ import annotations

import re

from coach.email_clues import _NAME_PHRASE, _NAME_TOKEN

# Where only a firm stands: a job is held "at" a firm, applied for "to" it, a firm is joined.
# No job's title stands there, though it open with a job's word ("role at Designer
# Contracts", "to join Chef Direct").
_ROLE_AT = (
    r"\b(?:position|post|role|opening|job|opportunity|vacancy|candidacy)\s+(?:at|with)\s+(?:the\s+)?"
    rf"({_NAME_PHRASE.pattern})"
)
_APPLIED_TO = (
    r"\b(?:applying|applied|application|apply)\s+(?:to|with|at)\s+(?!the\b|our\b|this\b|other\b)"
    rf"({_NAME_PHRASE.pattern})"
)
_JOINED = (
    r"\b(?:here at|team at|opportunities at|careers at|jobs at|to join|joining)\s+"
    rf"({_NAME_PHRASE.pattern})"
)
FIRM_ONLY = {_ROLE_AT, _APPLIED_TO, _JOINED}

COMPANY_CONTEXT = [
    # (pattern, weight): the company named where a rejection usually names it.
    # A team signing for its firm in another language: "Il team di Officina Ventuno".
    (
        r"\b(?i:il team di|l['’]équipe (?:de|d['’])|el equipo de|o time d[aoe]|a equipa d[aoe]|"
        rf"het team van|das team (?:von|der))\s+({_NAME_PHRASE.pattern})",
        4,
    ),
    (_ROLE_AT, 3),
    (
        r"\binterest in (?:joining |working at |working for )?(?!the\b|our\b|this\b)"
        rf"({_NAME_PHRASE.pattern})",
        3,
    ),
    (_APPLIED_TO, 3),
    (_JOINED, 2),
    (
        r"\b(?:consider|considering|trust you have placed in|the team at|everyone at|"
        rf"all of us at)\s+({_NAME_PHRASE.pattern})",
        2,
    ),
    (rf"(?:^|\n)({_NAME_PHRASE.pattern})\s+(?:has|have) (?:had to|decided|chosen)", 2),
    (
        rf"\b(?:it's|this is|i'm)\s+{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?\s+from\s+"
        rf"({_NAME_PHRASE.pattern})",
        3,
    ),
    (rf"\b{_NAME_TOKEN}\s+here\s+(?:from|at|with)\s+({_NAME_PHRASE.pattern})", 3),
    (rf"\b{_NAME_TOKEN}\s+(?:from|at)\s+({_NAME_PHRASE.pattern})\s+here\b", 3),
    # An agency's news of its client: "I heard back from Peregrine Logistics".
    (
        r"\b(?:feedback from|an update from|news (?:from|on)|back from)\s+"
        rf"({_NAME_PHRASE.pattern})",
        3,
    ),
    # Only an agent hears back from a company about you: the strongest sign of the client.
    (rf"\bheard (?:back )?from\s+({_NAME_PHRASE.pattern})", 5),
    (rf"({_NAME_PHRASE.pattern})\s+ha(?:ve|s) (?:come|got|gotten) back to (?:me|us)\b", 5),
    (rf"({_NAME_PHRASE.pattern})\s+ha(?:ve|s) (?:just )?(?:let|told) (?:me|us)\b", 5),
    # A brand names itself before its parent: "Kettle Lane is part of the Aldermoor Group".
    (
        rf"({_NAME_PHRASE.pattern}) is (?:part of|a (?:member|subsidiary|division|brand|"
        r"trading name) of|owned by)\b",
        4,
    ),
    (rf"\b(?:come|got|just) off the phone with\s+({_NAME_PHRASE.pattern})", 5),
    # A job board passing on the employer's answer: "La empresa X ha revisado tu CV".
    (
        r"\b(?i:la empresa|l['’]entreprise|die firma|das unternehmen|het bedrijf|l['’]azienda|"
        rf"a empresa|the company|the employer)\s+({_NAME_PHRASE.pattern})",
        7,
    ),
    # The same in other languages: "chez notre client, les Laboratoires Andrieu",
    # "im Auftrag unseres Kunden Hansa Logistik", "per conto di Ferri".
    (
        r"\b(?i:our|notre|nostro|nuestro|nosso|unseres?|unserem|onze)\s+(?i:client|cliente|klant|"
        r"kunden?|mandanten?)\w*,?\s+(?:(?:les|la|le|l['’]|el|los|il|lo|o|a|de|het|die|der|das|"
        rf"the)\s+)?({_NAME_PHRASE.pattern})",
        3,
    ),
    # "Koelewijn heeft me laten weten", "Sanova hat uns mitgeteilt": the client told the agent.
    (
        rf"({_NAME_PHRASE.pattern})\s+(?:heeft|hat|m['’]a|nous a|me ha|nos ha|mi ha|ci ha|"
        r"informou|comunicou)\s+(?:\w+\s+){0,4}?(?:laten weten|mitgeteilt|informiert|"
        r"informé|fait savoir|comunicado|informado|comunicato|informato)",
        3,
    ),
    (
        r"\b(?:pour le compte de|im auftrag von|por encargo de|per conto di|em nome d[aeo]|"
        rf"namens|on behalf of our client)\s+({_NAME_PHRASE.pattern})",
        3,
    ),
    (rf"\b(?:at|with)\s+({_NAME_PHRASE.pattern})", 1),
]


# Matched with case: only a name in capitals is taken (ignoring case, a name's small
# words "der" or "de" could also be its words, and a long subject took minutes).
SUBJECT_COMPANY = [
    r"^(?i:re:\s*|fwd?:\s*)*(?i:your application|thank you for applying|thanks for applying|"
    r"update on your application|application update)\s+(?i:to|at|with|from)\s+"
    rf"({_NAME_PHRASE.pattern})",
    rf"\b(?i:at|with)\s+({_NAME_PHRASE.pattern})\s*$",
    rf"^(?i:re:\s*)*({_NAME_PHRASE.pattern})\s*(?:[-–—|:]|(?i: application))",
    rf"\b(?i:interest in)\s+({_NAME_PHRASE.pattern})",
    rf"^(?i:update on your) ({_NAME_PHRASE.pattern}) (?i:application)",
    rf"(?:[-–—|:])\s*({_NAME_PHRASE.pattern})\s*$",
    # "Ihre Bewerbung bei der Lindqvist GmbH", "Votre candidature chez Marceau".
    r"\b(?i:bewerbung|candidature|candidatura|sollicitatie|application)\b[^:]{0,40}?\s"
    r"(?i:bei|chez|auprès de|en|con|bij|presso|na|no|em|at|with)\s+"
    r"(?:(?i:der|dem|den|la|le|l['’]|el|il|lo|o|a|het|de|the)\s*)?"
    rf"({_NAME_PHRASE.pattern})",
]


# A context pattern that opens with the name: its rest is looked for first.
_NAME_FIRST = f"({_NAME_PHRASE.pattern})"
# How far before "has come back to me" its name can start.
_NAME_REACH = 160


def context_names(pattern: str, prose: str) -> list[str]:
    """The names a context pattern finds in the prose.

    One that opens with the name is tried only just before each place its rest
    is found: tried at every capital of a long paste, it took minutes.
    """
    whole, rest_of = _COMPILED.get(pattern) or _compiled(pattern)
    if rest_of is None:
        return [match.group(1) for match in whole.finditer(prose)]
    names = []
    for rest in rest_of.finditer(prose):
        before = prose[max(0, rest.start() - _NAME_REACH) : rest.end()]
        names += [m.group(1) for m in whole.finditer(before) if m.end() == len(before)]
    return names


def _compiled(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """A context pattern, and its rest after an opening name (None when it opens otherwise)."""
    if not pattern.startswith(_NAME_FIRST):
        return re.compile(pattern), None
    rest = pattern[len(_NAME_FIRST) :]
    # A rest opening on spaces is tried from the start of their run only: where it
    # matches inside a run it matches from its start, and tried at each space of a
    # long run, a search cost the square of its length.
    rest = rf"(?<!\s){rest}" if rest.startswith(r"\s") else rest
    return re.compile(pattern), re.compile(rest)


# Compiled once, so that the names other patterns are built from never push them out of
# re's cache (512 patterns) to be compiled again.
_COMPILED = {pattern: _compiled(pattern) for pattern, _ in COMPANY_CONTEXT}
SUBJECT_COMPANY_PATTERNS = [re.compile(pattern) for pattern in SUBJECT_COMPANY]


def lower_word(text: str) -> bool:
    """Whether a name has a word in lower case that is not one of a name's small words."""
    small = ("&", "of", "and", "de", "del", "della", "degli", "di", "do", "da", "dos", "du", "des")
    return any(w[:1].islower() and w not in small for w in text.split())
