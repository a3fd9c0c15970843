"""Whether a text can be a company's name at all: no word of a sentence or a subject, no job,
team, department, credential or street address.
"""

from __future__ import annotations

import re

from coach.email_clues import _LEGAL_SUFFIX, _TEAM_WORDS, _is_ats_name
from coach.email_firms import DEPARTMENT_NAME, site_or_part
from coach.email_job_words import _JOB_HEAD, _TITLE_WORDS, opens_as_a_job
from coach.email_public_body import public_body

_NOT_COMPANY = re.compile(
    r"^(?:i|we|you|our|your|the|this|that|it|an|a|equal|unfortunately|thank|thanks|hi|hello|dear|"
    r"re|fwd|fw|subject|from|to|date|sent|application|update|position|role|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"summer|winter|spring|autumn|fall|candidate|regards|best|cheers|ps|p\.s\.|"
    # A subject's own words: "Following up", "Next steps", "Important update".
    r"following|follow|next|important|quick|checking|decision|outcome|news|no|yes|ok|"
    # The same words in German, French, Spanish, Dutch, Italian and Portuguese subjects.
    r"poste|stelle|puesto|vacante|vaga|functie|vacature|posizione|ruolo|candidature|"
    r"bewerbung|candidatura|sollicitatie|votre|ihre|deine|tu|su|je|uw|jouw|"
    r"ihr|sehr|liebe|lieber|bonjour|hola|hallo|beste|gentile|olá|ola|estimad[oa]|caro|cara|"
    r"leider|malheureusement|lamentablemente|helaas|purtroppo|infelizmente|betreff|objet|"
    r"asunto|onderwerp|oggetto|assunto|von|envoyé|enviado|verzonden|inviato|absage|"
    r"réponse|respuesta|resposta|risposta|antwort|rückmeldung|actualización|atualização|"
    r"novedades|novità|nouveautés|neuigkeiten|nieuws|novidades|"
    # A street, not a company: "Corso Vittorio Emanuele II", "Rua Augusta".
    r"via|viale|corso|piazza|rua|avenida|calle|plaza|paseo|rue|boulevard|avenue|straße|strasse|"
    r"platz|allee|laan|straat|plein|largo|travessa|zona industrial|polígono)\b",
    re.IGNORECASE,
)


def company_ok(text: str, job_word_ok: bool = False, as_a_firm: bool = False) -> bool:
    """Whether text can be a company's name; as_a_firm when it was written where only a
    firm stands: with a legal suffix ("Designer Contracts Ltd"), after "a role at", or
    spelled by the mail domain. No job's title stands there."""
    # "The Loft Collective": a capital The begins a name, not a sentence.
    named = text[4:] if text.startswith("The ") and text[4:5].isupper() else text
    blocked = _is_ats_name(text) or _NOT_COMPANY.match(named) or site_or_part(text)
    if not text or len(text) > 60 or blocked:  # nor "Bermondsey Trading Estate"
        return False
    # "Kaiserstraße 14": an address, not a name.
    if re.search(
        r"(?:straße|strasse|str\.|weg|gasse|allee|platz|laan|straat|gracht|plein|kade|street|road|"
        r"avenue|lane)\s+\d",
        text,
        re.IGNORECASE,
    ):
        return False
    # "references" from "Re: Your references"; "Inc" left alone after a comma.
    if (text[:1].islower() and not text[1:2].isupper()) or _LEGAL_SUFFIX.fullmatch(f" {text}"):
        return False
    if re.fullmatch(rf"(?:(?:{_TEAM_WORDS})\s*)+", text, re.IGNORECASE):
        return False
    # What is left of "Ufficio Risorse Umane" or "Service RH" once the team words go.
    if re.fullmatch(DEPARTMENT_NAME, text, re.IGNORECASE) and not public_body(text):
        return False
    # "PhD", "SHRM-CP" after a name; "Manager" left of "Hiring Manager"; a job
    # named in a subject ("Re: Apprentice Electrician") is the role.
    # "Software Engineer II": a job with its level.
    job = re.sub(r"\s+(?:I{1,3}|IV|V|[1-5])$", "", text) or text
    if _CREDENTIAL.fullmatch(text) or only_title(text):
        return False
    # "Analista de Sistemas", "Sachbearbeiter Buchhaltung": a job's title, its job first.
    if opens_as_a_job(text) and not as_a_firm:
        return False
    if _JOB_HEAD.fullmatch(job.split()[-1]) and not (job_word_ok and len(job.split()) > 1):
        return False
    if re.match(rf"(?:{_JOB_HEAD.pattern})\s+(?:of|for)\s", text, re.IGNORECASE):
        return False  # "Head of Marketing" in a subject is the job
    return any(ch.isalpha() for ch in text)


_CREDENTIAL = re.compile(
    r"ph\.?d|mba|msc|bsc|ma|md|rn|msn|bsn|cpa|cfa|shrm-s?cp|s?phr|f?m?cipd|pe|esq|jd|dphil|ceng|"
    r"dvm|ed\.?d|dds|dmd|psy\.?d|pharm\.?d|frsc|rvt|cvt|lpn|np|pa-c|aprn|lcsw|ot|pt|dpt",
    re.IGNORECASE,
)


def only_title(text: str) -> bool:
    """Whether every word is a title's ("Senior Vice President of"), none a name's."""
    words = text.split()
    return bool(words) and all(
        _TITLE_WORDS.fullmatch(w)
        or w.lower() in ("of", "and", "&", "the", "de", "des", "du", "di", "da", "do", "für", "van")
        for w in words
    )
