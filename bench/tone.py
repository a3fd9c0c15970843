"""Time coach.tone.check on a 400-word draft against VADER's polarity_scores alone."""

from __future__ import annotations

import timeit
from collections.abc import Callable

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from coach import tone

# One gracious paragraph and one heated one, so both the skip path and the
# VADER path of check() are exercised.
GRACIOUS = (
    "Thank you for the update on my application for the Backend Engineer role, "
    "and for the opportunity to interview with the team. I am continuing to work "
    "on both my technical and interpersonal skills, and I would really appreciate "
    "any constructive feedback you could share. I enjoyed learning about Northwind "
    "and would love to apply again when a better-suited role comes up. "
)
HEATED = (
    "Honestly I was furious and disappointed by how badly this was handled, and "
    "I don't think the process was fair to anyone. Please reconsider, I really "
    "need this job. I might post about it on LinkedIn so everyone can see. "
)


def draft(source: str, words: int = 400) -> str:
    """A reply of exactly `words` words, cycling through `source`."""
    pool = source.split()
    body = (pool * (words // len(pool) + 1))[: words - 3]
    return "Hi Sam,\n\n" + " ".join(body) + "\n\nJane"


def best_of(fn: Callable[[], object], repeat: int = 7, number: int = 50) -> float:
    """Best mean seconds per call over `repeat` rounds of `number` calls."""
    return min(timeit.repeat(fn, repeat=repeat, number=number)) / number


def main() -> None:
    text = draft(GRACIOUS * 3 + HEATED)
    vader = SentimentIntensityAnalyzer()
    tone.check(text)  # build the cached analyzer outside the timing

    t_vader = best_of(lambda: vader.polarity_scores(text))
    t_check = best_of(lambda: tone.check(text))
    findings = tone.check(text)

    print(f"draft: {len(text.split())} words, {len(text)} chars")
    print(f"vader polarity_scores: {t_vader * 1e3:7.3f} ms")
    print(f"tone.check:            {t_check * 1e3:7.3f} ms ({len(findings)} findings)")
    print(f"ratio check / vader:   {t_check / t_vader:7.2f}x (target <= 2x)")

    clean = draft(GRACIOUS)
    t_clean = best_of(lambda: tone.check(clean))
    t_vclean = best_of(lambda: vader.polarity_scores(clean))
    print(
        f"gracious-only draft ({len(clean.split())} words): "
        f"check {t_clean * 1e3:.3f} ms vs vader {t_vclean * 1e3:.3f} ms "
        f"({t_clean / t_vclean:.2f}x)"
    )


if __name__ == "__main__":
    main()
