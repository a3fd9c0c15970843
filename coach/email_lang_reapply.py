"""When to apply again, as German, French, Spanish, Dutch, Italian and Portuguese emails say it."""

from __future__ import annotations

import re

# Number words, language by language; a word spelt the same in two languages
# means the same number in both ("vier", "acht", "elf", "seis", "un").
_NUMBERS = {
    # German
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "achtzehn": 18, "vierundzwanzig": 24, "dreißig": 30, "sechzig": 60,
    "neunzig": 90,
    # French
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "dix-huit": 18,
    "vingt-quatre": 24, "trente": 30, "soixante": 60, "quatre-vingt-dix": 90,
    # Spanish
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "dieciocho": 18,
    "veinticuatro": 24, "treinta": 30, "sesenta": 60, "noventa": 90,
    # Dutch
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9,
    "tien": 10, "twaalf": 12, "achttien": 18, "vierentwintig": 24, "dertig": 30,
    "zestig": 60, "negentig": 90,
    # Italian
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "diciotto": 18, "ventiquattro": 24,
    "trenta": 30, "sessanta": 60, "novanta": 90,
    # Portuguese
    "um": 1, "dois": 2, "duas": 2, "três": 3, "sete": 7, "oito": 8, "dez": 10,
    "dezoito": 18, "vinte e quatro": 24, "trinta": 30,
}  # fmt: skip

# Each unit of time, in every spelling, and what it counts.
_UNITS = {
    "days": "tag tage tagen jour jours día días dia dias dag dagen giorno giorni",
    "weeks": "woche wochen semaine semaines semana semanas week weken settimana settimane",
    "months": "monat monate monaten monats mois mes meses mês maand maanden mese mesi",
    "years": "jahr jahre jahren jahres an ans année années año años ano anos jaar anno anni",
}
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words.split()}

# Half a year, or a semester: six months.
_HALF_YEAR = (
    r"halbe[nms]? jahr\w*|halbjahr\w*|half jaar|medio año|meio ano|mezzo anno|"
    r"demi-année|semestre"
)

_COUNT = r"\d{1,3}|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True))
_UNIT = "|".join(sorted(_UNIT_OF, key=len, reverse=True))
# Never a header's label: "17:45 An: Sandra" is no 45 years.
WINDOW = re.compile(
    rf"(?<!\w)(?:({_COUNT})\s+({_UNIT})|({_HALF_YEAR}))(?!\w)(?!\s*:)", re.IGNORECASE
)

# What makes a window about applying again (or about the CV kept on file).
AGAIN = re.compile(
    r"\b(?:erneut|wieder\w*|nochmal\w*|noch (?:ein)?mal|bewirb\w*|bewerb\w*|unterlagen|"
    r"lebenslauf|talent\s?pool\w*|datenbank|evidenz|gespeichert|speicher\w*|aufbewahr\w*|"
    r"postul\w*|candidat\w*|nouveau|nouvelle|vivier|conserv\w*|cv|base de (?:données|datos|"
    r"dados|talentos)|dossier|volver a|nuevamente|de nuevo|aplicar|presentar\w*|guard\w*|"
    r"opnieuw|weer|sollicit\w*|bewaren|bewaard|gegevens|database|databank|kandidatuur|"
    r"talentenpool|"
    r"nuovamente|di nuovo|ricandid\w*|curricul\w*|banca dati|novamente|de novo|voltar a|"
    r"currículo|mant\w*|archiv\w*|recontact\w*|contactar\w*|contatt\w*|contat\w*|"
    # Trying again: "riprovare", "réessayer", "volver a intentarlo", "nog eens", "Versuch".
    r"riprov\w*|réessay\w*|retent\w*|intent\w*|probeer\w*|nog eens|versuch\w*|tentar\w*|"
    r"repostul\w*|ricandid\w*|recandid\w*|rimand\w*|reinvi\w*|renvoy\w*|reenví\w*|reenvi\w*)",
    re.IGNORECASE,
)

# A window in the past ("in den letzten zwei Wochen", "il y a deux mois") is no wait.
_PAST_BEFORE = re.compile(
    r"\b(?:letzten|vergangenen|derniers|dernières|últimos|últimas|afgelopen|laatste|ultimi|"
    r"ultime|passados|passadas|scorsi|scorse|il y a|hace|seit)\s+$",
    re.IGNORECASE,
)
_PAST_AFTER = re.compile(r"^\s+(?:geleden|fa|atrás|her|zurück)\b", re.IGNORECASE)


def window_in(sentence: str) -> tuple[int, str] | None:
    """The wait a sentence of another language sets for applying again, as (count, unit)."""
    if not AGAIN.search(sentence):
        return None
    for match in WINDOW.finditer(sentence):
        if _PAST_BEFORE.search(sentence[max(0, match.start() - 25) : match.start()]):
            continue
        if _PAST_AFTER.match(sentence[match.end() :]):
            continue
        if match.group(3):
            return 6, "months"
        word = match.group(1).lower()
        count = int(word) if word.isdigit() else _NUMBERS[word]
        return count, _UNIT_OF[match.group(2).lower()]
    return None
