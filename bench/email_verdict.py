"""How often the "not a rejection" check is right, per label, on labelled emails and the fixtures.

Each labelled file is TOML with `[[email]]` tables: id, label ("rejection" or
"not_rejection"), kind (invitation, offer, near miss ...), subject and text. An
email is read as a paste would be: its subject as a "Subject:" line, a blank
line, then its text. The check is right on a rejection when it says nothing,
and on a not_rejection when it gives a reason.

The 1,048 rejection fixtures of tests/data/emails (expected.json) are scored
too: every one must read as a rejection, as a refused one stops `coach import`.

Run: uv run python bench/email_verdict.py                       (the dev set in the repo)
     uv run python bench/email_verdict.py --file '/some/dir/*.toml'  (another set, e.g. frozen)
     add --show to list every miss, --by-kind for one line a kind,
     --no-fixtures to skip the 1,048 fixtures (they take a while).
"""

from __future__ import annotations

import sys
from pathlib import Path

# This folder holds email.py, which must not shadow the standard library's email package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import glob  # noqa: E402
import json  # noqa: E402
import tomllib  # noqa: E402
from collections import Counter  # noqa: E402
from datetime import date  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.email_guess import guess_from_email, guess_from_file  # noqa: E402
from coach.errors import CoachError  # noqa: E402

EMAILS = ROOT / "tests" / "data" / "emails"
DEV_GLOB = str(EMAILS / "not_rejections" / "*.toml")
TODAY = date(2026, 11, 27)
LABELS = ("rejection", "not_rejection")


def as_pasted(subject: str, text: str) -> str:
    """The email as a person would paste it: the subject line, then the text."""
    return f"Subject: {subject}\n\n{text}" if subject.strip() else text


def labelled(pattern: str) -> list[tuple[str, dict[str, str]]]:
    """(file name, email) for every `[[email]]` in the files the glob names."""
    files = sorted(glob.glob(pattern, recursive=True))
    if not files:
        sys.exit(f"No file matches {pattern!r}.")
    found = []
    for name in files:
        with open(name, "rb") as handle:
            data = tomllib.load(handle)
        for email in data.get("email", []):
            if email.get("label") not in LABELS:
                sys.exit(f"{name}: {email.get('id')!r} has label {email.get('label')!r}")
            found.append((Path(name).name, email))
    return found


def verdict(email: dict[str, str]) -> str:
    """The check's reason, "" when it reads the email as a rejection."""
    try:
        text = as_pasted(email.get("subject", ""), email.get("text", ""))
        return guess_from_email(text, TODAY).not_rejection
    except CoachError as error:
        return f"(unreadable: {error})"


def score_set(pattern: str, show: bool, by_kind: bool) -> None:
    """Per label (and per kind when asked), how many the check gets right."""
    emails = labelled(pattern)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    kind_right: Counter[tuple[str, str]] = Counter()
    kind_total: Counter[tuple[str, str]] = Counter()
    reasons: Counter[str] = Counter()
    for name, email in emails:
        label, kind = email["label"], email.get("kind", "?")
        why = verdict(email)
        ok = bool(why) == (label == "not_rejection")
        total[label] += 1
        right[label] += ok
        kind_total[label, kind] += 1
        kind_right[label, kind] += ok
        if why:
            reasons[why] += 1
        if show and not ok:
            said = why or "a rejection"
            print(f"  miss {label:<13} {kind:<16} {name}:{email.get('id')}: read as {said}")
    print(f'"not a rejection" check on {pattern} ({len(emails)} emails)')
    for label in LABELS:
        if total[label]:
            share = right[label] / total[label]
            print(f"  {label:<14} right {right[label]:>4}/{total[label]:<4} {share:6.1%}")
    if by_kind:
        for label, kind in sorted(kind_total):
            r, t = kind_right[label, kind], kind_total[label, kind]
            print(f"    {label:<14} {kind:<24} {r:>3}/{t:<3}")
    for why, count in reasons.most_common():
        print(f"    reason given {count:>4}x: {why}")


def score_fixtures(show: bool) -> None:
    """How many of the rejection fixtures the check refuses (the target is none)."""
    manifest = json.loads((EMAILS / "expected.json").read_text(encoding="utf-8"))
    refused = 0
    for case in manifest["emails"]:
        today = date.fromisoformat(case.get("today", manifest["today"]))
        why = guess_from_file(EMAILS / case["file"], today).not_rejection
        if why:
            refused += 1
            if show:
                print(f"  refused fixture {case['file']}: {why}")
    count = len(manifest["emails"])
    flag = "  ok" if refused == 0 else "  SHOULD BE 0"
    print(f"rejection fixtures: {count - refused}/{count} read as rejections{flag}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=DEV_GLOB, help="glob of labelled TOML files")
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument("--by-kind", action="store_true", help="one line a label and kind")
    parser.add_argument("--no-fixtures", action="store_true", help="skip the 1,048 fixtures")
    args = parser.parse_args()
    score_set(args.file, args.show, args.by_kind)
    if not args.no_fixtures:
        score_fixtures(args.show)


if __name__ == "__main__":
    main()
