"""The shouting check's link finder: the same links, and no blow-up on hostile runs."""

from __future__ import annotations

import pytest

from coach.tone import check
from coach.tone_shouting import _LINKISH


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("mail jane.doe@acme.co.uk now", ["jane.doe@acme.co.uk"]),
        ("(jane@x.com)", ["(jane@x.com)"]),
        ("see linkedin.com/in/JANE-DOE ok", ["linkedin.com/in/JANE-DOE"]),
        ("https://example.com/JOBS and www.acme.com", ["https://example.com/JOBS", "www.acme.com"]),
    ],
)
def test_links_and_addresses_are_found_whole(text: str, links: list[str]) -> None:
    assert [m.group() for m in _LINKISH.finditer(text)] == links


def test_capitals_in_an_address_are_not_a_shout() -> None:
    assert "shouting" not in {f.kind for f in check("Write to JANE.DOE@ACME.COM any time.")}


@pytest.mark.parametrize("run", ["@a" * 10000, "a." * 10000 + "@ x", "HELLO x.y@" * 2000])
def test_a_hostile_run_of_twenty_thousand_characters_is_read(run: str) -> None:
    # Tried from every character, the old address pattern backtracked on "@a@a…"
    # for minutes at this length: with it, this test does not end.
    assert _LINKISH.findall(run) is not None
    check(run)
