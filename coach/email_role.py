"""Guessing the role (the job applied for) from a rejection email's text and subject."""

from __future__ import annotations

import re

from coach.email_clues import _fold, _is_ats_name
from coach.email_job_words import _JOB_HEAD, opens_as_a_job
from coach.email_lang_role import _UNSOLICITED, GENDER_MARKER, tidy_title, title_in
from coach.email_mail_subject import only_mail_words

_ROLE_WORD = (
    r"position|role|opening|job|vacancy|opportunity|post|req(?:uisition)?|posting|spot|gig|seat|"
    # An executive search's words for the job it fills: "the Interim CFO brief".
    r"appointment|brief|mandate|process"
)
# The word that ends a job's name, unless it is inside the name: "the Senior Process
# Engineer position" goes on past "Process", a word in capitals before another in capitals.
_ROLE_MARK = rf"(?!(?-i:[A-Z])\w*\s+(?-i:[A-Z][a-z]))(?:{_ROLE_WORD})\b"


_ROLE_BODY = [
    # "Ref. 2219 (Events Coordinator)": the title in brackets after a reference.
    r"\bref(?:erence)?\.?\s*(?:no\.?\s*)?[\w/-]*\d[\w/-]*\s*\(([^()\d]{3,60})\)",
    # An applicant system's footer: "Position: Senior Product Designer (Remote, EU)".
    r"^\s*(?:position|role|job|job title|vacancy|opening|poste|stelle|puesto|functie|posizione|"
    r"vaga)\s*:\s*(\S[^()\n]{2,60}?)(?:\s*\(|\s+sent\b|\s*$)",
    # A letter's heading line: "Trainee Solicitor Position".
    r"^\s*(\S.{2,60}?)\s+(?:position|role|vacancy|post)\s*$",
    # "the position of Process Engineer 2 that you accepted", "the post of: Planning Officer".
    r"\b(?:position|post|role|vacancy) of:?\s+(?:the\s+)?(.{3,70}?)"
    r"(?:\s+(?:at|with)\s+[A-Z]|\s+to\s+(?:another|a|an|the|someone)\b|"
    r"\s+(?:that|which|you|for the|in our|within)\b|[.,;\n]|$)",
    # A graduate scheme is named with the word: "the Graduate Analyst Programme".
    r"\b(?:for|to|on|about)\s+(?:the|our)\s+(.{3,60}?\s(?:scheme|programme|program)(?:\s+20\d\d)?)\b"
    r"(?!\s+(?:manager|director|lead|coordinator|officer|analyst|specialist|assistant|"
    r"associate|administrator)\b)",
    r"\b(?:application|applying|applied|interview\w*)\s+as\s+(?:an?\s+)?(.{3,70}?)"
    r"(?:\s+(?:at|with|in|and)\s|[.,;\n]|$)",
    # The same in German, French and Spanish: "Bewerbung als", "poste de", "puesto de".
    r"\b(?:bewerbung|stelle|position)\s+als\s+(.{3,70}?)(?:\s+(?:bei|und|in)\s|[.,;\n]|$)",
    r"\b(?:poste|puesto|cargo|vacante)\s+(?:de|d'|d’)\s*(.{3,70}?)(?:\s+(?:chez|en|y|et)\s|[.,;\n]|$)",
    # "an offer of employment as Store Manager for our …": a job's name straight after "as".
    r"\b(?:employment|hired|joining us|join us|start(?:ing)?) as\s+((?-i:[A-Z][\w/&-]*)"
    r"(?:\s+(?-i:[A-Z][\w/&-]*)){0,4})",
    # "appoint the other candidate as Volunteer Programme Manager", "our call for a Junior
    # Illustrator": a job's name in capitals straight after.
    r"\b(?:appoint\w*|hired|chose|chosen|offered)\s+(?:[\w-]+\s+){0,3}?as\s+(?:our\s+|the\s+|an?\s+)?"
    r"((?-i:[A-Z][\w/&-]*)(?:\s+(?-i:[A-Z][\w/&-]*)){0,4})",
    r"\b(?:call|search|looking|advert\w*) for (?:an?|our next|our new|the) "
    r"((?-i:[A-Z][\w/&-]*)(?:\s+(?-i:[A-Z][\w/&-]*)){0,4})",
    # "joining us as a Senior Product Manager", "applying to be our next Head of Growth".
    r"\b(?:as|be)\s+(?:an?|our|the)\s+(?:next\s+|new\s+)?(.{3,60}?)"
    r"(?:\s+(?:at|with|in|and|on)\s|[.,;!\n]|$)",
    rf"\b(?:for|to|about|on|regarding|filling)\s+(?:the|our|your|this)\s+(.{{3,70}}?)\s+{_ROLE_MARK}",
    # "the offer we made you for Head of Finance".
    r"\boffer (?:we|that we|i) (?:made|extended|sent)(?: to)?(?: you)? for (?:the )?(.{3,60}?)"
    r"(?:\s+(?:role|position))?(?:[.,;]|\s+(?:at|with)\s|$)",
    rf"\b(?:application|applying|applied|interest|interviewing|interview|interviews)\s+(?:for|to|in)\s+(?:the|our)\s+(.{{3,70}}?)\s+{_ROLE_MARK}",
    rf"\bthe\s+(.{{3,70}}?)\s+{_ROLE_MARK}",
    r"\b(?:application|applying|applied)\s+for\s+(?!the\b|a\b|an\b)(.{3,70}?)(?:\s+(?:at|with|in)\s+[A-Z]|[.,;\n]|$)",
    r"^re:\s+(.{3,70}?)\s*\(ref",
]


_ROLE_SUBJECT = [
    r"^(?:about|regarding|re)\s+(?:the|your)\s+(.+?)\s+(?:offer|role|position|application)$",
    r"(?:application|applying)\s*(?:for|as|:)\s+(?:the\s+)?(.+?)(?:\s+(?:at|with)\s+.+)?$",
    r"(?:bewerbung|candidature|candidatura)\s*(?:als|au poste de|para|:)\s+(.+?)"
    r"(?:\s+(?:bei|chez|en)\s+.+)?$",
    r"^(?:update on your|next steps for|thank you for your interest in the)\s+(.+?)\s+"
    r"(?:application|role|position)?\s*(?:at\s+.+)?$",
    r"^(?:re:\s*|fwd?:\s*)*(?:offer|application update|application status update)\s*[-:–]\s*(.+)$",
    r"^(?:re:\s*|fwd?:\s*)*[^-–—|:]+?\s*[-–—|:]\s*(.+)$",
    r"^(?:re:\s*|fwd?:\s*)*(.+?)\s*(?:[-–—]\s*(?:update|outcome|interview outcome|"
    r"technical interview|panel interview outcome)|application|position|role|"
    r"interview outcome)\s*(?:[-–—].*)?$",
    r"^(?:re:\s*|fwd?:\s*)*(.+?)\s+at\s+.+$",
    r"^(?:re:\s*|fwd?:\s*)*(.+?)$",
]


# Compiled once: a name built into a pattern per email would fill re's cache of 512 and
# push these out of it, to be compiled again and again.
_ROLE_BODY_PATTERNS = [re.compile(p, re.IGNORECASE | re.MULTILINE) for p in _ROLE_BODY]
_ROLE_SUBJECT_PATTERNS = [re.compile(p, re.IGNORECASE) for p in _ROLE_SUBJECT]
# What parts a job from the company named after it: " at ", " with ", " - ".
_BEFORE_A_NAME = re.compile(r"(?=(\s+(?:at|with|[-–—|])\s+))", re.IGNORECASE)
# What parts a company named first from the job after it: "Acme - ", "Acme: ".
_AFTER_A_NAME = re.compile(r"^\s*(?:[-–—|:]\s*)?")


def same_letters(text: str, name: str) -> bool:
    """Whether a text is the name, letter for letter, capitals or not."""
    return len(text) == len(name) and all(
        a == b or a.lower() == b.lower() for a, b in zip(text, name, strict=True)
    )


def _before_the_company(text: str, company: str) -> str:
    """ "Data Analyst at Acme Ltd" without " at Acme Ltd": the job before the company."""
    for mark in _BEFORE_A_NAME.finditer(text):
        after = mark.start() + len(mark.group(1))
        if same_letters(text[after : after + len(company)], company):
            return text[: mark.start()]
    return text


_NOT_ROLE = re.compile(
    r"\b(?:checking|catching|following|touching|circling|quick|hello|hi|"
    r"you|your|we|our|us|this|that|it|time|interest|update|decision|application|"
    r"candidates?|process|applicant|news|company|thank|thanks|other|another|same|"
    r"next|interview|further|such|any|all|one)\b",
    re.IGNORECASE,
)


def _clean_role(text: str, company: str) -> str:
    text = " ".join(text.split()).strip(" .,;:-–—\"'“”")
    text = re.sub(r"^(?:(?:re|fwd?|aw|wg|subject)\s*:\s*)+", "", text, flags=re.IGNORECASE)
    text = tidy_title(text) if _UNSOLICITED.match(text) else text
    text = re.sub(r"\s*\((?=[^)]*\d)[^)]*\)", "", text)  # a requisition id: "(R-20441)"
    text = re.sub(r"\s*\((?=[^)]*\d)[^)]*$", "", text)  # and one cut short: "(JR-77103"
    # "Planning Officer Reference: HDC-PLN-0412": the reference after the job.
    text = re.sub(
        r"\s+(?i:reference|ref\.?|kennziffer|requisition|req\.?)\s*(?i:no\.?|number|#)?\s*:?\s*"
        r"[\w/-]*\d[\w/-]*.*$",
        "",
        text,
    )
    # "Research Grants Officer on 6 November": the day it happened is no part of the job.
    text = re.sub(
        r"\s+on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?\b|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b).*$",
        "",
        text,
    )
    # "… - Kennziffer 2026-148", "… - Start April 2027", "… – Ref 1142": a reference or a start.
    text = re.sub(
        r"\s+[-–—]\s+(?i:kennziffer|ref\b|reference|req\b|requisition|job id|start|posting|"
        r"recruitment|vacancy)\b.*$",
        "",
        text,
    )
    # "Area Manager (North West)": the region it covers.
    text = re.sub(r"\s*\((?i:(?:north|south|east|west|central|mid)[\s-]*)+(?:\w+)?\)\s*$", "", text)
    # "(Ref. AO/2026/44" cut short by its full stop; "(m/w/d)" or "(f/m/x)" after a title.
    text = re.sub(r"\s*\((?:ref|req|job|id|no)\b[^)]*$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s*\([^()]{0,12}/[^()]{0,12}\)", "", text)
    text = GENDER_MARKER.sub("", text)  # "Chef de projet H/F" without brackets
    text = re.sub(r"\s*\[[^\]]*\]", "", text)
    # "Trainee Solicitor, 2028 intake", "…, Kennziffer 2026-114": after the comma a year,
    # a reference or words in lower case are no part of the job ("…, Level 2" is).
    text = re.sub(
        r",\s+(?:[^,]*\b(?:19|20)\d\d\b[^,]*|(?i:kennziffer|ref|reference|req|requisition|"
        r"job id|id|no\.?|vacancy)\b[^,]*|[a-z][^,]*)$",
        "",
        text,
    )
    # "Library Assistant, Libraries and Heritage Service", "Sister, Surgical Assessment Unit":
    # the part of the body it sits in, not the job's field.
    text = re.sub(
        r",\s+[^,]*\b(?i:service|services|department|unit|team|division|directorate|ward)$",
        "",
        text,
    )
    # "Customer Success Lead (DACH)": the region it covers is not the job's name.
    text = re.sub(
        r"\s*\((?i:dach|emea|apac|amer|americas|uk|us|usa|eu|na|latam|nordics|benelux)\)\s*$|"
        r"\s*\([A-Z][a-z]+(?: [A-Z][a-z]+)*,\s*[A-Z]{2}\)\s*$",
        "",
        text,
    )
    text = re.sub(rf"\s*\((?:{_PLACE.pattern})\)\s*$", "", text, flags=re.I)
    # "Software Engineer, London": where it is, after the comma.
    text = re.sub(rf",\s+(?:{_PLACE.pattern})(?:,\s+[A-Z]{{2}})?\s*$", "", text, flags=re.I)
    # The lazy match can start too early ("chat about the UX Researcher").
    # Not "Executive Assistant to the Vice-Chancellor": whose assistant is the job's name.
    text = re.split(
        r"(?<!assistant to )(?<!secretary to )(?<!adviser to )(?<!advisor to )(?<!\bpa to )"
        r"\b(?:the|our|your)\s+",
        text,
        flags=re.IGNORECASE,
    )[-1]
    text = re.sub(r"^(?:a|an)\s+", "", text, flags=re.IGNORECASE)
    # "the freelance Illustrator role": how the job is held is not its name.
    text = re.sub(
        r"^(?:freelance|remote|part-time|full-time|contract|temporary|temp|permanent|hybrid|"
        r"fixed-term|seasonal|paid|unpaid)\s+(?=[A-Z])",
        "",
        text,
    )
    # "the 2027 Graduate Management Trainee scheme": the scheme is the job's way in,
    # its year and the firm's name no part of the job.
    if re.search(r"\s(?:scheme|programme|program|intake)$", text, re.IGNORECASE):
        text = re.sub(r"\s+(?:scheme|programme|program|intake)$", "", text, flags=re.IGNORECASE)
        text = re.sub(r"^(?:20\d\d\s+)", "", text)
        if company and text.lower().startswith(company.lower() + " "):
            text = text[len(company) + 1 :]
    text = re.sub(
        rf"\s+(?:{_ROLE_WORD}|candidacy|application|search|recruitment|process|hire)$",
        "",
        text,
        flags=re.IGNORECASE,
    )
    # How or where the job is done is not its name: "(Remote)", "- Berlin", "| Seattle, WA".
    text = re.sub(
        r"\s*\((?:remote|hybrid|on-?site|in[- ]office|contract|full[- ]time|part[- ]time|"
        r"temporary|permanent|fixed[- ]term)[^)]*\)\s*$",
        "",
        text,
        flags=re.IGNORECASE,
    )
    # "Brightwater Graduate Engineer": the firm's name before the job is not the job's.
    words = company.split()
    for prefix in (" ".join(words[:n]) for n in range(len(words), 0, -1)):
        if text.lower().startswith(prefix.lower() + " ") and _ends_as_a_job(
            text[len(prefix) + 1 :]
        ):
            text = text[len(prefix) + 1 :]
            break
    place = re.fullmatch(r"(.+?)\s+[-–—|]\s+([^-–—|]{2,30})", text)
    if place and _ends_as_a_job(place.group(1)) and not _JOB_HEAD.search(place.group(2)):
        text = place.group(1)
    if company:
        text = _before_the_company(text, company)
    # "Werkvoorbereider bij Koelewijn": these words never sit inside a job's name.
    text = re.sub(r"\s+(?:bij|bei|chez|presso)\s+\S.*$", "", text, flags=re.IGNORECASE)
    return text.strip(" .,;:-–—")


def _ends_as_a_job(text: str) -> bool:
    """ "Software Engineer II", "Senior Frontend Engineer": a job's last word, or its level."""
    # "Process Engineer (Electrolysis Systems)": the field in brackets follows the job's head.
    words = re.sub(r"\s*\([^()]*\)\s*$", "", text).split()
    last = words[-1] if words else ""
    return bool(_JOB_HEAD.fullmatch(last) or re.fullmatch(r"I{1,3}|IV|V|[1-5]", last))


_PRONOUN = re.compile(r"\b(?:you|your|we|our|us|this|that|it|other|another|same|such)\b", re.I)


def _role_ok(text: str, company: str) -> bool:
    # "IT Support Analyst": a word in capitals is an abbreviation, not "it".
    lowered = " ".join(w for w in text.split() if not (len(w) > 1 and w.isupper()))
    if not (2 < len(text) <= 70):
        return False
    # "Process Engineer", "Interview Coordinator": a job's own words, before its head.
    if _NOT_ROLE.search(lowered) and not (
        _ends_as_a_job(text) and text.split()[0][:1].isupper() and not _PRONOUN.search(lowered)
    ):
        return False
    if company and _fold(text) == _fold(company):
        return False
    # "Booking & Checkout team", "12th. The": a team or a sentence's end is no job.
    if re.search(r"\.\s|\b(?:team|department|unit|division|office|ward)$", text, re.IGNORECASE):
        return False
    if _is_ats_name(text):
        return False
    words = text.split()
    capitals = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    # "Chargée de communication", "Analista de datos": titles in these languages are written
    # in sentence case, their job word first.
    sentence_case = opens_as_a_job(text)
    return (sentence_case or capitals >= max(1, len(words) - 1)) and len(words) <= 8


def _role_in_text(prose: str, company: str) -> str:
    # "die Stelle als X", "le poste de X": a title another language names.
    abroad = title_in(prose)
    if abroad and not (company and _fold(abroad) == _fold(company)):
        return abroad
    for pattern in _ROLE_BODY_PATTERNS:
        for match in pattern.finditer(prose):
            role = _clean_role(match.group(1), company)
            if _role_ok(role, company):
                return role + _specialism(role, prose[match.end(1) :])
            role = _lower_case_role(role)
            if role and _role_ok(role, company):
                return role
    return ""


# After a job, a comma and the team or field it is in: "Staff Engineer, Payments",
# "Associate Director, Credit Risk (Requisition …)". Not a year, a number or a place.
_SPECIALISM = re.compile(
    r"^,\s+((?-i:[A-Z][\w/-]*)(?:\s+(?:&|and|of)?\s*(?-i:[A-Z][\w/-]*)){0,3})"
    r"(?=\s*(?:\(|[.;:!?,]|\s+(?:role|position|vacancy|post|opening|job|at|with|in|and|"
    r"team)\b|\s*$))"
)
_PLACE = re.compile(
    r"\b(?:remote|hybrid|on-?site|london|manchester|birmingham|leeds|glasgow|edinburgh|dublin|"
    r"bristol|new york|nyc|san francisco|seattle|austin|boston|chicago|toronto|vancouver|sydney|"
    r"melbourne|berlin|munich|hamburg|paris|amsterdam|madrid|barcelona|lisbon|milan|rome|"
    r"zurich|singapore|bangalore|bengaluru|mumbai|uk|us|usa|eu|emea|apac|dach)\b",
    re.IGNORECASE,
)


def _specialism(role: str, rest: str) -> str:
    """ ", Payments" when a job's name goes on after a comma with its field."""
    match = _SPECIALISM.match(rest)
    if not match or not _ends_as_a_job(role) or _PLACE.search(match.group(1)):
        return ""
    if re.search(
        r"\b(?:service|services|department|unit|team|division|ward)$", match.group(1), re.I
    ):
        return ""
    if re.search(r"\d", match.group(1)) or len(role) + len(match.group(0)) > 70:
        return ""
    return ", " + match.group(1)


def _lower_case_role(text: str) -> str:
    """ "the data analyst role" names a job when its last word is one ("Data Analyst")."""
    words = text.split()
    # The first word may be a name of its own ("Saturday shop assistant").
    if not (1 <= len(words) <= 4) or not _JOB_HEAD.fullmatch(words[-1]):
        return ""
    if not all(w.islower() for w in words[1:]) or not (words[0].islower() or len(words) > 1):
        return ""
    return " ".join(w[:1].upper() + w[1:] for w in words)


def _role(subject: str, prose: str, company: str) -> str:
    found = _role_in_text(prose, company)
    if found or only_mail_words(subject):
        return found
    subject = re.sub(r"^(?:re|fwd?|aw|wg)\s*:\s*", "", subject.strip(), flags=re.IGNORECASE)
    # "Staff Engineer, Payments – application update": the news, after the job.
    subject = re.sub(
        r"\s+[-–—|:]\s+(?:your\s+)?(?:application\s+)?(?:update|status(?: update)?|outcome|"
        r"decision|result|next steps|feedback)\s*$",
        "",
        subject,
        flags=re.IGNORECASE,
    )
    abroad = title_in(subject)
    if abroad:
        return abroad
    # "(Ref: SCI0931)" is no part of the subject's job, and its colon splits nothing.
    subject = re.sub(r"\s*\((?:ref|req|job|id)\b[^)]*\)?", "", subject, flags=re.IGNORECASE)
    # "(Class 1)", "- Ref LHB/ANP/0926": a grade or a reference is no part of the job either.
    subject = re.sub(r"\s*\((?=[^)]*\d)[^)]*\)", "", subject)
    subject = re.sub(
        r"\s+[-–—|]\s+(?i:ref\b|reference|req\b|requisition|kennziffer|posting)\b.*$", "", subject
    )
    # "Senior Payroll Specialist - Manchester": a job, then where it is.
    # The place may hold a hyphen of its own ("Posting 26-1187", "Stratford-upon-Avon").
    place = re.fullmatch(r"(.+?)\s+[-–—|]\s+((?:(?!\s[-–—|]\s)[^–—|]){2,30})", subject)
    if place and _ends_as_a_job(place.group(1)) and not _JOB_HEAD.search(place.group(2)):
        role = _clean_role(place.group(1), company)
        if _role_ok(role, company):
            return role
    if company and same_letters(subject[: len(company)], company):
        # "Acme - Data Analyst": the company before the job, and the mark after it.
        subject = _AFTER_A_NAME.sub("", subject[len(company) :], count=1)
    for pattern in _ROLE_SUBJECT_PATTERNS:
        match = pattern.search(subject)
        if match:
            role = _clean_role(match.group(1), company)
            if _role_ok(role, company):
                return role
            role = _lower_case_role(role)  # "Re: apprentice"
            if role and _role_ok(role, company):
                return role
    return ""
