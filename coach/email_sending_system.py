"""The service an email says sent it for the employer ("Powered by HireLoop"): never the company.

closing20: an applicant system the reader's list does not know ("HireLoop",
"TalentDesk") was read as the company from its sender, footer or domain, even
over the employer the letter named ("the role at Orchard Foods"). The email
itself says which name is the service: "Jane via HireLoop", "Sent via
HireLoop", "Powered by HireLoop", "sent by HireLoop on behalf of Orchard Foods".
"""

from __future__ import annotations

import re

from coach.email_clues import _fold, _split_display
from coach.email_department_words import only_department_words

# A name: one to three capitalised words on one line ("HireLoop", "Talent Desk").
_NAME = r"([A-Z][\w&'-]*(?:[ \t]+[A-Z][\w&'-]*){0,2})"
_SENT_BY = re.compile(
    r"\b(?i:powered by|sent (?:via|through|using)|delivered (?:via|by)|"
    rf"sent by(?=[ \t]+{_NAME}[ \t]+(?i:on behalf of)\b))[ \t]+{_NAME}"
)
# "Jane Smith via HireLoop": the display name's service after "via".
_VIA = re.compile(rf"[ \t]+(?i:via)[ \t]+{_NAME}[ \t]*$")


def sending_systems(
    sender_name: str, body: str, employer: set[str] | None = None, labels: set[str] | None = None
) -> set[str]:
    """The folded names the email gives as the service that sent it for the employer.

    A name the email also gives as the employer is no service: "Powered by
    Stripe" under "the role at Stripe" (employer: the folded names the letter
    gives the employer), or from "Stripe Recruiting <jobs@stripe.com>", the
    name's own hiring team on its own domain (labels: the sender's domain labels).
    """
    team_of = {_fold(team_name(part)) for part in _split_display(sender_name) if team_name(part)}
    own = (employer or set()) | (team_of & {_fold(label) for label in labels or ()})
    found = {relayed_by(sender_name)}
    for match in _SENT_BY.finditer(body):
        found.add(_fold(match[2]))  # [1] is the lookahead's
    return {name for name in found if name and name not in own}


def team_name(display: str) -> str:
    """The firm a hiring team's display name is of ("Stripe" of "Stripe Recruiting"), or ""."""
    words = display.split()
    for cut in range(1, len(words)):
        if only_department_words(" ".join(words[cut:])):
            return " ".join(words[:cut])
    return ""


def relayed_by(sender_name: str) -> str:
    """The folded name of the service a display name says relays it ("Jane via HireLoop"), or ""."""
    via = _VIA.search(sender_name)
    return _fold(via[1]) if via else ""
