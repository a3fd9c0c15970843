"""A name made only of words for the work a department does ("People Services") names no firm."""

from __future__ import annotations

import re

from coach.email_clues import _TEAM_WORDS

# Words a department's or team's name is built from, besides the team words
# themselves: what it does ("Shared Services", "People & Culture", "HR
# Operations") and the word for the unit. None of them is a firm's own name.
_DEPARTMENT_WORD = re.compile(
    rf"(?:{_TEAM_WORDS})|services?|culture|resourcing|resources|human|shared|support|"
    r"experience|engagement|relations|development|learning|organisational|organizational|"
    r"workforce|employee|employees|staff|personnel|unit|department|division|function|office|"
    r"centre|center|desk|group|partnering|business|administration|"
    r"and|&|of|the|for",
    re.IGNORECASE,
)


def only_department_words(text: str) -> bool:
    """Whether every word of a name is a department's ("People Services", "Talent Acquisition")."""
    words = [w for w in re.split(r"[\s/,+]+", text.strip(" .,-|")) if w]
    return bool(words) and all(_DEPARTMENT_WORD.fullmatch(w) for w in words)
