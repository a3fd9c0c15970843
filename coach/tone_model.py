"""A small learned sentence model for the wording kinds: shipped weights, pure Python, deterministic."""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from coach.tone_structure import Span
from coach.tone_wording import CALMER, FUTURE, JOURNAL, WORKING_ON, word_classes

MODEL_PATH = Path(__file__).with_name("tone_model.json")
MODEL_KINDS = ("anger", "begging", "public", "apology")

_TOKEN = re.compile(r"[a-z0-9][a-z0-9'’-]*|[!?]")
_SENTENCE = re.compile(r"[^.!?\n]*[^.!?\n\s][^.!?\n]*[.!?]*")
_SELF = frozenset("i i'm i've i'd i'll me my myself mine".split())
_YOU = frozenset("you you're you've you'd you'll your yours yourselves".split())
_SUGGESTION = {"anger": CALMER, "begging": FUTURE, "public": JOURNAL, "apology": WORKING_ON}
_SAYS = {
    "anger": "reads as hostile or sarcastic",
    "begging": "reads as pleading or bargaining",
    "public": "reads as telling others about them",
    "apology": "reads as apologising for yourself or running yourself down",
}


def tokens(sentence: str) -> list[str]:
    """Lower-case words with one kind of apostrophe."""
    return [t.replace("’", "'") for t in _TOKEN.findall(sentence.lower())]


def features(sentence: str) -> list[str]:
    """Words, word pairs and the word classes they belong to: what the model weighs."""
    words = tokens(sentence)
    classes = word_classes()
    out = [f"w:{w}" for w in words]
    out += [f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    for w in words:
        out += [f"c:{name}" for name, members in classes.items() if w in members]
        if w in _SELF:
            out.append("c:SELF")
        elif w in _YOU:
            out.append("c:YOU")
    return sorted(set(out))


@dataclass(frozen=True)
class Model:
    """Logistic regression per kind: a bias, feature weights, and the threshold to flag at."""

    bias: dict[str, float]
    weights: dict[str, dict[str, float]]
    threshold: dict[str, float]

    def scores(self, sentence: str) -> dict[str, tuple[float, list[str]]]:
        """Probability per kind, with the features that pushed it up most."""
        feats = features(sentence)
        out: dict[str, tuple[float, list[str]]] = {}
        for kind in MODEL_KINDS:
            table = self.weights[kind]
            parts = [(table.get(f, 0.0), f) for f in feats]
            z = self.bias[kind] + sum(w for w, _ in parts)
            top = [f for w, f in sorted(parts, reverse=True)[:3] if w > 0]
            out[kind] = (1 / (1 + math.exp(-max(-30.0, min(30.0, z)))), top)
        return out


@functools.cache
def model() -> Model | None:
    """The shipped model, or None when the weights file is missing (the rules still run)."""
    try:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return Model(data["bias"], data["weights"], data["threshold"])


def _shown(feature: str) -> str:
    name = feature.split(":", 1)[1]
    return f"words like '{name.lower()}'" if feature.startswith("c:") else f"'{name}'"


def sentence_spans(text: str, claimed: list[Span]) -> list[Span]:
    """Sentences the model scores past its threshold for a kind the rules did not find there."""
    found = model()
    if found is None:
        return []
    spans: list[Span] = []
    for m in _SENTENCE.finditer(text):
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        end = m.end()
        if len(tokens(m.group())) < 3:
            continue
        have = {s.kind for s in claimed if s.start < end and start < s.end}
        for kind, (p, top) in found.scores(m.group()).items():
            if kind in have or p < found.threshold[kind]:
                continue
            why = ", ".join(_shown(f) for f in top)
            reason = f"this sentence {_SAYS[kind]} (model {p:.0%}: {why})"
            spans.append(Span(start, end, kind, reason, _SUGGESTION[kind]))
    return spans
