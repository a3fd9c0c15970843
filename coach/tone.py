"""Tone check: point at the words in a reply draft that a calm friend would question."""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

KINDS = ("anger", "begging", "public", "apology", "shouting", "placeholder", "length")

# A thank-you note with a feedback request and a sign-off fits in ~150 words;
# past 250 it has become a cover letter or an argument.
WORD_LIMIT = 250

# VADER compound score at or below which a sentence reads as hostile. Tuned on
# tests/data/tone_corpus.toml: honest sadness ("I'm sad it didn't work out")
# stays above it once rejection words are damped (see _DAMPED).
ANGER_COMPOUND = -0.6


# Words a rejection reply uses honestly ("disappointed", "unfortunately").
# VADER scores them as strongly negative; at full weight they would flag the
# gracious replies the brief asks for, so they count for a third.
def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_DAMPED = _words(
    """disappointed disappointing disappointment rejection rejected reject
    rejecting unfortunately unfortunate unsuccessful sad sadly sadness miss
    missed missing lost lose losing fail failed failing failure hard tough
    sorry regret regrets upset hurt hurts sting stings nervous struggled
    struggle mistake mistakes bad badly shame pity worried worry worries
    difficult stress stressed"""
)
_DAMPING = 1 / 3


@dataclass(frozen=True)
class Finding:
    """One stretch of a draft that risks the reply, and why."""

    kind: str
    line: int
    column: int
    length: int
    text: str
    reason: str
    suggestion: str = ""


@dataclass(frozen=True)
class _Rule:
    kind: str
    pattern: re.Pattern[str]
    reason: str
    suggestion: str


def _rule(kind: str, pattern: str, reason: str, suggestion: str = "") -> _Rule:
    # Patterns are written with plain spaces and straight apostrophes; drafts
    # pasted from mail clients have line breaks and curly quotes.
    body = pattern.replace(" ", r"\s+").replace("'", "['’]")
    compiled = re.compile(rf"(?<![\w'’])(?:{body})(?![\w'’])", re.IGNORECASE)
    return _Rule(kind, compiled, reason, suggestion)


_THANKS = "Thank you for letting me know."
_FUTURE = "I'd be glad to be considered for future roles."

# Order matters: the first rule to claim words keeps them, so self-directed
# insults ("I'm such an idiot") are apology, not anger at the reader.
_RULES: tuple[_Rule, ...] = (
    # apology and self-deprecation
    _rule(
        "apology",
        r"i(?:'m| am| was| feel| felt)"
        r" (?:(?:so|such|really|just|a|an|complete|total|utter|like a|like an) ){0,3}"
        r"(?:failure|idiot|fool|stupid|useless|hopeless|worthless|loser|"
        r"incompetent|pathetic|embarrassment|disappointment)",
        "puts yourself down; they will remember you the way you describe yourself",
        "Leave it out, or say what you are working on instead.",
    ),
    _rule(
        "apology",
        r"sorry (?:to|for|about) (?:bother|disturb|trouble|intrud|pester)\w*"
        r"|sorry (?:to have|for|about) (?:taking|wasting|using)(?: up)?"
        r"|apologi[sz]e for (?:bothering|wasting|taking|disturbing|the trouble)"
        r"|(?:a |such a )?waste of your time|wasted your time"
        r"|sorry (?:that )?i (?:even )?(?:applied|bothered|wasted)",
        "apologises for being in touch; replying is normal and welcome",
        "Thank you for your time.",
    ),
    _rule(
        "apology",
        r"(?:not|never) (?:good|smart|talented|clever|strong|qualified|experienced) enough"
        r"|i (?:don't|do not) deserve|i should(?:n't| not| never) have (?:even )?applied"
        r"|for even (?:talking|speaking|considering|interviewing|meeting)"
        r"|i(?:'m| am) (?:just )?(?:a )?nobody|i always (?:fail|mess|ruin|blow)\w*"
        r"|i (?:blew|ruined) (?:it|everything)|embarrass(?:ed|ing) myself"
        r"|made a fool of myself|sorry you had to",
        "self-deprecation; a no is not a verdict on your worth",
        "I'm working on getting stronger in this area.",
    ),
    # begging
    _rule(
        "begging",
        r"(?:please|kindly|could you|would you|can you|you could|you would|will you"
        r"|ask you to|beg you to)(?: \w+){0,2} (?:reconsider|rethink)"
        r"|(?:reconsider|rethink|revisit|reverse|overturn) (?:my|your|the|this)"
        r" (?:application|decision|candidacy|choice)",
        "asks them to reverse a decision that is already made",
        _FUTURE,
    ),
    _rule(
        "begging",
        r"(?:give|giving|grant|offer) me (?:just )?(?:another|a second|one more|one last"
        r"|a|one) (?:chance|shot|try)"
        r"|(?:just )?one (?:more|last) (?:chance|shot|try)"
        r"|(?:a second|another) (?:chance|shot|try) (?:at|to prove|to show|to redo"
        r"|to retake|to interview)"
        r"|(?:ask|asking|beg|begging|plead|pleading) (?:you )?for (?:a second|another"
        r"|one more|a) (?:chance|shot)|please,? please"
        r"|let me (?:try|do|redo|retake|take|have)(?: \w+){0,3} again",
        "asks for another chance; that reads as pleading after a no",
        _FUTURE,
    ),
    _rule(
        "begging",
        r"prove (?:myself|i can|that i|to you|my worth|my value)"
        r"|(?:let me )?show you what i can do",
        "offers to prove yourself; they have decided, and it sounds like pleading",
        "I hope to apply again when I'm a stronger fit.",
    ),
    _rule(
        "begging",
        r"i (?:really |desperately |badly |truly |)need (?:this|the)(?: (?:job|role"
        r"|position|offer|opportunity|money))?"
        r"|i(?:'m| am) (?:so |really |getting |)desperate|desperately"
        r"|i(?:'m| am) begging|i beg(?: you)?|pleading"
        r"|(?:my family|my kids|my children|my rent) (?:depends?|relies|rely)",
        "tells them how badly you need it; pressure, not a reason to hire",
        "",
    ),
    _rule(
        "begging",
        r"i(?:'ll| will| would|'d) do anything|change your (?:mind|opinion)"
        r"|(?:give|offer|let) me (?:a |an )?(?:\w+ )?trial"
        r"|work for free|(?:take|accept|do) any (?:role|job|position)|any role at all"
        r"|foot in the door|(?:a )?lower salary|(?:a )?pay cut|(?:even )?unpaid"
        r"|please don't (?:close|reject|give up|turn me|say no|forget|discard)",
        "bargains to change their mind; it undersells you",
        _FUTURE,
    ),
    # public
    _rule(
        "public",
        r"glassdoor|trustpilot|teamblind|name and shame|go(?:ing)? public",
        "mentions a public review site; it reads as a threat",
        "Share the experience with a friend, not the company's review page.",
    ),
    _rule(
        "public",
        r"(?:post|share|sharing|shared|tweet|publish|thread|blog|expos|(?:write"
        r"|writing|written|wrote) (?:up|about))\w*(?: \S+){0,8}? (?:on|to|in)"
        r" (?:reddit|twitter|x|tiktok|youtube|facebook|instagram|social media"
        r"|the internet|hacker news|blind|medium|my blog)"
        r"|(?:post|posting|publish\w*|(?:write|writing|wrote) about)(?: \S+){0,8}?"
        r" on linkedin"
        r"|linkedin (?:post|article)|followers on (?:twitter|x|linkedin)"
        r"|(?:post|posting|blog|blogging|tweet|tweeting|write|writing|thread)"
        r" (?:about|on) (?:this|it|you|your|how|the way|my experience)"
        r"|(?:thread|tweet|post) on (?-i:X)|blog post|(?:will|going to|'ll) publish"
        r"|(?:post|share|put)\w*(?: \w+){0,4} online|online reviews?"
        r"|screenshots? of (?:our|your|the|these|all)(?: \w+)? (?:emails?|messages?"
        r"|conversations?|chats?|correspondence)",
        "announces a public post about them; angry posts follow you",
        "Write it in your journal instead; the urge passes.",
    ),
    _rule(
        "public",
        r"(?:leave|leaving|write|writing|post|posting|give|giving)"
        r"(?: \w+){0,3} reviews?|(?:one|1)[ -]star"
        r"|tell (?:everyone|everybody|all my|the world|other candidates|others)"
        r"|let (?:everyone|everybody|the world|people|others) know"
        r"|(?:everyone|everybody|people|others|candidates)(?: \w+){0,4}? (?:deserves? to"
        r"|will|should|can|is going to|are going to) (?:know|see|hear)|warn\w*(?: \w+){0,3}"
        r" (?:others|candidates|people|everyone|community|world)"
        r"|expose (?:you|your|this|the company)",
        "announces telling others about them; it reads as a threat",
        "Share the experience with a friend, not the company's review page.",
    ),
    # anger: sarcasm
    _rule(
        "anger",
        r"thanks for nothing|(?:real|such a) shame(?= that| your| you)"
        r"|what a shame(?= that| your| you)|how convenient|must be nice"
        r"|good luck (?:finding|with that|replacing)|your loss|hope you're happy"
        r"|congrat\w* on (?:hiring|finding|choosing|picking)|what a waste"
        r"|i'm sure (?:that|it) was (?:\w+ )?(?:fair|honest)",
        "sounds sarcastic; it will be read as a parting shot",
        _THANKS,
    ),
    _rule(
        "anger",
        r"(?:you|you've|you have|you're|you are|your \w+|they|they've|whoever \w+)"
        r" clearly|clearly (?:you|your|nobody|no one|no-one)",
        "'clearly' aimed at them reads as sarcasm",
        "Say it plainly, or leave it out.",
    ),
    _rule("anger", r"/s", "'/s' marks the sentence as sarcasm", _THANKS),
    # anger: insults and contempt
    _rule(
        "anger",
        r"idiots?|stupid|morons?|clowns?|incompeten(?:t|ce)|clueless|pathetic"
        r"|ridiculous|absurd|amateur(?:s|ish)?|unprofessional|disgrace(?:ful)?"
        r"|lazy|garbage|trash|rubbish|useless|insulting|disrespectful|rude|arrogant"
        r"|shameful|shame on you|disgusting|laughable|(?:is|was|are|were|'s)"
        r" (?:a |such a )?(?:total |complete )?joke|what a joke|(?:total|complete) joke"
        r"|worst (?:hiring|recruiting|recruitment|company|employer|process|experience)",
        "insults them; it closes the door and it is what they will remember",
        "I was disappointed by the outcome.",
    ),
    # anger: accusing unfairness or incompetence
    _rule(
        "anger",
        r"unfair|not fair|biased|rigged|discriminat\w*|a sham|a scam"
        r"|already (?:picked|chosen|decided|had someone)"
        r"|(?:didn't|did not|never) even (?:read|look|open|listen|bother|gave|give)\w*"
        r"|(?:nobody|no one|no-one) (?:even |actually )?(?:read|looked|listened|bothered)"
        r"|can't recogni[sz]e talent"
        r"|(?:don't know|no idea) what (?:you're|you are|they're|they) (?:doing|want)"
        r"|lied|liars?|lying to (?:me|us|candidates)|dishonest|tone-deaf|heartless"
        r"|ghosted|how dare you|you people"
        r"|(?:someone|somebody|a candidate) (?:cheaper|less qualified|younger)"
        r"|if (?:you|your \w+|anyone) (?:had )?(?:bothered|cared|taken the time)",
        "accuses them of unfairness or incompetence; they will only defend it",
        "Could you share what would have made my application stronger?",
    ),
    _rule(
        "anger",
        r"waste of (?:my|everyone's|our) time|wasted (?:my|weeks|months|days|so much)"
        r"|waste everyone's time|wasting (?:my|everyone's) time"
        r"|you(?:'ve| have| will|'ll)? (?:made a (?:\w+ )?mistake|regret)"
        r"|i hate|hate (?:you|your|this|that|how)"
        r"|never (?:apply|work|deal|interview)\w*(?: \w+){0,4} again"
        r"|screw you|go to hell|f\*+k|fuck\w*|shit\w*|bullshit|wtf|ffs",
        "bitter or hostile wording; it burns a bridge you may want later",
        "I was disappointed by the outcome.",
    ),
)


# Acronyms that are written in capitals, not shouted.
_ACRONYMS = _words(
    """API APIS AWS SQL NOSQL USA UK EU US UAE CEO CTO CFO COO CIO CPO CMO VP SVP
    QA UI UX ASAP FAQ PDF URL HTML CSS JSON XML YAML REST HTTP HTTPS NYC GCP SRE
    SDK CLI IDE MBA GPA ETA AI ML NLP LLM IT OK PST EST PDT EDT GMT UTC CET BST
    TBD FYI ATS CRM ERP KPI KPIS OKR OKRS ROI SEO GDPR CI CD IOS GIS NASA IBM SAP
    AMD NVIDIA MIT UCLA NYU NHS BBC PHP JVM GPU CPU RAM SSD DNS TCP IP VPN SSO
    SAML LDAP ETL ELT BI DBA SLA SLO SLI SAAS PAAS B2B B2C SMB PM TPM EM IC SWE
    SDE DEI STEM CAD CNC RN CPA CFA PMP USD EUR GBP AUD NDA PTO OOO EOD EOW COB
    AWS GCP AZ DC NY SF LA CV HR CS PHD BSC MSC BA BS MS GRE IELTS TOEFL ISO SOC
    PCI HIPAA SOX RFC RFP MVP POC CRUD OOP TDD BDD DDD CICD GIT SVN ECS EKS GKE
    AKS EC2 S3 IAM VPC RDS SQS SNS UPS FBI"""
)
# Short capitalised words that are ordinary words when written small: if one of
# these is in capitals, it is emphasis. Longer unknown capitals are shouting.
_LOUD_SHORT = _words(
    """THE AND BUT NOT YOU YOUR ARE WAS WERE WHY HOW WHAT WHO ALL ANY NOW NEW YES
    DID DONT CANT WONT CAN JUST VERY MUCH SUCH EVEN EVER THIS THAT THEM THEY
    THEN HAVE HAD HAS WILL WITH FROM FOR ONE BEST GOOD BAD SAD MAD HATE LOVE
    NEED WANT KNOW SURE JOKE LIE LIES LIAR FAIR HELP STOP LAST TIME TEAM JOB
    ROLE ONLY MOST LIKE WAY REAL OMG LOL DAMN HELL SHUT WOW OUT OFF GET GOT SEE
    SAY SAID TOLD WELL WAIT SO ME MY NO"""
)
_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’]*\b(?:[ ,]+\b[A-Z][A-Z'’]*\b)*")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'’]*\b")
_PUNCT_RUN = re.compile(r"[!?]{2,}")
# Capitals inside links and addresses (linkedin.com/in/JANE-DOE) are not shouts.
_LINKISH = re.compile(r"\S*(?:/|@|\w\.\w)\S*")

_PLACEHOLDER = re.compile(r"\{\{?[a-z][a-z0-9_]*\}\}?")
_FIELD_HINTS = {
    "contact_name": "the contact's name",
    "job_title": "the role you applied for",
    "company": "the company's name",
    "your_name": "your name",
    "linkedin_url": "your LinkedIn URL, or delete the line",
    "phone_number": "your phone number, or delete the line",
}

_LINE_BREAK = re.compile(r"[\r\n]")
_WORD = re.compile(r"\S*\w\S*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")
# Repeated apologies, not counting the kind ones ("sorry to hear").
_APOLOGY_WORD = re.compile(
    r"\b(?:sorry|apologi[sz]e\w*|apologies)\b"
    r"(?!\s+(?:to\s+hear|for\s+(?:the|my)\s+(?:late|slow|delayed)))",
    re.IGNORECASE,
)
_APOLOGY_LIMIT = 3


def check(text: str) -> list[Finding]:
    """Return what in the draft risks the reply, sorted by position."""
    spans: list[tuple[int, int, str, str, str]] = []
    claimed = _phrase_spans(text)
    spans += claimed
    spans += _apology_repeats(text, claimed)
    spans += _vader_anger(text, claimed)
    spans += _shouting(text)
    spans += _placeholders(text)
    spans += _length(text)
    locate = _Locator(text)
    findings = [locate.finding(*span) for span in spans]
    return sorted(findings, key=lambda f: (f.line, f.column, KINDS.index(f.kind)))


def findings_to_json(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    """Findings as plain dicts for `coach check --json`."""
    return [dataclasses.asdict(f) for f in findings]


def format_finding(f: Finding) -> str:
    """One finding as `LINE:COL kind: reason`."""
    return f"{f.line}:{f.column} {f.kind}: {f.reason}"


# A span is (start, end, kind, reason, suggestion) in character offsets.
_Span = tuple[int, int, str, str, str]


def _phrase_spans(text: str) -> list[_Span]:
    spans: list[_Span] = []
    for rule in _RULES:
        for m in rule.pattern.finditer(text):
            start, end = m.span()
            if any(s < end and start < e for s, e, *_ in spans):
                continue
            spans.append((start, end, rule.kind, rule.reason, rule.suggestion))
    return spans


def _apology_repeats(text: str, claimed: list[_Span]) -> list[_Span]:
    hits = list(_APOLOGY_WORD.finditer(text))
    if len(hits) < _APOLOGY_LIMIT:
        return []
    third = hits[_APOLOGY_LIMIT - 1]
    if any(s < third.end() and third.start() < e for s, e, *_ in claimed):
        return []
    reason = f"apologises {len(hits)} times; one apology is plenty, or none"
    return [(third.start(), third.end(), "apology", reason, "")]


@functools.cache
def _analyzer() -> SentimentIntensityAnalyzer:
    # Imported and built on first use: the constructor reads two lexicon files.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon = {
        word: score * _DAMPING if word in _DAMPED else score
        for word, score in analyzer.lexicon.items()
    }
    return analyzer


@functools.cache
def _negations() -> frozenset[str]:
    from vaderSentiment.vaderSentiment import NEGATE

    # "no" and "least" flip the next word's valence too (VADER's own checks).
    return frozenset(NEGATE) | {"no", "least"}


def _could_be_negative(sentence: str, words: list[str]) -> bool:
    """False when VADER cannot score the sentence below zero, so it can be skipped.

    VADER only goes negative through a negative lexicon word, a negation that
    flips a positive one, or an emoji whose description is negative.
    """
    if not sentence.isascii():
        return True
    lexicon, negations = _analyzer().lexicon, _negations()
    return any(lexicon.get(w, 0) < 0 or w in negations or "n't" in w or "n’t" in w for w in words)


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _vader_anger(text: str, claimed: list[_Span]) -> list[_Span]:
    analyzer = _analyzer()
    lexicon = analyzer.lexicon
    spans: list[_Span] = []
    for start, end in _sentences(text):
        if any(s < end and start < e and k != "public" for s, e, k, *_ in claimed):
            continue  # the rules already explain this sentence better
        sentence = text[start:end]
        tokens = [(m, m.group().lower()) for m in _TOKEN.finditer(sentence)]
        # Most sentences of a gracious reply cannot score below zero; not
        # running VADER on them is what keeps check() cheap.
        if not _could_be_negative(sentence, [w for _, w in tokens]):
            continue
        compound = analyzer.polarity_scores(sentence)["compound"]
        if compound > ANGER_COMPOUND:
            continue
        worst = min(tokens, key=lambda t: lexicon.get(t[1], 0))[0]
        reason = f"this sentence reads as hostile overall (VADER {compound:+.2f})"
        spans.append(
            (
                start + worst.start(),
                start + worst.end(),
                "anger",
                reason,
                "Say how it felt without blame: 'I was disappointed by the outcome.'",
            )
        )
    return spans


def _shouting(text: str) -> list[_Span]:
    spans: list[_Span] = []
    links = [m.span() for m in _LINKISH.finditer(text)]
    for run in _CAPS_RUN.finditer(text):
        if any(s <= run.start() < e for s, e in links):
            continue
        words = [w for w in _CAPS_WORD.finditer(run.group()) if len(w.group()) > 1]
        plain = [w for w in words if w.group().replace("’", "'") not in _ACRONYMS]
        loud = [
            w
            for w in plain
            if sum(c.isupper() for c in w.group()) >= 3
            and (
                len(w.group()) >= 5
                or w.group().replace("'", "").replace("’", "") in _LOUD_SHORT
                or len(plain) >= 2
            )
        ]
        if not loud:
            continue
        start = run.start() + (plain[0].start() if len(plain) > 1 else loud[0].start())
        end = run.start() + (plain[-1].end() if len(plain) > 1 else loud[0].end())
        reason = "written in capitals, which reads as shouting"
        spans.append((start, end, "shouting", reason, text[start:end].capitalize()))
    for m in _PUNCT_RUN.finditer(text):
        reason = f"'{m.group()}' reads as shouting or exasperation"
        spans.append((m.start(), m.end(), "shouting", reason, m.group()[0]))
    return spans


def _placeholders(text: str) -> list[_Span]:
    spans: list[_Span] = []
    for m in _PLACEHOLDER.finditer(text):
        name = m.group().strip("{}")
        reason = f"placeholder {m.group()} is still unfilled"
        hint = _FIELD_HINTS.get(name)
        suggestion = f"Replace it with {hint}." if hint else "Fill it in or delete it."
        spans.append((m.start(), m.end(), "placeholder", reason, suggestion))
    return spans


def _length(text: str) -> list[_Span]:
    words = list(_WORD.finditer(text))
    if len(words) <= WORD_LIMIT:
        return []
    first_extra = words[WORD_LIMIT]
    reason = (
        f"{len(words)} words; a thank-you note needs no more than {WORD_LIMIT}, so trim from here"
    )
    suggestion = "Keep thanks, one line on what you're working on, and goodbye."
    return [(first_extra.start(), first_extra.end(), "length", reason, suggestion)]


class _Locator:
    """Turns character offsets into 1-based line and column."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def finding(self, start: int, end: int, kind: str, reason: str, suggestion: str) -> Finding:
        line = bisect_right(self.line_starts, start) - 1
        # A finding is one line long; a phrase broken over lines is clipped
        # at the break so text always equals what sits at line:column.
        newline = _LINE_BREAK.search(self.text, start, end)
        end = newline.start() if newline else end
        return Finding(
            kind=kind,
            line=line + 1,
            column=start - self.line_starts[line] + 1,
            length=end - start,
            text=self.text[start:end],
            reason=reason,
            suggestion=suggestion,
        )
