"""What the question offering back a stopped coach's typing calls each kind of it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# A plan's words quoted in the question: enough to tell two apart, short enough for 40x12.
QUOTED_AT_MOST = 60
# An entry's changed fields quoted in the question; the rest are counted.
FIELDS_QUOTED = 2

if TYPE_CHECKING:
    from coach.walk import WalkState


def describe_leftover(key: str, record: dict[str, Any], *, vent_held: bool) -> tuple[str, str]:
    """The question's title and words for one leftover surface; `vent_held`: this run has it."""
    from coach.flow import STEP_TITLES
    from coach.walk import WalkState

    values = record.get("values") or {}
    label = str(record.get("label") or "an entry")
    if key == "walk":
        state = WalkState.from_record(values)
        vent = (
            "your private writing too, until coach closes"
            if vent_held
            else "the private vent only if you ticked “keep”"
        )
        return "You have an unfinished walk", (
            f"About {walk_company(state)}, stopped at “{STEP_TITLES[state.step]}”. "
            f"What you typed is kept ({vent})."
        )
    if key.startswith("draft:"):
        # Quoted: two left for one entry read apart by what was typed (rv48 #8).
        return "A reply draft was not saved", (
            f"Your reply for {label} was being edited when coach stopped{draft_words(record)}. "
            "Resume opens it as you left it."
        )
    if key.startswith("entry:"):
        # The fields changed, with their words: two left for one entry read apart (rv47 D3).
        return "Changes to an entry were not saved", (
            f"You were editing {label} when coach stopped{entry_words(record)}. Resume opens "
            "the entry with your changes, ready to save."
        )
    if key.startswith("vent:"):
        return "Private writing was kept", (
            "The private vent you asked to keep, from a walk that was no longer open when "
            "coach closed. Resume opens it in a walk, at the vent, still kept."
        )
    if key.startswith("plan:"):
        # Quoted: two plans left for one entry are told apart by their words (rv45 D1).
        return "A new plan was not saved", (
            f"You were making a plan for {label} when coach stopped{plan_words(values)}. "
            "Resume opens it as you left it, ready to save."
        )
    # Quoted: two left by two coaches read apart by what each typed (rv47 D0).
    return "Your details were not saved", (
        f"You were editing your name, LinkedIn URL or phone when coach stopped"
        f"{details_words(values)}. Resume opens them as you left them."
    )


def taken_elsewhere_note(key: str, record: dict[str, Any], *, saved_next: bool = False) -> str:
    """Said when Resume finds the typing gone: another coach took it up first (rv48 #3).

    Without it, `coach draft ID` went on to the saved reply as if that were the
    typing, and the person thought their words lost.
    """
    label = str(record.get("label") or "an entry")
    what = f"the reply draft for {label}" if key.startswith("draft:") else "that typing"
    said = (
        f"Another coach open on this folder took up {what} first (it resumed or "
        "discarded it there): its words are with that coach now, not here."
    )
    if saved_next:  # `coach draft ID` goes on to the reply as saved, with none of those words
        said += " This shows the reply as saved."
    return said


def walk_company(state: WalkState) -> str:
    """The company a walk is about, as the questions name it."""
    return state.company.strip() or "a company not named yet"


def waiting_walk_line(state: WalkState) -> str:
    """Home's line while this coach keeps a walk left for later: n is how it comes back."""
    from coach.flow import STEP_TITLES

    return (
        f"Unfinished: your walk about {walk_company(state)}, stopped at "
        f"“{STEP_TITLES[state.step]}”. n picks it up."
    )


def walk_taken_note(state: WalkState) -> str:
    """Said on n when the walk home named as waiting is gone: another coach took it up."""
    return (
        f"The walk about {walk_company(state)} is no longer waiting here: another coach "
        "open on this folder took it up (or finished it), and its words are with that "
        "coach. This starts a new walk."
    )


def kept_walk_note(state: WalkState) -> str:
    """Said when n would start a new walk while this coach keeps one for later."""
    return (
        f"Kept for later: the walk about {walk_company(state)}. A new walk begins "
        "once it is finished or discarded (n asks again)."
    )


def one_walk_note(kept: WalkState, other: WalkState) -> str:
    """Said when Resume would put a second walk over the one this coach keeps or resumes."""
    return (
        f"One walk at a time: this coach holds the walk about {walk_company(kept)}, so the "
        f"walk about {walk_company(other)} was not resumed. It stays kept for later: finish "
        "or discard the first, then n offers it."
    )


def entry_words(record: dict[str, Any]) -> str:
    """The entry fields typed in, each named and quoted (a few, clipped), or "" if none."""
    from coach.entry_fields import changed_fields, field_label, shown_value
    from coach.records import EntryError, entry_from_record

    asked = [q for q in record.get("questions") or [] if isinstance(q, list) and len(q) == 2]
    questions = [str(q[1]) for q in asked]
    base = record.get("base")
    try:
        opened = entry_from_record(dict(base)) if isinstance(base, dict) else None
    except EntryError:
        opened = None
    values = dict(record.get("values") or {})
    changed = changed_fields(values, opened, [str(q[0]) for q in asked])
    said = []
    for widget_id, value in changed[:FIELDS_QUOTED]:
        text = " ".join(shown_value(widget_id, value).split())
        label = field_label(widget_id, questions)
        said.append(f"{label} “{clipped(text)}”" if text else f"{label} emptied")
    if len(changed) > FIELDS_QUOTED:
        said.append(f"{len(changed) - FIELDS_QUOTED} more")
    return f": {', '.join(said)}" if said else ""


def details_words(values: dict[str, Any]) -> str:
    """My details as typed, each field named and quoted after a colon (clipped), or "" if none."""
    named = (("name", "name"), ("linkedin_url", "LinkedIn"), ("phone", "phone"))
    said = [
        f"{label} “{clipped(' '.join(str(values.get(field) or '').split()))}”"
        for field, label in named
        if str(values.get(field) or "").strip()
    ]
    return f": {', '.join(said)}" if said else ""


def clipped(text: str) -> str:
    """Text cut to what a question quotes, marked where it was cut."""
    if len(text) > QUOTED_AT_MOST:
        return text[: QUOTED_AT_MOST - 1].rstrip() + "…"
    return text


def plan_words(values: dict[str, Any]) -> str:
    """The words of a plan left half made, quoted after a colon (clipped), or "" if none."""
    from coach.plans import plan_sentence

    when = " ".join(str(values.get("plan_when") or "").split())
    then = " ".join(str(values.get("plan_then") or "").split())
    if not (when or then):
        return ""
    # As the plan will read once saved: "When the bus comes" typed is not "When When …".
    said = plan_sentence(when or "…", then or "…").removesuffix(".")
    return f": “{clipped(said)}”"


def draft_words(record: dict[str, Any]) -> str:
    """The first line typed that the saved reply lacks, quoted after a colon, or "" if none.

    Drafts mostly open alike ("Hello,"): the start of the text would not tell
    two apart, a line of the person's own does.
    """
    typed = str((record.get("values") or {}).get("draft") or "")
    base = record.get("base")
    saved = str(base.get("reply_draft") or "") if isinstance(base, dict) else ""
    if typed == saved:
        return ""
    if not typed.strip():
        return ": emptied"
    had = {" ".join(line.split()) for line in saved.splitlines()}
    lines = [" ".join(line.split()) for line in typed.splitlines()]
    new = [line for line in lines if line and line not in had]
    if not new:
        return ": lines taken out"
    return f": “{clipped(new[0])}”"
