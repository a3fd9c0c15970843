"""The company a rejection email is from: names from every part of it, weighed together."""

from __future__ import annotations

import re
from collections import defaultdict

from coach import email_company_context as context
from coach.email_clues import (
    _GREETING,
    _NAME_PHRASE,
    _SIGNATURE_SPLIT,
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
from coach.email_company_choice import choose, settle_names
from coach.email_company_signature import weigh_signature
from coach.email_company_tally import Tally
from coach.email_domain import applicant_system_slug, domain_as_name, domain_names
from coach.email_firms import (
    clients_named,
    employer_fields,
    legal_names,
    named_in_passing,
    parent_groups,
    public_bodies,
)
from coach.email_jobs_channel import jobs_channel, sender_domains
from coach.email_names import lower_case_introduction, tidy_name
from coach.email_public_body import bodies_applied_to, public_bodies_in, public_body
from coach.email_reader import ReadEmail
from coach.email_sending_system import sending_systems

# "[bold]", "[/]", "<b>": markup tags, no part of anyone's name.
_MARKUP = re.compile(r"\[/?[\w .=#-]*\]|</?\w+[^<>]*>")
# "© 2026 Redfern Industries": the name after a copyright mark.
_COPYRIGHT = re.compile(rf"(?:©|\(c\))\s*(?:\d{{4}}\s+)?({_NAME_PHRASE.pattern})")


def hiring_company(
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
    # Lines run together with a no-break space: a name never runs on from one line
    # into the next ("Head Chef, Kettle Lane Shoreditch" over "Kettle Lane is part of").
    joined = re.sub(r"(?<=\S)\n(?=\S)", "\xa0", body)
    # The names the letter gives where only a firm stands, found once for both uses.
    firm_only = {pattern: context.context_names(pattern, joined) for pattern in context.FIRM_ONLY}
    firms_named = [_fold(found) for names in firm_only.values() for found in names]
    # Phrases that match the company's own mail domain are the strongest sign.
    labels = sender_domains([read.sender_address, read.reply_to, *read.addresses]) | {
        slug
        for slug in (applicant_system_slug(a) for a in [read.sender_address, read.reply_to])
        if slug
    }
    systems = sending_systems(
        read.sender_name, read.body, set(firms_named), sender_domains([read.sender_address])
    )
    tally = Tally(not_this, frozenset(systems))
    add, scores = tally.add, tally.scores
    prose = _prose(body)
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
    elif (
        person and not _person_like(tidy_name(_MARKUP.sub("", person))) and not _is_ats_name(person)
    ):
        # "Jane [bold]Smith[/] via HireLoop": markup in a person's name keeps it a person's.
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
    larger_in_text = [name for name in public_bodies(prose) if not public_body(name)]
    signed_at = body.rfind(signature[0]) if signature else -1
    letter_text = _fold(read.subject + " " + (body[:signed_at] if signed_at > 0 else body))
    # owners: groups a signature names after a brand of theirs; team_owners: a line naming
    # only whose team signs ("Resourcing Team" over "HM Land Registry").
    owners, team_owners = weigh_signature(
        tally,
        sign_lines,
        person=person,
        signer=signer,
        letter_text=letter_text,
        brand_named=" ".join([letter_text, _fold(read.sender_name), *labels]),
        brand_short=" ".join([_fold(read.sender_name), *labels, *firms_named]),
        larger_in_text=bool(larger_in_text),
    )
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
    named_in_letter = {_fold(_clean_company(name)) for name in applied_to}
    for pattern, weight in context.COMPANY_CONTEXT:
        names = firm_only.get(pattern)
        for found in names if names is not None else context.context_names(pattern, joined):
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
    settle_names(
        tally,
        read,
        labels=labels,
        bodies=bodies,
        owners=owners,
        channel=channel,
        named_as_applied_to=named_in_letter | team_owners,
    )
    return choose(tally, read, body, prose, signature, keep_agency=keep_agency)
