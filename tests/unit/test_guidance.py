"""The guidance page holds every point of the brief, so all of it is reachable."""

from __future__ import annotations

from coach.content import load_content
from coach.guidance import advice_markdown, guidance_markdown


def test_every_guide_advice_and_stage_reading_is_on_the_page() -> None:
    content = load_content().content
    page = guidance_markdown(content)
    for guide in content.guides.values():
        assert guide.title in page, guide.id
    for point in content.advice.values():
        assert point.title in page and point.when in page, point.id
    for reading in content.diagnoses.values():
        assert reading.title in page and all(a in page for a in reading.actions)
    # The low-mood note comes last, where someone scrolling down will find it.
    last = page.split("\n## ")[-1]
    assert last.startswith(content.guides["low-mood"].title)
    assert content.guides["low-mood"].body_markdown in last


def test_the_page_shows_every_source_under_what_it_supports() -> None:
    content = load_content().content
    page = guidance_markdown(content)
    cited = [
        *(s for g in content.guides.values() for s in g.sources),
        *(s for a in content.advice.values() for s in a.sources),
        *(s for d in content.diagnoses.values() for s in d.sources),
    ]
    assert cited
    for source in cited:
        assert f"- {source} — {source.note}" in page
    low = page.split("\n## ")[-1]
    assert "Where this comes from" in low and "988lifeline.org" in low


def test_the_vent_advice_can_leave_its_sources_off() -> None:
    content = load_content().content
    point = content.advice["do-write-privately"]
    assert "Where this comes from" not in advice_markdown([point])
    assert "Spera" in advice_markdown([point], with_sources=True)
