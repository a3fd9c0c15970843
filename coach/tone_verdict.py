"""A verdict on the employer's decision: their side, in its own clause, judged wrong."""

from __future__ import annotations

import re

from coach.tone_span import Span

# Who judges whom. A reply that tells the employer they made a mistake, missed
# what the writer can do or lost out is an accusation, however politely framed
# ("With respect, your process missed what I can do"). It is one only when the
# clause's own subject is their side: the writer's own slip ("I made a
# mistake") is theirs to own, and someone else's words ("my friend thinks ...")
# are reported, not said. The clause must say it outright: not denied ("I don't
# think you made a mistake", "you didn't miss a thing"), not put as a condition
# ("if you feel you made the wrong call"), not asked, not in quotes.

REASON = "judges their decision; they will only defend it"
SUGGESTION = (
    "I'm disappointed, but I respect your decision. "
    "Could you share what would have made my application stronger?"
)

# Their side as a clause's subject: the reader, their people, their process.
_PEOPLE = (
    r"team|panel|process|company|firm|organi[sz]ation|interviewers?|recruiters?|recruitment"
    r"|hiring|managers?|board|hr|committee|system|screening|assessors?|business|employer"
    r"|department|leadership|decision-makers?|algorithm|ats|software|selection"
)
_SUBJECT = (
    r"(?:you(?:\s+(?:guys|all|lot|people|two|both))?|y'all"
    rf"|(?:your|the)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_PEOPLE})\b"
    r"|whoever(?:\s+[\w'-]+){1,4}?)"
)
# What may stand between the subject and its verb: auxiliaries and adverbs,
# never a negation (a denied verdict is no verdict), nor a modal that makes it
# a doubt or a hypothesis ("the panel may have underestimated my experience",
# "you'd regret not seeing a demo"): argued, not charged, and the writers
# label those begging alone.
_BETWEEN = (
    r"(?:'ve|'re|'ll)?(?:\s+(?:really|honestly|clearly|simply|just|truly|definitely"
    r"|certainly|probably|obviously|genuinely|seriously|badly|completely|totally|both|all"
    r"|will|have|has|had|are|is|were|was|be|been|did|do|does"
    r"|seem\s+to\s+have|seems\s+to\s+have|appear\s+to\s+have|appears\s+to\s+have))*"
)
_SIZE = (
    r"(?:(?:big|huge|massive|serious|grave|real|costly|terrible|major|bad|enormous"
    r"|fundamental|clear|genuine|very|really|potentially|possible|bit\s+of\s+a|such\s+a"
    r"|quite\s+a|colossal|glaring|short-?sighted|expensive|classic|rookie)\s+)*"
)
_ERROR = r"(?:mistake|error|misjudge?ment|blunder|misstep)"
_WRONG_THING = r"wrong\s+(?:call|choice|decision|move|hire|pick|one|judge?ment|person|candidate)"
# What the writer could do, or is worth, as the thing they missed or undervalued.
_WORTH = (
    r"(?:me\b|us\b|how\s+much\s+i\b"
    r"|what\s+i\s+(?:(?:can|could|would|will|might)\s+)?(?:do|bring|offer|contribute|achieve|add"
    r"|deliver|have|had)\b|what\s+i\s+(?:can|could|would|will)\b"
    r"|my\s+(?:[\w'-]+\s+){0,3}?(?:potential|strengths?|experience|skills?|skillset|value|talents?"
    r"|abilit(?:y|ies)|qualifications?|achievements?|record|background|worth|passion|expertise"
    r"|knowledge|capabilit(?:y|ies)|contributions?|qualities|merits?|credentials)\b"
    r"|(?:a|an|one|the|some|real|true|great|good|genuine|top)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:candidate|hire|asset|talent|opportunity|trick|gem|applicant|fit)\b"
    r"|talent\b|the\s+(?:mark|point|boat|bigger\s+picture|obvious)\b"
    r"|something\s+(?:special|important|big|great|good|valuable)\b|so\s+much\b)"
)
_MISSED = (
    r"(?:missed|overlooked|ignored|underestimated|undervalued|underrated|misjudged|misread"
    r"|dismissed|wrote\s+off|written\s+off|passed\s+over"
    r"|failed\s+to\s+(?:see|spot|notice|recogni[sz]e|appreciate|value|understand|reali[sz]e|grasp)"
    r"|(?:didn't|did\s+not)\s+(?:see|spot|notice"
    r"|recogni[sz]e|appreciate|value))\s+"
)
_PREDICATE = (
    rf"(?:(?:made|making)\s+(?:(?:a|an|one|the|another|such\s+a|quite\s+a)\s+)?{_SIZE}"
    rf"(?:{_ERROR}|{_WRONG_THING})"
    r"|(?:got|get|have|had)\s+(?:it|this|that|me|us|things|everything)\s+"
    r"(?:(?:so|all|completely|totally|badly|very|dead)\s+)*wrong\b"
    r"|(?:were|are|was|'re)\s+(?:(?:so|completely|totally|very|dead|just|simply|quite)\s+)*"
    r"wrong(?=\s+(?:about|on|to)\b|\s*[.!;,\n]|\s*$)"
    r"|(?:picked|chose|chosen|hired|selected|backed|went\s+(?:with|for)|gone\s+(?:with|for))"
    rf"\s+(?:the\s+)?{_WRONG_THING}"
    rf"|{_MISSED}{_WORTH}"
    rf"|(?:lost|losing|lose|missing|miss|missed)\s+out(?:\s+on\s+{_WORTH}|(?=\s*[.!;,\n]|\s*$))"
    r"|(?:lost|losing|lose)\s+(?:a|an|one|some|real|great|good)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:candidate|hire|asset|talent|employee)\b"
    r"|(?:dropped|drop|dropping)\s+the\s+ball\b|(?:blew|blown)\s+it\b(?!\s+(?:out|away))"
    r"|(?:regret|come\s+to\s+regret)\s+(?:this|that|it|the|your|letting|passing|not|turning"
    r"|rejecting)\b)"
)
_THEIR_VERDICT = re.compile(rf"(?<![\w'’]){_SUBJECT}{_BETWEEN}\s+{_PREDICATE}")
# Their decision, or what they did to the writer, said to be a mistake.
_DEED = (
    r"(?:(?:your|this|that|the)\s+(?:(?:final|hiring|recruitment)\s+)?(?:decision|choice|call"
    r"|verdict|judge?ment|selection)"
    r"|(?:letting|turning|passing|rejecting|dropping|not\s+(?:hiring|choosing|picking"
    r"|selecting|taking))\s+(?:me|on\s+me)(?:\s+(?:go|down|up|over))?)"
)
_DEED_WRONG = re.compile(
    rf"(?<![\w'’]){_DEED}\s+(?:was|is|'s|will\s+be|would\s+be|has\s+been|seems|feels)\s+"
    rf"(?:(?:a|an|the)\s+)?{_SIZE}(?:{_ERROR}|wrong\b(?:\s+(?:one|call|choice|decision))?)"
    rf"|(?<![\w'’])it\s+(?:was|is|'s|will\s+be|would\s+be)\s+(?:a|an)\s+{_SIZE}{_ERROR}\s+"
    r"(?:not\s+)?to\s+(?:let|pass|reject|turn|overlook|dismiss|hire|choose|pick|drop|ignore)\b"
    rf"|(?<![\w'’])(?:a|an)\s+{_SIZE}{_ERROR}\s+on\s+your\s+(?:part|side|end)\b"
)

# A prepositional tail that makes "a mistake" one of fact ("with the date"),
# unless it names the decision or the writer ("in letting me go", "with this").
_TAIL = re.compile(r"\s+(?:with|in|on|about|regarding|over|at|re)\s+((?:[\w'-]+\s*){1,5})")
_DECISION_WORDS = re.compile(
    r"\b(?:decision|decid\w*|choice|chos\w*|choos\w*|hir\w*|candidate|application|reject\w*"
    r"|letting|passing|turning|dropping|pick\w*|select\w*|outcome|this|that|here|there"
    r"|your\s+part|me\s+go|on\s+me)\b"
)

# Clause breaks, and what before the verdict in its clause undoes it.
_CLAUSE = re.compile(
    r"[,;:()\n–—]|\s-\s|\b(?:and|but|so|because|though|although|while|whereas|or)\b"
)
_DENIED = re.compile(r"(?:\b(?:not|never|no|nobody|hardly|cannot)\b|n't\b|n’t\b)", re.IGNORECASE)
# A condition, or a doubt ("maybe you missed ...") as a modal before the verb is one.
_CONDITION = re.compile(
    r"\b(?:if|unless|whether|in\s+case|suppose|supposing|imagine|as\s+if|as\s+though|wonder"
    r"|maybe|perhaps|possibly)\b"
)
# Someone other than the writer reporting it: "my friend thinks", "your email
# said", "my boyfriend keeps telling me": the word heading the reporting verb.
_REPORTED = re.compile(
    r"\b([\w'’]+)\s+(?:(?:always|also|honestly|really|just|even|once|keeps|kept|keep|was|is"
    r"|has|have|had|been|still|all|both|do|does|did|genuinely|truly|strongly|personally"
    r"|actually|sincerely|firmly|must|would|can|definitely|do\s+still)\s+)*(?:say|said|says"
    r"|saying|tell|told|tells|telling|think|thinks|thinking|thought|reckon|reckons|reckoned"
    r"|believe|believes|believed|feel|feels|felt|joked|jokes|joking|insist|insists|insisted"
    r"|claim|claims|claimed|wrote|writes|remind|reminds|reminded)\b"
)
_WRITER = frozenset({"i", "we", "i've", "i'd", "i'll", "i'm"})
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def verdicts(text: str) -> list[Span]:
    """Each clause judging their decision wrong, as an anger span from their side to the verdict."""
    lowered = _lower(_QUOTED.sub(lambda m: " " * len(m.group()), text))
    spans: list[Span] = []
    for sentence in _SENTENCE.finditer(lowered):
        if sentence.group().rstrip().endswith("?"):
            continue  # asked, not said: "did you miss something?"
        start = sentence.start()
        body = sentence.group()
        for found in (*_THEIR_VERDICT.finditer(body), *_DEED_WRONG.finditer(body)):
            if _holds(body, found):
                spans.append(
                    Span(start + found.start(), start + found.end(), "anger", REASON, SUGGESTION)
                )
    return sorted(set(spans), key=lambda s: s.start)


def _holds(sentence: str, found: re.Match[str]) -> bool:
    """True when nothing in the verdict's clause denies it, makes it a condition or reports it."""
    breaks = [m.end() for m in _CLAUSE.finditer(sentence, 0, found.start())]
    clause = sentence[breaks[-1] if breaks else 0 : found.start()]
    if _DENIED.search(clause) or _CONDITION.search(clause):
        return False
    if re.search(
        r"\b(?:don't|do not|didn't|never|not)\s+(?:\w+\s+)?(?:think|believe|say"
        r"|saying|mean|suggest)",
        sentence[: found.start()],
    ):
        return False
    # The reporter is in the verdict's own clause: "the recruiter said they'd call,
    # but you made the wrong call" is the writer's verdict.
    reporter = [m.group(1) for m in _REPORTED.finditer(clause)]
    if reporter and reporter[-1] not in _WRITER:
        return False
    return _of_the_decision(sentence, found.end())


def _of_the_decision(sentence: str, end: int) -> bool:
    """A mistake "with the date" is a slip of fact; "with this decision" is their judgement."""
    if not re.search(rf"(?:{_ERROR}s?)$", sentence[:end]):
        return True
    tail = _TAIL.match(sentence, end)
    return tail is None or bool(_DECISION_WORDS.search(tail.group(1)))


def _lower(text: str) -> str:
    """The text in lower case, curly apostrophes straightened, offset for offset."""
    straight = text.replace("’", "'")
    lowered = straight.lower()
    if len(lowered) == len(straight):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in straight)
