"""A name shaped like a town's ("Bad Kreuznach", "Villeneuve-sur-Lot"), and when it is a firm's."""

from __future__ import annotations

import re

from coach.email_clues import _clean_company, _fold
from coach.email_firms import registered

# "Hebden Bridge", "Tunbridge Wells", "Market Harborough": a town's name is often a name and
# a word for a feature of the land or for a town's kind. The other languages the reader knows
# put a town's kind first as often as last: a saint ("Sankt Augustin", "San Sebastián", "Sint
# Niklaas"), a town or a spa ("Bad Homburg", "Ciudad Real", "Vila Nova de Gaia", "Città di
# Castello", "Lutherstadt Wittenberg"), its place up or down a river ("Ober Ramstadt"); a
# saint inside the name too ("Sesto San Giovanni"), a town's kind last ("Wiener Neustadt",
# "Salsomaggiore Terme"). A brand is named by what it sells or by a name of its own. Not
# "New", "Little", "Old" or their kin ("Neu", "Klein", "Alt"), nor an article ("Le", "Den"),
# nor a feature of the land that opens brands as often as towns ("Monte", "Porto", "Villa",
# "Marina", "Castello"): "Monte Rosa Foods" is a brand.
_PLACE_SHAPE = re.compile(
    r"^(?:market|great|upper|lower|kings?|king's|st\.?|saint|bishops?|bishop's|chipping|"
    r"nether|much|long|"
    r"ste\.?|sainte|sankt|san|santa|santo|são|sao|sant|sint|"
    r"bad|stadt|ciudad|cidade|città|citta|ville|vila|ober|unter|nieder|groß|\w*stadt)\s+\S|"
    r"\s(?:san|santa|santo|sankt|saint|sant)\s+\S|"
    r"\s(?:bridge|wells|heath|green|hill|cross|bay|vale|ford|marsh|moor|common|end|sands|spa|"
    r"regis|haven|magna|parva|terme|marittima|\w*stadt)$",
    re.IGNORECASE,
)
# A town joined up by its small words: "Villeneuve-sur-Lot", "Stratford-upon-Avon",
# "Châlons-en-Champagne", "Saint-Étienne". A firm's double name joins names alone
# ("Rolls-Royce", "Mercedes-Benz").
_JOINED_TOWN = re.compile(
    r"^(?:\w+(?:-(?:sur|sous|en|le|la|les|lès|lez|de|du|des|am|an|im|upon|on|under|in|by|the|"
    r"aan|op|bei|ob|et|di|del)\b)+-\w+|(?:saint|sainte|st|ste|san|santa|sankt|sint)-\w+)$",
    re.IGNORECASE,
)


_SAINT = re.compile(r"san|santa|santo|sankt|saint|sant", re.IGNORECASE)


def town_shaped(name: str) -> bool:
    """Whether a name is shaped like a town's: its kind, a saint or a feature of the land."""
    return bool(_PLACE_SHAPE.search(name) or _JOINED_TOWN.match(name))


def lone_town_shaped(name: str) -> bool:
    """Whether a name standing alone is a town's: two words of a town's shape ("Bad
    Kreuznach", "Hebden Bridge"), a saint between two names ("Sesto San Giovanni"), or a
    town joined up. A brand runs on after such a start: "Bad Robot Games", "St James
    Dental"."""
    words = name.split()
    if _JOINED_TOWN.match(name):
        return True
    if len(words) == 3 and _SAINT.fullmatch(words[1]):
        return True
    return len(words) == 2 and bool(_PLACE_SHAPE.search(name))


def named_as_firm(raw: str, named: str, short_named: str) -> bool:
    """Whether a name (raw: as written) reads as a firm's wherever it is said.

    named: the letter, the sender's name and the mail domain (folded), where the whole name
    may be said; short_named: the sender's name, the mail domain and the names the letter
    gives only a firm (folded). A town carries no legal suffix ("San Marco Pizzeria Ltd").
    A brand is often named short, by its first two words or more, where only a firm is named
    ("the role at San Marco", sanmarco.example), but a town too is named short in passing
    ("our hotel in Santa Cruz" over "Santa Cruz Harbour"): the short name counts only from
    short_named.
    """
    name = _clean_company(raw)
    words = name.split()
    return bool(name) and (
        _fold(name) in named
        or registered(raw)
        or any(_fold(" ".join(words[:end])) in short_named for end in range(2, len(words)))
    )
