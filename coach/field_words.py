"""A record's fields in the words its screen uses, for messages about merges and repairs."""

from __future__ import annotations

from collections.abc import Iterable

from coach.entry_fields import FIELD_LABELS

# The record's fields the entry form shows, by the form's field.
_ON_THE_FORM = {
    "company": "f-company",
    "role": "f-role",
    "contact": "f-contact",
    "stage": "f-stage",
    "date": "f-date",
    "channel": "f-channel",
    "notes": "f-notes",
    "mood_before": "f-mood-before",
    "mood_after": "f-mood-after",
    "reply_status": "f-reply-status",
    "reply_draft": "f-draft",
    "next_step": "f-next",
    "feedback": "f-feedback",
    "feedback_text": "f-feedback-text",
    "reapply_after": "f-reapply",
    "private_note": "f-private",
}

# Fields with no field of their own on the form, named as a person would.
_OFF_THE_FORM = {
    "reflections": "reflections",
    "email_text": "pasted email",
    "feedback_requested_on": "day feedback was asked for",
    "reply_sent_on": "day the reply was sent",
    "reply_parts": "parts of the reply",
    "reply_template": "kind of reply",
    "created_at": "time it was logged",
}


# A plan's fields, as "Change plan…" (When, I will, On) and the check-in say them.
_PLAN = {
    "when": "when",
    "then": "I will",
    "due": "day",
    "status": "status",
    "closed_on": "day it was answered",
    "created_at": "time it was made",
    "entry_id": "entry it belongs to",
}

# Your details, as their screen labels them.
_PROFILE = {"name": "your name", "linkedin_url": "LinkedIn URL"}


def field_word(name: str, table: str = "entries") -> str:
    """One record field as the person knows it ("reply_draft": "reply draft").

    table: the record's table ("entries", "plans", "profile"); a plan's
    "closed_on" is "day it was answered", never its key.
    """
    if table == "plans":
        return _PLAN.get(name, name.replace("_", " "))
    if table == "profile":
        return _PROFILE.get(name, name.replace("_", " "))
    form_id = _ON_THE_FORM.get(name)
    if form_id is not None:
        return FIELD_LABELS[form_id].lower()
    # A field added later still reads as words, never as its key.
    return _OFF_THE_FORM.get(name, name.replace("_", " "))


def field_words(names: Iterable[str], table: str = "entries") -> str:
    """Record fields as the person knows them, in a list ("company, reply draft")."""
    return ", ".join(field_word(name, table) for name in names)
