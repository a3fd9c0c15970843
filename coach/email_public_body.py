"""A public body named by its kind and remit: "Department for Transport", "Ministry of Justice"."""

from __future__ import annotations

import re

# A capitalised word of the remit: "Transport", "Health", "National".
_WORD = r"[A-Z][\w'’-]*"
# "Department for Business and Trade", "Office of the Public Guardian", "Ministry of Works
# and Housing": the remit's words joined by "and", "&" or "of (the)", never by "for" (that
# is the sentence going on: "the Department for Education for the Economist role").
_REMIT = rf"(?:the\s+)?{_WORD}(?:\s+(?:(?:and|&|of(?:\s+the)?)\s+)?{_WORD}){{0,5}}"
_BODY = re.compile(rf"(Department|Ministry|Office)\s+(for|of)\s+{_REMIT}")


def public_body(text: str, alone: bool = False) -> bool:
    """Whether a text is a public body's whole name.

    "Department for X", "Office for X" and "Ministry of X" are only ever bodies. "Department
    of X" and "Office of X" may be a university's or a firm's part ("Department of
    Chemistry"): a body only when nothing larger is named above it (alone).
    """
    match = _BODY.fullmatch(text.strip())
    if not match:
        return False
    return alone or match.group(2) == "for" or match.group(1) == "Ministry"


def public_bodies_in(prose: str) -> list[str]:
    """The bodies a text names by "Department for" or "Ministry of" ("applying to the
    Department for Education")."""
    return [m.group(0) for m in _BODY.finditer(prose) if public_body(m.group(0))]


# "Thank you for applying to the Department of Health and Social Care": the body applied to,
# whichever form its name takes.
_APPLIED_TO = re.compile(
    rf"\b(?:applying|applied|application|apply)\s+(?:to|with)\s+the\s+({_BODY.pattern})"
)


def bodies_applied_to(prose: str) -> list[str]:
    """The bodies a letter says were applied to ("your application to the Ministry of X")."""
    return [m.group(1) for m in _APPLIED_TO.finditer(prose)]
