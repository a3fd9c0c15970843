"""Step 4: a few questions for this stage, beside what the stage suggests."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Label, Markdown, Static, TextArea

from coach.content import Diagnosis, Question
from screens.focus_in_view import scroll_with_heading
from screens.styled_once import preset_breakpoints
from screens.walk.step import StepNav, StepScreen, step_footer
from screens.widgets.folded import Folded
from screens.widgets.scroll_body import ScrollBody
from screens.widgets.title_header import TitleHeader
from screens.widgets.writing_area import WritingArea


def diagnosis_markdown(diagnosis: Diagnosis | None) -> str:
    """The stage's reading and its next actions, as markdown (content is ours).

    No heading: the box's title already says it, and at 40 columns a heading
    that repeated it was cut mid-word.
    """
    if diagnosis is None:
        return ""
    actions = "\n".join(f"- {action}" for action in diagnosis.actions)
    return f"{diagnosis.body}\n\n{actions}\n"


def flowing(text: str) -> str:
    """Hint text as paragraphs: the file's line breaks are only where it was wrapped."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)


class ReflectScreen(StepScreen):
    """One optional answer per question; the diagnosis and pattern alongside."""

    VERTICAL_BREAKPOINTS = [(0, "-short"), (18, "-tall")]
    KEPT_FIELDS: ClassVar[dict[str, str]] = {"answers": ""}  # by question (show_kept)
    OPENING_FOCUS_SCROLLS = False

    def __init__(
        self,
        *,
        questions: list[Question],
        answers: dict[str, str],
        diagnosis: Diagnosis | None,
        pattern: str | None,
        collapsed: bool = True,
        keymap: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(keymap=keymap)
        self.collapsed = collapsed
        self.questions = questions
        self.answers = answers
        self.diagnosis = diagnosis
        self.pattern = pattern
        if questions:  # else Textual's own choice, as before
            self.AUTO_FOCUS = ".answer"

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        yield TitleHeader()
        with ScrollBody(classes="step-body"):
            yield Static(
                "All optional. A line or two is plenty; skip anything that doesn't fit.",
                classes="step-intro",
            )
            if self.pattern:
                yield Static(self.pattern, id="pattern", markup=False)
            if self.diagnosis is not None:
                # Folded by default so the questions fit on an 80x24 screen;
                # its title already says the gist.
                with Folded(
                    title=Content(f"What this stage suggests: {self.diagnosis.title}"),  # type: ignore[arg-type]
                    collapsed=self.collapsed,
                    id="diagnosis",
                ):
                    yield Markdown(diagnosis_markdown(self.diagnosis), open_links=False)
            for number, question in enumerate(self.questions):
                yield Label(question.text, classes="question", markup=False, id=f"q-{number}")
                hint = flowing(question.hint) if question.hint else ""
                if hint:
                    yield Static(hint, classes="hint hint-above", markup=False)
                yield WritingArea(
                    self.answers.get(question.id, ""),
                    id=f"answer-{number}",
                    soft_wrap=True,
                    tab_behavior="focus",
                    classes="answer",
                )
                if hint:
                    # On a short screen the hint goes under its box (the stylesheet
                    # shows one of the two): above it, question, hint and box did
                    # not fit in the view together, and the question was left out.
                    yield Static(hint, classes="hint hint-below", markup=False)
            yield StepNav(self.keymap)
        yield step_footer()

    def on_mount(self) -> None:
        """Start at the first question."""
        answers = self.query(".answer")
        if answers:
            answers.first().focus(scroll_visible=False)

    def set_focus(
        self, widget: Widget | None, scroll_visible: bool = True, from_app_focus: bool = False
    ) -> None:
        """An answer box that gets the focus comes into view with its question above it."""
        number = widget.id.removeprefix("answer-") if widget and widget.id else ""
        questions = self.query(f"#q-{number}") if number.isdigit() else None
        if not (scroll_visible and questions) or self.opening_focus:
            super().set_focus(widget, scroll_visible, from_app_focus)
            return
        # Textual's own scroll centres the box alone: at 40x12 its question was
        # left above the view, and an answer typed without seeing what was asked.
        super().set_focus(widget, False, from_app_focus)
        self.call_after_refresh(scroll_with_heading, widget, questions.first())

    def show_kept(self, kept: Mapping[str, Any]) -> None:
        """Answers a save kept from elsewhere, each in its question's box."""
        answers = kept.get("answers")
        if not isinstance(answers, dict):
            return
        self.answers = dict(answers)
        for number, question in enumerate(self.questions):
            box = self.query_one(f"#answer-{number}", TextArea)
            if box.text != answers.get(question.id, ""):
                box.load_text(answers.get(question.id, ""))

    def values(self) -> dict[str, Any]:
        """Every answer typed, by question id (earlier answers kept)."""
        answers = dict(self.answers)
        # Widget ids are by position: a question id from a user's content file
        # need not be a valid widget id.
        for number, question in enumerate(self.questions):
            answers[question.id] = self.query_one(f"#answer-{number}", TextArea).text
        return {"answers": answers}

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """Autosave."""
        self.edited()
