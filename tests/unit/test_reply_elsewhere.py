"""A no-reply sender is said calmly, with only an address the email itself gives (rv46 #3)."""

from __future__ import annotations

from pathlib import Path

from coach.reply_elsewhere import no_reply_note

SIGNED = Path(__file__).resolve().parent.parent / "data" / "emails" / "no_reply_signed.txt"


def test_a_no_reply_sender_with_a_signed_address_offers_it_and_says_where_from() -> None:
    note = no_reply_note(SIGNED.read_text())
    assert "no-reply@greenhouse-mail.io" in note and "takes no replies" in note
    assert "Its signature gives priya.natarajan@northwindlabs.com" in note
    # The quoted older message holds the person's own address: never offered.
    assert "sam.rivera" not in note


def test_a_contact_me_line_is_offered_but_a_privacy_address_never() -> None:
    email = (
        "From: Careers <careers-noreply@acme.io>\nSubject: Your application\n\n"
        "Hi Jo,\n\nWe will not take your application further.\n"
        "For data requests write to privacy@acme.io.\n"
        "If you have questions, contact me at ann.bell@acme.io.\n\nBest,\nAcme Careers\n"
    )
    note = no_reply_note(email)
    assert "The email itself gives ann.bell@acme.io" in note
    assert "privacy@" not in note


def test_no_address_in_the_email_is_said_and_none_is_guessed() -> None:
    email = "From: Jobs <noreply@lumen.com>\nSubject: Update\n\nHi,\n\nNot this time.\n\nLumen\n"
    note = no_reply_note(email)
    assert "takes no replies" in note and "gives no other address" in note
    assert note.count("@") == 1  # the box itself, nothing made up


def test_a_sender_who_takes_replies_or_no_email_says_nothing() -> None:
    assert no_reply_note("From: Ann <ann@acme.io>\nSubject: Hi\n\nNot this time.\n") == ""
    assert no_reply_note("") == ""
    # A Reply-To a person reads wins over the no-reply From, as mail apps do.
    email = "From: <noreply@acme.io>\nReply-To: ann@acme.io\nSubject: Hi\n\nNo.\n"
    assert no_reply_note(email) == ""
