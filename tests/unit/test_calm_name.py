"""A company typed in capitals goes into the reply calmer; acronyms and the journal's copy stay."""

from __future__ import annotations

import pytest

from coach.calm_name import calm_company
from coach.content import Template, TemplatePart
from coach.drafting import PLACEHOLDERS, build_draft
from coach.model import Entry, Profile, Stage

TEMPLATE = Template(
    id="t",
    title="T",
    parts=(TemplatePart("thanks", "I've enjoyed getting to know {company}."),),
    placeholders=PLACEHOLDERS,
)


def test_a_company_in_capitals_is_named_calmly_in_the_reply() -> None:
    # rv51 D7: "I've enjoyed getting to know KRONBERG WASSERSTOFF ENERGIESYSTEME".
    entry = Entry(company="KRONBERG WASSERSTOFF ENERGIESYSTEME GMBH", stage=Stage.FINAL)
    draft = build_draft(TEMPLATE, entry=entry, profile=Profile(), parts=())
    assert draft == "I've enjoyed getting to know Kronberg Wasserstoff Energiesysteme GmbH."
    assert entry.company == "KRONBERG WASSERSTOFF ENERGIESYSTEME GMBH"  # stored as typed


@pytest.mark.parametrize(
    ("typed", "calm"),
    [
        ("IBM GLOBAL SERVICES", "IBM Global Services"),
        ("MÜLLER-LÜDENSCHEIDT AG", "Müller-Lüdenscheidt AG"),
        ("JOHNSON & JOHNSON", "Johnson & Johnson"),
    ],
)
def test_long_words_calm_down_and_short_ones_stay(typed: str, calm: str) -> None:
    assert calm_company(typed) == calm


@pytest.mark.parametrize("typed", ["IBM", "KPMG", "IKEA", "BNP AG", "AT&T", "Acme GmbH", "deVries"])
def test_acronyms_brands_and_names_cased_on_purpose_stay_as_typed(typed: str) -> None:
    assert calm_company(typed) == typed
