"""Reply drafts built from a template, an entry and the profile."""

from __future__ import annotations

import pytest

from coach.content import Template, TemplatePart, load_content
from coach.drafting import (
    PLACEHOLDERS,
    build_draft,
    fill_placeholders,
    unfilled_placeholders,
)
from coach.model import Entry, Profile, ReplyPart, Stage, default_reply_parts
from coach.tone import check

TEMPLATE = Template(
    id="t",
    title="T",
    parts=(
        TemplatePart("greeting", "Hi {contact_name},"),
        TemplatePart("thanks", "Thanks for the {job_title} news from {company}."),
        TemplatePart("feedback", "Any feedback?", optional=True),
        TemplatePart("apply_again", "I'd apply again.", optional=True),
        TemplatePart("linkedin", "Let's connect.", optional=True),
        TemplatePart("signoff", "Best,\n{your_name}\n{linkedin_url}\n{phone}"),
    ),
    placeholders=PLACEHOLDERS,
)

ENTRY = Entry(company="Acme", stage=Stage.TECHNICAL, role="Developer", contact="Sam")
PROFILE = Profile(name="Ann Lee", linkedin_url="https://linkedin.com/in/ann", phone="1")


def test_all_parts_filled_in_order() -> None:
    draft = build_draft(TEMPLATE, entry=ENTRY, profile=PROFILE, parts=list(ReplyPart))
    assert draft == (
        "Hi Sam,\n\n"
        "Thanks for the Developer news from Acme.\n\n"
        "Any feedback?\n\n"
        "I'd apply again.\n\n"
        "Let's connect.\n\n"
        "Best,\nAnn Lee\nhttps://linkedin.com/in/ann\n1"
    )
    assert unfilled_placeholders(draft) == []


@pytest.mark.parametrize(
    ("contact", "greeting"),
    [
        ("Dana Whitfield", "Hi Dana,"),
        ("Ms. Okafor", "Hi Ms. Okafor,"),
        ("Dr. Rahul Mehta", "Hi Dr. Mehta,"),
        ("Okafor, Chiamaka", "Hi Chiamaka,"),
        ("Hiring Team", "Hi Hiring Team,"),
        ("", "Hi {contact_name},"),
    ],
)
def test_the_greeting_uses_the_first_name_or_the_title_and_surname(
    contact: str, greeting: str
) -> None:
    entry = Entry(company="Acme", stage=Stage.TECHNICAL, role="Developer", contact=contact)
    draft = build_draft(TEMPLATE, entry=entry, profile=PROFILE, parts=[])
    assert draft.split("\n")[0] == greeting


def test_unchosen_optional_parts_are_dropped_required_kept() -> None:
    draft = build_draft(TEMPLATE, entry=ENTRY, profile=PROFILE, parts=[ReplyPart.LINKEDIN])
    assert "Any feedback?" not in draft
    assert "I'd apply again." not in draft
    assert "Let's connect." in draft
    assert draft.startswith("Hi Sam,\n\nThanks for the Developer")
    assert draft.endswith("Best,\nAnn Lee\nhttps://linkedin.com/in/ann\n1")


def test_parts_may_be_given_as_strings() -> None:
    draft = build_draft(TEMPLATE, entry=ENTRY, profile=PROFILE, parts=["feedback"])
    assert "Any feedback?" in draft
    assert "Let's connect." not in draft


def test_no_parts_leaves_only_required_ones() -> None:
    draft = build_draft(TEMPLATE, entry=ENTRY, profile=PROFILE, parts=())
    assert draft.split("\n\n")[:2] == [
        "Hi Sam,",
        "Thanks for the Developer news from Acme.",
    ]
    assert len(draft.split("\n\n")) == 3


@pytest.mark.parametrize(
    "company",
    ["ACME {job_title}", "[b]x[/b]", "[@click=app.quit]x", "{phone} & {{co}}", "\\1"],
)
def test_user_values_are_inserted_literally(company: str) -> None:
    entry = Entry(company=company, stage=Stage.FINAL, role="[/ role]", contact="Sam")
    draft = build_draft(TEMPLATE, entry=entry, profile=PROFILE, parts=())
    assert f"Thanks for the [/ role] news from {company}." in draft


def test_empty_values_stay_as_visible_placeholders() -> None:
    # A reply to a no: someone wrote it, so the name is asked for (a silence's is not).
    entry = Entry(company="Acme", stage=Stage.APPLICATION)
    draft = build_draft(TEMPLATE, entry=entry, profile=Profile(name="  "), parts=list(ReplyPart))
    assert draft.startswith("Hi {contact_name},")
    assert "the {job_title} news from Acme" in draft
    # The name must be signed; an empty LinkedIn URL or phone line just goes.
    assert draft.endswith("Best,\n{your_name}")
    assert unfilled_placeholders(draft) == ["contact_name", "job_title", "your_name"]


def test_a_signature_keeps_the_contact_lines_that_are_filled() -> None:
    entry = Entry(company="Acme", stage=Stage.NO_REPLY)
    profile = Profile(name="Sam", phone="+1 555 0100")
    draft = build_draft(TEMPLATE, entry=entry, profile=profile, parts=list(ReplyPart))
    assert draft.endswith("Best,\nSam\n+1 555 0100")


def test_unfilled_placeholders_ignores_unknown_names_and_repeats() -> None:
    text = "{phone} {foo} {phone} {company} {Company} { phone }"
    assert unfilled_placeholders(text) == ["phone", "company"]


def test_fill_leaves_unknown_placeholders_alone() -> None:
    assert fill_placeholders("{foo} {company}", {"company": "Acme"}) == "{foo} Acme"


def test_shipped_reply_follows_default_parts() -> None:
    reply = load_content().content.templates["reply"]
    feedback = reply.part("feedback", Stage.PHONE_SCREEN)
    assert feedback is not None

    before_interview = Entry(company="Acme", stage=Stage.NO_REPLY, contact="Sam")
    parts = default_reply_parts(before_interview.stage)
    draft = build_draft(reply, entry=before_interview, profile=PROFILE, parts=parts)
    assert "?" not in draft
    assert draft.startswith("Hi Sam,")

    after_interview = Entry(company="Acme", stage=Stage.PHONE_SCREEN, contact="Sam")
    parts = default_reply_parts(after_interview.stage)
    draft = build_draft(reply, entry=after_interview, profile=PROFILE, parts=parts)
    assert feedback.text in draft
    assert "Acme" in draft
    assert "\n\n\n" not in draft


def test_a_clash_copy_drafts_to_the_company_not_its_journal_marker() -> None:
    from coach.journal_records import conflict_copy
    from coach.records import entry_to_record

    entry = Entry(company="Zeta [i]", stage=Stage.FINAL, role="Analyst", contact="Sam")
    copy = conflict_copy(entry_to_record(entry))
    assert copy.company == "Zeta [i] (other version)"  # the journal tells the two apart
    draft = build_draft(TEMPLATE, entry=copy, profile=PROFILE, parts=())
    assert "news from Zeta [i]." in draft and "other version" not in draft


@pytest.mark.parametrize("template_id", ["reply", "thank-you-short"])
def test_a_withdrawn_offer_gets_its_own_thanks_and_hope(template_id: str) -> None:
    # rv13 item 4: the offer drafted as "how my application went" and "a role that
    # suits me better", the opposite of a company that chose them for this role.
    template = load_content().content.templates[template_id]
    entry = Entry(company="Umbrella", stage=Stage.OFFER, role="UX designer", contact="Kim")
    draft = build_draft(template, entry=entry, profile=PROFILE, parts=list(ReplyPart))
    assert "UX designer" in draft and "offer" in draft
    assert "how my application" not in draft
    assert "suits me better" not in draft
    if template_id == "reply":
        assert "if this role or a similar one opens up later" in draft
        assert not check(draft)  # the tone check finds nothing to flag in it
    # The interviewed stages keep their own wording.
    final = Entry(company="Umbrella", stage=Stage.FINAL, role="UX designer", contact="Kim")
    assert "offer" not in build_draft(template, entry=final, profile=PROFILE, parts=[])


def test_linkedin_is_offered_by_default_only_to_someone_they_spoke_with() -> None:
    # rv13 item 12: a form rejection drafted "I'll send you an invitation to connect".
    for stage in Stage:
        assert (ReplyPart.LINKEDIN in default_reply_parts(stage)) == stage.interviewed, stage


def test_no_linkedin_url_drops_the_invitation() -> None:
    reply = load_content().content.templates["reply"]
    entry = Entry(company="Acme", stage=Stage.FINAL, role="Analyst", contact="Sam")
    with_url = build_draft(reply, entry=entry, profile=PROFILE, parts=list(ReplyPart))
    assert "LinkedIn" in with_url
    without = Profile(name="Ann Lee", phone="1")
    draft = build_draft(reply, entry=entry, profile=without, parts=list(ReplyPart))
    assert "LinkedIn" not in draft and "{linkedin_url}" not in draft
    assert "\n\n\n" not in draft


def test_a_technical_round_is_thanked_without_a_talk_that_may_not_have_happened() -> None:
    # rv21 item 8: after a take-home alone the reply thanked them "for the chance to
    # talk" and asked about "the technical interview".
    reply = load_content().content.templates["reply"]
    entry = Entry(company="Hooli", stage=Stage.TECHNICAL, role="Engineer", contact="Sam")
    draft = build_draft(reply, entry=entry, profile=PROFILE, parts=list(ReplyPart))
    assert "technical round" in draft
    assert "talk" not in draft and "interview" not in draft
    assert not check(draft)
    phone = Entry(company="Hooli", stage=Stage.PHONE_SCREEN, role="Engineer", contact="Sam")
    assert "chance to talk" in build_draft(
        reply, entry=phone, profile=PROFILE, parts=list(ReplyPart)
    )


CALL_OFFERED = (
    "Thank you for your time across the four interviews. We have decided to go with "
    "another candidate.\n\nIf you would like feedback on your interviews, I am happy to "
    "set up a short call.\n\nBest,\nMarcus"
)


def test_a_feedback_call_the_email_offered_is_taken_up_not_asked_by_email() -> None:
    # rv49: the email offered a call; the draft asked "one point" by email instead.
    reply = load_content().content.templates["reply"]
    entry = Entry(company="BrightPath", stage=Stage.FINAL, role="UI Engineer", contact="Marcus")
    parts = default_reply_parts(Stage.FINAL, feedback_invited=True)
    by_email = reply.part("feedback", Stage.FINAL)
    assert by_email is not None and "one point" in by_email.text
    entry.email_text = CALL_OFFERED
    draft = build_draft(reply, entry=entry, profile=PROFILE, parts=parts)
    assert "one point" not in draft
    assert "offering to talk through feedback" in draft and "short call" in draft
    assert not check(draft)  # the tone check finds nothing to flag in it
    # Feedback offered by email only: the usual question stays.
    entry.email_text = "I'm happy to share the panel's feedback if it would help."
    draft = build_draft(reply, entry=entry, profile=PROFILE, parts=parts)
    assert by_email.text in draft
