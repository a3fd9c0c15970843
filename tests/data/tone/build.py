"""Compose the dev half of the tone corpus from i11's hand-written pieces.

Run once by hand (`uv run python tests/data/tone/build.py`); the dev.toml it
writes is committed and read by the tests and bench/tone.py. The frozen test
half now lives outside the repo, written by someone else (see README.md).
"""

from __future__ import annotations

import random
import sys
import tomllib
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import parts_dev  # noqa: E402
import parts_dev2  # noqa: E402
import parts_dev3  # noqa: E402
import parts_dev4  # noqa: E402
import parts_dev5  # noqa: E402
import parts_dev6  # noqa: E402

# Shouting sentences that also carry a wording kind, as a calm reader sees them.
SHOUT_EXTRA = {
    "Thank you for NOTHING.": ["anger"],
    "PLEASE RECONSIDER.": ["begging"],
    "You NEVER once asked about my actual work.": ["anger"],
    "WHAT A WASTE OF TIME.": ["anger"],
    "THIS IS NOT HOW YOU TREAT PEOPLE.": ["anger"],
    "Thanks for ABSOLUTELY nothing.": ["anger"],
    "Are you kidding me?!": ["anger"],
    "PLEASE GIVE ME ANOTHER CHANCE.": ["begging"],
    "You did NOT even look at my portfolio.": ["anger"],
    "WHAT A JOKE.": ["anger"],
    "THIS IS NOT OKAY.": ["anger"],
    "Thanks for REALLY nothing.": ["anger"],
    "THIS IS UNACCEPTABLE.": ["anger"],
    "You're joking?!": ["anger"],
    "PLEASE LET ME TRY AGAIN.": ["begging"],
    "You did NOT read my answers.": ["anger"],
    "WHAT A FARCE.": ["anger"],
}


def _toml_string(text: str) -> str:
    body = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return f'"""{body}"""'


class Composer:
    """Builds drafts in one half's voice from that half's pieces only."""

    def __init__(self, parts: ModuleType, seed: int) -> None:
        self.p = parts
        self.rng = random.Random(seed)

    def frame(
        self,
        body: list[str],
        *,
        greeting: str | None = None,
        signature: str | None = None,
        bare: bool = False,
    ) -> str:
        """Greeting, the body split into one or two paragraphs, sign-off and name."""
        rng = self.rng
        if bare:
            return " ".join(body)
        greet = rng.choice(self.p.GREETINGS) if greeting is None else greeting
        if len(body) > 2 and rng.random() < 0.5:
            cut = rng.randrange(1, len(body))
            paragraphs = [" ".join(body[:cut]), " ".join(body[cut:])]
        else:
            paragraphs = [" ".join(body)]
        sign_off = rng.choice(self.p.SIGN_OFFS)
        name = rng.choice(self.p.SIGNATURES) if signature is None else signature
        blocks = [greet] if greet else []
        blocks += paragraphs
        blocks.append(f"{sign_off}\n{name}" if sign_off else name)
        return "\n\n".join(blocks)

    def clean(self, low: int, high: int) -> list[str]:
        return self.rng.sample(self.p.CLEAN, self.rng.randint(low, high))

    def with_problem(self, sentence: str) -> str:
        body = self.clean(0, 3)
        body.insert(self.rng.randint(0, len(body)), sentence)
        return self.frame(body, bare=self.rng.random() < 0.08)

    def drafts(self, prefix: str) -> list[dict]:
        p, rng = self.p, self.rng
        out: list[dict] = []

        def add(name: str, kinds: list[str], text: str) -> None:
            out.append(
                {"id": f"{prefix}-{name}-{len(out):03d}", "kinds": sorted(set(kinds)), "text": text}
            )

        for s in p.ANGER:
            add("anger", ["anger"], self.with_problem(s))
        for s in p.SARCASM:
            add("sarcasm", ["anger"], self.with_problem(s))
        for s in p.BEGGING:
            add("begging", ["begging"], self.with_problem(s))
        for s in p.PUBLIC:
            add("public", ["public"], self.with_problem(s))
        for s in p.APOLOGY:
            add("apology", ["apology"], self.with_problem(s))
        for s in p.SHOUTING:
            add("shouting", ["shouting", *SHOUT_EXTRA.get(s, [])], self.with_problem(s))
        # A whole calm sentence typed with caps lock on.
        for s in rng.sample(p.CLEAN, 10):
            add("capslock", ["shouting"], self.with_problem(s.upper()))
        # Two problems in one draft, from different kinds.
        pools = [
            ("anger", p.ANGER),
            ("begging", p.BEGGING),
            ("public", p.PUBLIC),
            ("apology", p.APOLOGY),
        ]
        for _ in range(8):
            (k1, a), (k2, b) = rng.sample(pools, 2)
            body = [*self.clean(0, 2), rng.choice(a), rng.choice(b)]
            add("mixed", [k1, k2], self.frame(body))
        # Placeholders: each slot style where it would sit in a reply.
        for place, line in p.PLACEHOLDER_LINES:
            add("placeholder", ["placeholder"], self.placeholder_draft([(place, line)]))
        for _ in range(10):
            picked = rng.sample(p.PLACEHOLDER_LINES, 3)
            add("placeholders", ["placeholder"], self.placeholder_draft(picked))
        for s in p.STRUCTURE_NEAR_MISSES:
            add("nearmiss", [], self.with_problem(s))
        for s in p.CURT:
            bare = rng.random() < 0.4
            text = s if bare else self.frame([s])
            add("curt", ["length"], text)
        for _ in range(8 if len(p.ESSAY_PARAGRAPHS) >= 6 else 0):
            paragraphs = rng.sample(p.ESSAY_PARAGRAPHS, rng.randint(5, 6))
            opening = rng.choice(p.CLEAN)
            closing = rng.choice(p.CLEAN)
            greet = rng.choice([g for g in p.GREETINGS if g])
            sign_off = rng.choice([s for s in p.SIGN_OFFS if s])
            text = "\n\n".join(
                [greet, opening, *paragraphs, closing, f"{sign_off}\n{rng.choice(p.SIGNATURES)}"]
            )
            add("essay", ["length", "begging"], text)
        for _ in range(min(110, 4 * len(p.CLEAN))):
            add("clean", [], self.frame(self.clean(1, 4), bare=rng.random() < 0.08))
        return out

    def placeholder_draft(self, lines: list[tuple[str, str]]) -> str:
        greeting = next((line for place, line in lines if place == "greeting"), None)
        signature = next((line for place, line in lines if place == "signature"), None)
        body = self.clean(1, 3)
        for place, line in lines:
            if place == "body":
                body.insert(self.rng.randint(0, len(body)), line)
        return self.frame(body, greeting=greeting, signature=signature)


def write(path: Path, header: str, drafts: list[dict]) -> None:
    rows = [header, ""]
    for d in drafts:
        kinds = ", ".join(f'"{k}"' for k in d["kinds"])
        rows += [
            "[[draft]]",
            f'id = "{d["id"]}"',
            f"kinds = [{kinds}]",
            f"text = {_toml_string(d['text'])}",
            "",
        ]
    path.write_text("\n".join(rows), encoding="utf-8")
    assert tomllib.loads(path.read_text(encoding="utf-8"))["draft"] == drafts


def main() -> None:
    def hand(name: str) -> list[dict]:
        return tomllib.loads((HERE / name).read_text(encoding="utf-8"))["draft"]

    dev = (
        hand("legacy.toml")
        + hand("hand_dev2.toml")
        + Composer(parts_dev, seed=11).drafts("dev")
        + Composer(parts_dev2, seed=1111).drafts("dev2")
        + Composer(parts_dev3, seed=33).drafts("dev3")
        + Composer(parts_dev4, seed=44).drafts("dev4")
        + Composer(parts_dev5, seed=55).drafts("dev5")
        # The old frozen half, read after its one scoring, so dev now; its
        # seed and id prefix are kept so its drafts are the ones scored then.
        + hand("hand_dev6.toml")
        + Composer(parts_dev6, seed=2026).drafts("frozen")
    )
    write(HERE / "dev.toml", "# DEV half of the tone corpus: tune on this. Built by build.py.", dev)
    print(f"dev {len(dev)} drafts")


if __name__ == "__main__":
    main()
