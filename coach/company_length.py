"""How long a company's name may be: a name, never a pasted page."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.model import Entry

# Longer than any real firm's registered name with its legal suffix; a pasted
# page as the company once filled every screen that names it.
COMPANY_MOST = 200


def company_too_long(company: str) -> str:
    """A plain message when the name is longer than COMPANY_MOST characters, else ''."""
    size = len(company.strip())
    if size <= COMPANY_MOST:
        return ""
    return (
        f"That is {size:,} characters; a company's name is far shorter. Keep it to "
        f"{COMPANY_MOST} or fewer (anything more belongs in the notes)."
    )


def left_out_of_import(where: str, company: str) -> str:
    """An imported entry whose company is too long: which one, and how to bring it in."""
    name = company.strip()
    start = name[:40].rstrip() + "…"
    return (
        f"{where} (company “{start}”) was left out: its company is "
        f"{len(name):,} characters, and a company's name is kept to {COMPANY_MOST} or fewer. "
        "Shorten it in the file (anything more belongs in the notes) and import the file "
        "again; the entries already in the journal are skipped."
    )


def too_long_to_import(
    entry: Entry,
    where: str,
    notes: list[str] | None,
    left_out: list[Entry] | None,
    problems: list[str],
) -> bool:
    """Whether an imported entry is left out for its company's length.

    With notes, it is said there and put in left_out (its plans wait for it),
    and the rest go in; without, the problem is added to problems, which
    refuse the file.
    """
    company = entry.company
    problem = company_too_long(company)
    if not problem:
        return False
    if notes is None:
        problems.append(f"{where}: {problem.rstrip('.')}")
        return True
    notes.append(left_out_of_import(where, company))
    if left_out is not None:
        left_out.append(entry)
    return True
