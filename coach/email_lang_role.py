"""The job applied for, as German, French, Spanish, Dutch, Italian and Portuguese emails name it."""

from __future__ import annotations

import re

# The words that introduce a job's title, language by language: "die Stelle
# als X", "le poste de X", "el puesto de X", "de functie van X", "la posizione
# di X", "a vaga de X". Titles in these languages are often written in
# sentence case ("Chargée de communication"), so what follows is taken as it is.
_LEAD_IN = (
    r"\b(?:stelle|position|bewerbung|rolle|tätigkeit|job|funktion)\s+(?:als|zur|zum)\s+|"
    r"\b(?:stelle|ausschreibung|stellenausschreibung)\s+(?:„|\")?(?=(?-i:[A-ZÄÖÜ]))|"
    r"\b(?:poste|emploi|fonction|offre|mission)\s+(?:de|d['’])\s*|\ben tant que\s+|"
    r"\b(?:puesto|cargo|vacante|posici[oó]n|plaza|rol|proceso)\s+(?:de|como)\s+|"
    r"\b(?:functie|vacature|rol|positie|baan)\s+(?:van|als|voor)\s+|"
    r"\b(?:functie|vacature)\s+(?=(?-i:[A-Z]))|\bsollicitatie\s+(?:als|voor)\s+|"
    r"\b(?:posizione|ruolo|posto|figura|selezione)\s+(?:di|da|come|per)\s+|"
    r"\b(?:vaga|cargo|posição|função|oportunidade)\s+(?:de|como|para)\s+|"
    r"\b(?:die|der|unsere|eine)\s+position\s+(?=(?-i:[A-ZÄÖÜ]))|"
    r"\bcandidat\w*\s+(?:come|como|comme|als)\s+|\bincarico\s+(?:di|come)\s+|"
    # A job advert's title in quotes: "la oferta «Dependiente de ferretería»".
    r"\b(?:oferta|offre|vacature|stelle|posizione|vaga|annonce|anuncio|annuncio|"
    r"stellenanzeige)\s+[«\"“„]\s*|"
    # "candidatura para Técnico de Mantenimiento", "processo seletivo para Analista".
    r"\b(?:candidatura|candidature|bewerbung|sollicitatie|processo seletivo|processo|proceso de "
    r"selección|processus de recrutement|selezione)\s+(?:para|pour|per|voor|für|als)\s+"
    r"(?:(?:el|la|le|il|a|o|de|die|den)\s+)?(?=(?-i:[A-ZÁÉÍÓÚÄÖÜ]))"
)

# Where the title ends: a place, the company, a clause, or punctuation.
_TITLE_END = (
    # "en" ends a title before a place ("en Madrid"), not a field ("en bioinformatique").
    r"(?=\s+en\s+(?-i:[A-ZÉÁ])|\s+(?:bei|im|am|für|und|an|in|zum|chez|au sein|à|dans|pour|et|au|"
    r"para|con|y|"
    r"que|bij|binnen|voor|op|die|dat|presso|per|nel|nella|nei|e|che|na|no|junto|"
    r"da|do|dos|das|ao|à|with|at|aqui|aquí|ici|hier|qui|sur|sous|auprès|ya|já|déjà|già|schon|"
    r"cerchiamo|abbiamo|stiamo|buscamos|tenemos|estamos|"
    r"procuramos|temos|cherchons|recherchons|avons|sommes|zoeken|suchen|"
    # A verb after the title: "die Stelle als UX Writer geschickt hast".
    r"geschickt|gesendet|eingereicht|beworben|übermittelt|hast|haben|habt|hat|hatten|sind|"
    r"bist|waren|wurde|gezeigt|entgegengebracht|zugeschickt|a|ont|avons|est|sont|hemos|ha|"
    r"han|he|es|fue|is|zijn|hebben|heeft|hebt|was|abbiamo|hanno|è|sono|temos|tem|foi|é|são|"
    r"n['’]\w+|ne|non|no|não|nicht|niet)"
    r"\s|\s*[.,;:!?\n(\"“”„«»]|\s+[-–—|]\s|$)"
)
# Words that are never the start of a title: pronouns, articles, the process itself.
_NOT_A_TITLE = (
    r"(?:emploi|empleo|trabajo|lavoro|emprego|travail|selecci\w+|sele[çc]\w+|recrut\w+|"
    r"reclut\w+|candidat\w+|bewerb\w+|sie|ihr|ihre|ihren|wir|uns|unser\w*|dich|dir|vous|votre|nous|notre|nos|tu|ton|ta|"
    r"usted|su|sus|nuestr\w+|te|je|jouw|uw|wij|ons|onze|jij|lei|suo|sua|nostr\w+|la|le|les|"
    r"el|los|las|de|het|een|il|lo|gli|una|un|uno|o|a|os|as|você|seu|nosso|nossa|this|the|"
    r"our|your|cette|ce|esta|este|esa|deze|dit|questa|questo|essa|esse)\b"
)


TITLE = re.compile(rf"(?:{_LEAD_IN})(?!{_NOT_A_TITLE})(\S.{{1,70}}?){_TITLE_END}", re.IGNORECASE)

# A gender marker after a title: (m/w/d), (w/m/d), (h/f), H/F, (m/f/x), (m/v/x).
# Spaces before it are taken from the start of their run only: tried at each space of
# a long run, a search cost the square of its length (tests/unit/test_regex_shapes.py).
GENDER_MARKER = re.compile(
    r"(?:(?<!\s)\s+)?\(?\b[mwdfhvxe](?:\s*/\s*(?:[mwdfhvxe]|div|divers)){1,2}\b\)?\*?\s*$|"
    r"(?:(?<!\s)\s+)?\((?:all genders|alle geschlechter|tous genres)\)\s*$",
    re.IGNORECASE,
)


# An application nobody advertised: "Open sollicitatie Junior Architect".
_UNSOLICITED = re.compile(
    r"^(?:open sollicitatie|initiativbewerbung|candidature spontanée|candidatura (?:espontánea|"
    r"spontanea|espontânea))\s*[-–:]?\s*",
    re.IGNORECASE,
)


_GERMAN_LEAD_IN = re.compile(
    r"(?:stelle|position|bewerbung|rolle|tätigkeit|job|funktion|ausschreibung|"
    r"stellenausschreibung)\s+(?:als|zur|zum|„|\"|(?-i:[A-ZÄÖÜ]))",
    re.IGNORECASE,
)


def tidy_title(text: str) -> str:
    """The title without its gender marker, quotes, or a requisition number."""
    text = " ".join(text.split()).strip(" .,;:-–—\"'“”„«»")
    text = _UNSOLICITED.sub("", text)
    text = GENDER_MARKER.sub("", text)
    text = re.sub(r"\s*\((?=[^)]*\d)[^)]*\)\s*$", "", text)
    return text.strip(" .,;:-–—\"'“”„«»")


# A title written for any gender: "Desenvolvedor(a)", "Entwickler*in", "Designer:in".
_GENDERED_ENDING = re.compile(r"(?<=\w)(?:\((?:a|o|as|os|e|x|in|innen|ne)\)|[*:/_]in(?:nen)?\b)")


def title_in(prose: str) -> str:
    """The first job title a lead-in of another language names; "" when none does."""
    prose = _GENDERED_ENDING.sub("", prose)
    for match in TITLE.finditer(prose):
        title = tidy_title(match.group(1))
        words = title.split()
        # German writes every noun of a title in capitals, so lower-case words after it
        # are the sentence going on: "die Stelle als Werkstattleiter zurückziehen müssen".
        if _GERMAN_LEAD_IN.match(match.group(0)):
            while len(words) > 1 and words[-1].islower():
                words.pop()
            title = " ".join(words)
        if not (1 <= len(words) <= 7) or len(title) < 3:
            continue
        if not title[:1].isalpha() or any(w.isdigit() for w in words):
            continue
        return title[:1].upper() + title[1:]
    return ""
