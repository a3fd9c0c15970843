"""Tests for the tone rules file and `coach content check` on it; one slow-reply apology."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coach.cli import main
from coach.tone import check
from coach.tone_rules import (
    RULES_FILE,
    ToneRulesError,
    read_rules,
    rules_problems,
    shipped_rules,
    shipped_rules_path,
)
from coach.tone_wording import wording


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    text = shipped_rules_path().read_text(encoding="utf-8")
    assert old in text
    (folder / RULES_FILE).write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


def test_the_shipped_rules_load_and_have_no_problems() -> None:
    rules = shipped_rules()
    assert {r.kind for r in rules.rules} == {"anger", "begging", "public", "apology"}
    assert "HOSTILE" in rules.classes and rules.model_cues["anger"]
    assert rules_problems(shipped_rules_path()) == []


def test_a_word_added_to_a_class_is_caught_without_code(tmp_path: Path) -> None:
    folder = broken_copy(tmp_path, 'HOSTILE = """\n', 'HOSTILE = """\nflibbertigibbet\n')
    rules = read_rules(folder / RULES_FILE)
    text = "Your process is flibbertigibbet."
    assert [s.kind for s in wording(text, rules)] == ["anger"]
    assert wording(text) == []


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ("){HOSTILE}',", "){HOSTIL}',", "unknown class {HOSTIL}"),
        ("'have another go',", "'have (another go',", "is not a valid regular expression"),
        ('kind = "begging"', 'kind = "whining"', "rule kind 'whining' is not one of"),
        ("negatable = true", 'negatable = "yes"', "negatable must be true or false"),
        ('suggestion = "future"', 'suggestion = "futur"', "'futur' is not a name in [suggestions]"),
        ("[classes]", "[classes\n", "not valid TOML"),
        ('begging = ["CONCESSION"', 'begging = ["CONCESIONN"', "cue 'CONCESIONN' is neither a"),
        ('anger = ["all"]', 'anger = ["al"]', "model cue 'al' is neither a class"),
        ("where_found = ", "where_gone = ", "[context] needs where_found"),
    ],
)
def test_content_check_names_what_is_wrong_in_the_rules_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, old: str, new: str, says: str
) -> None:
    folder = broken_copy(tmp_path, old, new)
    code, out, err = run(capsys, "content", "check", str(folder))
    assert code == 1, out
    assert says in out and f"{RULES_FILE}:" in out, out
    assert "Traceback" not in out + err
    with pytest.raises(ToneRulesError, match=r"tone\.toml"):
        read_rules(folder / RULES_FILE)


def test_content_check_names_the_line_of_a_broken_rule(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = broken_copy(tmp_path, "'have another go',", "'have (another go',")
    lines = (folder / RULES_FILE).read_text(encoding="utf-8").splitlines()
    _code, out, _err = run(capsys, "content", "check", str(folder))
    line = int(out.split(f"{RULES_FILE}:")[1].split(":")[0])
    assert lines[line - 1].strip() == "'have (another go',"


def test_the_shipped_folder_needs_its_rules_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tmp_path / "shipped"
    shutil.copytree(shipped_rules_path().parent, shipped)
    (shipped / RULES_FILE).unlink()
    monkeypatch.setattr("coach.content.shipped_content_dir", lambda: shipped)
    code, out, _ = run(capsys, "content", "check", "--data-dir", str(tmp_path / "data"))
    assert code == 1 and "the tone rules file is missing" in out


def test_content_check_passes_the_shipped_rules(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "content", "check", str(shipped_rules_path().parent))
    assert code == 0, out


# --- one apology for a slow reply is fine, in any wording ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Apologies for taking a couple of days to respond.",
        "Sorry for taking so long to get back to you.",
        "Sorry I didn't reply sooner.",
        "Apologies for the slow reply.",
        "Sorry for only replying now, it has been a busy week.",
        "I'm sorry it took me a while to answer.",
        "Apologies for my late response.",
        "Sorry for the delay in replying.",
        "So sorry for not responding sooner.",
        "Apologies that this reply comes a few days late.",
    ],
)
def test_one_apology_for_a_slow_reply_is_fine(sentence: str) -> None:
    text = f"Hi Ana,\n\n{sentence} Thank you for letting me know, and for your time.\n\nBest,\nSam"
    assert check(text) == []


def test_a_second_apology_is_still_flagged() -> None:
    text = (
        "Hi Ana,\n\nApologies for taking a couple of days to respond. "
        "And sorry again for my answers in the interview.\n\nSam"
    )
    assert [f.kind for f in check(text)] == ["apology"]


# The apology after its reason, pointing back at a slow reply said just before it.
@pytest.mark.parametrize(
    "sentence",
    [
        "I'm afraid I'm a little slow to reply, sorry about that.",
        "I'm late replying, sorry!",
        "I took ages to get back to you. Sorry about that.",
        "I've been slow getting back to you, apologies for that, but thank you.",
    ],
)
def test_an_apology_pointing_back_at_a_slow_reply_is_fine(sentence: str) -> None:
    text = f"Hi Ana,\n\n{sentence} Thank you for letting me know.\n\nBest,\nSam"
    assert check(text) == []


# Pointing back at a slow answer in the interview, or at more than the reply, is not.
@pytest.mark.parametrize(
    "sentence",
    [
        "I was late getting back to your recruiter and late to the interview. Sorry about that.",
        "Late reply, sorry. I know I wasn't good enough.",
    ],
)
def test_an_apology_pointing_back_at_more_than_the_reply_is_flagged(sentence: str) -> None:
    text = f"Hi Ana,\n\n{sentence}\n\nBest,\nSam"
    assert [f.kind for f in check(text)] == ["apology"]


def test_an_apology_for_something_else_after_a_slow_reply_says_so() -> None:
    text = "Hi Ana,\n\nSorry for the late reply. And sorry, too, for my lecture.\n\nSam"
    (finding,) = check(text)
    assert finding.kind == "apology"
    assert "again" not in finding.reason, "read as a second apology for the slow reply"


def test_apologising_for_yourself_is_still_flagged() -> None:
    assert "apology" in {f.kind for f in check("I'm sorry I was such a disappointment.")}


# Polite near misses the rules once flagged on an outside writer's clean drafts.
@pytest.mark.parametrize(
    "calm",
    [
        "I hope our paths cross at a future meeting.",
        "I'll keep working on my linework and maybe try again in a year.",
        "I read a lot of positive Glassdoor reviews about your team before I applied.",
        "Thank you for the Compliance Officer (AML/KYC) vacancy.",
        "The (SRE) team was lovely.",
        "I enjoyed the driving assessment and found the instructor very fair.",
        "Please keep me in mind if another position opens.",
        "Best of luck finding the right person for the team.",
        "Here is my number in case you need it.",
        "I am sorry not to be joining the team, but grateful for the interviews.",
        "Wow, thank you so much for the kind note!",
        "It was very thoughtful of you to call me yourself.",
        "I can be reached at sam.rivera@gmail.com.",
        "I enjoyed our conversation about AML controls and the new guidance.",
        "Sorry I'm only replying now, it's been a hectic fortnight. Thanks for letting me know.",
        "Maybe next year I can try again, with more experience behind me.",
        "I had a minute of feeling sorry for myself, then made a cup of tea.",
        "I completely understand the decision to hold off on hiring for now.",
        "I enjoyed the chance to talk about how the council supports its tenants.",
        "I turned down another interview for this one, and I don't regret it.",
        # The writer's own next steps (tenth frozen half, read once scored).
        "I'm hoping to get some experience in the meantime and try again.",
        "So I will keep learning and try again.",
        "can I try again in summer",
    ],
)
def test_polite_near_misses_are_not_flagged(calm: str) -> None:
    assert check(calm, model={}) == []


@pytest.mark.parametrize(
    ("sour", "kind"),
    [
        ("I am cross at how this went.", "anger"),
        ("Please let me try again.", "begging"),
        ("I will leave a review on Glassdoor.", "public"),
        ("This was (NEVER) going to be fair, was it.", "shouting"),
        ("Could you look at my application with fresh eyes?", "begging"),
        ("I'd like to appeal the decision.", "begging"),
        ("Would you keep my application open in case your first choice declines?", "begging"),
        ("If I relocated on my own dime, would that change things?", "begging"),
        ("I could come on as a freelancer at a rate that suits you.", "begging"),
        ("Thanks. How very fair.", "anger"),
        ("Best of luck finding someone who will put up with that rota.", "anger"),
        ("I wish your organisation every success, which it will need.", "anger"),
        ("Hi,\n\nWhatever.\n\nSam", "anger"),
        ("Not even a phone call after three interviews.", "anger"),
        ("Is there really no way to make it work?", "begging"),
        ("I'd take the part-time version if there is one.", "begging"),
        ("I'll tell them the truth about your process.", "public"),
        ("Thanks for letting me know. Very thoughtful.", "anger"),
        ("HOW IS THAT FAIR?", "anger"),
        ("Would it be possible to have the complete test reviewed?", "begging"),
        ("I'll be honest with anyone in the industry who asks me about you.", "public"),
        ("I can be reached at name@email.com.", "placeholder"),
        ("I enjoyed chatting with you and insert interviewer name here.", "placeholder"),
        ("Could I try again, please?", "begging"),
        ("Can I try again?", "begging"),
        ("I'm asking for the chance to try again with the panel.", "begging"),
        ("Could you hold off on hiring until I am back?", "begging"),
        ("I'll give a talk about how you treat candidates.", "public"),
        ("I'm so sorry for my nerves on the day.", "apology"),
        ("I turned it down once, but could I have another interview?", "begging"),
    ],
)
def test_the_near_misses_still_catch_what_they_should(sour: str, kind: str) -> None:
    assert kind in {f.kind for f in check(sour, model={})}


@pytest.mark.parametrize(
    "sour",
    [
        'I was promised a "quick turnaround", so thank you for that.',
        "Thanks for the update. Your 'people-first culture' really shone through.",
        "Thank you for replying at last, eventually.",
        "Thanks for getting round to it, eventually.",
        "Cheers for finally writing back.",
        "Thank you for the feedback, all two sentences of it.",
        "I loved the bit where the panel forgot my name.",
        "I hope the role is as rewarding for them as it was for me.",
        "It has clearly been a restful month for everyone except the candidates.",
        "I realise replying within a month would have been too much to ask.",
        "The brief was vague, but maybe that's just me.",
        "You kept me waiting an hour. Classy move.",
        "Just a tip for the next applicant: the lift is broken.",
        "Three weeks! Really efficient.",
        "Thank you for the rejection.",
        "Five weeks. Five.",
        "Eleven weeks and counting, so thanks for the update.",
        "Did anyone actually read the report I sent?",
    ],
)
def test_the_shapes_of_polite_sarcasm_are_anger(sour: str) -> None:
    assert "anger" in {f.kind for f in check(sour, model={})}


@pytest.mark.parametrize(
    "calm",
    [
        'Thank you for considering me for the "Senior Data Analyst" role.',
        "I enjoyed the tour of the 'Riverside' site.",
        "The candidates' day was well run and the team's answers were clear.",
        "Finally, thank you for the kind words about my portfolio.",
        "I got as far as I did thanks to your clear brief.",
        "Thank you, and thanks again for the call on Friday, it helped a lot.",
        "I hope the new starter enjoys the team as much as I enjoyed meeting you.",
        "Asking for feedback is not too much trouble, I hope.",
        "It was a very personal and kind letter, thank you.",
        "Three weeks of interviews taught me a lot. Really enjoyed them.",
        'You called my pitch "bold and clear", which made my week.',
        'The panel said I was "a natural with clients", and I will hold on to that.',
        "I enjoyed the day, even the part where I forgot my own slide.",
        "I learned a lot about how you handle client onboarding.",
    ],
)
def test_near_misses_of_those_shapes_pass(calm: str) -> None:
    assert check(calm, model={}) == []


def test_the_model_never_overrules_a_sarcasm_rule_on_a_warm_sentence() -> None:
    # Sarcasm is warm by nature: a model sure that nothing is anger still
    # leaves the quoted-back rule's finding in place.
    from coach.tone_model import KindModel

    calm = {k: KindModel(-30.0, {}, 0.5) for k in ("anger", "begging", "public", "apology")}
    sour = 'Sincerely grateful for the chance to do your payroll as a "trial task".'
    assert "anger" in {f.kind for f in check(sour, model=calm)}


def test_a_rule_field_that_is_not_text_is_named(tmp_path: Path) -> None:
    folder = broken_copy(
        tmp_path, 'name = "sarcasm-shape"', 'name = "sarcasm-shape"\nnot_in_sentence = 3'
    )
    problems = rules_problems(folder / RULES_FILE)
    assert any("not_in_sentence must be a pattern" in message for _, message in problems)
