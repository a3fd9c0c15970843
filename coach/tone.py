"""Tone check: point at the words in a reply draft that a calm friend would question."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from coach.tone_acceptance import accepting
from coach.tone_decision import lone_facts
from coach.tone_decision import stands as decide
from coach.tone_hit_veto import hit_vetoed
from coach.tone_join import joined
from coach.tone_length import WORD_LIMIT, length
from coach.tone_model import ToneModel, model_spans, shipped_model, vetoed
from coach.tone_rules import ToneRules, shipped_rules
from coach.tone_second import unseconded
from coach.tone_shouting import shouting
from coach.tone_structure import Span, placeholders
from coach.tone_target import ELSEWHERE
from coach.tone_vader import hostile_sentences, warm_emphasis
from coach.tone_verdict import verdicts
from coach.tone_wording import EXCUSED, wording

__all__ = ["KINDS", "WORD_LIMIT", "Finding", "check", "findings_to_json", "format_finding"]

KINDS = ("anger", "begging", "public", "apology", "shouting", "placeholder", "length")


@dataclass(frozen=True)
class Finding:
    """One stretch of a draft that risks the reply, and why.

    `line`, `column` (1-based) and `length` place it on one line; a finding
    about the whole reply (length) also runs on to `end_line`/`end_column`
    (1-based, exclusive), which for every other finding is the same line.
    """

    kind: str
    line: int
    column: int
    length: int
    text: str
    reason: str
    suggestion: str = ""
    end_line: int = 0
    end_column: int = 0


def check(
    text: str,
    *,
    model: ToneModel | None = None,
    rules: ToneRules | None = None,
    names: Iterable[str] = (),
) -> list[Finding]:
    """Return what in the draft risks the reply, sorted by position.

    `model` replaces the shipped sentence model (for training and measuring;
    an empty dict means the rules alone). `rules` replaces the shipped rules
    (a person's own tone.toml laid over them: coach/tone_own.py). `names` are
    the company's and the contact's names, never shouts in capitals.
    """
    slots = placeholders(text)
    shouts = shouting(text, skip=slots, names=names)
    # One word in capitals stressing a warm sentence, the only one in the
    # reply, is stress ("Thank you SO much"); a reply that shouts does it more.
    if len(shouts) == 1 and warm_emphasis(text, shouts[0].start, shouts[0].end):
        shouts = []
    words = wording(text, rules, keep_excused=True)
    # A plea marks a long reply as re-arguing: one the rules found, even where
    # the model reads its sentence as warm enough to pass, and one the model found.
    pleas = [s for s in words if s.kind == "begging"]
    off = rules.model_off if rules is not None else frozenset()
    # The model may overrule a shipped rule on a warm sentence, never a
    # person's own rule, and not for a kind whose model they switched off.
    keep = _own_reasons(rules)
    doubted = frozenset(r.reason for r in (rules or shipped_rules()).rules if r.model_confirms)
    own = _persons_reasons(rules)
    dropped = vetoed(text, [s for s in words if s.kind not in off], model, keep, doubted, own)
    words = [s for s in words if s not in dropped]
    if model is None and "anger" not in off:
        # A second opinion on the weak anger rules' hits (coach/tone_hit_veto.py).
        second = hit_vetoed(text, words, own)
        words = [s for s in words if s not in second]
    gates: dict[str, float] = {}
    by_model = [s for s in model_spans(text, words, model, gates) if s.kind not in off]
    words += by_model
    anger_model = (shipped_model() if model is None else model).get("anger")
    if anger_model is not None and "anger" not in off:
        # A lone hit of an anger rule no second opinion judges needs another signal.
        alone = unseconded(text, words, shouts, anger_model, own)
        words = [s for s in words if s not in alone]
    known = set(pleas)  # a set: a long draft has thousands of pleas to look up
    pleas += [s for s in words if s.kind == "begging" and s not in known]
    excused = [s for s in words if s.kind in (EXCUSED, ELSEWHERE)]
    words = [s for s in words if s.kind not in (EXCUSED, ELSEWHERE)]
    # "I accept the decision; I'll learn and try again" stands by the no.
    settled = set(accepting(text, words))
    words = [s for s in words if s not in settled]
    curt_or_long = length(text, pleas)
    # A verdict on their decision is read from who judges whom in its clause
    # (coach/tone_verdict.py): a source of its own, which no model overrules.
    judged = verdicts(text)
    if model is None and not off and not any(s.reason in own for s in words):
        # One source alone, with nothing else in the draft agreeing, stands only
        # where the draft bears it out (coach/tone_decision.py). Learned on the
        # shipped model's readings, so not with another model; and never over a
        # person's own rule, or when they switched a kind's model off.
        structural = [s.kind for s in (*slots, *shouts, *curt_or_long, *judged)]
        lone = lone_facts(
            text,
            words,
            frozenset(by_model),
            structural,
            gates,
            shipped_model(),
            only_if_weighed=True,
        )
        if not decide(lone):
            words = []
    words = joined(text, words + judged)
    spans: list[Span] = [*slots, *words]
    # VADER reads words, not meaning: its hostile sentences are the fallback
    # only where the anger model is not there (the rules alone, or the anger
    # model switched off). With the model there, on writers neither had seen
    # (tests/data/tone/README.md, op27), VADER found no angry draft the rest
    # missed and flagged clean ones ("a bit of a crisis with the kids").
    if anger_model is None or "anger" in off:
        spans += hostile_sentences(text, words + excused)
    spans += shouts
    spans += curt_or_long
    locate = _Locator(text)
    findings = [locate.finding(span) for span in spans]
    return sorted(findings, key=lambda f: (f.line, f.column, KINDS.index(f.kind)))


def _own_reasons(rules: ToneRules | None) -> frozenset[str]:
    """Reasons of the rules the model never overrules as warm: a person's own, and sarcasm's."""
    warm = frozenset(r.reason for r in (rules or shipped_rules()).rules if r.warm_by_nature)
    return warm | _persons_reasons(rules)


def _persons_reasons(rules: ToneRules | None) -> frozenset[str]:
    """Reasons of a person's own rules (not shipped ones): the model never overrules these."""
    if rules is None:
        return frozenset()
    shipped = {r.reason for r in shipped_rules().rules}
    return frozenset(r.reason for r in rules.rules if r.reason not in shipped)


def findings_to_json(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """Findings as plain dicts for `coach check --json`."""
    return [dataclasses.asdict(f) for f in findings]


def format_finding(f: Finding) -> str:
    """One finding as `LINE:COL kind: reason`, and under it the calmer alternative."""
    head = f"{f.line}:{f.column} {f.kind}: {f.reason}"
    # ASCII only: the text output may go to a terminal or file of any encoding.
    return f"{head}\n    instead: {f.suggestion}" if f.suggestion else head


_LINE_BREAK = re.compile(r"[\r\n]")


class _Locator:
    """Turns character offsets into 1-based line and column."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def _position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def finding(self, span: Span) -> Finding:
        start, end = span.start, span.end
        line, column = self._position(start)
        if span.kind != "length":
            # A finding is one line long; a phrase broken over lines is clipped
            # at the break so text always equals what sits at line:column.
            newline = _LINE_BREAK.search(self.text, start, end)
            end = newline.start() if newline else end
        end_line, end_column = self._position(end)
        return Finding(
            kind=span.kind,
            line=line,
            column=column,
            length=end - start,
            text=self.text[start:end],
            reason=span.reason,
            suggestion=span.suggestion,
            end_line=end_line,
            end_column=end_column,
        )
