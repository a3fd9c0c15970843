"""What takes the warmth back after a quote: a contrast, a doubt, a cost, a question."""

from __future__ import annotations

import re

# "Since" joining a reason turns ("since nobody replied"); "since" telling
# time does not ("I've thought about it since.", "I have since adopted it").
SINCE = r"(?<!have\s)(?<!['’]ve\s)(?<!had\s)since(?!\s*(?:[.,!;:)\n]|$))"
# A turn after the quote takes the warmth back: a contrast, a correction, a
# doubt, a lesson learned the hard way, a cost, a question.
TURN = re.compile(
    r"\b(?:but|though|although|yet|given|"
    + SINCE
    + r"|means|meant|apparently|guess|guessing|suppose"
    r"|assume|imagine|only|unlike|except|even|despite|whereas|turns?\s+out|in\s+the\s+sense|shame|pity"
    r"|wonder|curious|sure|funny|interesting|strange|lesson|education|iron(?:y|ic)|jokes?"
    r"|laugh\w*|somehow|clearly|obviously|surely|of\s+course|as\s+if|whoever|nephew|niece"
    r"|cousin|unpaid|free|weeks|months|finally|eventually|should|understand|understood"
    r"|learn\w*|know\s+how|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|never|not)\b|\?",
    re.IGNORECASE,
)
