"""Textual's private parts the steady footer leans on, pinned: a change in them fails here.

Textual offers no public way to tell a footer it may show its keys without
remaking them all (Footer._bindings_ready), nor to see which of a widget's
reactives are data-bound (DOMNode._reactive_connect), nor a public name for a
footer's key (textual.widgets._footer.FooterKey). screens/widgets/steady_footer.py
uses all three; were one renamed, the footer would go blank, or its keys would
quietly be styled three times again. These tests say which, by name.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from screens.widgets.steady_footer import SteadyFooter
from tests.app.walk_helpers import until

# Each key as SteadyFooter handed it on, before mounting: (key, compact, its class, palette's).
born: list[tuple[str, bool, bool, bool]] = []


class Recording(SteadyFooter):
    """A steady footer noting how each key it makes is styled before it mounts."""

    def _styled_as_footer(self, widget: Widget) -> None:
        super()._styled_as_footer(widget)
        if isinstance(widget, FooterKey):
            palette = widget.has_class("-command-palette")
            born.append((widget.key, widget.compact, widget.has_class("-compact"), palette))


class Keys(Screen[None]):
    BINDINGS = [Binding("a", "first", "First"), Binding("b", "second", "Second")]

    def compose(self) -> ComposeResult:
        yield Recording(compact=False)


def test_textual_still_has_the_private_names_the_footer_uses() -> None:
    ready = Footer.__dict__.get("_bindings_ready")
    assert isinstance(ready, Reactive), (
        "Textual's Footer has no `_bindings_ready` reactive any more: SteadyFooter sets it "
        "in bindings_changed (and FittingFooter reads it); find its new name or a public way."
    )
    assert isinstance(FooterKey.__dict__.get("compact"), Reactive), (
        "Textual's FooterKey has no `compact` reactive: SteadyFooter._styled_as_footer sets it."
    )
    assert "_reactive_connect" in Widget().__dict__, (
        "Textual's DOMNode keeps data binds elsewhere than `_reactive_connect`: "
        "SteadyFooter._styled_as_footer reads it to find the keys bound to `compact`."
    )


async def test_keys_of_a_non_compact_steady_footer_are_born_non_compact() -> None:
    born.clear()
    app: App[None] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(Keys())
        await until(pilot, lambda: any(key == "a" for key, *_ in born))
        shown = [str(k.description) for k in app.screen.query_one(Footer).query(FooterKey)]
        assert shown[:2] == ["First", "Second"], "the footer shows no keys: see _bindings_ready"
    bound = [(key, compact, styled) for key, compact, styled, palette in born if not palette]
    assert bound and all(not compact and not styled for _, compact, styled in bound), (
        f"keys born compact in a non-compact footer ({bound}): Textual no longer binds "
        "FooterKey.compact with data_bind, or keeps the bind elsewhere than _reactive_connect"
    )
    # The palette's key is not bound to the footer: left as Textual makes it.
    assert all(compact for _, compact, _, palette in born if palette)
