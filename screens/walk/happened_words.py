"""The words of the walk's step 2: its fields' labels, placeholders and the ways news came."""

from __future__ import annotations

from coach.model import Channel

# The fields the email can fill, with the label each has on this step.
FIELD_LABELS = {
    "company": "Company (required)",
    "role": "Role",
    "contact": "Contact name (for the reply's greeting)",
    "stage": "How far did you get? (if you skip this: turned down on the application)",
    "received": "When did the news arrive?",
}
# The stage's label while the email kept reads as an invitation, offer or wait:
# no stage of a no comes from it, and going on without one is refused.
STAGE_LABEL_ASKED = "How far did you get? (pick one: this email is not a no, so it gave none)"
# After a silence no news came: the date is when they applied (the follow-up counts from it).
APPLIED_LABEL = "When did you apply? (a rough day is fine)"
# A day not read yet, as it is typed (the field's hint, not its error line).
UNKNOWN_YET = "not a date I know yet (e.g. yesterday or Nov 20)"
APPLIED_HINT = "Roughly when you applied: a follow-up makes sense about two weeks after."
PLACEHOLDERS = {False: "yesterday, last fri, Nov 20", True: "e.g. 3 weeks ago, Oct 30"}
GUESSED = " · guessed, edit if wrong"
# The title of the toast a refused ctrl+n shows (the date field may be off screen).
DATE_TOAST = "When did the news arrive?"
APPLIED_TOAST = "When did you apply?"


# The walk's answers to "How did it come?"; the entry form names the same
# channels shortly (CHANNEL_NAMES in screens/journal/entry_view.py).
CHANNEL_ANSWERS: dict[Channel, str] = {
    Channel.EMAIL: "An email",
    Channel.PHONE: "A phone call",
    Channel.PORTAL: "A job portal or applicant system",
    Channel.SILENCE: "Silence: they never said",
    Channel.OTHER: "Some other way",
}
