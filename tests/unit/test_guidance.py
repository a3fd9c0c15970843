"""The guidance page holds every point of the brief, so all of it is reachable."""

from __future__ import annotations

from coach.content import load_content
from coach.guidance import guidance_markdown


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
    assert page.rstrip().endswith(content.guides["low-mood"].body_markdown.rstrip())
