"""Which of the weighed names is the company: groups and channels set aside, an agency's client."""

from __future__ import annotations

from coach.email_clues import _clean_company, _fold
from coach.email_company_ok import company_ok
from coach.email_company_tally import Tally
from coach.email_domain import fuller_in_the_domain, short_for_a_fuller_name, spelled_out
from coach.email_firms import (
    _AGENCY,
    _AGENCY_NAME,
    _AGENCY_TALK,
    clients_named,
    parent_groups,
    unnamed_client,
)
from coach.email_jobs_channel import sender_domains, sent_for_another
from coach.email_reader import ReadEmail


def settle_names(
    tally: Tally,
    read: ReadEmail,
    *,
    labels: set[str],
    bodies: list[str],
    owners: list[str],
    channel: str,
    named_as_applied_to: set[str],
) -> None:
    """Set aside the names that are not the firm hiring; join short names to their full ones.

    owners: groups a signature names after a brand of theirs; channel: the jobs channel
    that sent the mail (folded), if any; named_as_applied_to: the names the letter gives
    as what was applied to, and the lines naming whose team signs (folded).
    """
    scores = tally.scores
    # The group a brand belongs to is not the brand that was hiring.
    for parent in [*parent_groups(read.body), *owners]:
        group = _fold(_clean_company(parent))
        for key in [k for k in scores if group and (k in group or group in k)]:
            if len(scores) > 1:
                del scores[key]
    # "Civil Service Jobs" sends for the department its letter or signature names: the
    # service that sent the mail is not the organisation applied to.
    own = sender_domains([read.sender_address, read.reply_to])
    if channel in scores and sent_for_another(channel, scores, named_as_applied_to, own):
        del scores[channel]
    # "Education" of education.gov.uk is a word of the "Department for Education" the text
    # names in full: the domain points at that body, not at a word of its name.
    bodies_named = [k for k in (_fold(_clean_company(b)) for b in bodies) if k in scores]
    for short, full in short_for_a_fuller_name(list(scores), bodies_named, labels).items():
        scores[full] += scores.pop(short)
    # "Wessex" in a signature from wessex-water.example: short for the name the domain spells.
    for short, full in fuller_in_the_domain(list(scores), labels).items():
        scores[_fold(full)] += scores.pop(short)
        tally.spelling.setdefault(_fold(full), full)
    # "CH Valmont" is short for the "Centre Hospitalier de Valmont" its signature spells out.
    spelling = tally.spelling
    for short in list(scores):
        full = next((k for k in scores if spelled_out(spelling[short], spelling[k])), "")
        if full:
            scores[full] += scores.pop(short)


def choose(
    tally: Tally,
    read: ReadEmail,
    body: str,
    prose: str,
    signature: list[str],
    *,
    keep_agency: bool = False,
) -> str:
    """The company: the best weighed name, or the client an agency writes about.

    keep_agency gives the agency's own name when it does not name its client.
    """
    scores, spelling = tally.scores, tally.spelling
    # An agency naming its client ("my client, Meridale Homes") says whose job it was.
    written_by = _fold(" ".join([*signature, read.sender_name]))
    for client in clients_named(prose):
        cleaned = _clean_company(client)
        if company_ok(cleaned) and _fold(cleaned) not in written_by:
            return tally.in_full(cleaned)
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
            return tally.in_full(spelling[ranked[0]])
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
    return tally.in_full(spelling[ranked[0]])
