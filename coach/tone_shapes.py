"""The shapes polite sarcasm takes, as features of one sentence: how it is said, not which words."""

from __future__ import annotations

import functools
import re

from coach.tone_needs import keys, words

# Polite sarcasm rarely holds a hostile word; what gives it away is its
# build: thanks or praise next to a cost or a wait, the other side's own
# phrase quoted back, mock confidence ("I'm sure whoever..."), mock sympathy
# ("I know how hard it must be to send an email"), a tag that takes the
# thanks back ("..., eventually."), a comparison that lands on them ("as
# useful for you as it was for me"). Each pattern below is one such build,
# written over the sentence in lower case; none names a topic or a complaint.
_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|sixty)"
)
_SUCCESSOR = (
    r"(?:whoever|the (?:successful |new |lucky |chosen |other |winning )?"
    r"(?:person|candidate|hire|starter|applicant|one)|your new (?:hire|person|starter|recruit)"
    r")"
)
_SHAPES: dict[str, re.Pattern[str]] = {
    # "I'm sure they'll last longer than the last three."
    "sure_them": re.compile(
        r"\b(?:i'm sure|i am sure|no doubt|i bet|i'm certain|surely)"
        r"(?: that)? (?:whoever|they|they're|they'll|it|it's|it was|the|you|you're|your"
        r"|someone|everyone)\b"
    ),
    # "I hope the new person enjoys the rota."
    "hope_successor": re.compile(rf"\b(?:hope|wish|pity|sorry for) {_SUCCESSOR}\b"),
    "enjoys_burden": re.compile(r"\b(?:enjoys?|enjoying|likes?|loves?) (?:doing |being |working )"),
    # "I know how stretched everyone must be", "I can see why you'd want..."
    "mock_sympathy": re.compile(
        r"\b(?:i know how|i understand how|i can see why|i can only assume|i can imagine how"
        r"|i must have misunderstood|silly me|my mistake for|i suppose i should|i guess i should)\b"
    ),
    # A tag that takes the thanks or the praise back.
    "late_tag": re.compile(r"\b(?:finally|eventually|at last|at long last)\b"),
    "shrug_tag": re.compile(
        r"(?:,|\b(?:but|and)) (?:i suppose|i guess|apparently|somehow|you do you|who knew"
        r"|go figure)\b"
        r"|\b(?:i suppose|i guess)[.!]?$"
    ),
    # "all one line of it", "all seven weeks of it"
    "all_of_it": re.compile(rf"\ball {_NUMBER}(?: [\w'-]+){{0,2}} of (?:it|them)\b"),
    # "especially the part where two of the panel were on their phones"
    "the_part_where": re.compile(
        r"\b(?:the|that) (?:part|bit|moment) (?:where|when)\b"
        r"|\b(?:especially|particularly) (?:to )?whoever\b"
    ),
    # "as useful for you as it was for me", "as much as the last one did"
    "as_as": re.compile(
        r"\bas (?:\w+ ){1,4}as (?:the last|it was for me|i did|i was|your|you|they|my)\b"
    ),
    # A complaint framed as a helpful aside: "In future it may help candidates
    # if...", "I mention this only so that...", "for whatever it is worth",
    # "I would gently observe", "purely out of curiosity", "it would save
    # the rest of us the train fare".
    "pointed_aside": re.compile(
        r"\b(?:in future|in the future|next time|going forward),? (?:it )?(?:may|might|would"
        r"|could) (?:help|be (?:kinder|helpful|useful|worth|wise|better|fairer))"
        r"|\b(?:might|may|could) usefully\b"
        r"|\bi (?:mention|raise|say|note|offer|add) (?:this|that|it) (?:only|purely|simply"
        r"|merely|just)\b|\bi pass (?:this|that|it) on\b"
        r"|\bfor (?:whatever|what) it(?:'s| is) worth\b"
        r"|\bi would (?:gently |only |simply |merely |just )?(?:observe|note|add|point out)\b"
        r"|\bi would (?:only|simply|just) (?:say|suggest|mention)\b"
        r"|\bout of (?:idle |pure |simple )?curiosity\b|\bnot my place to\b"
        r"|\b(?:spare|spared|save|saves|saved) (?:the next|the rest of us|future (?:candidates"
        r"|applicants))\b|\bthe rest of us\b"
        r"|\bi would not expect an? (?:\w+ )?(?:answer|reply|response)\b"
    ),
    # "everyone except the candidates", "for everyone but me"
    "except_us": re.compile(
        r"\b(?:everyone|everybody|anyone) (?:except|but|apart from|other than) (?:the |us|me)"
    ),
    # "Very forward thinking of you." "How kind." as a whole sentence
    "of_you": re.compile(
        r"^(?:very|how|so|that's|that is|really) [\w -]{3,30} of (?:you|them)[.!]?$"
    ),
    # "It was an education to see", "a great learning experience, ... learning that"
    "lesson_learned": re.compile(
        r"\b(?:an education|eye-opening|a (?:real |great )?learning experience|good to know"
        r"|nice to know|reassuring to (?:know|see|learn|hear)|interesting to (?:learn|see|hear)"
        r"|lovely to (?:learn|be told))\b"
    ),
    # "Really glad I took the day off work and paid for the train"
    "glad_i_paid": re.compile(
        r"\b(?:glad|pleased|happy|thrilled|delighted) (?:that )?i (?:\w+ )?"
        r"(?:took|paid|spent|travelled|traveled|drove|gave up|turned down|cancelled|prepared)\b"
    ),
    # A good wish with a limit on it: "at least until the next restructure".
    "limited_wish": re.compile(
        r"\bat least until\b|\buntil the next\b|\bfor as long as (?:it|they|that|this) lasts?\b"
        r"|\bwhile it lasts\b|\bthird time'?s (?:the|a) charm\b"
    ),
    # A comparison that lands on them: "more care than your applicants do",
    # "most places manage it in two".
    "comparison_jab": re.compile(
        r"\b(?:more|less|better|fewer|quicker|faster|kinder|longer) (?:[\w'-]+ ){0,6}"
        r"than (?:your|you|they|their|its|the (?:last|way|half|time|one|ones)|what (?:you|they))\b"
        r"|\b(?:most|other|many|normal) (?:places|companies|firms|employers|teams|people)"
        r" (?:manage|do|would|can|seem|tend)\b"
    ),
    # The same fault before: "as happened last time", "word for word".
    "recurrence": re.compile(
        r"\b(?:last time|as (?:happened|before|usual|always)|word for word|yet again|every time"
        r"|the same (?:\w+ )?(?:email|message|reply|role|advert|ad|thing|mistake)s?)\b"
    ),
}
# What the writer gave or bore for this application, or a fault of theirs
# named as a fact: a warm reply may mention one plainly; next to thanks,
# praise, good wishes or "no worries" it is the commonest polite jab
# ("No worries! It was only a role I turned down another offer for").
_COST = re.compile(
    r"\b(?:turned down|declined|gave up|passed on|said no to) (?:\w+ ){0,2}"
    r"(?:offers?|jobs?|roles?)\b"
    r"|\b(?:took|taken|take|booked|used) (?:\w+ ){0,2}(?:day|days|morning|afternoon|week|leave"
    r"|holiday)(?: off)?\b|\bannual leave\b"
    r"|\b(?:whole|entire|full|all) (?:weekend|day|week|evening|saturday|sunday|morning)\b"
    r"|\b(?:travell?ed|flew|drove|commuted)\b|\b(?:his|her|their) (?:phone|laptop|watch)\b"
    r"|\brestructur\w*|\bredundanc\w*|\bsecond choice\b|\bre-?posted\b|\bre-?advertis\w*"
    r"|\bsince (?:january|february|march|april|june|july|august|september|october|november"
    r"|december|spring|summer|the spring|the summer|last)\b|\b(?:twice|three times)\b"
    r"|\b(?:asked|chased|emailed|wrote|called) (?:\w+ ){0,3}(?:twice|again|three times)\b"
)
# Reassurance and good wishes: the warm half of a jab, and of most calm replies.
_REASSURE = re.compile(
    r"\b(?:no worries|no problem|not a problem|no need to (?:apologi[sz]e|worry)|(?:all|totally"
    r"|completely|perfectly|quite) (?:fine|ok|okay|alright)|(?:don't|do not|please don't) worry"
    r"|it's fine|it is fine|no harm done)\b"
)
_WISH = re.compile(
    r"\b(?:i hope|hope (?:the|your|you|they)|wish|wishing|good luck|best of luck|every success"
    r"|all the best|all the luck|enjoy|give my (?:\w+ )?regards|pass (?:on )?my thanks)\b"
)
# A phrase in quotes that is not a name or a title: their own words, handed back.
_QUOTED = re.compile(r"(?<![\w'’])[\"“'‘]([^\"“”'‘’\n]{2,60})[\"”'’](?![\w'’])")


def may_quote(sentence: str) -> bool:
    """False when the sentence holds none of the marks every quote here opens on.

    Those of _QUOTED, and of tone_features' quoted phrases: a sentence without
    them is not searched (most are not, and five look-ups cost less than a search).
    """
    return (
        "'" in sentence or '"' in sentence or "“" in sentence or "‘" in sentence or "”" in sentence
    )


_THANKS = re.compile(r"\b(?:thanks|thank you|cheers|appreciate\w*|grateful|kind of you)\b")
# A turn inside one sentence: "I was impressed by the questions, though none
# were about the job". Common in calm drafts too ("disappointed, but
# grateful"), so it is a feature of its own, not a shape: the model weighs
# it with the praise and the grievance around it.
_CONTRAST = re.compile(
    r"\b(?:though|although|even if|even though|yet|only to|given that|despite|except that"
    r"|shame|pity)\b|, but\b"
)
# A question that asks for nothing: not a request ("Could you share...?").
_REQUEST = re.compile(
    r"^(?:\W*)(?:could|would|can|may|might|is there|are there|do you|did you get|will|shall"
    r"|if|please|any|when|what would|how could|how can i|where)\b"
)
_POSTSCRIPT = re.compile(r"^\W*p\.?\s?s\b")


def shape_features(sentence: str, tokens: list[str] | None = None) -> set[str]:
    """The named sarcasm shapes in one sentence (as p:NAME), and p:any when there is one.

    Also, not shapes in themselves: thanks, a turn (contrast), a question
    that asks for nothing, a postscript, a cost borne or a fault named as a
    fact, reassurance, a good wish; the model weighs them in context.
    `tokens`, if given, are tone_features.tokens(sentence).
    """
    low = sentence.lower().replace("’", "'").strip()
    # In plain ASCII with no apostrophe or underscore, the model's `tokens`
    # (tone_features.tokens) are the sentence's words: no second pass for them.
    if tokens is not None and sentence.isascii() and "'" not in low and "_" not in low:
        present = frozenset(tokens)
    else:
        present = words(low)
    # A pattern none of whose words is in the sentence is not searched: it cannot match.
    out = {
        feature
        for feature, pattern, needed in _gated()
        if (needed is None or not needed.isdisjoint(present)) and pattern.search(low)
    }
    if may_quote(sentence) and any(_quoted_back(m.group(1)) for m in _QUOTED.finditer(sentence)):
        out.add("p:quoted_back")
    if out:
        out.add("p:any")
    if _THANKS.search(low):
        out.add("p:thanks")
    contrast, reassure, wish = _needed()
    if (contrast is None or not contrast.isdisjoint(present)) and _CONTRAST.search(low):
        out.add("p:contrast")
    if "?" in low and not _REQUEST.search(low):
        out.add("p:rhetorical")
    if _POSTSCRIPT.search(low):
        out.add("p:postscript")
    if _COST.search(low):
        out.add("p:cost")
    if (reassure is None or not reassure.isdisjoint(present)) and _REASSURE.search(low):
        out.add("p:reassure")
    if (wish is None or not wish.isdisjoint(present)) and _WISH.search(low):
        out.add("p:wish")
    return out


Needed = frozenset[str] | None


@functools.cache
def _needed() -> tuple[Needed, Needed, Needed]:
    """The words one of which every match of _CONTRAST, _REASSURE and _WISH holds (see keys).

    Read once, not asked of tone_needs three times a sentence: each asking
    cost about 1 µs, the set test it answers for about 0.25 µs.
    """
    return keys(_CONTRAST), keys(_REASSURE), keys(_WISH)


@functools.cache
def _gated() -> tuple[tuple[str, re.Pattern[str], frozenset[str] | None], ...]:
    """Each shape's feature, pattern and the words one of which its every match holds."""
    return tuple((f"p:{name}", pattern, keys(pattern)) for name, pattern in _SHAPES.items())


def _quoted_back(phrase: str) -> bool:
    """True for a quoted phrase in ordinary words: not a Title Case name, not one letter."""
    words = phrase.split()
    if not words or not any(c.isalpha() for c in phrase):
        return False
    capitals = sum(w[0].isupper() for w in words)
    # "Data Analyst", "Dear Candidate": a name, a title or a greeting, not a phrase.
    return not (len(words) > 1 and capitals == len(words)) and not (
        len(words) == 1 and words[0][0].isupper()
    )
