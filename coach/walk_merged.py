"""After a merge, a walk keeps the other coach's changes to every field it left alone."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from coach.merge import UNMERGED
from coach.walk import CARRY_FORWARD_KEY

# Fields the walk's steps show, by record name and the walk's own name: after a
# merge they show the other coach's value, so the person sees what is kept.
SHOWN = {
    "company": "company",
    "role": "role",
    "contact": "contact",
    "notes": "notes",
    "next_step": "next_step",
    "reply_draft": "draft",
}


def kept_from_elsewhere(
    mine: dict[str, Any], sent: dict[str, Any] | None, saved: dict[str, Any] | None
) -> dict[str, Any]:
    """The walk's record, with each field it has not changed since it last sent one as saved.

    mine is built from the walk now; sent is what the walk built for its last
    save; saved is that save's result, merged with changes made elsewhere. A
    field the walk did not touch since is no edit of the walk's: the saved value
    stands, or the walk's stale value would write over the other coach's change.
    """
    if not sent or not saved:
        return mine
    record = dict(mine)
    for name, value in mine.items():
        if name in UNMERGED or name not in sent or name not in saved:
            continue
        if name == "reflections":
            record[name] = _answers_kept(value, sent[name], saved[name])
        elif value == sent[name]:
            record[name] = saved[name]
    return record


def _answers_kept(mine: Any, sent: Any, saved: Any) -> Any:
    # Each answer is its own field: one answered here keeps the others theirs.
    if not all(isinstance(d, dict) for d in (mine, sent, saved)):
        return saved if mine == sent else mine
    answers = {}
    for question in [*mine, *(q for q in saved if q not in mine)]:
        if mine.get(question) == sent.get(question):
            if question in saved:
                answers[question] = saved[question]
        elif question in mine:
            answers[question] = mine[question]
    return answers


def take_shown(
    state: Any, sent: dict[str, Any], saved: dict[str, Any], *, left: Collection[str] = ()
) -> dict[str, Any]:
    """Put the other coach's values into the walk's shown fields it has not changed since.

    Gives sent with those fields as saved, so they count as unchanged next time.
    left: the walk's names of fields to leave as they are (a step on screen
    shows them and cannot show the new value: it would hand the old one back).
    """
    sent = dict(sent)
    mine, theirs = sent.get("reflections"), saved.get("reflections")
    answers_shown = "answers" not in left
    if isinstance(mine, dict) and isinstance(theirs, dict) and mine != theirs and answers_shown:
        sent["reflections"] = _take_answers(state, mine, theirs)
    for name, attr in SHOWN.items():
        if name not in sent or name not in saved or saved[name] == sent[name] or attr in left:
            continue
        now = getattr(state, attr)
        if not isinstance(now, str) or not isinstance(saved[name], str):
            continue
        if now in (sent[name], sent[name].strip()) or now.strip() == sent[name]:
            setattr(state, attr, saved[name])
            sent[name] = saved[name]
    return sent


def _take_answers(state: Any, sent: dict[str, Any], saved: dict[str, Any]) -> dict[str, Any]:
    """The other coach's answers into the walk's, where the walk's are as it sent them."""
    taken = dict(sent)
    for question in set(sent) | set(saved):
        was, other = sent.get(question, ""), saved.get(question, "")
        if was == other or not isinstance(other, str):
            continue
        if question == CARRY_FORWARD_KEY:
            if state.carry_forward.strip() != was:
                continue  # changed here since: the walk's own
            state.carry_forward = other
        elif state.answers.get(question, "") == was:
            state.answers[question] = other
        else:
            continue  # answered here since: the walk's own
        if other:
            taken[question] = other
        else:
            taken.pop(question, None)
    return taken
