"""What marks the parts of a rejection email: sender systems, teams, firms, names, greetings."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from coach.email_job_words import _TITLE_WORDS
from coach.email_senders import ATS_DOMAINS, ATS_NAMES, FREE_MAIL
from coach.mail_dates import parse_mail_date

# Words that make a line or name a team, not a person or a company by themselves.
_TEAM_WORDS = (
    r"recruiting|recruitment|recrutement|talent|acquisition|careers?|jobs|hr|human resources|"
    r"people|hiring|team|staffing|university recruiting|operations|campus|early careers|"
    r"committee|search committee|"
    r"emerging talent|early talent|graduates?|atracción de talento|adquisición de talento|"
    r"gestión del talento|bewerbermanagement|bewerbungsmanagement|personalmanagement|"
    # Departments in German, French, Spanish, Dutch, Italian and Portuguese.
    r"personalabteilung|personalwesen|personalteam|personalamt|abteilung personal|rh|rrhh|"
    r"service (?:du )?(?:recrutement|rh|personnel|ressources humaines)|ressources humaines|"
    r"équipe (?:rh|recrutement)|departamento de (?:selección|rrhh|recursos humanos|personas)|"
    r"recursos humanos|equipo de (?:selección|rrhh|talento)|selección|afdeling (?:hr|p&o)|"
    r"werving(?: en selectie)?|ufficio (?:personale|risorse umane|selezione)|risorse umane|"
    r"equipa de (?:recrutamento|rh)|equipe de (?:talentos|recrutamento|rh|pessoas)|"
    r"time de (?:rh|talentos|recrutamento)|recrutamento|seleção|gabinete de recursos humanos"
)


_TEAM_AFFIX = re.compile(
    rf"^(?:{_TEAM_WORDS})\s+(?=[A-Z])|(?:\s+(?:{_TEAM_WORDS}))+$",
    re.IGNORECASE,
)


# "The Acme Recruiting Team" is Acme; "The Loft Collective" keeps its "The".
_LEADING_THE = re.compile(r"^(?:the|your|le|la|les|el|los|il|lo|o|a|de|het|die|der|das)\s+", re.I)


# A run of commas and spaces is taken from its start only: tried at each of its
# characters, a long run cost the square of its length (tests/unit/test_regex_shapes.py).
_LEGAL_SUFFIX = re.compile(
    r"(?<![,\s])[,\s]+(?:inc\.?|incorporated|llc|l\.l\.c\.?|ltd\.?|limited|gmbh|ag|ab|plc|llp|sa|s\.a\.?|"
    r"bv|b\.v\.?|pty|pty ltd|oy|as|srl|s\.r\.l\.?|s\.l\.?|corp\.?|corporation|pvt\.?|"
    r"private limited|s\.a\.s\.?|sas|sarl|s\.p\.a\.?|spa|lda\.?|ltda\.?|kg|se|nv|n\.v\.?|"
    r"s\.n\.c\.?|snc|s\.c\.?|s\.r\.l\.s\.?|srls|"
    r"gmbh & co\.? kg|e\.v\.?|ggmbh|mbh|partgmbb|kgaa|sp\.? z\.? ?o\.? ?o\.?)$",
    re.IGNORECASE,
)


_FOOTER = re.compile(
    r"unsubscribe|privacy (?:policy|notice)|all rights reserved|©|\(c\) \d{4}|"
    r"do not reply|don't reply|not monitored|unmonitored|intended (?:only )?for|"
    r"intended recipient|confidential|registered office|authori[sz]ed and regulated|"
    r"you received this|sent from my|view (?:this email )?in (?:your )?browser|"
    r"stop receiving|manage (?:your )?(?:email )?preferences|"
    r"acting as an employment (?:agency|business)|registered (?:charity|in england)|"
    # The same notices in German, French, Spanish, Dutch, Italian and Portuguese.
    r"ne pas (?:y )?répondre|no (?:responda|contestes|respondas)|niet (?:op )?(?:deze )?\w* ?"
    r"beantwoorden|non rispondere|não responda|nicht (?:auf diese \w+ )?antworten|"
    r"(?:envoyé|généré|generado|enviado|gerado|generata|inviata|erstellt|generiert|verzonden|"
    r"gegenereerd) automati\w+|automati\w+ (?:erstellt|generiert|verzonden|gegenereerd|"
    r"envoyé|generado|gerado|generata)",
    re.IGNORECASE,
)


# Letters beyond Latin-1 too ("Nguyễn", "Łukasz", "Şahin"); a name word is
# capitalised, may start "Mc", "O'" or "D’", and may be double ("Anna-Lena").
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_LOWER = "a-zß-öø-ÿĀ-ɏḀ-ỿ"
# "DeShawn", "LeBron", "DiCaprio": one capital inside a name word is allowed.
_WORD = rf"(?:Ma?c|[OD]['’])?[{_UPPER}][{_LOWER}'’]+(?:[{_UPPER}][{_LOWER}]+)?"
_NAME_TOKEN = rf"{_WORD}(?:-(?:{_WORD}|[{_LOWER}]{{2,}}))?"


# Small words inside a surname: "van der Berg", "de la Cruz", "Ní Bhriain", "bin Said".
_PARTICLES = (
    r"van|der|den|ter|de|da|das|dos|du|von|del|della|di|le|la|bin|binti|ibn|al|el|y|i|ní|nic|mac"
)


_PERSON = re.compile(
    rf"^(?:{_NAME_TOKEN}|[A-Z]\.)(?:\s+(?:{_NAME_TOKEN}|[A-Z]\.|{_PARTICLES})){{0,4}}"
    r"(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))?$"  # "Robert Hale Jr."
)


_CONTACT_INFO = re.compile(r"\S@\S|https?://|www\.|\+?\d[\d\s().-]{6,30}\d|^\(?\d")


# A capitalised name, allowing "&", "of", "and" inside: "Marlow & Finch", "City of Brookhaven".
# Not "I'm", which runs a firm's name on into the sentence ("Halcyon Aviation and I'm").
_CAP = (
    r"(?:(?:St|Ste|Mt|Ft|Dr|Prof)\.|(?!I['’](?:m|ve|ll|d)\b)[A-Z0-9À-ÖØ-Þ](?:[\w'’&-]|\.(?=\w))*)"
)


# Spaces are taken from the start of their run only, as in _LEGAL_SUFFIX.
_SIGNATURE_SPLIT = re.compile(r"(?<!\s)\s+[|·•]\s+|,\s+|(?<!\s)\s+@\s+|(?<!\s)\s+[-–—]\s+")


# "Osteria del Ponte", "Hoffmann & Sohn", "Banco do Brasil": small words inside a name.
_NAME_PHRASE = re.compile(
    rf"{_CAP}(?:(?:[ \t]+(?:&|of|de|del|della|degli|delle|dei|di|do|da|dos|du|des|van|von|der|"
    rf"für|and)[ \t]+|[ \t]+)"
    rf"{_CAP})*"
)


_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good morning|good afternoon|g'day|olá|hallo|hej|bonjour|"
    # German, French, Spanish, Dutch, Italian and Portuguese openings.
    r"sehr geehrte[rs]?|liebe[rs]?|guten tag|hola|estimad[oa]s?|querid[oa]|beste|hoi|"
    r"geachte|gentile|gentilissim[oa]|ciao|buongiorno|car[oa]|prezad[oa]|bom dia|boa tarde)"
    r"\s+(?:(?:mr|ms|mrs|mx|dr|frau|herr|madame|monsieur|mme|m|sr|sra|señor|señora|"
    r"heer|mevrouw|dhr|mevr|sig|sig\.ra|dott|dott\.ssa|ing|senhor|senhora)\.?\s+)*"
    r"([^\s,!—:-]+)",
    re.IGNORECASE,
)


def _fold(text: str) -> str:
    """Letters and digits only, accents off, lower case: for comparing names."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def _all_lower_case(text: str) -> bool:
    """Whether a text is written without capitals ("hey jo its mike from lakeside auto")."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 40 and sum(ch.isupper() for ch in letters) * 200 < len(letters)


def _prose(body: str) -> str:
    """The body joined into sentences (lines of one paragraph run together)."""
    return re.sub(r"(?<=\S)\n(?=\S)", " ", body)


def _date_above_greeting(lines: list[str], today: date) -> date | None:
    """The date line a mail client's copy puts above the text ("Mon, Nov 23, 10:42 AM")."""
    for line in lines[:12]:
        if _GREETING.match(line):
            break
        # Only a line with a time on it: "on 10 November" in a sentence is not a sent date.
        if len(line) < 80 and re.search(r"\b\d{1,2}:\d{2}\b", line):
            found = parse_mail_date(line, today)
            if found is not None:
                return found
    return None


def _recipient(lines: list[str]) -> str:
    for line in lines[:15]:
        if match := _GREETING.match(line):
            return match.group(1).strip(",.:;!")
    return ""


def _domain_label(address: str) -> str:
    host = address.rsplit("@", 1)[-1].lower().strip(".>")
    if any(host == d or host.endswith("." + d) for d in ATS_DOMAINS):
        return ""
    labels = host.split(".")
    if len(labels) < 2:
        return ""
    if (
        len(labels) >= 3
        and len(labels[-1]) == 2
        and labels[-2] in ("com", "co", "org", "net", "ac", "gov", "edu", "or", "ne")
    ):
        label = labels[-3]
    else:
        label = labels[-2]
    # "bvsd.k12.or.us", "acme.mail.example": a generic part names no one.
    at = labels.index(label)
    if label in ("k12", "mail", "email", "jobs", "careers", "hr", "recruiting", "nhs") and at:
        label = labels[at - 1]
    return "" if label in FREE_MAIL else label


def _clean_company(text: str) -> str:
    # "Société Nouvelle des Transports Alpins (SNTA)": the short name in brackets goes.
    text = re.sub(r"\s*\([A-Z0-9&.\- ]{2,12}\)\s*$", "", text.strip())
    text = text.strip(" \t,.;:!-—–|·\"'()")
    if text.endswith(" Co") or text.endswith("&amp; Co"):
        text += "."
    if (text[:4].lower() in ("the ", "your") or _LEADING_THE.match(text)) and (
        not text.startswith("The ") or re.search(rf"\b(?:{_TEAM_WORDS})\b", text, re.IGNORECASE)
    ):
        text = _LEADING_THE.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _TEAM_AFFIX.sub("", text).strip(" ,.-|·")
        text = _LEGAL_SUFFIX.sub("", text).strip(" ,")
    if re.search(r"\bCo$", text):
        text += "."
    return text


def _is_ats_address(address: str) -> bool:
    host = address.rsplit("@", 1)[-1].lower()
    return any(host == d or host.endswith("." + d) for d in ATS_DOMAINS)


def _is_ats_name(text: str) -> bool:
    return _fold(text) in ATS_NAMES


# Words that make a name an organisation's: "Gemeente Lindenvoort", "Groupe Beaulieu".
_ORGANISATION_WORDS = re.compile(
    r"\b(?:gemeente|stichting|groupe|grupo|gruppo|gruppe|groep|konzern|group|hotel|hôtel|"
    r"hoteles|hotels|university|"
    r"universit\w+|universidad\w*|universidade|college|school|laboratoires?|laborator\w+|"
    r"clínica|clinica|clinique|klinik\w*|ziekenhuis|hospital|ospedale|krankenhaus|studio|"
    r"estudio|atelier|bureau|agence|agencia|agenzia|kanzlei|cabinet|banco|banque|bank|stadt|"
    r"ville de|ayuntamiento|comune|câmara|ministerie|ministère|fundación|fondation|stiftung|"
    r"fondazione|fundação|verein|association|asociación|associazione|associação|café|coffee|"
    r"bakery|bakkerij|bäckerei|boulangerie|panadería|restaurant|osteria|trattoria|software|"
    r"systems|labs|technologies|tecnologia|technology|trust|council|district|ai|seguros|"
    r"assurances?|versicherung\w*|verzekering\w*|assicurazioni|transportes|transports|"
    r"logisti\w+|consulting|partners|associates|associati|holding|industries|klinikum|union|"
    # Not "Ville" alone: Ville Mäkelä is a person.
    r"federal|credit|stadt|gemeinde|landkreis|comune|gemeente|"
    # An equal-opportunity line, an agency or a department is no person either.
    r"employer|opportunity|search|recruitment|staffing|conseil|consultores|consultoria|"
    r"services|solutions|workforce|afdeling|abteilung|département|departamento|ufficio)\b",
    re.IGNORECASE,
)


def _person_like(text: str) -> bool:
    text = text.strip()
    if not _PERSON.match(text) or _TITLE_WORDS.search(text) or _is_ats_name(text):
        return False
    # "An Equal Opportunity Employer", "The Kitchen": a name never opens with an article.
    if re.match(r"(?:an?|the|our|your|un|une|ein|eine)\s", text, re.IGNORECASE):
        return False
    if _ORGANISATION_WORDS.search(text):
        return False
    return not re.search(rf"\b(?:{_TEAM_WORDS})\b", text, re.IGNORECASE)


def _split_display(name: str) -> tuple[str, str]:
    """A display name as (person, organisation): "Dana via Greenhouse", "Tomas at Brightline"."""
    name = name.strip()
    via = re.match(r"^(.+?)\s+via\s+(.+)$", name, re.IGNORECASE)
    if via:
        return via.group(1).strip(), ""
    at = re.match(r"^(.+?)\s+(?:at|from|@|-|\|)\s+(.+)$", name, re.IGNORECASE)
    if at and _person_like(at.group(1)):
        return at.group(1).strip(), at.group(2).strip()
    return name, ""
