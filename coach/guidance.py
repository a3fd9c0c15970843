"""The whole of what the coach teaches, assembled as markdown pages to read."""

from __future__ import annotations

from collections.abc import Iterable

from coach.content import Advice, Content
from coach.model import Stage

# The order a person meets the ideas in: feelings first, then what to do.
GUIDE_ORDER = ("kindness", "normal-to-feel-sad", "pause", "free-feedback", "reply-optional")


def advice_markdown(points: Iterable[Advice]) -> str:
    """Advice points as markdown sections: title, when it applies, the why."""
    sections = []
    for point in points:
        optional = " (optional)" if point.optional else ""
        sections.append(f"### {point.title}{optional}\n\n*When:* {point.when}\n\n{point.body}")
    return "\n\n".join(sections)


def guidance_markdown(content: Content) -> str:
    """Every guide, every do and don't, and what each stage suggests, in one page."""
    pages = []
    for guide_id in [*GUIDE_ORDER, *sorted(set(content.guides) - set(GUIDE_ORDER))]:
        guide = content.guides.get(guide_id)
        if guide is not None and guide_id != "low-mood":
            pages.append(f"## {guide.title}\n\n{guide.body_markdown}")
    dont = content.advice_for(kind="dont")
    do = content.advice_for(kind="do")
    if do:
        pages.append("## What helps\n\n" + advice_markdown(do))
    if dont:
        pages.append("## What to hold back from\n\n" + advice_markdown(dont))
    readings = [content.diagnoses[s] for s in Stage if s in content.diagnoses]
    if readings:
        lines = ["## What each stage suggests"]
        for reading in readings:
            actions = "\n".join(f"- {action}" for action in reading.actions)
            lines.append(
                f"### {reading.stage.label}: {reading.title}\n\n{reading.body}\n\n{actions}"
            )
        pages.append("\n\n".join(lines))
    low = content.guides.get("low-mood")
    if low is not None:
        pages.append(f"## {low.title}\n\n{low.body_markdown}")
    return "\n\n".join(pages) + "\n"
