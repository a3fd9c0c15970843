"""HTML email bodies as plain text, through the standard library's HTML parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags whose content is never shown to a reader.
_HIDDEN_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript", "svg"})
# Tags that start a new line (paragraph-like ones leave a blank line).
_LINE_TAGS = frozenset(
    {"div", "tr", "li", "ul", "ol", "table", "section", "article", "header", "footer", "center"}
)
_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr"})
_VOID_TAGS = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source"}
)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# A body nests no deeper than this; deeper junk is read flat rather than tracked.
_MAX_DEPTH = 500


class _TextCollector(HTMLParser):
    """Collects the visible text, one output line per block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        # A stack of open tags, each marked hidden or not, so a hidden
        # preheader's text is skipped until its own closing tag.
        self.stack: list[tuple[str, bool]] = []
        self.hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in _PARAGRAPH_TAGS:
            self.chunks.append("\n\n")
        elif tag in _LINE_TAGS or tag == "br":
            self.chunks.append("\n")
        elif tag in ("td", "th"):
            self.chunks.append(" ")
        if tag in _VOID_TAGS:
            return
        style = " ".join(value or "" for name, value in attrs if name in ("style", "hidden"))
        hidden = (
            tag in _HIDDEN_TAGS
            or any(name == "hidden" for name, _ in attrs)
            or bool(_DISPLAY_NONE.search(style))
        )
        if len(self.stack) < _MAX_DEPTH:
            self.stack.append((tag, hidden))
            if hidden:
                self.hidden_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag.lower() == "br":
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        # Close back to the matching open tag; stray closers are ignored.
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                for _, hidden in self.stack[index:]:
                    if hidden:
                        self.hidden_depth -= 1
                del self.stack[index:]
                break
        if tag in _PARAGRAPH_TAGS:
            self.chunks.append("\n\n")
        elif tag in _LINE_TAGS:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if self.hidden_depth == 0:
            # Line breaks in HTML source are spaces; only tags break lines.
            in_pre = any(tag == "pre" for tag, _ in self.stack)
            self.chunks.append(data if in_pre else _SPACES.sub(" ", data))


class _ImageLabels(HTMLParser):
    """Collects the words an image stands for (its alt text), as a client shows when it
    blocks images: a logo's alt often names the company."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.labels: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag.lower() == "img" and len(self.labels) < _MAX_IMAGES:
            alt = " ".join((dict(attrs).get("alt") or "").split())
            if alt and len(alt) <= 80:
                self.labels.append(alt)


_MAX_IMAGES = 50


def image_labels(markup: str) -> list[str]:
    """The alt texts of the HTML's images, in order (a few dozen at most)."""
    collector = _ImageLabels()
    try:
        collector.feed(markup)
        collector.close()
    except (AssertionError, ValueError, RecursionError):
        pass
    return collector.labels


# A tag of the kinds an email's HTML is made of; "<robin@vega.dev>" is an address, not one.
_TAG = re.compile(
    r"<(?:!doctype|/?(?:html|head|body|div|p|br|span|table|tbody|thead|tr|td|th|b|i|u|"
    r"strong|em|a|img|font|ul|ol|li|h[1-6]|center|style|meta|title|blockquote|hr|section|"
    r"header|footer|article|o:p))\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_HTML_START = re.compile(r"\s*(?:<!--.{0,200}?-->\s*)?<(?:!doctype|html|head|body)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Whether text is HTML source rather than a letter: it opens as a page, or is mostly tags.

    A part with no Content-Type, or HTML pasted as source, arrives as plain text;
    read as such, its tags would reach the fields.
    """
    head = text[:200_000]
    if _HTML_START.match(head):
        return True
    tags = _TAG.findall(head)
    if len(tags) < 3:
        return False
    # Letters hold no <p>, <div> or <br>: three tags with one of those are a page's source.
    if any(_BLOCK.match(tag) for tag in tags):
        return True
    # Otherwise mostly tags: they take a good share of the characters that are not spaces.
    solid = sum(1 for ch in head if not ch.isspace())
    return sum(len(tag) for tag in tags) >= 0.25 * max(solid, 1)


_BLOCK = re.compile(r"</?(?:p|div|br|table|tr|td|body|html)\b", re.IGNORECASE)


def without_tags(text: str) -> str:
    """The text with any HTML tag taken out, for a field that must never show one."""
    return " ".join(_TAG.sub(" ", text).split()) if "<" in text else text


def html_to_text(markup: str) -> str:
    """The text a person would see in the HTML, paragraphs kept apart by blank lines."""
    collector = _TextCollector()
    try:
        collector.feed(markup)
        collector.close()
    except (AssertionError, ValueError, RecursionError):
        # html.parser copes with nearly anything; if it gives up, what was
        # collected so far is still the best reading of the page.
        pass
    raw = "".join(collector.chunks).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
