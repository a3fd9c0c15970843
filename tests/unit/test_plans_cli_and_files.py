"""Plans at the command line, in export and import files, and in the insights."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from coach.cli import main
from coach.errors import JournalWriteError
from coach.exporting import export_text
from coach.journal import Journal
from coach.log_storage import LogStorage
from coach.model import Stage
from coach.plan_insights import (
    after_done_sentences,
    home_line,
    summarise,
    summary_sentences,
    summary_to_record,
    theme_sentence,
)
from coach.plans import PlanStatus
from coach.transfer import ImportFileError, read_import_file, read_import_plans
from tests.conftest import make_entry
from tests.unit.test_plans import make_plan

TODAY = date.today()
NOW = datetime.now()
HOSTILE = '=HYPERLINK("x") [b] "quoted", comma'


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def seeded(data: Path) -> Journal:
    journal = Journal.open(data / "journal.json")
    entry = journal.add(make_entry("Acme", Stage.NO_REPLY, id="e1"))
    journal.save_plan(make_plan(entry_id=entry.id, id="pdue111", due=TODAY, theme="resume"))
    journal.save_plan(make_plan(entry_id=entry.id, id="plater22", due=TODAY + timedelta(days=4)))
    journal.save_plan(
        make_plan(entry_id=entry.id, id="pold333", status=PlanStatus.DONE, closed_on=TODAY)
    )
    return journal


# -- coach plans ---------------------------------------------------------------------


def test_plans_json_lists_the_open_plans_with_the_promised_keys(capsys, data: Path) -> None:
    seeded(data)
    code, out, _ = run(capsys, "plans", "--json", "--data-dir", str(data))
    assert code == 0
    plans = json.loads(out)
    assert [p["id"] for p in plans] == ["pdue111", "plater22"]  # open ones, soonest first
    for plan in plans:
        assert {"id", "entry_id", "when", "then", "due", "status", "theme"} <= set(plan)
        assert date.fromisoformat(plan["due"]) and plan["status"] == "open"
    assert plans[0]["theme"] == "resume" and plans[0]["entry_id"] == "e1"
    code, out, _ = run(capsys, "plans", "--all", "--json", "--data-dir", str(data))
    assert {p["status"] for p in json.loads(out)} == {"open", "done"}


def test_plans_as_text(capsys, data: Path) -> None:
    seeded(data)
    code, out, _ = run(capsys, "plans", "--data-dir", str(data))
    assert code == 0
    assert "pdue111  due" in out and "(today)" in out and "[Resume]" in out
    assert "When I sit down on Saturday morning, I will compare" in out
    assert "pold333" not in out
    assert "pold333  done" in run(capsys, "plans", "--all", "--data-dir", str(data))[1]


def test_no_plans_says_where_they_come_from(capsys, data: Path) -> None:
    Journal.open(data / "journal.json")
    code, out, _ = run(capsys, "plans", "--data-dir", str(data))
    assert code == 0 and "Plans made at the end of a walk show here" in out
    assert json.loads(run(capsys, "plans", "--json", "--data-dir", str(data))[1]) == []


def test_done_and_drop_by_unique_prefix_are_kept(capsys, data: Path) -> None:
    seeded(data)
    code, out, _ = run(capsys, "plans", "done", "pdue", "--data-dir", str(data))
    assert code == 0 and out.startswith("Done: When I sit down")
    code, out, _ = run(capsys, "plans", "drop", "plat", "--data-dir", str(data))
    assert code == 0 and "Let go:" in out and "will not come up again" in out
    journal = Journal.open(data / "journal.json")
    assert journal.get_plan("pdue111").status is PlanStatus.DONE
    assert journal.get_plan("pdue111").closed_on == TODAY
    assert journal.get_plan("plater22").status is PlanStatus.DROPPED
    code, out, _ = run(capsys, "plans", "drop", "pdue111", "--data-dir", str(data))
    assert code == 0 and "already done; nothing changed" in out
    assert journal.get_plan("pdue111").status is PlanStatus.DONE


def test_a_plan_done_or_let_go_by_mistake_can_be_reopened(capsys, data: Path) -> None:
    # The reviewer: an answer the check-in's undo no longer reached could not be taken back.
    seeded(data)
    run(capsys, "plans", "done", "pdue", "--data-dir", str(data))
    run(capsys, "plans", "drop", "plat", "--data-dir", str(data))
    code, out, _ = run(capsys, "plans", "reopen", "pdue", "--data-dir", str(data))
    assert code == 0 and out.startswith("Open again: When I sit down")
    assert "asks about it from today" in out
    code, out, _ = run(capsys, "plans", "reopen", "plater22", "--data-dir", str(data))
    assert "asks about it on " in out
    journal = Journal.open(data / "journal.json")
    for plan_id in ("pdue111", "plater22"):
        plan = journal.get_plan(plan_id)
        assert (plan.status, plan.closed_on) == (PlanStatus.OPEN, None)
    code, out, _ = run(capsys, "plans", "reopen", "pdue111", "--data-dir", str(data))
    assert code == 0 and "open already; nothing changed" in out


def test_a_plan_whose_entry_is_gone_says_so(capsys, data: Path) -> None:
    # rv14: a plan whose entry no longer exists was listed with no note.
    journal = seeded(data)
    journal.save_plan(make_plan(entry_id="gone", id="porphan1", due=TODAY))
    out = run(capsys, "plans", "--data-dir", str(data))[1]
    after = out.split("porphan1", 1)[1].split("\n")
    assert after[2] == "    (its entry is not in the journal; the plan is kept on its own)"
    assert out.count("its entry is not in the journal") == 1
    # The JSON listing says the same, for scripts.
    records = json.loads(run(capsys, "plans", "--json", "--data-dir", str(data))[1])
    missing = {record["id"]: record["entry_missing"] for record in records}
    assert missing["porphan1"] is True
    assert missing["pdue111"] is False


def test_a_plan_can_be_reworded_and_given_a_new_day(capsys, data: Path) -> None:
    seeded(data)
    # A Saturday a week or more away: the plan's words name Saturday (rv44 #1).
    saturday = TODAY + timedelta(days=(5 - TODAY.weekday()) % 7 + 7)
    later = saturday.isoformat()
    code, out, _ = run(
        capsys, "plans", "edit", "plat", "--then", "ask Sam for a mock interview",
        "--on", later, "--data-dir", str(data),
    )  # fmt: skip
    assert code == 0 and out.startswith("Changed: When I sit down on Saturday morning, I will ask")
    plan = Journal.open(data / "journal.json").get_plan("plater22")
    assert (plan.then, plan.due, plan.status) == (
        "ask Sam for a mock interview",
        saturday,
        PlanStatus.OPEN,
    )
    code, out, _ = run(
        capsys, "plans", "edit", "pdue", "--text", "After lunch on Sunday, I will call Sam",
        "--data-dir", str(data),
    )  # fmt: skip
    assert code == 0
    assert Journal.open(data / "journal.json").get_plan("pdue111").text == (
        "After lunch on Sunday, I will call Sam."
    )
    # The halves are stored as the walk stores them, without "When" and "I will".
    run(capsys, "plans", "edit", "pdue", "--text", "When I get home, I will call Sam",
        "--data-dir", str(data))  # fmt: skip
    plan = Journal.open(data / "journal.json").get_plan("pdue111")
    assert (plan.when, plan.then) == ("I get home", "call Sam")
    assert plan.text == "When I get home, I will call Sam."


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--on", "yesterday"], "that day has passed. Pick today or a day ahead."),
        (["--on", "31 feb"], "is not on the calendar"),
        (["--on", "in 400 days"], "is more than a year away"),
        (["--then", "  "], "Say what you will do then"),
        (["--text", "call Sam"], "Write the plan as “When …, I will …”"),
        ([], "Say what to change"),
        # rv17: only the words the sentence adds, no action (or no cue) in them.
        (["--text", "When I get home, I will"], "Say what you will do then"),
        (["--text", "When I get home, I will "], "Say what you will do then"),
        (["--text", "When I get home, I'll."], "Say what you will do then"),
        (["--then", "I will"], "Say what you will do then"),
        (["--when", "When"], "Say when"),
        (["--on", ""], "Give --on a day"),
        (["--on", "  "], "Give --on a day"),
    ],
)
def test_a_plan_edit_is_checked_as_a_new_plan_is(
    capsys, data: Path, args: list[str], said: str
) -> None:
    seeded(data)
    before = Journal.open(data / "journal.json").get_plan("plater22")
    code, _, err = run(capsys, "plans", "edit", "plater22", *args, "--data-dir", str(data))
    assert code == 1 and said in err
    assert Journal.open(data / "journal.json").get_plan("plater22") == before


def test_an_edit_and_an_answer_from_two_coaches_keep_each_other(data: Path) -> None:
    from coach.journal_plans import PlanAnsweredElsewhere, PlanEditedElsewhere
    from coach.plans import edit_plan, mark_done

    here, there = seeded(data), Journal.open(data / "journal.json")
    shown_here, shown_there = here.get_plan("pdue111"), there.get_plan("pdue111")
    there.save_plan(edit_plan(shown_there, shown_there.when, "call Sam", TODAY, NOW))
    # Done from the old wording: the other coach's wording stays.
    here.save_plan(mark_done(shown_here, TODAY))
    stored = Journal.open(data / "journal.json").get_plan("pdue111")
    assert (stored.then, stored.status) == ("call Sam", PlanStatus.DONE)
    # Reworded from the old wording, over a rewording elsewhere: refused, theirs kept.
    shown_here = here.get_plan("plater22")
    shown_there = there.get_plan("plater22")
    there.save_plan(edit_plan(shown_there, shown_there.when, "call Sam", shown_there.due, NOW))
    with pytest.raises(PlanEditedElsewhere, match="call Sam"):
        here.save_plan(edit_plan(shown_here, "I wake up", shown_here.then, shown_here.due, NOW))
    # A new day over one done elsewhere: refused, the answer kept.
    shown_here = here.get_plan("plater22")
    there.save_plan(mark_done(there.get_plan("plater22"), TODAY))
    with pytest.raises(PlanAnsweredElsewhere):
        here.save_plan(edit_plan(shown_here, shown_here.when, shown_here.then, TODAY, NOW))
    assert Journal.open(data / "journal.json").get_plan("plater22").status is PlanStatus.DONE


def test_a_wrong_or_ambiguous_plan_id_is_one_clear_line(capsys, data: Path) -> None:
    seeded(data)
    code, _, err = run(capsys, "plans", "done", "zzz", "--data-dir", str(data))
    assert code == 1 and err == "coach: No plan has the id 'zzz'; `coach plans --all` lists them.\n"
    code, _, err = run(capsys, "plans", "done", "p", "--data-dir", str(data))
    assert code == 1 and "More than one plan id starts with 'p'" in err


# -- export and import ------------------------------------------------------------------


def hostile_journal(data: Path) -> Journal:
    journal = seeded(data)
    journal.save_plan(
        make_plan(entry_id="e1", id="phostile", when=HOSTILE, then="line one\nline two")
    )
    return journal


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_plans_export_and_import_back_losslessly(tmp_path: Path, fmt: str) -> None:
    journal = hostile_journal(tmp_path / "data")
    text = export_text(journal.entries(), fmt, plans=journal.plans())
    path = tmp_path / f"out.{fmt}"
    path.write_text(text, encoding="utf-8")
    fresh = Journal.in_memory()
    fresh.import_entries(read_import_file(path))
    fresh.import_plans(read_import_plans(path))
    assert sorted(fresh.plans(), key=lambda p: p.id) == sorted(journal.plans(), key=lambda p: p.id)
    assert fresh.import_plans(read_import_plans(path))[0] == []  # a second import adds nothing


def test_the_cli_round_trip_carries_plans(capsys, tmp_path: Path) -> None:
    hostile_journal(tmp_path / "a")
    out = tmp_path / "export.json"
    assert run(capsys, "export", "-o", str(out), "--data-dir", str(tmp_path / "a"))[0] == 0
    code, said, _ = run(capsys, "import", str(out), "--data-dir", str(tmp_path / "b"))
    assert code == 0 and said == "Imported 1 entry and 4 plans.\n"
    assert len(Journal.open(tmp_path / "b" / "journal.json").plans()) == 4


def test_markdown_shows_each_entrys_plans(tmp_path: Path) -> None:
    journal = hostile_journal(tmp_path / "data")
    text = export_text(journal.entries(), "markdown", plans=journal.plans())
    assert "### Plans" in text
    assert "- When I sit down on Saturday morning, I will compare" in text
    assert "done, Plans of your own; id pold333" in text


def test_a_bad_plan_in_an_import_file_rejects_it_clearly(tmp_path: Path) -> None:
    document = {
        "entries": [{"company": "Acme", "stage": "final", "id": "e1", "date": "2026-01-02"}],
        "plans": [plan_record("p1"), {**plan_record("p2"), "status": "failed"}],
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"plan 2: status 'failed' is not one of"):
        read_import_plans(path)
    csv_path = tmp_path / "in.csv"
    csv_path.write_text("company,stage,plans\nAcme,final,not json\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="row 2: plans must be JSON text"):
        read_import_plans(csv_path)


def test_a_plan_whose_entry_is_nowhere_is_left_out_and_named(capsys, tmp_path: Path) -> None:
    data = tmp_path / "data"
    seeded(data)  # holds e1
    document = {
        "entries": [{"company": "Newco", "stage": "final", "id": "e9", "date": "2026-01-02"}],
        "plans": [
            plan_record("p1"),  # for e1, in the journal: fine
            {**plan_record("p9"), "entry_id": "e9"},  # for the entry in this file: fine
            {**plan_record("porphan"), "entry_id": "gone"},
        ],
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, said, err = run(capsys, "import", str(path), "--data-dir", str(data))
    assert code == 0 and said == "Imported 1 entry and 2 plans.\n"
    assert "1 plan (porphan) was left out: its entry is neither in these files" in err
    journal = Journal.open(data / "journal.json")
    assert {"p1", "p9"} <= {plan.id for plan in journal.plans()}
    assert "porphan" not in {plan.id for plan in journal.plans()}
    assert "The rest was imported." in err


def test_a_plan_whose_entry_was_left_out_for_its_long_company_waits_for_it(
    capsys, tmp_path: Path
) -> None:
    # rv23: the entry is in the file, left out for its 262-character company, and its
    # plan was said to be "neither in these files nor in the journal (deleted earlier)".
    long = {"company": "Holdings " * 30, "stage": "final", "id": "e9", "date": "2026-01-02"}
    document = {"entries": [long], "plans": [{**plan_record("p9"), "entry_id": "e9"}]}
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    for data in (tmp_path / "new", tmp_path / "data"):
        if data.name == "data":
            seeded(data)
        code, said, err = run(capsys, "import", str(path), "--data-dir", str(data))
        assert code == 0, err
        assert "1 plan (p9) was left out with its entry (company name too long)" in err, err
        assert "it comes in when you import the shortened file" in err
        assert "deleted earlier" not in err and "the rest imported" not in err, err
    assert said == "Imported 0 entries, 1 left out (company name too long).\n", said
    assert not (tmp_path / "new" / "journal.json").exists()


def test_only_lost_plans_into_a_new_folder_import_nothing_and_say_so(
    capsys, tmp_path: Path
) -> None:
    # The reviewer's file: one plan whose entry is nowhere, into a folder not made yet.
    document = {"entries": [], "plans": [{**plan_record("porphan"), "entry_id": "gone"}]}
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    data = tmp_path / "new"
    code, said, err = run(capsys, "import", str(path), "--data-dir", str(data))
    assert code == 0 and said == "Nothing was imported.\n"
    assert "1 plan (porphan) was left out" in err and "Nothing was imported." in err
    assert "The rest" not in err
    assert not (data / "journal.json").exists()  # no empty journal made for nothing
    seeded(data)  # an existing journal: the same file still puts nothing in
    code, said, err = run(capsys, "import", str(path), "--data-dir", str(data))
    assert code == 0 and "Nothing was imported." in err and "The rest" not in err


def test_an_export_after_deleting_an_entry_with_plans_imports(capsys, tmp_path: Path) -> None:
    # The reviewer's route: delete an entry that has a plan, export, import elsewhere.
    journal = hostile_journal(tmp_path / "a")
    journal.add(make_entry("Quux", id="equux"))
    journal.save_plan(make_plan(entry_id="equux", id="pquux"))
    journal.delete("equux")
    # A journal from before deletes took plans along still holds such a plan.
    data = journal.storage.read()
    data["plans"]["99"] = {**plan_record("pold"), "entry_id": "long-gone"}
    journal.storage.write(data)
    out = tmp_path / "export.json"
    code, _, err = run(capsys, "export", "-o", str(out), "--data-dir", str(tmp_path / "a"))
    assert code == 0
    # The plan whose entry is gone is not written, and the export says so.
    assert "1 plan left out of the export: its entry is gone from the journal" in err
    assert "coach plans --all" in err
    assert '"pold"' not in out.read_text(encoding="utf-8")
    assert "pold" in {plan.id for plan in Journal.open(tmp_path / "a" / "journal.json").plans()}
    code, said, err = run(capsys, "import", str(out), "--data-dir", str(tmp_path / "b"))
    assert code == 0 and said == "Imported 1 entry and 4 plans.\n"
    assert "left out" not in err and "pquux" not in err
    for fmt in ("csv", "markdown"):
        code, text, err = run(capsys, "export", "--format", fmt, "--data-dir", str(tmp_path / "a"))
        assert code == 0 and "long-gone" not in text and "1 plan left out of the export" in err


def plan_record(plan_id: str) -> dict[str, object]:
    return {
        "id": plan_id,
        "entry_id": "e1",
        "when": "I wake",
        "then": "stretch",
        "due": "2026-01-05",
        "status": "open",
        "theme": "care",
    }


def test_an_old_export_without_plans_imports_none(tmp_path: Path) -> None:
    path = tmp_path / "old_export.json"
    path.write_text(json.dumps({"coach_export": 1, "entries": []}), encoding="utf-8")
    assert read_import_plans(path) == []


# -- insights ---------------------------------------------------------------------------


def test_plans_are_counted_by_theme_and_read_as_encouragement() -> None:
    plans = [
        make_plan(id="a", theme="resume", status=PlanStatus.DONE, closed_on=date(2026, 11, 22)),
        make_plan(id="b", theme="resume", status=PlanStatus.DROPPED),
        make_plan(id="c", theme="interview"),
    ]
    summary = summarise(plans, [])
    assert (summary.made, summary.done, summary.let_go, summary.open) == (3, 1, 1, 1)
    assert [theme_sentence(t) for t in summary.themes] == [
        "Resume: 2 made, 1 done, 1 let go.",
        "Interview practice: 1 made.",
    ]
    text = " ".join(summary_sentences(summary)).lower()
    assert "you made 3 plans: 1 done, 1 let go, 1 still ahead." in text
    for unkind in ("fail", "missed", "overdue", "%", "score", "only "):
        assert unkind not in text


def test_plans_past_their_day_are_not_counted_as_still_ahead() -> None:
    # rv14: six open plans all past their day were "6 still ahead".
    today = date(2026, 11, 25)
    plans = [
        make_plan(id="a", due=date(2025, 1, 10)),
        make_plan(id="b", due=today - timedelta(days=1)),
        make_plan(id="c", due=today),  # today's is not past yet
        make_plan(id="d", due=today + timedelta(days=3)),
    ]
    summary = summarise(plans, [], today)
    assert (summary.open, summary.overdue) == (4, 2)
    [line] = summary_sentences(summary)
    assert line == "You made 4 plans: 2 past their day, 2 still ahead."
    [line] = summary_sentences(summarise(plans[:1], [], today))
    assert line == "You made 1 plan: 1 past its day."
    assert summary_to_record(summary)["overdue"] == 2


def test_what_came_after_a_done_plan_is_counted_by_funnel_place() -> None:
    entries = [
        make_entry("A", Stage.NO_REPLY, id="a", date=date(2026, 11, 1)),
        make_entry("B", Stage.PHONE_SCREEN, id="b", date=date(2026, 11, 10)),  # further
        make_entry("C", Stage.PHONE_SCREEN, id="c", date=date(2026, 11, 20)),  # same
    ]
    plans = [
        make_plan(id="1", entry_id="a", status=PlanStatus.DONE, closed_on=date(2026, 11, 5)),
        make_plan(id="2", entry_id="b", status=PlanStatus.DONE, closed_on=date(2026, 11, 12)),
        make_plan(id="3", entry_id="c", status=PlanStatus.DONE, closed_on=date(2026, 11, 21)),
        make_plan(id="4", entry_id="a", status=PlanStatus.DROPPED),  # not done: not counted
    ]
    after = summarise(plans, entries).after_done
    assert (after.further, after.same, after.earlier, after.none_since) == (1, 1, 0, 1)
    lines = after_done_sentences(after)
    assert lines[0] == (
        "The first rejection dated after the day a plan was marked done came further along "
        "the funnel than the one the plan was made for, once: you got further than before."
    )


def test_only_a_rejection_dated_after_the_plans_done_day_counts() -> None:
    # rv44 #4: nos of the 27th, logged later, were credited to a plan done on the 28th.
    entries = [
        make_entry("Tessellate", Stage.PHONE_SCREEN, id="t", date=date(2026, 11, 25)),
        make_entry("Quillworks", Stage.TECHNICAL, id="q", date=date(2026, 11, 27)),
        make_entry("Northwind", Stage.FINAL, id="n", date=date(2026, 11, 28)),  # that day
    ]
    done = make_plan(id="1", entry_id="t", due=date(2026, 11, 26), status=PlanStatus.DONE,
                     closed_on=date(2026, 11, 28))  # fmt: skip
    after = summarise([done], entries).after_done
    assert (after.further, after.same, after.earlier, after.none_since) == (0, 0, 0, 1)
    assert after_done_sentences(after) == [
        "After 1 done plan, no rejection dated after the day it was marked done has been logged."
    ]
    later = [*entries, make_entry("Brightloop", Stage.FINAL, id="b", date=date(2026, 11, 29))]
    assert summarise([done], later).after_done.further == 1


def test_an_earlier_stage_after_a_done_plan_is_said_as_the_funnel_not_time() -> None:
    # rv22 item 8: "the next one came earlier twice ... so one of these says little".
    entries = [
        make_entry("A", Stage.FINAL, id="a", date=date(2026, 11, 1)),
        make_entry("B", Stage.NO_REPLY, id="b", date=date(2026, 11, 10)),
    ]
    plans = [make_plan(id="1", entry_id="a", status=PlanStatus.DONE, closed_on=date(2026, 11, 5))]
    [line] = after_done_sentences(summarise(plans, entries).after_done)
    assert line == (
        "The first rejection dated after the day a plan was marked done came at an earlier "
        "stage of the funnel than the one the plan was made for, once; different roles stop "
        "people at different stages, so on its own that says little about the plan."
    )


def test_no_plans_yet_is_an_invitation() -> None:
    [line] = summary_sentences(summarise([], []))
    assert line.startswith("No plans yet.")


def test_stats_json_carries_the_plan_counts(capsys, data: Path) -> None:
    seeded(data)
    code, out, _ = run(capsys, "stats", "--json", "--data-dir", str(data))
    assert code == 0
    plans = json.loads(out)["plans"]
    assert (plans["made"], plans["done"], plans["open"]) == (3, 1, 2)
    assert plans["by_theme"]["resume"] == {"made": 1, "done": 0, "let_go": 0}
    text = run(capsys, "stats", "--data-dir", str(data))[1]
    assert "Plans:\nYou made 3 plans: 1 done, 2 still ahead." in text


def test_home_gets_one_encouraging_line_or_none() -> None:
    today = date(2026, 11, 25)
    assert home_line([], today) is None
    assert home_line([make_plan(status=PlanStatus.DROPPED)], today) is None
    plans = [
        make_plan(id="a", status=PlanStatus.DONE),
        make_plan(id="b", status=PlanStatus.DONE),
        make_plan(id="c", due=date(2026, 11, 28)),
    ]
    assert home_line(plans, today) == (
        "You have carried through 2 plans so far. Your next plan is for Sat 28 Nov."
    )


def test_home_says_a_plan_left_for_later_is_waiting_and_how_to_answer_it() -> None:
    # rv22 item 8: after Later on the check-in, home said only when the next plan was.
    today = date(2026, 11, 27)
    plans = [make_plan(id="a", due=date(2026, 11, 24)), make_plan(id="b", due=date(2026, 11, 30))]
    assert home_line(plans, today) == (
        "A plan you made for Tue 24 Nov waits for your answer: press ctrl+p, then choose "
        "Plans. Your next plan is for Mon 30 Nov."
    )
    plans.append(make_plan(id="c", due=today))
    assert home_line(plans, today).startswith("2 plans you made wait for your answer: press ctrl+p")
    # An evening plan, waiting the morning after: its day has passed, not come.
    made = datetime(2026, 11, 20, 9, 0)
    evening = make_plan(id="d", when="I sit down this evening", due=today, created_at=made)
    said = home_line([evening], datetime(2026, 11, 28, 9, 0))
    assert (
        said
        == "A plan you made for yesterday waits for your answer: press ctrl+p, then choose Plans."
    )
    # Its evening not over yet, it may be done already: the palette answers it early.
    said = home_line([evening], datetime(2026, 11, 27, 21, 0))
    assert said == "Your next plan is for today. Done already? Press ctrl+p, then choose Plans."
    assert home_line([evening], datetime(2026, 11, 27, 21, 0), asking=True) == (
        "Your next plan is for today."
    )


@pytest.mark.parametrize(
    ("ago", "opening", "waits"),
    [
        ((0,), "A plan you made is for today.", "it will wait"),
        # An evening plan, asked the morning after: its day has not "come" (fz18).
        ((1,), "A plan you made was for yesterday.", "it will wait"),
        ((4, 1, 1), "3 plans you made were for Sun 22 Nov and yesterday.", "these will wait"),
        ((1, 0), "2 plans you made were for yesterday and today.", "these will wait"),
        ((0, 0), "2 plans you made are for today.", "these will wait"),
    ],
)
def test_the_check_in_says_when_its_plans_were_for(
    ago: tuple[int, ...], opening: str, waits: str
) -> None:
    from screens.home.checkin import esc_hint, intro

    today = date(2026, 11, 26)
    assert intro([today - timedelta(days=n) for n in ago], today).startswith(opening + " ")
    assert esc_hint(len(ago)) == f"Esc: back to home; {waits} (ctrl+p, then Plans, asks again)."


def test_show_lists_the_entrys_plans(capsys, data: Path) -> None:
    seeded(data)
    code, out, _ = run(capsys, "show", "e1", "--data-dir", str(data))
    assert code == 0 and "### Plans" in out and "id pdue111" in out


def test_an_import_whose_save_fails_leaves_no_entry_without_its_plans(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile_journal(tmp_path / "a")
    out = tmp_path / "export.json"
    assert run(capsys, "export", "-o", str(out), "--data-dir", str(tmp_path / "a"))[0] == 0
    target = tmp_path / "b"
    real_write = LogStorage.write_changed

    def disk_full_for_plans(self: LogStorage, data: dict, touched: object) -> None:
        if data.get("plans"):  # the disk fills up as the plans are written
            raise JournalWriteError(self.path, "No space left on device")
        real_write(self, data, touched)

    monkeypatch.setattr(LogStorage, "write_changed", disk_full_for_plans)
    code, said, err = run(capsys, "import", str(out), "--data-dir", str(target))
    assert code == 1 and "No space left" in err and said == ""
    journal = Journal.open(target / "journal.json")
    assert journal.entries() == [] and journal.plans() == []  # all or nothing
    monkeypatch.setattr(LogStorage, "write_changed", real_write)
    code, said, _ = run(capsys, "import", str(out), "--data-dir", str(target))
    assert code == 0 and said == "Imported 1 entry and 4 plans.\n"
    code, said, _ = run(capsys, "import", str(out), "--data-dir", str(target))
    assert said == "Imported 0 entries, 1 already in the journal.\n"
    journal = Journal.open(target / "journal.json")
    assert len(journal.entries()) == 1 and len(journal.plans()) == 4
