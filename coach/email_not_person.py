"""Signature lines that look like a name and name no one: a region, a department, a greeting."""

from __future__ import annotations

import re

from coach.email_firms import site_or_part

# "North America", "EMEA", "Pacific Northwest", "Talent Acquisition, APAC": where a
# team works, not who wrote.
_COMPASS = (
    r"north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|"
    r"south-?east|south-?west|mid|upper|lower|greater|pacific|atlantic|inner|outer"
)
_REGION = (
    r"america|americas|europe|asia|africa|oceania|emea|apac|latam|amer|amers|nordics?|dach|"
    r"benelux|iberia|midlands|northwest|northeast|southwest|southeast|region|coast|"
    r"west|east|north|south|uk|uki|ireland|scotland|wales|england|canada|anz|mena|cee|asean|"
    r"europa|amérique|américa|latinoamérica|norte|sur|sul|nord|süd|ost|oeste|este"
)
_WHOLE_REGION = re.compile(rf"^(?:(?:{_COMPASS})[\s-]+)*(?:{_REGION})$", re.IGNORECASE)

# A department alone on its line ("Design", "Marketing & Communications").
_DEPARTMENT = (
    r"design|marketing|engineering|finance|operations|sales|legal|product|creative|"
    r"communications|comms|administration|admin|research|support|accounts|payroll|procurement|"
    r"facilities|security|compliance|it|data|analytics|editorial|production|hospitality|retail|"
    r"logistics|sustainability|strategy|partnerships|development|fundraising|events|nursing|"
    r"pharmacy|estates|brand|content|growth|technology|tech|customer success|customer service"
)
_WHOLE_DEPARTMENT = re.compile(
    rf"^(?:{_DEPARTMENT})(?:\s*(?:&|and|\+|/|,|y|e|et|und)\s*(?:{_DEPARTMENT}))*$", re.IGNORECASE
)

# Words no person's name holds: a team or office in another language ("Time de Atração
# de Talentos", "La Segreteria", "Vicerrectorado de Investigación"), a kind of place
# ("Akademisches Lehrkrankenhaus", "Tiendas Coralillo"), a job signed alone ("Matron").
_ANY_WORD = re.compile(
    r"\b(?:talento|talentos|atração|atracción|attrazione|equipe|équipe|equipo|equipa|squadra|"
    r"segreteria|secretar[ií]a|secrétariat|sekretariat|vicerrectorado|rectorado|rettorato|"
    r"reitoria|lehrkrankenhaus|krankenhaus|tiendas?|home|homes|matron|copywriter|"
    r"original message|forwarded message)\b",
    re.IGNORECASE,
)
_GREETING = re.compile(r"^(?:hey|hi|hello|hiya|dear|thanks|cheers|regards|best)$", re.IGNORECASE)


def not_a_person(name: str) -> bool:
    """Whether a name-shaped line is a region, a department, a team word or a greeting."""
    name = " ".join(name.split()).strip(" ,.")
    return bool(
        _WHOLE_REGION.match(name)
        or _WHOLE_DEPARTMENT.match(name)
        or _ANY_WORD.search(name)
        or _GREETING.match(name)
        or site_or_part(name)
    )
