"""Sources on every claim, stage-worded template parts, and the shape of the questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.cli import main
from coach.content import Content, Source, check_content_dir, load_content
from coach.model import INTERVIEWED_STAGES, Stage

SOURCE = 'sources = [{ author = "Neff, K. D.", year = 2003, title = "Self-compassion" }]'


@pytest.fixture(scope="module")
def shipped() -> Content:
    result = load_content()
    assert result.problems == ()
    return result.content


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def guide(meta: str = SOURCE) -> str:
    return f'+++\ntype = "guide"\nid = "g"\ntitle = "G"\n{meta}\n+++\n\nA claim.\n'


def advice(meta: str = SOURCE) -> str:
    return (
        '+++\ntype = "advice"\n+++\n\n## A point\n\n```toml\nid = "a"\nkind = "do"\n'
        f'when = "Now."\n{meta}\n```\n\nA claim.\n'
    )


# Every diagnosis also needs two if-then plans (see tests/unit/test_plans.py).
PLANS = (
    'plans = [{ when = "I wake", then = "stretch", theme = "care" }, '
    '{ when = "I eat", then = "rest", theme = "care" }]'
)


def diagnosis(meta: str = SOURCE) -> str:
    return (
        '+++\ntype = "diagnoses"\n+++\n\n## D\n\n```toml\nstage = "offer"\n'
        f"{meta}\n{PLANS}\n```\n\n- x\n"
    )


def messages(folder: Path) -> list[str]:
    return [str(p) for p in check_content_dir(folder)]


# --- the shipped guidance ------------------------------------------------------


def _claim_bearing(content: Content) -> dict[str, tuple[Source, ...]]:
    found = {f"guide {g.id}": g.sources for g in content.guides.values()}
    found |= {f"advice {a.id}": a.sources for a in content.advice.values()}
    found |= {f"diagnosis {d.stage}": d.sources for d in content.diagnoses.values()}
    return found


def test_every_shipped_guide_advice_and_diagnosis_has_sources(shipped: Content) -> None:
    items = _claim_bearing(shipped)
    assert len(items) == len(shipped.guides) + len(shipped.advice) + len(Stage)
    assert [name for name, sources in items.items() if not sources] == []
    for sources in items.values():
        for source in sources:
            assert source.author and 1900 <= source.year <= 2030
            assert source.title or source.url


def test_a_source_reads_as_a_reference() -> None:
    source = Source("Bushman, B. J.", 2002, title="Does venting anger feed the flame?")
    assert str(source) == "Bushman, B. J. (2002). Does venting anger feed the flame?"
    web = Source("Samaritans", 1953, url="https://www.samaritans.org")
    assert str(web) == "Samaritans (1953). https://www.samaritans.org"


def test_the_expressive_writing_evidence_is_cited_where_the_vent_is_explained(
    shipped: Content,
) -> None:
    writing = shipped.advice["do-write-privately"]
    assert ("Spera, S. P., Buhrfeind, E. D., & Pennebaker, J. W.", 1994) in {
        (s.author, s.year) for s in writing.sources
    }
    assert "Bushman, B. J." in {s.author for s in shipped.advice["dont-angry-reply"].sources}


# --- the check ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "line"), [(guide, 5), (advice, 11), (diagnosis, 8)], ids=["guide", "advice", "diag"]
)
def test_a_claim_without_sources_fails_the_check(tmp_path: Path, build, line: int) -> None:
    write(tmp_path, "x.md", build(""))
    problems = check_content_dir(tmp_path)
    assert len(problems) == 1
    assert "lists no sources" in problems[0].message
    assert "reword the claim" in problems[0].message
    assert problems[0].line in (2, 8, line) and problems[0].line > 0


@pytest.mark.parametrize("build", [guide, advice, diagnosis], ids=["guide", "advice", "diag"])
def test_an_empty_sources_list_fails_too(tmp_path: Path, build) -> None:
    write(tmp_path, "x.md", build("sources = []"))
    assert len(problems := check_content_dir(tmp_path)) == 1
    assert "lists no sources" in problems[0].message


@pytest.mark.parametrize("build", [guide, advice, diagnosis], ids=["guide", "advice", "diag"])
def test_a_sourced_claim_passes(tmp_path: Path, build) -> None:
    write(tmp_path, "x.md", build())
    assert check_content_dir(tmp_path) == []


@pytest.mark.parametrize(
    ("source", "says"),
    [
        ('{ author = "A", title = "T" }', "needs the year"),
        ('{ author = "A", year = "2001", title = "T" }', "year must be a number"),
        ('{ author = "A", year = 2001 }', "needs a title or a url"),
        ('{ year = 2001, title = "T" }', "needs an author"),
        ('{ author = "A", year = 2001, title = "T", page = 3 }', "unknown field 'page'"),
        ('{ author = "A", year = 201, title = "T" }', "needs the year"),
    ],
)
def test_an_incomplete_source_is_named(tmp_path: Path, source: str, says: str) -> None:
    write(tmp_path, "x.md", advice(f"sources = [{source}]"))
    problems = messages(tmp_path)
    assert len(problems) == 1
    assert "source 1" in problems[0] and says in problems[0]
    assert "x.md:11:" in problems[0]


def test_sources_must_be_a_list_of_tables(tmp_path: Path) -> None:
    write(tmp_path, "x.md", guide('sources = ["Neff 2003"]'))
    assert "sources must be a list of tables" in messages(tmp_path)[0]


def test_a_question_may_carry_sources_but_need_not(tmp_path: Path) -> None:
    write(
        tmp_path,
        "q.md",
        '+++\ntype = "questions"\n+++\n\n## Why?\n\n```toml\nid = "q-a"\nstages = "all"\n'
        f'topic = "next"\n{SOURCE}\n```\n\n## How?\n\n```toml\nid = "q-b"\nstages = "all"\n'
        'topic = "next"\n```\n',
    )
    assert check_content_dir(tmp_path) == []
    questions = load_content(shipped_dir=tmp_path).content.questions
    assert questions["q-a"].sources[0].author == "Neff, K. D."
    assert questions["q-b"].sources == ()


def test_content_check_command_fails_on_an_unsourced_claim(capsys, tmp_path: Path) -> None:
    write(tmp_path / "mine", "x.md", diagnosis(""))
    assert main(["content", "check", str(tmp_path / "mine")]) != 0
    assert "lists no sources" in capsys.readouterr().out


def test_an_unsourced_user_file_is_skipped_and_the_shipped_one_kept(
    shipped: Content, tmp_path: Path
) -> None:
    write(tmp_path, "d.md", diagnosis(""))
    result = load_content(tmp_path)
    assert len(result.problems) == 1
    assert result.content.diagnoses[Stage.OFFER] == shipped.diagnoses[Stage.OFFER]


# --- template parts worded per stage ----------------------------------------------

TEMPLATE_HEAD = '+++\ntype = "template"\nid = "t"\ntitle = "T"\n+++\n\n'


def part(part_id: str, text: str, extra: str = "") -> str:
    return f'## {part_id}\n\n```toml\nid = "{part_id}"\n{extra}\n```\n\n{text}\n\n'


def test_a_part_can_have_a_text_per_stage(tmp_path: Path) -> None:
    write(
        tmp_path,
        "t.md",
        TEMPLATE_HEAD
        + part("greeting", "Hi,")
        + part("thanks", "Thanks for talking.", 'optional = true\nstages = ["interviewed"]')
        + part("thanks", "Thanks for reading.", "optional = true")
        + part("signoff", "Bye"),
    )
    assert check_content_dir(tmp_path) == []
    template = load_content(shipped_dir=tmp_path).content.templates["t"]
    assert [p.text for p in template.parts_for(Stage.FINAL)] == [
        "Hi,",
        "Thanks for talking.",
        "Bye",
    ]
    assert [p.text for p in template.parts_for(Stage.NO_REPLY)][1] == "Thanks for reading."
    assert template.optional_parts == ("thanks",)


@pytest.mark.parametrize(
    ("second", "says"),
    [
        ('optional = true\nstages = ["final", "offer"]', "has two texts for final"),
        ("optional = true", "appears twice for every stage"),
        ('stages = ["application"]', "is optional in one section and not in another"),
    ],
)
def test_clashing_stage_texts_are_named(tmp_path: Path, second: str, says: str) -> None:
    first = "optional = true" if "every stage" in says else 'optional = true\nstages = ["final"]'
    write(
        tmp_path,
        "t.md",
        TEMPLATE_HEAD
        + part("greeting", "Hi,")
        + part("thanks", "One.", first)
        + part("thanks", "Two.", second)
        + part("signoff", "Bye"),
    )
    problems = messages(tmp_path)
    assert says in problems[0]


def test_a_text_for_an_offered_call_stands_in_only_when_offered(tmp_path: Path) -> None:
    def template_with(offered: str) -> str:
        return (
            TEMPLATE_HEAD
            + part("greeting", "Hi,")
            + part("feedback", "One point?", "optional = true")
            + part("feedback", "Glad to talk.", f'optional = true\noffered = "{offered}"')
            + part("signoff", "Bye")
        )

    write(tmp_path, "t.md", template_with("call"))
    assert check_content_dir(tmp_path) == []
    template = load_content(shipped_dir=tmp_path).content.templates["t"]
    assert template.parts_for(Stage.FINAL)[1].text == "One point?"
    assert template.parts_for(Stage.FINAL, "call")[1].text == "Glad to talk."
    write(tmp_path, "t.md", template_with("email"))
    problems = messages(tmp_path)
    assert len(problems) == 1 and 'offered must be "call"' in problems[0]


def test_a_part_missing_for_some_stages_is_named(tmp_path: Path) -> None:
    write(
        tmp_path,
        "t.md",
        TEMPLATE_HEAD
        + part("greeting", "Hi,")
        + part("thanks", "Thanks.", 'optional = true\nstages = ["interviewed"]')
        + part("signoff", "Bye"),
    )
    problems = messages(tmp_path)
    assert len(problems) == 1
    assert "part 'thanks' has no text for no_reply, application, portfolio" in problems[0]


# --- the questions -----------------------------------------------------------------

WALK_QUESTIONS = 5


def _own(content: Content, stage: Stage) -> list[str]:
    """Questions written for a few stages including this one, not for every stage."""
    return [q.id for q in content.questions_for(stage) if len(q.stages) <= 2 and stage in q.stages]


@pytest.mark.parametrize("stage", list(Stage), ids=str)
def test_each_stage_has_at_least_two_questions_of_its_own(shipped: Content, stage: Stage) -> None:
    assert len(_own(shipped, stage)) >= 2


@pytest.mark.parametrize("stage", list(Stage), ids=str)
def test_the_first_question_of_each_topic_is_the_stages_own(shipped: Content, stage: Stage) -> None:
    first: dict[str, str] = {}
    for question in shipped.questions_for(stage):
        first.setdefault(question.topic, question.id)
    own = set(_own(shipped, stage)) | {
        q.id for q in shipped.questions_for(stage) if q.stages == INTERVIEWED_STAGES
    }
    # Five topics, one question each: the walk's five, the stage's own where it has one.
    assert len(first) == WALK_QUESTIONS
    assert sum(qid in own for qid in first.values()) >= 3


def test_no_question_assumes_silence_after_a_no(shipped: Content) -> None:
    for question in shipped.questions.values():
        words = f"{question.text} {question.hint}".lower()
        if "silence" in words or "never heard" in words:
            assert question.stages == {Stage.NO_REPLY}, question.id


def test_questions_that_can_stir_rumination_turn_towards_kindness_or_a_step(
    shipped: Content,
) -> None:
    turns = (
        "friend",
        "kind",
        "step",
        "next time",
        "let the page",
        "fair answer",
        "proud",
        "allowed",
        "look for next",
        "no need to dwell",
        "not everything",
    )
    for question in shipped.questions.values():
        if question.topic in ("feelings", "could_improve"):
            assert question.hint, f"{question.id} has no hint"
            if question.topic == "feelings":
                assert any(t in question.hint.lower() for t in turns), question.id


def test_no_two_questions_for_a_stage_are_near_duplicates(shipped: Content) -> None:
    def words(text: str) -> set[str]:
        return {w.strip("?,.\"'").lower() for w in text.split() if len(w) > 3}

    for stage in Stage:
        asked = shipped.questions_for(stage)
        for i, one in enumerate(asked):
            for other in asked[i + 1 :]:
                a, b = words(one.text), words(other.text)
                overlap = len(a & b) / max(1, min(len(a), len(b)))
                assert overlap < 0.6, (stage, one.id, other.id)


def test_every_question_fits_on_one_line_at_80_columns(shipped: Content) -> None:
    # The walk shows each question above its answer box, inside a two-cell margin.
    assert [q.text for q in shipped.questions.values() if len(q.text) > 76] == []
