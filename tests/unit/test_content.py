"""The guidance loader and checker, on fixture folders and on the shipped content."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coach.content import (
    PART_IDS,
    TOPICS,
    Content,
    Problem,
    check_content_dir,
    load_content,
    shipped_content_dir,
)
from coach.model import INTERVIEWED_STAGES, ReplyPart, Stage

DATA = Path(__file__).parent.parent / "data" / "content"

BRIEF_GUIDES = {
    "kindness",
    "pause",
    "low-mood",
    "free-feedback",
    "normal-to-feel-sad",
    "reply-optional",
}
BRIEF_DONTS = {"dont-angry-reply", "dont-angry-post", "dont-beg"}
BRIEF_DOS = {
    "do-self-kindness",
    "do-reflect",
    "do-thank",
    "do-ask-feedback",
    "do-connect",
}
BRIEF_TEMPLATES = {"reply", "thank-you-short"}

ONE_SOURCE = 'sources = [{ author = "Fixture, A.", year = 2001, title = "A fixture" }]'


def problems_in(name: str) -> list[Problem]:
    return check_content_dir(DATA / name)


def where(problems: list[Problem]) -> list[tuple[str, int]]:
    return [(p.path.name, p.line) for p in problems]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def shipped() -> Content:
    result = load_content()
    assert result.problems == ()
    return result.content


# --- the valid fixture ---------------------------------------------------------


def test_valid_fixture_has_no_problems() -> None:
    assert problems_in("valid") == []


def test_valid_fixture_loads_typed_objects() -> None:
    content = load_content(shipped_dir=DATA / "valid").content

    assert content.guide("kindness").title == "Be gentle"
    assert "## With a heading inside" in content.guide("kindness").body_markdown
    assert list(content.questions) == ["q-what", "q-screen", "q-feel"]
    screen = content.questions["q-screen"]
    assert screen.stages == {Stage.PHONE_SCREEN, Stage.TECHNICAL}
    assert screen.topic == "could_improve"
    assert screen.hint == "A hint,\nover two lines."
    assert content.questions["q-feel"].stages == {
        Stage.NO_REPLY,
        Stage.APPLICATION,
        Stage.PORTFOLIO,
    }

    feedback = content.advice["do-ask-feedback"]
    assert (feedback.kind, feedback.optional) == ("do", True)
    assert feedback.stages == INTERVIEWED_STAGES
    assert content.advice["dont-angry-reply"].stages == frozenset(Stage)

    diagnosis = content.diagnoses[Stage.NO_REPLY]
    assert diagnosis.actions == ("First action, over two lines.", "Second action.")
    assert "First action" not in diagnosis.body
    assert "Said after the list." in diagnosis.body

    note = content.templates["note"]
    assert [p.id for p in note.parts] == [
        "greeting",
        "thanks",
        "feedback",
        "linkedin",
        "signoff",
    ]
    assert note.optional_parts == (ReplyPart.FEEDBACK, ReplyPart.LINKEDIN)
    assert note.placeholders == (
        "contact_name",
        "job_title",
        "company",
        "your_name",
        "linkedin_url",
        "phone",
    )
    signoff = note.part("signoff")
    assert signoff is not None
    assert signoff.text == "Best,\n{your_name}\n{linkedin_url}\n{phone}"


def test_questions_for_orders_by_topic() -> None:
    content = load_content(shipped_dir=DATA / "valid").content
    ids = [q.id for q in content.questions_for(Stage.NO_REPLY)]
    assert ids == ["q-what", "q-feel"]
    ids = [q.id for q in content.questions_for(Stage.PHONE_SCREEN)]
    assert ids == ["q-what", "q-screen"]


def test_readme_is_not_content() -> None:
    # The fixture README has no front matter; loading it would be a problem.
    assert (DATA / "valid" / "README.md").exists()
    assert problems_in("valid") == []


# --- each kind of broken folder -----------------------------------------------


def test_unknown_stage_names_file_line_and_stage() -> None:
    problems = problems_in("unknown_stage")
    assert where(problems) == [("questions.md", 9)]
    assert "unknown stage id 'phone'" in problems[0].message


def test_unknown_placeholder_names_file_line_and_name() -> None:
    problems = problems_in("unknown_placeholder")
    assert where(problems) == [("template.md", 13)]
    assert "{first_name}" in problems[0].message


def test_template_without_greeting_is_an_error() -> None:
    problems = problems_in("missing_greeting")
    assert where(problems) == [("template.md", 3)]
    assert "no greeting" in problems[0].message


def test_duplicate_id_names_both_places() -> None:
    problems = problems_in("duplicate_id")
    assert where(problems) == [("b.md", 13)]
    assert "duplicate question id 'q-same'" in problems[0].message
    assert "a.md:5" in problems[0].message


def test_malformed_front_matter_in_each_way() -> None:
    problems = problems_in("malformed_front_matter")
    assert where(problems) == [
        ("bad_toml.md", 3),
        ("no_front_matter.md", 1),
        ("unclosed.md", 1),
    ]
    assert all("malformed front matter" in p.message for p in problems)


def test_problem_reads_as_path_line_message() -> None:
    problem = Problem(Path("content/a.md"), 7, "unknown stage id 'x'")
    assert str(problem) == "content/a.md:7: unknown stage id 'x'"
    assert str(Problem(Path("content"), 0, "not a folder")) == "content: not a folder"


QUESTION = """+++
type = "questions"
+++

## Question?

```toml
{meta}
```
"""


@pytest.mark.parametrize(
    ("meta", "line", "expected"),
    [
        ('id = "q"\nstages = "all"\ntopic = "mood"', 10, "unknown topic 'mood'"),
        ('id = "q"\nstages = "all"', 8, "the topic field is missing"),
        (
            'id = "q"\nstage = "all"\nstages = "all"\ntopic = "next"',
            9,
            "unknown field 'stage'",
        ),
        ('id = 3\nstages = "all"\ntopic = "next"', 8, "id must be text"),
        ('id = "Q 1"\nstages = "all"\ntopic = "next"', 8, "must be lowercase"),
        ('id = "q"\nstages = []\ntopic = "next"', 9, "stages must be"),
        ('id = "q"\nstages = "all"\ntopic = "next', 10, "section 'Question?'"),
    ],
)
def test_question_field_errors(tmp_path: Path, meta: str, line: int, expected: str):
    write(tmp_path, "q.md", QUESTION.format(meta=meta))
    problems = check_content_dir(tmp_path)
    assert where(problems) == [("q.md", line)]
    assert expected in problems[0].message


def test_section_without_toml_block(tmp_path: Path) -> None:
    write(tmp_path, "q.md", '+++\ntype = "questions"\n+++\n\n## Question?\n\nText.\n')
    problems = check_content_dir(tmp_path)
    assert where(problems) == [("q.md", 5)]
    assert "needs a ```toml block" in problems[0].message


def test_unknown_file_type(tmp_path: Path) -> None:
    write(tmp_path, "x.md", '+++\ntitle = "x"\ntype = "recipes"\n+++\n')
    problems = check_content_dir(tmp_path)
    assert where(problems) == [("x.md", 3)]
    assert "'recipes'" in problems[0].message


def test_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_bytes(b"+++\ntype = \xff\xfe\n+++\n")
    problems = check_content_dir(tmp_path)
    assert [p.path.name for p in problems] == ["bad.md"]
    assert "cannot read file" in problems[0].message


def test_not_a_folder_and_empty_folder(tmp_path: Path) -> None:
    assert [p.message for p in check_content_dir(tmp_path / "nope")] == ["not a folder"]
    assert "no content files" in check_content_dir(tmp_path)[0].message


TEMPLATE = """+++
type = "template"
id = "t"
title = "T"
+++

## Greeting

```toml
id = "greeting"
{greeting_meta}
```

Hi {{contact_name}},

## Other

```toml
id = "{other_id}"
```

{other_text}
"""


@pytest.mark.parametrize(
    ("greeting_meta", "other_id", "other_text", "line", "expected"),
    [
        ("optional = true", "thanks", "Thanks.", 11, "'greeting' cannot be optional"),
        ("", "postscript", "P.S.", 19, "unknown part id 'postscript'"),
        ("", "greeting", "Hello again.", 19, "'greeting' appears twice"),
        ("", "thanks", "", 16, "'thanks' has no text"),
        ("", "thanks", "For the {Job Title}.", 22, "unknown placeholder {Job Title}"),
    ],
)
def test_template_errors(
    tmp_path: Path,
    greeting_meta: str,
    other_id: str,
    other_text: str,
    line: int,
    expected: str,
) -> None:
    text = TEMPLATE.format(greeting_meta=greeting_meta, other_id=other_id, other_text=other_text)
    write(tmp_path, "t.md", text)
    problems = check_content_dir(tmp_path)
    assert where(problems) == [("t.md", line)]
    assert expected in problems[0].message


def test_broken_greeting_is_not_also_reported_missing(tmp_path: Path) -> None:
    text = TEMPLATE.format(greeting_meta="", other_id="thanks", other_text="Thanks.")
    write(tmp_path, "t.md", text.replace('id = "greeting"', 'id = "greeting'))
    problems = check_content_dir(tmp_path)
    assert where(problems) == [("t.md", 10)]
    assert "no greeting" not in problems[0].message


def test_diagnosis_needs_actions_and_a_real_stage(tmp_path: Path) -> None:
    write(
        tmp_path,
        "d.md",
        '+++\ntype = "diagnoses"\n+++\n\n## A\n\n```toml\nstage = "offer"\n'
        f"{ONE_SOURCE}\n```\n\n"
        f'No list.\n\n## B\n\n```toml\nstage = "all"\n{ONE_SOURCE}\n```\n\n- x\n',
    )
    problems = check_content_dir(tmp_path)
    assert where(problems) == [("d.md", 5), ("d.md", 17)]
    assert "bullet list" in problems[0].message
    assert "unknown stage id 'all'" in problems[1].message


def test_complete_check_reports_missing_stages(tmp_path: Path) -> None:
    messages = [p.message for p in check_content_dir(DATA / "valid", complete=True)]
    assert "no questions for stage no_reply" not in messages
    assert "no diagnosis for stage no_reply" not in messages
    assert "no diagnosis for stage offer" in messages
    assert "no template with id 'reply'" in messages


# --- overrides ------------------------------------------------------------------


def test_user_files_override_and_add(shipped: Content) -> None:
    result = load_content(DATA / "override")
    content = result.content

    assert result.problems == ()
    assert content.questions["q-what-happened"].text == ("In your own words, what happened?")
    # An override keeps the shipped question's place in the walk.
    shipped_order = [q.id for q in shipped.questions_for(Stage.NO_REPLY)]
    assert [q.id for q in content.questions_for(Stage.NO_REPLY)][: len(shipped_order)] == (
        shipped_order
    )
    assert "q-user-lunch" in content.questions
    assert content.diagnoses[Stage.NO_REPLY].title == "My own reading of silence"
    assert content.diagnoses[Stage.OFFER] == shipped.diagnoses[Stage.OFFER]
    assert set(content.templates) == {*shipped.templates, "mine"}
    # The shipped load is not changed by a user folder.
    assert shipped.questions["q-what-happened"].text != ("In your own words, what happened?")


def test_broken_user_file_is_skipped_and_reported(shipped: Content) -> None:
    result = load_content(DATA / "broken_override")

    assert where(list(result.problems)) == [("broken.md", 17)]
    # Nothing from the broken file is used, not even its valid sections.
    assert result.content.questions["q-what-happened"] == (shipped.questions["q-what-happened"])
    assert "q-broken" not in result.content.questions
    assert "q-user-own" in result.content.questions


def test_missing_user_folder_is_fine(tmp_path: Path) -> None:
    result = load_content(tmp_path / "not-made-yet")
    assert result.problems == ()
    assert result.content.questions


def test_shipped_load_is_cached_and_safe_to_mutate() -> None:
    first = load_content().content
    first.questions.clear()
    second = load_content().content
    assert second.questions
    assert second.guide("pause") is load_content().content.guide("pause")


# --- the shipped guidance -------------------------------------------------------


def test_shipped_content_passes_the_check() -> None:
    problems = check_content_dir(shipped_content_dir(), complete=True)
    assert [str(p) for p in problems] == []


def test_every_brief_point_is_present(shipped: Content) -> None:
    assert set(shipped.guides) >= BRIEF_GUIDES
    assert set(shipped.templates) >= BRIEF_TEMPLATES
    assert {a.id for a in shipped.advice_for(kind="dont")} >= BRIEF_DONTS
    assert {a.id for a in shipped.advice_for(kind="do")} >= BRIEF_DOS
    assert all(shipped.advice[i].when for i in BRIEF_DONTS | BRIEF_DOS)


def test_when_each_point_applies(shipped: Content) -> None:
    advice = shipped.advice
    assert advice["do-ask-feedback"].stages == INTERVIEWED_STAGES
    assert {i for i, a in advice.items() if a.optional} == {
        "do-thank",
        "do-ask-feedback",
        "do-connect",
        "do-write-privately",
    }
    assert shipped.advice_for(Stage.NO_REPLY, "do") == [
        a for a in advice.values() if a.kind == "do" and a.id != "do-ask-feedback"
    ]


@pytest.mark.parametrize("stage", list(Stage))
def test_every_stage_has_questions_on_every_topic(shipped: Content, stage: Stage) -> None:
    questions = shipped.questions_for(stage)
    assert len(questions) >= 8
    assert {q.topic for q in questions} == set(TOPICS)
    assert [q.topic for q in questions] == sorted((q.topic for q in questions), key=TOPICS.index)


@pytest.mark.parametrize("stage", sorted(INTERVIEWED_STAGES))
def test_interviewed_stages_get_questions_about_the_process(shipped: Content, stage: Stage) -> None:
    specific = [q for q in shipped.questions_for(stage) if not q.stages - INTERVIEWED_STAGES]
    assert len(specific) >= 3


@pytest.mark.parametrize("stage", list(Stage))
def test_every_stage_has_a_diagnosis_with_actions(shipped: Content, stage: Stage) -> None:
    diagnosis = shipped.diagnoses[stage]
    assert diagnosis.stage is stage
    assert diagnosis.title and diagnosis.body
    assert 2 <= len(diagnosis.actions) <= 3


def test_the_reply_template_has_the_six_parts(shipped: Content) -> None:
    reply = shipped.templates["reply"]
    for stage in Stage:
        ids = tuple(p.id for p in reply.parts_for(stage))
        assert ids == tuple(p for p in PART_IDS if p != "follow_up")
    # Thanks is optional too, so the walk's "thanks" switch does something.
    assert reply.optional_parts == (
        ReplyPart.THANKS,
        ReplyPart.FEEDBACK,
        ReplyPart.APPLY_AGAIN,
        ReplyPart.LINKEDIN,
    )
    assert set(reply.placeholders) == {
        "contact_name",
        "job_title",
        "company",
        "your_name",
        "linkedin_url",
        "phone",
    }


def test_the_short_template_is_two_lines_of_thanks(shipped: Content) -> None:
    short = shipped.templates["thank-you-short"]
    assert short.optional_parts == ()
    for stage in Stage:
        assert [p.id for p in short.parts_for(stage)] == ["greeting", "thanks", "signoff"]
        thanks = short.part("thanks", stage)
        assert thanks is not None
        assert len(thanks.text.splitlines()) == 2


def test_content_never_imports_textual() -> None:
    code = (
        "import sys, coach.content, coach.drafting\n"
        "coach.content.load_content()\n"
        "sys.exit('textual' in sys.modules)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_no_two_questions_of_one_stage_repeat_a_hint() -> None:
    # rv13 item 12: two phone-screen questions gave the same list of examples.
    import re

    from coach.content import load_content as shipped

    def runs(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"[a-z']+", text.lower())
        return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}

    content = shipped().content
    for stage in Stage:
        questions = content.questions_for(stage)
        for n, first in enumerate(questions):
            for second in questions[n + 1 :]:
                shared = runs(first.hint) & runs(second.hint)
                assert not shared, (stage, first.id, second.id, shared)
