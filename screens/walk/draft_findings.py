"""The tone check's findings as the draft screen shows them: spots, prompts, a summary."""

from __future__ import annotations

from textual.content import Content

from coach.finding_words import finding_words
from coach.tone import Finding
from coach.wording import counted

# (line, column, end line, end column), 1-based as tone.Finding counts them;
# the end is exclusive. A length finding spans the whole reply.
Spot = tuple[int, int, int, int]


def _spot_of(finding: Finding) -> Spot:
    """Where a finding starts and ends in the draft."""
    if finding.end_line:
        return finding.line, finding.column, finding.end_line, finding.end_column
    return finding.line, finding.column, finding.line, finding.column + finding.length


def on_line(line: int) -> str:
    """Where in the draft, in words: "line 3 · " (an editor's "L3:1" reads as code)."""
    return f"line {line} · "


def _finding_prompt(finding: Finding, words: str = "") -> Content:
    """One line for a finding, quoting its words; any part may quote the draft: none is markup."""
    # The space sits inside the bold part: at the start of the plain part the
    # OptionList dropped it when wrapping, showing "L3:1anger".
    # The words tell findings on one long wrapped line apart (the editor has no line numbers).
    quoted = f"“{words}” · " if words else ""
    prompt = Content.assemble(
        (on_line(finding.line), "bold"), (quoted, "italic"), f"{finding.kind}: {finding.reason}"
    )
    if finding.suggestion:
        prompt += Content.assemble("\n  ", (f"→ {finding.suggestion}", "dim"))
    return prompt


def first_quoted(draft: str, finding: Finding) -> str:
    """The question's quote of a finding: 'On line 3: “this on Glassdoor.”' (the panel's words)."""
    return f"On line {finding.line}: “{finding_words(draft, finding, 50)}”"


def _and_list(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def things_to_look_at(findings: list[Finding]) -> str:
    """'4 things to look at': the tone panel's heading and the question before sending alike."""
    return f"{counted(len(findings), 'thing')} to look at"


def concerns_summary(findings: list[Finding], names: list[str]) -> str:
    """The question before the reply leaves: what the tone panel counts, then what is unfilled.

    'The tone check found 3 things to look at (anger ×2, begging), and
    {linkedin_url} is still to fill in.' `names` are the unfilled slots as
    written in the draft: "{phone}", "(Name)"; the panel lists them apart.
    """
    said: list[str] = []
    if findings:
        counts: dict[str, int] = {}
        for finding in findings:  # dicts keep first-seen order: the draft's order
            counts[finding.kind] = counts.get(finding.kind, 0) + 1
        kinds = ", ".join(kind if n == 1 else f"{kind} ×{n}" for kind, n in counts.items())
        said.append(f"The tone check found {things_to_look_at(findings)} ({kinds})")
    if names:
        verb = "is" if len(names) == 1 else "are"
        said.append(f"{_and_list(list(names))} {verb} still to fill in")
    return ", and ".join(said) + "."
