"""Tests for every slot style a person could paste, and the bracketed content that is real."""

from __future__ import annotations

import pytest

from coach.tone import check
from coach.tone_structure import placeholders


def slots(text: str) -> list[str]:
    """The text of each placeholder found."""
    return [text[s.start : s.end] for s in placeholders(text)]


# Each style: the draft it stands in, and the slot as it must be found.
STYLES = [
    ("Dear {{first_name}},\n\nThank you.\n\nSam", "{{first_name}}"),
    ("Dear {{ name }},\n\nThank you.\n\nSam", "{{ name }}"),
    ("Dear <<Name>>,\n\nThank you.\n\nSam", "<<Name>>"),
    ("Thank you for the update from [Company Name]. Sam", "[Company Name]"),
    ("Dear [[Hiring Manager]], thank you for the update. Sam", "[[Hiring Manager]]"),
    ("Dear %name%, thank you for the update. Sam", "%name%"),
    ("Dear %First Name%, thank you for the update. Sam", "%First Name%"),
    ("Dear $name, thank you for the update. Sam", "$name"),
    ("Dear $first_name, thank you for the update. Sam", "$first_name"),
    ("Dear ${name}, thank you for the update. Sam", "{name}"),
    ("Dear {Name}, thank you for the update. Sam", "{Name}"),
    ("Dear {FIRST_NAME}, thank you. Sam", "{FIRST_NAME}"),
    ("Dear *|FNAME|*, thank you. Sam", "*|FNAME|*"),
    ("Dear Mr. XXX, thank you for the update. Sam", "XXX"),
    ("Thank you for the interview on xx/xx/xxxx. Sam", "xx/xx/xxxx"),
    ("Thank you for the interview on XX/XX/XXXX. Sam", "XX/XX/XXXX"),
    ("Thank you for the interview on 00/00/0000. Sam", "00/00/0000"),
    ("Thank you for the interview on DD/MM/YYYY. Sam", "DD/MM/YYYY"),
    ("Dear Mr./Ms. ____, thank you for the update. Sam", "____"),
    ("Dear (Hiring Manager's name), thank you for the update. Sam", "(Hiring Manager's name)"),
    ("Thank you for considering me for the <insert role> position. Sam", "<insert role>"),
    ("Thank you for considering me for the role at COMPANY NAME. Sam", "COMPANY NAME"),
    ("Dear [Name],\n\nThank you for the update.\n\nSam", "[Name]"),
    ("You can reach me on [your phone]. Sam", "[your phone]"),
    ("Thank you.\nInterview date: TBC\nSam", "TBC"),
    ("Thank you for the update on the role of TBD. Sam", "TBD"),
    ("Dear N/A,\n\nThank you for the update.\n\nSam", "N/A"),
    ("Dear Mr. N/A,\nThanks.\nSam", "N/A"),
    ("Thank you. Lorem ipsum dolor sit amet. Sam", "Lorem ipsum dolor sit amet"),
    ("Dear …,\n\nThank you for the update.\n\nSam", "…"),
    ("Hi ...,\n\nThanks for the update.\n\nSam", "..."),
    ("Call me on +44 XXXX XXXXXX. Sam", "+44 XXXX XXXXXX"),
    ("Write to me at your.name@example.com. Sam", "your.name@example.com"),
    ("Thank you for the update.\n\nBest,\n[Your Name]", "[Your Name]"),
    ("Dear Recruiter Name,\n\nThank you.\n\nSam", "Recruiter Name"),
    ("Dear Hiring Manager Name,\n\nThank you.\n\nSam", "Hiring Manager Name"),
    ("Dear Mr./Ms. Lastname,\n\nThank you.\n\nSam", "Lastname"),
    ("Hi Name,\n\nThanks for the update.\n\nSam", "Name"),
    ("Thank you for the role at Company XYZ. Sam", "Company XYZ"),
    ("Thank you for the role at ABC Ltd. Sam", "ABC Ltd"),
    ("Thank you.\n\nSam\nPhone: (555) 555-0100", "(555) 555-0100"),
    ("Thank you.\n\nSam\n12 Main Street, Anytown", "Anytown"),
    ("I bring XX years of experience. Thanks. Sam", "XX"),
    ("The rate of £XX per hour was fair. Thanks. Sam", "£XX"),
    ("Thank you for the interview on January XX, 2025. Sam", "January XX, 2025"),
    ("Thank you for the interview on Month DD, YYYY. Sam", "Month DD, YYYY"),
    ("Hi @name,\n\nThanks for the update.\n\nSam", "@name"),
    ("Hi #NAME#,\n\nThanks for the update.\n\nSam", "#NAME#"),
    ("Hi ##first_name##,\n\nThanks for the update.\n\nSam", "##first_name##"),
    # A day and month masked with no year; a masked day before its month.
    ("Thanks for the chat on XX/XX about the role. Sam", "XX/XX"),
    ("Thank you for your email dated XX/XX/20XX. Sam", "XX/XX/20XX"),
    ("I enjoyed my visit on XX March. Sam", "XX March"),
    ("Thank you for meeting me on Monday, Month DD. Sam", "Month DD"),
    ("Thank you for the interview on June XX. Sam", "June XX"),
    # A value that was never put in after a comparison.
    ("I could start as early as TBD if a role opens. Sam", "TBD"),
    # An editing order left in, in brackets or capitalised inside the sentence.
    ("Keep me in mind at Acme Co. (replace with company). Sam", "(replace with company)"),
    ("Thank you for the role at Insert School Name. Sam", "Insert School Name"),
    # The twenty-seventh frozen half's two misses: an order after a comma, a masked number.
    ("My availability is TBC, insert dates here once confirmed. Sam", "insert dates here"),
    ("Thank you for the post of Surveyor, Ref. No. ####. Sam", "####"),
]


@pytest.mark.parametrize(("text", "slot"), STYLES)
def test_every_pasted_slot_style_is_a_placeholder(text: str, slot: str) -> None:
    assert slot in slots(text)
    kinds = {f.kind for f in check(text, model={}) if f.text == slot}
    assert kinds == {"placeholder"}


@pytest.mark.parametrize(
    "text",
    [
        "The (hybrid) role sounded great. Thank you. Sam",
        "The [full-time] post was a good fit. Thank you. Sam",
        "Thank you for your time.\n\nSam (she/her)",
        "Thank you for the Analyst (m/f/d) interview. Sam",
        "Thank you from all at Acme (UK). Sam",
        "You wrote 'recieved' [sic] in the letter. Thank you. Sam",
        "Thank you for the search engine optimisation (SEO) role. Sam",
        "Thank you for the [SEO] role, and for your time. Sam",
        "I wrote `x = {name}` and `dict[str, int]` in the test. Thank you. Sam",
        "My portfolio: https://example.com/{id}/page?x=%20 Thanks. Sam",
        "The team is still TBD, you said. Thanks. Sam",
        "The question was N/A for me, so I skipped it. Thanks. Sam",
        "Well... thank you anyway. Sam",
        "Hi... well, thanks anyway. Sam",
        "The $50 travel refund arrived, thank you. Sam",
        "The tax was 20% of $total, which is fine. Sam",
        "I scored 90% on the test and 100% on the quiz, thank you. Sam",
        "I got 10/10 on the test, and version 1.0.0 shipped. Sam",
        "Dear Sir/Madam, thank you for the update. Sam",
        "Dear Ana,\n\nThank you... it meant a lot.\n\nSam",
        "Call me at 07700 900123. Sam",
        "I spent two years at ABC News, thank you. Sam",
        "Dear Hiring Manager,\n\nThank you for your time.\n\nSam",
        "Dear Recruitment Team,\n\nThank you for your time.\n\nSam",
        "Dear Mr. Doe,\n\nThank you for your time.\n\nJane Doe",
        "Thanks for the news! #hiring #jobs\nSam",
        "Thanks, you can find me as @sam_k on Twitter.\nSam",
        "I wore an XXL shirt, and our 555 team was great. Sam",
        "The XX chromosome lecture was fun, thanks. Sam",
        "The May 12th, 2025 interview went well. Sam",
        "We met in May DD Smith's office, thanks. Sam",
        "Can't wait to see you all in May xx",
        "Love you xx March will be better. Sam",
        "The start date is listed as TBD for now. Thanks. Sam",
        "It was a good fit (replace if you like). Thanks. Sam",
        "I will insert the figures into the report. Thanks. Sam",
        "My favourite song is Enter Sandman, thanks. Sam",
        "I shall wear the XXL shirt. Thanks. Sam",
        "I would insert a short pause here if I could do it again. Thanks. Sam",
        "### Notes from the day\nThanks for the chat. Sam",
    ],
)
def test_real_content_in_brackets_and_marks_is_not_a_slot(text: str) -> None:
    assert slots(text) == []


def test_an_acronym_in_square_brackets_is_not_a_shout_either() -> None:
    assert check("Thank you for the [SEO] role, and for your time. Sam", model={}) == []


def test_a_stand_in_in_capitals_is_still_a_slot_in_square_brackets() -> None:
    assert slots("Thank you for the role at [XYZ]. Sam") == ["[XYZ]"]
    assert slots("Dear [NAME], thank you. Sam") == ["[NAME]"]
