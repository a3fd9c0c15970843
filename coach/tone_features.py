"""What the learned tone model sees in a sentence: its words, their classes, its target and mood."""

from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

from coach.tone_lower import for_lower_ascii
from coach.tone_memo import by_identity
from coach.tone_needs import keys
from coach.tone_needs import words as _words_of
from coach.tone_rules import shipped_rules
from coach.tone_shapes import may_quote, shape_features
from coach.tone_vader import analyzer

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)*")
_QUOTED = re.compile(r"[\"“”]\s*[\w' -]{2,40}[\"“”]|(?:^|\s)['‘][\w -]{2,30}['’](?=[\s.,!?]|$)")
_NUMBER = frozenset(
    """a one two three four five six seven eight nine ten eleven twelve fifteen twenty
    thirty forty fifty sixty ninety several few couple""".split()
)
_TIME = frozenset("minutes hours days weeks months years rounds interviews stages".split())

# Who a sentence is about: the reader's side, the writer, or both.
_YOU = frozenset("you your yours you're you've you'll you'd yourself yourselves".split())
_THEY = frozenset(
    """they them their theirs they're team company panel recruiter recruiters interviewer
    interviewers manager managers hr firm organisation organization process""".split()
)
_ME = frozenset("i me my mine myself i'm i've i'd i'll".split())
_NEGATION = frozenset("not never no nothing nobody none nor neither cannot".split())
_IF = frozenset("if unless whether".split())


# Words too common to explain a finding ("reads as bitter: 'of', 'it'").
FUNCTION_WORDS = frozenset(
    """a an the and or but so of to in on at by for from with about as into over
    it its it's this that these those there here is are was were be been being am
    i me my you your they them their we us our he she him her his someone anyone
    do does did have has had will would can could shall should may might must
    if then than when while what which who whom whose how why where not no
    just very really all any some one up out off again more most such too""".split()
)


def tokens(sentence: str) -> list[str]:
    """The sentence's words, lower case, with a straight apostrophe."""
    found = _TOKEN.findall(sentence.lower())
    return [t.replace("’", "'") for t in found] if "’" in sentence else found


# Contractions spelt out, so "I'm sure" and "I am sure" are the same words to
# the model (they scored differently). Only a pronoun's "'s" is "is": "the
# company's" stays a possessive.
_WHOLE = {"can't": "can not", "won't": "will not", "shan't": "shall not", "ain't": "is not"}
_IS = frozenset("it's that's there's here's what's who's he's she's where's how's".split())
_ENDINGS = (
    ("n't", "not"),
    ("'m", "am"),
    ("'re", "are"),
    ("'ve", "have"),
    ("'ll", "will"),
    ("'d", "would"),
)


def spelt_out(words: list[str]) -> list[str]:
    """The words with contractions written in full ("i'm" -> "i", "am")."""
    out: list[str] = []
    for w in words:
        if "'" not in w:
            out.append(w)  # most words: checked first, for speed
        elif w in _WHOLE:
            out.extend(_WHOLE[w].split())
        elif w in _IS:
            out.extend((w[:-2], "is"))
        elif w == "let's":
            out.extend(("let", "us"))
        else:
            for ending, full in _ENDINGS:
                if w.endswith(ending) and len(w) > len(ending):
                    out.extend((w[: -len(ending)], full))
                    break
            else:
                out.append(w)
    return out


@functools.cache
def _lexicons() -> tuple[dict[str, tuple[str, ...]], dict[str, float]]:
    """Each word's classes (looked up once per word, not once per class) and VADER's lexicon."""
    by_word: dict[str, list[str]] = {}
    for name, members in shipped_rules().classes.items():
        for word in members:
            by_word.setdefault(word, []).append(f"c:{name}")
    return {w: tuple(names) for w, names in by_word.items()}, analyzer().lexicon


MIN_SENTENCE = 12  # shorter lines are greetings, names and sign-offs
# Features that only gate the model (see [model_cues]) and carry no weight:
# "any shape at all" learned a weight of 5 and alone tipped warm sentences
# ("I'm sure whoever you chose will do a fantastic job") over the threshold.
# Quotes too: the quoted-back rule decides them, with its exceptions (their
# praise of you, quoted with thanks); a weight on quotes overrode those.
CUE_ONLY = frozenset({"p:any", "f:quoted", "p:quoted_back"})


def features(sentence: str, before: str = "") -> list[str]:
    """The named features of one sentence, sorted, each once.

    Mostly the sentence itself: all the features of the sentences around
    it were weighed (bench/tone_train.py --cv) and made the model fragile,
    a jab read calm after a friendly line. Of the sentence `before` it only
    takes whether it was warm, joined to a cost or a grievance here: "No
    worries at all! It was only a role I turned down another offer for."
    """
    return sorted(feature_set(sentence, before))


def feature_set(sentence: str, before: str = "") -> frozenset[str]:
    """features() unsorted: what the model sums its weights over.

    The check scores every sentence and only looks features up, so it
    skips the sort (and the copy back into a set) that features() makes.
    """
    own = _own_features(sentence)
    if not before:
        return own
    after = _after(_own_features(before), own)
    # Most sentences take nothing from the one before: no copy of their set then
    # (a copy of an unchanged frozenset iterates in the same order).
    return own | after if after else own


_WARM = frozenset({"p:reassure", "p:wish", "c:PRAISE", "v:+"})


def _after(before: frozenset[str], own: frozenset[str]) -> set[str]:
    """What the sentence before adds: a warm line, then a cost or a grievance."""
    out = set()
    warm = bool(before & _WARM)
    if "p:reassure" in before:
        out.add("n:reassure")
    if warm and "p:cost" in own:
        out.add("n:warm+cost")
    if warm and own & _GRIEVANCE:
        out.add("n:warm+grievance")
    if "p:thanks" in before and own & {"p:cost", "p:recurrence", "p:comparison_jab"}:
        out.add("n:thanks+fault")
    return out


class _Facts(NamedTuple):
    """What the features need of one word, worked out once per word, not once per sentence."""

    feature: str  # w:WORD
    root: str | None  # r:ROOT, for words of five letters or more
    classes: tuple[str, ...]
    score: float  # VADER's valence, 0 for a negation ("no" and "not" only negate here)
    negates: bool  # turns round the two words after it (_negated)
    negation: bool
    condition: bool
    number: bool
    time: bool


# Words recur across sentences and drafts; past this many the table starts again.
_FACTS_KEPT = 20_000
_FACTS: dict[str, _Facts] = {}


def _facts(word: str) -> _Facts:
    if len(_FACTS) >= _FACTS_KEPT:
        _FACTS.clear()
    classes, valence = _lexicons()
    soothing = word in _SOOTHING_NEGATION
    contracted = word.endswith("n't")
    # A new tuple, not _Facts._make(...) nor _Facts(...): the named constructor took as
    # long as the rest, _make a call more. Each word of a draft the bench has not seen
    # comes here (about 190 a draft), so this is 0.18 ms a draft against 0.23.
    found = _FACTS[word] = _new_facts(
        _Facts,
        (
            f"w:{word}",
            None if len(word) < 5 else f"r:{_root(word) if word.endswith(_SUFFIXES) else word}",
            classes.get(word, ()),
            0.0 if soothing else valence.get(word, 0.0),
            soothing or contracted,
            contracted or word in _NEGATION,
            word in _IF,
            word in _NUMBER or word.isdigit(),
            word in _TIME,
        ),
    )
    return found


_new_facts = tuple.__new__


def forget_words() -> None:
    """Empty the per-word table (the bench times a check with nothing learnt)."""
    _FACTS.clear()


@functools.lru_cache(maxsize=2048)
def _own_features(sentence: str) -> frozenset[str]:
    # Cached: each sentence is also its neighbours' context.
    words = tokens(sentence)
    classes, _valence = _lexicons()
    full = spelt_out(words) if "'" in sentence or "’" in sentence else words
    facts = [_FACTS.get(w) or _facts(w) for w in words]
    full_facts = facts if full is words else [_FACTS.get(w) or _facts(w) for w in full]
    # Every set below is filled in the order it always was: the model sums
    # its weights in the set's order, and the scores must stay the same floats.
    out = {f.feature for f in full_facts}
    out.update(f"b:{a}_{b}" for a, b in itertools.pairwise(full))
    if full:
        out.add(f"s:{full[0]}")
    calm = _calm_words(sentence, words)
    for i, f in enumerate(facts):
        if not f.classes or i in calm:
            continue
        for name in f.classes:
            # "it wasn't unfair", "not angry at all": a judgement taken back.
            negated = name in _JUDGEMENT_CLASSES and _negated(words, i)
            out.add(f"c:~{name[2:]}" if negated else name)
    # The parts of a contraction ("they" of "they'll") have classes too.
    for w in set(full).difference(words):
        out.update(classes.get(w, ()))
    mood = set()
    for i, f in enumerate(facts):
        score = f.score
        if -1.0 < score < 1.5:
            continue  # neither praise nor a grievance: most words
        if score >= 1.5 and _negated(words, i):
            mood.add("!+")  # "not impressed", "never helpful": praise taken back
        elif score >= 1.5:
            mood.add("+")
        elif score <= -1.0 and (i in calm or _negated(words, i)):
            mood.add("~")  # "no worries", "not a problem": reassurance, not a grievance
        elif score <= -2.5:
            mood.update(("-", "--"))
        elif score <= -1.0:
            mood.add("-")
    targets = set()
    both = set(words).union(full) if full is not words else set(words)
    if both & _YOU:
        targets.add("you")
    if both & _THEY:
        targets.add("they")
    if both & _ME:
        targets.add("me")
    out.update(f"v:{m}" for m in mood)
    out.update(f"t:{t}" for t in targets)
    out.update(f"x:{t}{m}" for t in targets for m in mood)
    # Set tests first: only a word with an apostrophe can end in "n't".
    if not _NEGATION.isdisjoint(words) or (full is not words and any(f.negation for f in facts)):
        out.add("f:negation")
    if not _IF.isdisjoint(words):
        out.add("f:if")
    if "?" in sentence:
        out.add("f:question")
    if "!" in sentence:
        out.add("f:exclaim")
    if may_quote(sentence) and _QUOTED.search(sentence):
        out.add("f:quoted")
    if not _TIME.isdisjoint(words) and any(
        a.number and b.time for a, b in itertools.pairwise(facts)
    ):
        out.add("f:how_long")
    out.update(f.root for f in full_facts if f.root is not None)
    # Sarcasm is praise and a grievance in one breath: the pair is the signal.
    praise = "v:+" in out or "c:PRAISE" in out or "c:SARCASM_MARKERS" in out
    grievance = bool(out & _GRIEVANCE)
    if praise and grievance:
        out.add("x:praise+grievance")
    if grievance and targets & {"you", "they"}:
        out.add("x:grievance+them")
    shapes = shape_features(sentence, words)
    out |= shapes
    # Thanks next to a wait or a cost is the commonest polite jab.
    if "p:thanks" in shapes and grievance:
        out.add("x:thanks+grievance")
    # A cost borne or a fault named, in the same breath as warmth.
    if "p:cost" in shapes and (praise or shapes & {"p:thanks", "p:reassure", "p:wish"}):
        out.add("x:cost+warm")
    if "p:wish" in shapes and shapes & {"p:limited_wish", "p:comparison_jab", "p:recurrence"}:
        out.add("x:wish+limit")
    for sign in ("p:contrast", "p:rhetorical", "p:postscript"):
        if sign in shapes and (praise or grievance or "p:thanks" in shapes):
            out.add(f"x:{sign[2:]}+{'grievance' if grievance else 'praise'}")
    return frozenset(out)


def _negated(words: list[str], i: int) -> bool:
    """True when one of the two words before words[i] negates it ("no hard feelings")."""
    return any((_FACTS.get(w) or _facts(w)).negates for w in words[max(0, i - 2) : i])


_SOOTHING_NEGATION = frozenset("no not never without nor".split())
# Word classes that a negation turns round; a negated wait or complaint
# ("never heard back", "no feedback") is still the grievance.
_JUDGEMENT_CLASSES = frozenset({"c:HOSTILE", "c:ANGRY"})


def _calm_words(sentence: str, words: list[str]) -> set[int]:
    """Indexes of the words inside a friendly set phrase ("our paths cross", "best of luck")."""
    pattern = shipped_rules().context.get("calm_phrases")
    if pattern is None:
        return set()
    low = " ".join(words)
    pattern, needed = _calm_search(pattern)
    # The words of `low` are the tokens themselves unless one holds an apostrophe.
    present = _words_of(low) if "'" in low else frozenset(words)
    if needed is not None and needed.isdisjoint(present):
        return set()
    spans = [m.span() for m in pattern.finditer(low)]
    if not spans:
        return set()
    calm, at = set(), 0
    for i, w in enumerate(words):
        if any(s <= at < e for s, e in spans):
            calm.add(i)
        at += len(w) + 1
    return calm


@by_identity
def _calm_search(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], frozenset[str] | None]:
    """The calm phrases as searched in a sentence's words, and the words one of which
    every match holds.

    The words are ASCII in lower case (see _TOKEN): the phrases are searched
    without IGNORECASE where that finds the same, and not at all in a sentence
    without one of their words (keys() needs the lower case too). Both are
    read in one memo look-up a sentence: two, one with options, cost 2.6 µs.
    """
    lowered = for_lower_ascii(pattern)
    return lowered, keys(lowered, lower_ascii=True)


_GRIEVANCE = frozenset({"c:WAITING", "c:EFFORT", "c:SLIGHTS", "c:COMPLAINT", "f:how_long", "v:-"})
_SUFFIXES = ("ingly", "edly", "ing", "ed", "es", "s", "ly")


def _root(word: str) -> str:
    """A word without its commonest ending, so "waited" and "waiting" share a feature."""
    if not word.endswith(_SUFFIXES):
        return word  # most words: one test for all the endings
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
