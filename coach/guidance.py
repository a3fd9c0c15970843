"""The whole of what the coach teaches, assembled as markdown pages to read."""

from __future__ import annotations

from collections.abc import Iterable

from coach.content import Advice, Content, Source
from coach.model import Stage

# The order a person meets the ideas in: feelings first, then what to do.
GUIDE_ORDER = ("kindness", "normal-to-feel-sad", "pause", "free-feedback", "reply-optional")


def sources_markdown(sources: Iterable[Source]) -> str:
    """What a piece of guidance rests on, as a short list ('' when it lists none)."""
    lines = []
    for source in sources:
        supports = f" — {source.note}" if source.note else ""
        lines.append(f"- {source}{supports}")
    return "*Where this comes from:*\n\n" + "\n".join(lines) if lines else ""


def _with_sources(text: str, sources: Iterable[Source]) -> str:
    cited = sources_markdown(sources)
    return f"{text}\n\n{cited}" if cited else text


def advice_markdown(points: Iterable[Advice], *, with_sources: bool = False) -> str:
    """Advice points as markdown sections: title, when it applies, the why."""
    sections = []
    for point in points:
        optional = " (optional)" if point.optional else ""
        section = f"### {point.title}{optional}\n\n*When:* {point.when}\n\n{point.body}"
        sections.append(_with_sources(section, point.sources) if with_sources else section)
    return "\n\n".join(sections)


def guidance_markdown(content: Content) -> str:
    """Every guide, every do and don't, and what each stage suggests, in one page."""
    pages = []
    for guide_id in [*GUIDE_ORDER, *sorted(set(content.guides) - set(GUIDE_ORDER))]:
        guide = content.guides.get(guide_id)
        if guide is not None and guide_id != "low-mood":
            pages.append(_with_sources(f"## {guide.title}\n\n{guide.body_markdown}", guide.sources))
    dont = content.advice_for(kind="dont")
    do = content.advice_for(kind="do")
    if do:
        pages.append("## What helps\n\n" + advice_markdown(do, with_sources=True))
    if dont:
        pages.append("## What to hold back from\n\n" + advice_markdown(dont, with_sources=True))
    readings = [content.diagnoses[s] for s in Stage if s in content.diagnoses]
    if readings:
        lines = ["## What each stage suggests"]
        for reading in readings:
            actions = "\n".join(f"- {action}" for action in reading.actions)
            section = f"### {reading.stage.label}: {reading.title}\n\n{reading.body}\n\n{actions}"
            lines.append(_with_sources(section, reading.sources))
        pages.append("\n\n".join(lines))
    low = content.guides.get("low-mood")
    if low is not None:
        pages.append(_with_sources(f"## {low.title}\n\n{low.body_markdown}", low.sources))
    return "\n\n".join(pages) + "\n"
