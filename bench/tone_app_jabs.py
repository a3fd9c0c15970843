"""A sentence typed into the app's own reply draft: is a jab still found, and a clean one let be?

`uv run python bench/tone_app_jabs.py` builds every draft the app can write
(coach/drafting.py: each template, stage and set of optional parts, with and
without a contact's name, a LinkedIn address and a phone number), then puts
one sentence into drafts drawn from them, at a place drawn too: as its own
paragraph, as its own line under a paragraph, or at the end of a paragraph's
line. The sentences come from writers the shipped sentence model was never
trained on (--writers):

- jabs: the sentence holding the first anger finding of each anger-only
  draft the check flags for anger as written;
- clean: every sentence of their clean drafts (warm, vivid and sad ones).

It prints how many jabs are found inside the template, and how many clean
sentences make the draft flagged, for the check as it stands and for the
check that weighs the template's own sentences as the person's (main before
tg30: coach/tone_app_words.py switched off).
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
from collections.abc import Callable, Iterator
from itertools import combinations
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, bench/ comes first on the path, and bench/email.py would
# then stand in for the standard library's email module (as in bench/scale.py).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]

from coach import tone  # noqa: E402
from coach.content.loader import load_content  # noqa: E402
from coach.drafting import build_draft  # noqa: E402
from coach.model import Entry, Profile, Stage  # noqa: E402
from coach.tone_corpus import load  # noqa: E402
from coach.tone_features import MIN_SENTENCE  # noqa: E402
from coach.tone_vader import sentences  # noqa: E402

DATA = Path(__file__).parents[1] / "tests" / "data" / "tone"
# Writers whose drafts came after the shipped weights (round 14's) were trained
# (tests/data/tone/README.md): dev files only, never the frozen halves.
WRITERS = ("writer21", "writer22", "writer23", "writer24p", "writer25p")
PLACES = ("paragraph", "line", "appended")


def app_drafts() -> list[str]:
    """Every draft the app writes: each template, stage, part set and profile."""
    templates = load_content().content.templates.values()
    out = []
    for template in templates:
        optional = template.optional_parts
        part_sets = [c for n in range(len(optional) + 1) for c in combinations(optional, n)]
        for stage in Stage:
            for contact in ("Priya Natarajan", ""):
                entry = Entry(
                    company="Northwind Labs",
                    stage=stage,
                    role="Senior Backend Engineer",
                    contact=contact,
                )
                for linkedin, phone in (("linkedin.com/in/sam", "+1 555 010 2030"), ("", "")):
                    profile = Profile(name="Sam Rivera", linkedin_url=linkedin, phone=phone)
                    for parts in part_sets:
                        out.append(build_draft(template, entry=entry, profile=profile, parts=parts))
    return sorted(set(out))


def inserted(draft: str, sentence: str, place: str, rng: random.Random) -> str:
    """The draft with the sentence put in at a drawn paragraph break, in the given way."""
    paragraphs = draft.split("\n\n")
    # After the greeting and before the sign-off part (the last paragraph and
    # its signature); a draft of greeting and sign-off only takes it between.
    at = rng.randrange(1, max(2, len(paragraphs) - 1))
    before = paragraphs[:at]
    if place == "paragraph":
        return "\n\n".join([*before, sentence, *paragraphs[at:]])
    if place == "line":
        return "\n\n".join([*before[:-1], before[-1] + "\n" + sentence, *paragraphs[at:]])
    return "\n\n".join([*before[:-1], before[-1] + " " + sentence, *paragraphs[at:]])


def body_sentences(text: str) -> Iterator[str]:
    """The sentences the model would judge, greetings, names and sign-offs aside."""
    for start, end in sentences(text):
        sentence = text[start:end].strip()
        if len(sentence) >= MIN_SENTENCE and not sentence.endswith(","):
            yield sentence


def pools(writers: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The jabs and clean sentences of the writers' dev files."""
    jabs: list[str] = []
    clean: list[str] = []
    for path in sorted(DATA.glob("*_dev_*.toml")):
        writer = path.name.split("_")[0]  # writer21a: writer 21's batch a
        if writer not in writers and writer.rstrip("abcdefgh") not in writers:
            continue
        for draft in load(path):
            if not draft.kinds:
                clean.extend(body_sentences(draft.text))
            elif draft.kinds == {"anger"}:
                found = [f for f in tone.check(draft.text) if f.kind == "anger"]
                if found:
                    line = draft.text.split("\n")[found[0].line - 1]
                    jabs.extend(s for s in body_sentences(line) if found[0].text[:20] in s)
    return sorted(set(jabs)), sorted(set(clean))


def flagged(text: str) -> list[str]:
    return [f.kind for f in tone.check(text)]


def run(
    sentences_: list[str], bases: list[str], rng: random.Random, per: int
) -> Iterator[tuple[str, str, str]]:
    """Each sentence put into `per` drawn drafts, in turn at each place."""
    for sentence in sentences_:
        for n in range(per):
            yield (
                sentence,
                PLACES[n % len(PLACES)],
                inserted(rng.choice(bases), sentence, PLACES[n % len(PLACES)], rng),
            )


def score(
    cases: list[tuple[str, str, str]], check: Callable[[str], list[str]], want: str
) -> tuple[int, dict[str, int]]:
    """How many cases the check flags (with `want` among the kinds, or with anything)."""
    hits = 0
    by_place = dict.fromkeys([*PLACES, "own draft"], 0)
    for _sentence, place, text in cases:
        kinds = check(text)
        if (want in kinds) if want else bool(kinds):
            hits += 1
            by_place[place] += 1
    return hits, by_place


# What each column of the figures checks: "main" weighs the template's
# sentences as the person's (tg30 switched off); "tg30" as shipped; "alone"
# is the sentence in a short draft of the person's own, with main's check.
VARIANTS: dict[str, list[Callable[[], Any]]] = {
    "main": [lambda: mock.patch("coach.tone.app_sentences", lambda _t: frozenset())],
    "tg30": [],
    "alone": [lambda: mock.patch("coach.tone.app_sentences", lambda _t: frozenset())],
}
SHORT = "Hi Priya,\n\nThank you for letting me know.\n\n{}\n\nBest wishes,\nSam"


def corpus(pattern: str) -> None:
    """Corpus drafts whose findings change: only those holding app words can."""
    from coach.tone_app_words import app_sentences

    held = changed = 0
    for path in sorted(DATA.glob(pattern)):
        for draft in load(path):
            if not app_sentences(draft.text):
                continue  # no app words: the check runs exactly as before
            held += 1
            now = flagged(draft.text)
            with mock.patch("coach.tone.app_sentences", lambda _t: frozenset()):
                before = flagged(draft.text)
            if sorted(now) != sorted(before):
                changed += 1
                label = ",".join(sorted(draft.kinds)) or "clean"
                print(f"   {path.name} {draft.id} ({label}): {before} -> {now}")
    print(f"corpus {pattern}: {held} drafts hold app words, {changed} change")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writers", nargs="*", default=list(WRITERS))
    parser.add_argument("--per", type=int, default=3, help="drafts each sentence goes into")
    parser.add_argument("--clean", type=int, default=600, help="clean sentences drawn (0: all)")
    parser.add_argument("--seed", type=int, default=30)
    parser.add_argument("--show", action="store_true", help="print the clean cases flagged")
    parser.add_argument("--variants", nargs="*", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument(
        "--corpus", metavar="GLOB", help="instead: corpus files whose drafts change"
    )
    args = parser.parse_args()
    if args.corpus:
        corpus(args.corpus)
        return
    bases = app_drafts()
    calm = [b for b in bases if not flagged(b)]
    # The rest hold a slot left unfilled ("Hi {contact_name},"), rightly flagged.
    print(f"{len(bases)} app drafts; {len(bases) - len(calm)} flagged as the app writes them")
    bases = calm
    jabs, clean = pools(tuple(args.writers))
    rng = random.Random(args.seed)
    if args.clean and len(clean) > args.clean:
        clean = rng.sample(clean, args.clean)
    jab_cases = list(run(jabs, bases, rng, args.per))
    clean_cases = list(run(clean, bases, rng, args.per))
    print(f"{len(jabs)} jabs and {len(clean)} clean sentences, each in {args.per} drafts")
    short_draft = [(s, "own draft", SHORT.format(s)) for s, _place, _text in jab_cases]
    short_clean = [(s, "own draft", SHORT.format(s)) for s, _place, _text in clean_cases]
    for name in args.variants:
        with contextlib.ExitStack() as stack:
            for patch in VARIANTS[name]:
                stack.enter_context(patch())
            jabs_in, clean_in = (
                (short_draft, short_clean) if name == "alone" else (jab_cases, clean_cases)
            )
            found, where = score(jabs_in, flagged, "anger")
            alarms, alarm_where = score(clean_in, flagged, "")
            print(
                f"{name}: jabs found {found}/{len(jabs_in)} {where}; "
                f"clean flagged {alarms}/{len(clean_in)} {alarm_where}",
                flush=True,
            )
            if args.show:
                for sentence, place, text in clean_in:
                    if flagged(text):
                        print(f"   clean flagged ({place}): {sentence}")


if __name__ == "__main__":
    main()
