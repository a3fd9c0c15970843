"""How long a company's name may be: a name, never a pasted page."""

from __future__ import annotations

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
