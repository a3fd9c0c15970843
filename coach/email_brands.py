"""A brand over the group that owns it: "Brightside Cycles / Holloway Retail Group plc"."""

from __future__ import annotations

import re

from coach.email_clues import _TEAM_AFFIX, _clean_company, _fold
from coach.email_firms import department_line, written_as_name
from coach.email_places import place_line
from coach.email_town_shape import named_as_firm, town_shaped

# A name that says it owns others: "Holloway Retail Group plc", "Calder Holdings Ltd", in
# each language the reader knows ("Groupe", "Grupo", "Gruppo", "Gruppe", "Groep", "Konzern")
# and its near kin ("Grupa", "Gruppen"); German joins it to the word before
# ("Brenner Unternehmensgruppe").
_GROUP = re.compile(
    r"\b(?:group|holdings?|groupe|grupo|gruppo|\w*gruppen?|groep|grupa|\w*konzern|koncern|"
    r"brands)\b",
    re.IGNORECASE,
)
# What a department is named by: what it does ("Group Finance", "Rail Strategy"), never a
# name of its own. A brand is named by a name.
_FUNCTION = re.compile(
    r"(?:group|corporate|global|central|finance|financial|strategy|operations|marketing|sales|"
    r"legal|risk|compliance|technology|tech|engineering|data|product|design|people|hr|"
    r"procurement|communications|comms|digital|research|policy|audit|tax|treasury|property|"
    r"estates|facilities|it|security|analytics|payments|customer|service|services|support|"
    r"development|learning|talent|resourcing|planning|logistics|supply|chain|retail|commercial|"
    r"accounts|payroll|innovation|transformation|insight|insights|brand|creative|"
    r"and|&|of|the)",
    re.IGNORECASE,
)
# "Llandudno Office", "Bicester Site", "Avonmouth Distribution Centre": where the group
# works, named by a word for a site. A brand is named by a name.
_SITE = re.compile(
    r"\b(?:office|offices|site|branch|depot|campus|plant|warehouse|store|hub|hq|"
    r"(?:distribution|fulfil?ment|contact|call|data|logistics) cent(?:re|er))$",
    re.IGNORECASE,
)
# The other languages name a site by its kind first: "Niederlassung München", "Vestiging
# Utrecht", "Sede di Torino", "Geschäftsbereich Logistik". Not the kinds that open brands
# as often ("Agence Lumière", "Büro Kleinert", "Planta Verde").
_SITE_FIRST = re.compile(
    r"^(?:niederlassung|standort|werk|zentrale|filiale|zweigstelle|hauptsitz|geschäftsbereich|"
    r"bereich|sparte|vestiging|hoofdkantoor|kantoor|divisie|sede|sucursal|oficina|"
    r"delegaci[óo]n|filial|escrit[óo]rio|[ée]tablissement|si[èe]ge|stabilimento|divisione|"
    r"direzione)\b",
    re.IGNORECASE,
)


def brand_of_group(piece: str, group: str, named: str = "", short_named: str = "") -> bool:
    """Whether a signature's name is a brand and the name after it the group owning it.

    The group is named as one ("Retail Group", "Holdings"); the piece is a name of its own,
    not a department named by its work ("Group Finance"), not the group's own name again,
    not a site ("Llandudno Office"). One word alone ("Kettering", "Tessaro") is as often a
    town no place list knows as a brand, and so is a name shaped like a town's ("Hebden
    Bridge"): a brand only when named says it again (named: the letter, the sender's name
    and the mail domain, folded), when it carries a legal suffix, or when short_named (the
    sender's name, the mail domain and the names the letter gives only a firm, folded)
    names it by its first words.
    """
    group = _clean_company(group)
    if not _GROUP.search(group) or not written_as_name(group):
        return False
    # "Privacy Team, Oakmont Group": a team, with or without its word for team; "Americas".
    if department_line(piece) or _TEAM_AFFIX.search(piece) or place_line(piece):
        return False
    raw, piece = piece, _clean_company(piece)
    words = piece.split()
    if not words or all(_FUNCTION.fullmatch(w) for w in words) or _GROUP.search(piece):
        return False
    # Named nowhere else, a piece shaped like a town's name is where the group works.
    unnamed = not named_as_firm(raw, named, short_named)
    if (
        _SITE.search(piece)
        or _SITE_FIRST.search(piece)
        or (unnamed and (len(words) == 1 or town_shaped(piece)))
    ):
        return False
    key = _fold(piece)
    return bool(key) and key not in _fold(group) and _fold(group) not in key
