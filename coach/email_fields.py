"""Guessing the company, the contact and the role from a rejection email."""

from __future__ import annotations

import re
from collections import defaultdict

from coach import email_company_context as context
from coach.email_brands import brand_of_group
from coach.email_clues import (
    _CONTACT_INFO,
    _GREETING,
    _LEGAL_SUFFIX,
    _NAME_PHRASE,
    _SIGNATURE_SPLIT,
    _TEAM_AFFIX,
    _TEAM_WORDS,
    _all_lower_case,
    _clean_company,
    _domain_label,
    _fold,
    _is_ats_address,
    _is_ats_name,
    _person_like,
    _prose,
    _split_display,
)
from coach.email_company_ok import company_ok, only_title
from coach.email_domain import (
    applicant_system_slug,
    domain_as_name,
    domain_names,
    fuller_in_the_domain,
    short_for_a_fuller_name,
    spelled_out,
)
from coach.email_firms import (
    _AGENCY,
    _AGENCY_NAME,
    _AGENCY_TALK,
    clients_named,
    department_line,
    employer_fields,
    legal_names,
    named_in_passing,
    names_organisation,
    parent_groups,
    part_of_the_line_below,
    public_bodies,
    split_signature_line,
    unnamed_client,
    without_department,
    written_as_name,
)
from coach.email_job_words import _TITLE_WORDS, job_piece
from coach.email_jobs_channel import jobs_channel, sender_domains, sent_for_another
from coach.email_names import lower_case_introduction, tidy_name
from coach.email_places import place_line
from coach.email_public_body import bodies_applied_to, public_bodies_in, public_body
from coach.email_reader import ReadEmail

# "© 2026 Redfern Industries": the name after a copyright mark.
_COPYRIGHT = re.compile(rf"(?:©|\(c\))\s*(?:\d{{4}}\s+)?({_NAME_PHRASE.pattern})")


def _company(
    read: ReadEmail,
    body: str,
    signature: list[str],
    not_this: str = "",
    *,
    keep_agency: bool = False,
) -> str:
    """The company hiring; "" when only an agency shows and it does not name its client.

    keep_agency gives the agency's own name in that case instead (to say who wrote).
    """
    scores: dict[str, float] = defaultdict(float)
    signed: list[str] = []  # the company as the sender's name or signature writes it in full
    spelling: dict[str, str] = {}
    excluded = _fold(not_this)

    def add(
        text: str, weight: float, in_full: bool = False, alone: bool = False, firm: bool = False
    ) -> str:
        text = without_department(text)
        cleaned = _clean_company(text)
        # "Department of Natural Resources" with nothing larger named: the body itself.
        body = public_body(cleaned, alone)
        # "Whitcombe Lyle Student & Experienced Recruitment": what stands before a team's
        # name may be more of the team's name, so it is no fuller name of the firm.
        of_a_team = bool(_TEAM_AFFIX.search(_LEGAL_SUFFIX.sub("", text.strip())))
        in_full = in_full and not of_a_team
        # "Designer Contracts Ltd", "Support Services Ltd": a legal suffix is a firm's, never
        # a job's or a department's. firm: written where only a firm stands.
        suffixed = bool(_LEGAL_SUFFIX.search(text.strip()))
        text = cleaned
        # "Brisk Courier Recruiting": a team's owner may end in a job's word.
        if not body and (
            not company_ok(text, job_word_ok=of_a_team, as_a_firm=suffixed or firm)
            or (department_line(text) and not suffixed)
        ):
            return ""
        if in_full:
            signed.append(text)
        key = _fold(text)
        if not key or key == excluded:
            return ""
        scores[key] += weight
        # Keep the longest spelling seen ("Kestrel Robotics" over "Kestrel").
        if len(text) >= len(spelling.get(key, "")):
            spelling[key] = text
        return key

    prose = _prose(body)
    # Phrases that match the company's own mail domain are the strongest sign.
    labels = sender_domains([read.sender_address, read.reply_to, *read.addresses]) | {
        slug
        for slug in (applicant_system_slug(a) for a in [read.sender_address, read.reply_to])
        if slug
    }
    if labels:
        # Not the sender's own name: "Gary Nolan" is no part of nolanplumbing.ie.
        sender_person = read.sender_name if _person_like(tidy_name(read.sender_name)) else ""
        # Line by line: a name never runs on into the next line ("City of Port Haven"
        # over "An Equal Opportunity Employer").
        haystack = "\n".join([read.subject, body, *signature, read.sender_name])
        if sender_person:
            haystack = haystack.replace(sender_person, " ")
        for phrase, weight in domain_names(labels, haystack):
            # Names the domain spells whole are a firm's: no job's title is a mail domain.
            # Not one word: "Técnica" of tecnica.example may still open the job's title.
            whole = _fold(phrase) in {_fold(label) for label in labels} and " " in phrase
            add(phrase, weight, firm=whole)
    person, organisation = _split_display(read.sender_name)
    display = ""
    if organisation:
        display = organisation
    elif person and not _person_like(tidy_name(person)) and not _is_ats_name(person):
        display = person
    if display:
        add(display, 5, in_full=True)
    channel = _fold(_clean_company(display)) if jobs_channel(display) else ""
    signer = ""
    sign_lines = list(signature)
    if _all_lower_case(prose):
        # "eng manager, tidepool labs": an email in lower case signs in lower case too.
        sign_lines = [line.title() for line in sign_lines]
    if sign_lines:
        pieces = _SIGNATURE_SPLIT.split(sign_lines[0], maxsplit=1)
        if _person_like(tidy_name(pieces[0])):
            signer = pieces[0].strip()
            sign_lines[0] = pieces[1] if len(pieces) > 1 else ""
    if (
        person
        and not organisation
        and _person_like(tidy_name(person))
        and _is_ats_address(read.sender_address)
        and not (signer and _fold(person).startswith(_fold(signer)))
    ):
        # An applicant system sends as "Wren Capital" as often as "Marcus Hale";
        # a name nobody signs with is more likely the company.
        add(person, 3)
    # A name standing above the greeting is a letterhead ("Ember Fintech").
    for line in body.split("\n")[:3]:
        if _GREETING.match(line):
            break
        name = line.strip()
        if len(name) < 50 and _NAME_PHRASE.fullmatch(name) and not _person_like(name):
            add(line, 3)
    for line in read.body.split("\n"):
        copyright_line = _COPYRIGHT.search(line)
        if copyright_line:
            add(copyright_line.group(1), 3)
    after_team = False
    larger_in_text = [name for name in public_bodies(prose) if not public_body(name)]
    owners: list[str] = []  # groups a signature names after a brand of theirs
    # "Resourcing Team" over "HM Land Registry": a line naming only whose team signs.
    team_owners: set[str] = set()
    signed_at = body.rfind(signature[0]) if signature else -1
    letter_text = _fold(read.subject + " " + (body[:signed_at] if signed_at > 0 else body))
    brand_named = " ".join([letter_text, _fold(read.sender_name), *labels])
    for at, line in enumerate(sign_lines):
        pieces = [p.strip() for p in split_signature_line(line, between=_SIGNATURE_PIECES)]
        below = next((later for later in sign_lines[at + 1 :] if later.strip()), "")
        # "Ward Manager, Cardiology" over "St Mary's Hospital"; not "City of Port Haven"
        # over "An Equal Opportunity Employer", which is no company's name.
        below = below if company_ok(_clean_company(below)) else ""
        # "Department of X" is a body's own name only when nothing larger is named: no line
        # below ("Department of Geography" over "University of Pellbrook"), nor the text.
        larger = bool(larger_in_text) or any(
            names_organisation(later) and not public_body(later) for later in sign_lines[at + 1 :]
        )
        # "Corso Vittorio Emanuele II, 72 - Torino": a street address, whatever its pieces.
        if any(re.search(r"^\d{1,4}[a-z]?$|\s\d{1,4}[a-z]?$", p) for p in pieces):
            continue
        # "Cardiff | Swansea | Newport": the places an office is in, not names.
        if len(pieces) >= 3 and all(len(p.split()) == 1 for p in pieces):
            continue
        # "London" under "Client Director, Marlow & Finch": where the firm sits, not a firm.
        if place_line(line):
            continue
        # "Principal Consultant - Construction & Property": beside a job, a department.
        beside_job = len(pieces) > 1 and job_piece(pieces[0])
        # Under "Graduate Recruitment Team", the line that names whose team it is.
        under_team, after_team = (
            after_team,
            bool(line.strip())
            and (
                not _clean_company(line)
                or department_line(line)
                or bool(re.search(r"\s(?:team|crew|squad)$", line.strip(), re.IGNORECASE))
            ),
        )
        for index, piece in enumerate(pieces):
            # "Northgate Talent Ltd | 020 7946 0321": the name, not the number beside it.
            if _CONTACT_INFO.search(piece) or re.search(r"\b\d{3,}\b|^\d", piece):
                continue  # "Sydney NSW 2000", "88 George St": an address
            cleaned = _clean_company(piece)
            # A signature's company is a name: "Marlow & Finch", not a sentence.
            alone = public_body(cleaned, alone=not larger)
            if not piece or not (written_as_name(cleaned.rstrip(".")) or alone):
                continue
            if _fold(piece) in (_fold(person), _fold(signer)):
                continue
            # After a brand, the group that owns it: beside it or on the line below. Not
            # when the letter itself names the group ("the post at Grupo Andino").
            group = next(
                (
                    later
                    for later in [*pieces[index + 1 :], below]
                    if brand_of_group(piece, later, named=brand_named)
                    and _fold(_clean_company(later)) not in letter_text
                ),
                "",
            )
            if below and not group and part_of_the_line_below(cleaned, below):
                continue  # a department over its organisation's name
            if signer and _fold(piece.split()[0]) == _fold(signer.split()[0]):
                continue  # "Marco Bellini" under "Marco": the signer again, in full
            if job_piece(cleaned) and not _TEAM_AFFIX.search(piece):
                continue  # "Design Director", "Head of Data": a job, not the company
            if _TITLE_WORDS.search(cleaned) and not _TITLE_WORDS.search(
                piece.split()[-1] if piece.split() else ""
            ):
                add(cleaned, 2, in_full=True)
            elif not _TITLE_WORDS.fullmatch(cleaned or "x") and not only_title(cleaned):
                weight = 3 if beside_job else 6 if under_team else 4
                add(piece, weight, in_full=True, alone=alone)
                if under_team and len(pieces) == 1:
                    team_owners.add(_fold(_clean_company(piece)))
                if group:
                    owners.append(group)
    # A logo's alt text: "Tallis & Crane logo", "Fenwick & Hale Outfitters".
    for label in read.images:
        name = re.sub(r"\s+(?i:logo|logotype|logotipo|header|banner)$", "", label)
        if _NAME_PHRASE.fullmatch(name) and not _is_ats_name(name):
            add(name, 3, in_full=True)
    # A registered name ("Corvane Systems Ltd.", "Carrow & Lyle Group plc"), even in a footer.
    for line in read.body.split("\n"):
        for name, opening in legal_names(line):
            add(name, 3, in_full=opening)
    # A form's "Employer:" line says it outright.
    for name in employer_fields(body):
        add(name, 10, in_full=True, alone=True)
    bodies = [*public_bodies(prose), *public_bodies_in(prose)]
    # What the letter names in passing ("your years at the University of Sheffield", "our
    # work for the Ministry of Defence"): never the sender's own organisation.
    passing: dict[str, float] = defaultdict(float)
    for name in bodies:
        passing[add(name, 2, in_full=True)] += 2
    # Named as what was applied to, a body is weighed as a firm named so is.
    applied_to = bodies_applied_to(prose)
    for name in applied_to:
        add(name, 3, in_full=True, alone=not larger_in_text)
    bodies += applied_to
    for pattern in context.SUBJECT_COMPANY_PATTERNS:
        match = pattern.search(read.subject)
        # Capitalised as a name is, not "Proceso de selección" or "Esito colloquio".
        name = match.group(1) if match else ""
        if name and re.fullmatch(_NAME_PHRASE, name) and not context.lower_word(name):
            add(name, 3)
    # Lines run together with a no-break space: a name never runs on from one line
    # into the next ("Head Chef, Kettle Lane Shoreditch" over "Kettle Lane is part of").
    joined = re.sub(r"(?<=\S)\n(?=\S)", "\xa0", body)
    named_in_letter = {_fold(_clean_company(name)) for name in applied_to}
    for pattern, weight in context.COMPANY_CONTEXT:
        for found in context.context_names(pattern, joined):
            key = add(found, weight, firm=pattern in context.FIRM_ONLY)
            passing[key] += weight if weight < 2 else 0
            if weight >= 3:
                named_in_letter.add(_fold(_clean_company(found)))
    _, introduced_from = lower_case_introduction(prose)
    if introduced_from:
        add(introduced_from, 3)
    if not any(scores[k] >= 3 and scores[k] > passing[k] for k in scores):
        # Nothing better: the company's own mail domain ("copperleaf.coffee").
        for label in sorted(labels, key=lambda lab: (lab != _domain_label(read.reply_to), lab)):
            if domain_as_name(label) and not _is_ats_name(label):
                # The sender's organisation outranks what its letter names in passing,
                # unless named as its client or its parent.
                if add(domain_as_name(label), 3):
                    acts_for = [*clients_named(prose), *parent_groups(read.body)]
                    for key in named_in_passing(scores, passing, acts_for):
                        del scores[key]
                break
    if not scores:
        return ""
    # The group a brand belongs to is not the brand that was hiring.
    for parent in [*parent_groups(read.body), *owners]:
        group = _fold(_clean_company(parent))
        for key in [k for k in scores if group and (k in group or group in k)]:
            if len(scores) > 1:
                del scores[key]
    # "Civil Service Jobs" sends for the department its letter or signature names: the
    # service that sent the mail is not the organisation applied to.
    own = sender_domains([read.sender_address, read.reply_to])
    if channel in scores and sent_for_another(channel, scores, named_in_letter | team_owners, own):
        del scores[channel]
    # "Education" of education.gov.uk is a word of the "Department for Education" the text
    # names in full: the domain points at that body, not at a word of its name.
    bodies_named = [k for k in (_fold(_clean_company(b)) for b in bodies) if k in scores]
    for short, full in short_for_a_fuller_name(list(scores), bodies_named, labels).items():
        scores[full] += scores.pop(short)
    # "Wessex" in a signature from wessex-water.example: short for the name the domain spells.
    for short, full in fuller_in_the_domain(list(scores), labels).items():
        scores[_fold(full)] += scores.pop(short)
        spelling.setdefault(_fold(full), full)
    # "CH Valmont" is short for the "Centre Hospitalier de Valmont" its signature spells out.
    for short in list(scores):
        full = next((k for k in scores if spelled_out(spelling[short], spelling[k])), "")
        if full:
            scores[full] += scores.pop(short)
    # An agency naming its client ("my client, Meridale Homes") says whose job it was.
    written_by = _fold(" ".join([*signature, read.sender_name]))
    for client in clients_named(prose):
        cleaned = _clean_company(client)
        if company_ok(cleaned) and _fold(cleaned) not in written_by:
            return _in_full(cleaned, signed)
    # A name seen again in the text is more likely the company than a one-off.
    folded_text = _fold(prose + read.subject)
    ranked = sorted(
        scores, key=lambda k: (scores[k] + min(folded_text.count(k), 3), len(k)), reverse=True
    )
    # A recruitment agency writes about its client: the client is the company.
    # "Haddon Reed Recruitment" signs as the agency even when "Haddon Reed" won.
    agency_lines = [line for line in signature if _fold(spelling[ranked[0]]) in _fold(line)]
    if (
        _AGENCY.search(spelling[ranked[0]])
        or _AGENCY.search(read.sender_address.rpartition("@")[2])
        or any(_AGENCY_NAME.search(line) for line in agency_lines)
        or _AGENCY_TALK.search(prose)
    ):
        # Not the agency's own name again ("Van Dijk" of "Van Dijk Werving & Selectie").
        agency = [k for k in ranked if _AGENCY.search(spelling[k])] + [ranked[0]]
        # The client is named in the letter or its subject, not only in a sender's name.
        cut = body.rfind(signature[0]) if signature else -1
        letter = _fold(read.subject + " " + (body[:cut] if cut > 0 else body))
        # Already the client: named in the letter, and not by the sender's name or domain.
        sender_side = _fold(" ".join([*signature, read.sender_name, read.sender_address]))
        if ranked[0] in letter and ranked[0] not in sender_side:
            return _in_full(spelling[ranked[0]], signed)
        client = next(
            (
                k
                for k in ranked[1:]
                if scores[k] >= 1
                and k in letter
                and not _AGENCY.search(spelling[k])
                and not any(k in a or a in k for a in agency)
            ),
            "",
        )
        if client:
            return spelling[client]
    # "My client, a leading fintech": the job is the client's, whose name is not given;
    # the agency that signed is not the company.
    sender_side = _fold(" ".join([*signature, read.sender_name, read.sender_address]))
    if not keep_agency and unnamed_client(prose) and ranked[0] in sender_side:
        return ""
    return _in_full(spelling[ranked[0]], signed)


def _in_full(name: str, signed: list[str]) -> str:
    """ "Gemeente Lindenvoort" or "Groupe Beaulieu Distribution" as the signature writes it."""
    key = _fold(name)
    fuller = []
    for text in signed:
        extra = [w for w in text.split() if _fold(w) not in key]
        if key not in _fold(text) or not written_as_name(text) or len(extra) > 3:
            continue
        # Not "Albion Rail Resourcing" or "Lumio Team": a team or an agency is no fuller name.
        if any(_AGENCY.search(w) or re.fullmatch(_TEAM_WORDS, w, re.I) for w in extra):
            continue
        fuller.append(text)
    return max(fuller, key=len) if fuller else name


# Where a signature line's pieces part: "Jo | Recruiter", "Lead at Acme", "Acme - Leeds".
_SIGNATURE_PIECES = re.compile(r"\s+[|·•/]\s+|\s+at\s+|,\s+|\s+[-–—]\s+|\s+@\s+")
