"""The app's own template words weigh nothing for the draft: a jab typed among them is found."""

from __future__ import annotations

import shutil
from itertools import combinations
from pathlib import Path

import pytest

from coach.content.loader import load_content
from coach.drafting import build_draft
from coach.model import Entry, Profile, ReplyPart, Stage
from coach.tone import check
from coach.tone_app_words import app_sentences
from coach.tone_vader import sentences

JAB = "I hope whoever you picked turns out to be worth four rounds of everyone's time."
PROFILE = Profile(name="Sam Rivera", linkedin_url="linkedin.com/in/sam", phone="+1 555 010 2030")


def draft(stage: Stage = Stage.FINAL, parts: tuple[ReplyPart, ...] = tuple(ReplyPart)) -> str:
    entry = Entry(
        company="Northwind Labs",
        stage=stage,
        role="Senior Backend Engineer",
        contact="Priya Natarajan",
    )
    template = load_content().content.template("reply")
    return build_draft(template, entry=entry, profile=PROFILE, parts=parts)


def with_jab(text: str) -> str:
    """The jab on its own line just before the sign-off, as rv46 typed it."""
    at = text.index("Thank you for your time.")
    return text[:at] + JAB + "\n" + text[at:]


def test_a_jab_typed_into_the_apps_own_draft_is_found() -> None:
    found = [f for f in check(with_jab(draft())) if f.kind == "anger"]
    assert [f.text for f in found] == [JAB]


@pytest.mark.parametrize("stage", list(Stage))
def test_the_same_jab_is_found_at_every_stage_with_every_part(stage: Stage) -> None:
    for n in range(len(ReplyPart) + 1):
        for parts in combinations(ReplyPart, n):
            text = with_jab(draft(stage, parts))
            assert "anger" in [f.kind for f in check(text)], text


def test_the_template_sentences_are_the_apps_and_the_typed_line_is_not() -> None:
    text = with_jab(draft())
    app = app_sentences(text)
    mine = [text[a:b].strip() for a, b in sentences(text) if a not in app]
    # The short stock lines are the person's as much as the app's.
    assert mine == ["Hi Priya,", JAB, "Thank you for your time.", "Best wishes,"]


def test_slots_take_any_value_but_never_a_sentence() -> None:
    template = ["Thank you for letting me know how my application for the {job_title} role went."]
    filled = "Thank you for letting me know how my application for the Chef de Partie role went."
    assert app_sentences(filled, template)
    # A jab typed where the slot's value was is the person's, not a filled slot.
    hidden = (
        "Thank you for letting me know how my application for the role. Your process is a "
        "joke. Anyway the role went."
    )
    assert not app_sentences(hidden, template)


@pytest.mark.parametrize("value", ["Sr. Backend Engineer", "Acme Inc.", "Head of Product"])
def test_a_slot_takes_a_title_with_an_abbreviation(value: str) -> None:
    template = ["I like what {company} is doing, and I hope to apply again when a role opens."]
    text = f"I like what {value} is doing, and I hope to apply again when a role opens."
    assert app_sentences(text, template) == {a for a, _b in sentences(text)}


def test_a_sentence_typed_where_a_slot_was_is_not_an_abbreviation() -> None:
    template = ["I like what {company} is doing, and I hope to apply again when a role opens."]
    text = "I like what Acme. Whatever. Is doing, and I hope to apply again when a role opens."
    assert app_sentences(text, template) == frozenset()


@pytest.mark.parametrize("value", ["utterly pointless", "Totally Amazing", "so-called Senior"])
def test_a_slot_filled_with_feeling_is_the_persons_sentence(value: str) -> None:
    template = ["Thank you for letting me know how my application for the {job_title} role went."]
    text = f"Thank you for letting me know how my application for the {value} role went."
    assert app_sentences(text, template) == frozenset()
    assert app_sentences(text.replace(value, "Head of Product"), template) == {0}


def test_a_persons_own_stock_phrases_are_theirs_without_the_apps_long_sentences() -> None:
    # "Thank you for your time." and "Best wishes," are the template's too, but a
    # person writes them as often: with no long template sentence, they are theirs.
    # The signature lines under the sign-off are nobody's tone, whoever typed them.
    text = "Hi Ana,\n\nThank you for your time.\n\nBest wishes,\nSam Rivera\n+1 555 010 2030"
    app = app_sentences(text)
    assert [text[a:b] for a, b in sentences(text) if a in app] == ["Sam Rivera", "+1 555 010 2030"]


def test_a_line_typed_under_the_signature_is_the_persons() -> None:
    text = "Thank you.\n\nBest wishes,\nSam Rivera\nP.S. Your process is a joke, honestly."
    assert app_sentences(text) == frozenset()


def test_every_draft_the_app_writes_still_reads_calm() -> None:
    templates = load_content().content.templates.values()
    for template in templates:
        optional = template.optional_parts
        for stage in Stage:
            entry = Entry(
                company="Northwind Labs",
                stage=stage,
                role="Data Analyst",
                contact="Priya Natarajan",
            )
            for n in range(len(optional) + 1):
                for parts in combinations(optional, n):
                    text = build_draft(template, entry=entry, profile=PROFILE, parts=parts)
                    assert check(text) == [], text


def test_the_templates_read_alone_are_load_contents() -> None:
    from coach.content.loader import shipped_templates

    assert shipped_templates() == load_content().content.templates
    assert list(shipped_templates()) == list(load_content().content.templates)


def test_reading_templates_alone_leaves_the_other_files_unread(tmp_path: Path) -> None:
    from coach.content.loader import _load_folder, shipped_content_dir

    shutil.copytree(shipped_content_dir() / "templates", tmp_path / "templates")
    # Advice that cannot be read: read, it would be a problem of the folder.
    (tmp_path / "advice.md").write_text('+++\ntype = "advice"\n+++\n\n## No toml\n\nText.\n')
    assert _load_folder(tmp_path).problems
    alone = _load_folder(tmp_path, frozenset({"template"}))
    assert alone.problems == []
    assert list(alone.items["templates"]) == list(load_content().content.templates)
