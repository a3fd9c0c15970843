"""Per-field accuracy of the email reader on the frozen test half of tests/data/emails.

The test half is tests/data/emails/cases_frozen.py when it is there (see
make_fixtures.py); write the fixtures first, then score:

Run: uv run python tests/data/emails/make_fixtures.py
     uv run python bench/email.py             (the frozen test half: the figures to report)
     uv run python bench/email.py --half dev  (the half used while tuning the reader)
     uv run python bench/email.py --part x01  (one part alone, e.g. a new batch, scored blind)
     uv run python bench/email.py --by-part   (one line a part: fitting or generalising?)
     add --show to list every miss.

Names compare without case, accents, punctuation, a legal suffix ("Inc",
"GmbH", "AG", "S.r.l.", "B.V.", "Pty", "Corp.", "S.A. de C.V.") or, for the
contact, a leading title ("Dr. Helen Marsh" = "Helen Marsh", also "Mme",
"Frau", "Sra.", "Dott.ssa"); a role without an inclusive ending ("Chargé(e)"
= "Chargé", as "(m/w/d)" is left out of every label).
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named email.py, so its own folder must leave the import path
# before anything imports the standard library's email package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import unicodedata  # noqa: E402
from datetime import date  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.email_guess import guess_from_file  # noqa: E402
from coach.errors import CoachError  # noqa: E402

EMAILS = ROOT / "tests" / "data" / "emails"
TARGETS = {
    "company": 0.90,
    "role": 0.85,
    "contact": 0.85,
    "stage": 0.85,
    "date (.eml)": 0.95,
    "reapply_after": 0.90,
    "feedback_invited": 0.90,
}
# Longest first, so "S.A.S." goes whole and not as "S.A" and a stray "S.".
_LEGAL_WORDS = (
    r"inc|llc|ltd|gmbh|ab|plc|llp|co|ag|kg|se|sa|s\.a|sl|s\.l|sas|s\.a\.s|sarl|bv|b\.v|nv|n\.v|"
    r"spa|s\.p\.a|srl|s\.r\.l|lda|ltda|oy|pty|pvt|p\.v\.t|corp|corporation|incorporated|"
    r"limited|de c\.v|de cv|ggmbh|mbh|sp\. z o\.o|sp z oo|s\.c|e\.v"
).split("|")
_LEGAL = re.compile(
    r"\b(" + "|".join(sorted(_LEGAL_WORDS, key=len, reverse=True)) + r")\b\.?",
    re.IGNORECASE,
)
# A title before a name, in English and the other languages the fixtures use.
_HONORIFIC = re.compile(
    r"^\s*(?:dr|prof|professor|mr|mrs|ms|mx|miss|mme|mlle|m|frau|herr|sr|sra|srta|dhr|mevr|"
    r"sig|sig\.ra|dott|dott\.ssa|ing|dra)\b\.?\s+",
    re.IGNORECASE,
)


_INCLUSIVE_ENDING = re.compile(r"(?<=\w)\((?:e|a|o|ère|ere|euse|rice|ne|le|in|innen|x|as|es|os)\)")


def fold(value: object, field: str = "") -> object:
    """Names compare without case, accents, punctuation or a legal suffix."""
    if not isinstance(value, str):
        return value
    if field == "contact":
        value = _HONORIFIC.sub("", value)
    if field == "role":
        # "Chargé(e)", "Operador(a)": the inclusive ending is the same job, as "(m/w/d)" is.
        value = _INCLUSIVE_ENDING.sub("", value)
    plain = unicodedata.normalize("NFKD", _LEGAL.sub("", value)).encode("ascii", "ignore")
    return re.sub(r"[^a-z0-9]", "", plain.decode().lower()) or None


def score(half: str, show: bool, part: str | None = None) -> dict[str, tuple[int, int]]:
    """field -> (right, counted) over one half, or over one part when a part is named."""
    manifest = json.loads((EMAILS / "expected.json").read_text(encoding="utf-8"))
    tally: dict[str, list[int]] = {name: [0, 0] for name in TARGETS}
    tally["contact named none (no false name)"] = [0, 0]
    for case in manifest["emails"]:
        if (case.get("part") != part) if part else (case["split"] != half):
            continue
        today = date.fromisoformat(case.get("today", manifest["today"]))
        try:
            got = guess_from_file(EMAILS / case["file"], today).to_json()
        except CoachError as error:  # an unreadable email misses every field
            print(f"  unreadable {case['file']}: {error}")
            got = dict.fromkeys(("company", "contact", "role", "stage", "date", "reapply_after"))
            got["feedback_invited"] = None
        checks = {
            "company": ("company", True),
            "role": ("role", True),
            "stage": ("stage", True),
            "reapply_after": ("reapply_after", True),
            "feedback_invited": ("feedback_invited", True),
            "date (.eml)": ("date", case["file"].endswith(".eml")),
        }
        if case["contact"]:
            checks["contact"] = ("contact", True)
        else:
            checks["contact named none (no false name)"] = ("contact", True)
        for label, (name, counted) in checks.items():
            if not counted:
                continue
            want = case[name] if case[name] != "" else None
            right = fold(got[name], name) == fold(want, name)
            tally[label][0] += right
            tally[label][1] += 1
            if show and not right:
                print(f"  miss {label:<16} {case['file']}: got {got[name]!r}, want {case[name]!r}")
    return {k: (v[0], v[1]) for k, v in tally.items()}


def by_part(show: bool) -> None:
    """Each part's right/counted per field, one line a part, then the total."""
    manifest = json.loads((EMAILS / "expected.json").read_text(encoding="utf-8"))
    parts = sorted({case["part"] for case in manifest["emails"]})
    short = ["company", "role", "contact", "stage", "date", "reapply", "feedback", "no name"]
    print(f"{'part':<7}" + "".join(f"{name:>10}" for name in short))
    totals = [[0, 0] for _ in short]
    for part in parts:
        results = list(score("dev", show, part).values())
        cells = []
        for total, (right, counted) in zip(totals, results, strict=True):
            total[0] += right
            total[1] += counted
            cells.append(f"{right}/{counted}" if counted else "-")
        print(f"{part:<7}" + "".join(f"{cell:>10}" for cell in cells))
    print(f"{'all':<7}" + "".join(f"{r}/{c}".rjust(10) for r, c in totals))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("test", "dev"), default="test")
    parser.add_argument("--part", help='score one part alone ("d", "x01"), whatever its half')
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument(
        "--by-part", action="store_true", help="one line a part, to tell fitting from generalising"
    )
    args = parser.parse_args()
    if args.by_part:
        by_part(args.show)
        return
    results = score(args.half, args.show, args.part)
    if not any(total for _, total in results.values()):
        if args.part:
            sys.exit(
                f"No emails in part {args.part!r}. Put cases_{args.part}.py in tests/data/emails "
                "and run tests/data/emails/make_fixtures.py first."
            )
        sys.exit(
            f"No emails in the {args.half} half. The test half is "
            "tests/data/emails/cases_frozen.py: put it there and run "
            "tests/data/emails/make_fixtures.py first."
        )
    print(f"email reader, {f'part {args.part}' if args.part else f'{args.half} half'}")
    for name, (right, total) in results.items():
        share = right / total if total else 0.0
        target = TARGETS.get(name)
        verdict = "" if target is None else ("  ok" if share >= target else f"  BELOW {target:.0%}")
        print(f"  {name:<36} {right:>3}/{total:<3} {share:6.1%}{verdict}")


if __name__ == "__main__":
    main()
