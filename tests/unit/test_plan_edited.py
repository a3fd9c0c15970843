"""A plan's cue or day changed later counts from the change, as a plan made then would."""

from __future__ import annotations

from datetime import date, datetime

from coach.journal import Journal
from coach.plan_record import plan_from_record, plan_to_record
from coach.plans import edit_plan, mark_done, move_to
from tests.unit.test_plans import make_plan

SATURDAY = date(2026, 11, 28)
AFTERNOON = datetime(2026, 11, 28, 15, 0)  # Saturday's morning is over


def test_a_plan_moved_to_a_part_of_today_that_is_over_waits_for_tomorrow() -> None:
    # Reviewers: made long ago, "Change plan…" to this morning was asked about at once.
    old = make_plan(when="I open my laptop", due=date(2026, 12, 5))
    edited = edit_plan(old, "I wake up", old.then, SATURDAY, AFTERNOON)
    assert edited.edited_at == AFTERNOON
    assert not edited.is_due(datetime(2026, 11, 28, 15, 1))
    assert edited.asked_from == datetime(2026, 11, 29, 0, 0)
    # A later part of today, still to come, is asked about once it is over, as ever.
    evening = edit_plan(old, "I have had lunch", old.then, SATURDAY, AFTERNOON)
    assert evening.asked_from == datetime(2026, 11, 28, 18, 0)


def test_new_words_for_what_to_do_leave_a_waiting_plan_waiting() -> None:
    waiting = make_plan(when="I wake up", due=SATURDAY)
    assert waiting.is_due(AFTERNOON)
    reworded = edit_plan(waiting, waiting.when, "write to Sam", SATURDAY, AFTERNOON)
    assert reworded.edited_at is None and reworded.is_due(AFTERNOON)


def test_when_a_plan_was_edited_is_kept_in_its_record_and_read_back() -> None:
    edited = edit_plan(make_plan(), "I wake up", "write to Sam", SATURDAY, AFTERNOON)
    record = plan_to_record(edited)
    assert record["edited_at"] == "2026-11-28T15:00:00"
    assert plan_from_record(record).asked_from == edited.asked_from
    # A plan never edited has no such field: its record is as before.
    assert "edited_at" not in plan_to_record(make_plan())


def test_an_answer_from_the_old_words_keeps_a_new_cue_saved_elsewhere_and_its_time() -> None:
    here = Journal.in_memory()
    shown = here.save_plan(make_plan(when="I open my laptop", due=SATURDAY))
    here.save_plan(edit_plan(shown, "I wake up", shown.then, SATURDAY, AFTERNOON))
    # "Not yet" given from the plan as shown before the edit.
    here.save_plan(move_to(shown, date(2026, 11, 30)))
    stored = here.get_plan(shown.id)
    assert (stored.when, stored.edited_at) == ("I wake up", AFTERNOON)
    here.save_plan(mark_done(stored, SATURDAY))
    assert here.get_plan(shown.id).edited_at == AFTERNOON


def test_coach_plans_edit_says_how_a_bare_clock_time_was_read(capsys, tmp_path) -> None:
    from tests.unit.test_plans_cli_and_files import run, seeded

    data = tmp_path / "data"
    seeded(data)
    code, out, _ = run(
        capsys, "plans", "edit", "plater22", "--when", "at 7:30", "--data-dir", str(data)
    )
    assert code == 0 and "“7:30” has no am or pm, so coach read it as pm" in out
    assert "`coach plans edit plater22 --when …`" in out
    stored = Journal.open(data / "journal.json").get_plan("plater22")
    assert stored.edited_at is not None  # a new cue: its time counts from now


def test_coach_plans_edit_says_when_coach_will_ask(capsys, tmp_path) -> None:
    # rv37 D8: the app's toast said when coach would ask; the shell did not.
    from datetime import timedelta

    from tests.unit.test_plans_cli_and_files import run, seeded

    data = tmp_path / "data"
    journal = seeded(data)
    journal.save_plan(make_plan(id="plate44", due=date.today() - timedelta(days=2)))
    code, out, _ = run(capsys, "plans", "edit", "plater22", "--then", "call Sam", "--data-dir",
                       str(data))  # fmt: skip
    assert code == 0 and "; coach will ask how it went from noon on " in out, out
    code, out, _ = run(capsys, "plans", "edit", "plate44", "--then", "call Ana", "--data-dir",
                       str(data))  # fmt: skip
    assert code == 0 and "; it waits for your answer." in out, out  # words only: as before


def test_coach_plans_edit_leaves_control_characters_out(capsys, tmp_path) -> None:
    # rv37 D8: an escape sequence in the words reached the terminal (red text, a
    # doubled border) in the check-in; the app's fields never take them.
    from tests.unit.test_plans_cli_and_files import run, seeded

    data = tmp_path / "data"
    seeded(data)
    words = "stretch \x1b[31mRED\x1b[0m and\x07 bell"
    code, _, _ = run(capsys, "plans", "edit", "plater22", "--then", words, "--data-dir", str(data))
    assert code == 0
    assert Journal.open(data / "journal.json").get_plan("plater22").then == "stretch RED and bell"


def test_coach_plans_edit_moves_the_entrys_next_step_with_the_plan(capsys, tmp_path) -> None:
    # rv38: "Change plan…" made the entry's "Next step" follow; `coach plans edit` did not.
    from dataclasses import replace

    from tests.unit.test_plans_cli_and_files import run, seeded

    data = tmp_path / "data"
    journal = seeded(data)
    plan = journal.get_plan("plater22")
    entry = journal.get("e1")
    journal.save(replace(entry, next_step=plan.text))
    code, out, _ = run(capsys, "plans", "edit", "plater22", "--when", "at 9 pm", "--then",
                       "call Ana", "--data-dir", str(data))  # fmt: skip
    assert code == 0 and "“Next step” now says the same" in out, out
    after = Journal.open(data / "journal.json")
    assert after.get("e1").next_step == "At 9 pm, I will call Ana." == after.get_plan(plan.id).text
    # Words of the person's own there are left alone, and nothing is said of them.
    after.save(replace(after.get("e1"), next_step="ask Sam first"))
    code, out, _ = run(capsys, "plans", "edit", "plater22", "--then", "call Bo", "--data-dir",
                       str(data))  # fmt: skip
    assert code == 0 and "Next step" not in out, out
    assert Journal.open(data / "journal.json").get("e1").next_step == "ask Sam first"


def test_coach_plans_edit_makes_any_run_of_whitespace_one_space(capsys, tmp_path) -> None:
    # rv38: a tab stayed in the stored words, and "at 9\tpm" was then asked about as
    # a bare "at 9" (a day later than "at 9 pm") while the app drew "At 9 pm".
    from tests.unit.test_plans_cli_and_files import run, seeded

    data = tmp_path / "data"
    seeded(data)
    code, _, _ = run(capsys, "plans", "edit", "plater22", "--when", "at 9 pm", "--data-dir",
                     str(data))  # fmt: skip
    assert code == 0
    asked = Journal.open(data / "journal.json").get_plan("plater22").asked_from
    code, _, _ = run(capsys, "plans", "edit", "plater22", "--when", "at\n9\t  pm", "--then",
                     "call\t\tAna\u00a0now", "--data-dir", str(data))  # fmt: skip
    stored = Journal.open(data / "journal.json").get_plan("plater22")
    assert code == 0 and (stored.when, stored.then) == ("at 9 pm", "call Ana now")
    assert stored.asked_from.time() == asked.time()
    sentence = "When\tI wake up,\t I  will rest"
    code, _, _ = run(
        capsys, "plans", "edit", "plater22", "--text", sentence, "--data-dir", str(data)
    )
    stored = Journal.open(data / "journal.json").get_plan("plater22")
    assert code == 0 and (stored.when, stored.then) == ("I wake up", "rest"), stored


def test_typing_in_a_next_step_the_cli_moved_makes_no_other_version(capsys, tmp_path) -> None:
    # rv40 D12: the person typed in the Next step while `coach plans edit` moved it; the
    # clash kept the moved step as a whole "(other version)" entry, though the plan holds it.
    from dataclasses import replace

    from tests.unit.test_plans_cli_and_files import run, seeded

    data = tmp_path / "data"
    journal = seeded(data)
    plan = journal.get_plan("plater22")
    journal.save(replace(journal.get("e1"), next_step=plan.text))
    opened = journal.get("e1")
    code, out, _ = run(capsys, "plans", "edit", "plater22", "--then", "email Ana",
                       "--data-dir", str(data))  # fmt: skip
    assert code == 0 and "now says the same" in out, out
    typed = replace(opened, next_step=f"{plan.text} (call first)")
    saved = Journal.open(data / "journal.json").save_edit(typed, base=opened)
    assert saved.conflict_copy is None and not saved.conflicts
    after = Journal.open(data / "journal.json")
    assert [e.company for e in after.entries() if "other version" in e.company] == []
    assert after.get("e1").next_step == typed.next_step
    assert after.get_plan("plater22").then == "email Ana"  # the moved words, in the plan
