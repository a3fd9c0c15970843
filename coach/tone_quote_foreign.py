"""Words of another language in a draft: a quote in another tongue, and its translation."""

from __future__ import annotations

import functools
import re
import unicodedata

from coach.tone_reach import own_start

# Why: a proverb from home ("sabr ka phal meetha hota hai", "Moenie die kind
# met die badwater uitgooi nie") is nobody's words handed back, and its words
# are not English: Dutch "die" is "the", not the verb. Nothing here lists
# drafts' sayings; a quote is another language's by its letters, by the small
# words every sentence of that language needs, or because the writer names
# the language it is in ("an Afrikaans saying", "in Tagalog there is a word").

# The small words of other languages: articles, pronouns, joining words,
# "not" and "is". None is also an English word ("die", "met", "van", "to",
# "pole", "man" and "was" are left out): a loan word in English never counts.
_FOREIGN_WORDS = frozenset(
    """que se el la los las del al una uno es y por para pero más mas muy lo con sin como cuando
    donde porque hay quien nada todo
    não nao é os uma com em na da mais quem vai ao nem tem quando onde muito bem
    le les des du et est une un avec pour pas qui ne sur je tu vous nous dans mais au aux ce qu
    il di che non della nel sono per gli chi si
    der das und ist nicht mit ein eine zu ich du wer wie nur auch den dem sich kein keine auf aus im
    het een niet nie ook maar dat zijn ik wij geen voor moenie ek jy hy ons julle gaan wat hulle
    hai hain ka ki ke ko mein nahi nahin hota hoti aur bhi tha thi kya jo ek apna apni
    wa fi min ala li bil kull illa mish ana inta enta huwa
    ang ng mga sa ay hindi ko mo siya kung pag po lang naman rin
    ni ya kwa za cha hakuna ti nke
    bir ve bu ile gibi var yok
    az ast dar
    jest że jak tak
    eto kak chto vse bez net
    yang dan itu tidak untuk dengan saya kita tak akan bisa juga sudah
    agus níl
    yn ac mae fy ei
    sed ut quod cum
    desu ga wo nai shi bu zai hen dou jiu""".split()
)
# Small words of other languages that English writers also type, as words or
# short forms ("per", "con", "min", "im", "mo", "po", "un", "net"): they
# count towards two in four, never alone.
_ALSO_ENGLISH = frozenset(
    """per con sin lo im den dem min po mo kung yang cum ya lang dan az jo hen net var ac fy un au
    tu ce""".split()
)
# The small words of English: a quote of three words or more with none of
# them, and a small word of another language, is not English.
_ENGLISH_WORDS = frozenset(
    """a an the and or but so of to in on at by for from with about as into over it its this that
    these those there here is are was were be been am i me my you your they them their we us our
    he she him her his do does did have has had will would can could should may might must if
    then than when what which who how why where not no all any some""".split()
)


def foreign(words: str) -> bool:
    """True for words of another language: by another script, or three words and letter or words.

    Any letter of a script other than the Latin one (Arabic, Cyrillic,
    Devanagari, Han); or, in three words or more, an accented Latin letter, small words of
    another language making two words and one in four, or one with no small
    word of English.
    """
    # A letter of another script, even in one word ("نورتي", "慢慢来"), is
    # never the employer's English: words of that language, whoever said them.
    if any(other_script(letter) for letter in words):
        return True
    found = re.findall(r"[^\W\d_]+", words.lower())
    if len(found) < 3:
        return False
    if any(not letter.isascii() and letter.isalpha() for letter in words):
        return True
    small = sum(w in _FOREIGN_WORDS for w in found)
    sure = any(w in _FOREIGN_WORDS and w not in _ALSO_ENGLISH for w in found)
    if sure and not any(w in _ENGLISH_WORDS for w in found):
        return True
    return small >= 2 and small * 4 >= len(found)


def other_script(char: str) -> bool:
    """True for a letter of a script other than the Latin one: Arabic, Cyrillic, Devanagari, Han."""
    return char.isalpha() and not char.isascii() and "LATIN" not in unicodedata.name(char, "")


# Languages other than English that a writer names a saying by: a closed list
# of the world's larger languages, not of drafts' words.
_LANGUAGES = (
    r"(?-i:Afrikaans|Albanian|Amharic|Arabic|Armenian|Basque|Bengali|Bosnian|Breton|Bulgarian"
    r"|Cantonese|Catalan|Chinese|Croatian|Czech|Danish|Dutch|Estonian|Farsi|Filipino|Finnish"
    r"|Flemish|French|Gaelic|Georgian|German|Greek|Gujarati|Hausa|Hebrew|Hindi|Hungarian|Icelandic"
    r"|Igbo|Indonesian|Italian|Japanese|Kannada|Kazakh|Khmer|Kikuyu|Korean|Kurdish|Latin|Latvian"
    r"|Lithuanian|Luganda|Malay|Malayalam|Maltese|Mandarin|Maori|Māori|Marathi|Nepali|Norwegian"
    r"|Pashto|Persian|Polish|Portuguese|Punjabi|Romanian|Russian|Serbian|Shona|Sicilian|Sinhala"
    r"|Slovak|Slovenian|Somali|Spanish|Swahili|Swedish|Tagalog|Tamil|Telugu|Thai|Tibetan|Tigrinya"
    r"|Turkish|Twi|Ukrainian|Urdu|Uzbek|Vietnamese|Welsh|Wolof|Xhosa|Yiddish|Yoruba|Zulu|Patois"
    r"|Creole|Quechua|Guarani|Hawaiian|Samoan|Tongan|Fijian|Sesotho|Setswana|Kinyarwanda|Tigre)"
)
# A people named for how they speak, English-speaking ones too: "what the
# English would call", "as the Irish say", "as Nigerians say".
_PEOPLES = (
    r"(?:" + _LANGUAGES + r"|(?-i:English|British|Brit|American|Australian|Aussie|Canadian|Kiwi"
    r"|Yank|Irish|Scots|Scottish|Jamaican|Indian|Kenyan|Nigerian|Ghanaian|Egyptian|Mexican"
    r"|Moroccan|Ethiopian|Swiss|Filipino|Pakistani|Brazilian|Argentinian|Colombian|Chilean"
    r"|Peruvian|Cuban|Lebanese|Syrian|Iraqi|Iranian|Afghan|Bangladeshi|Sri\s+Lankan|Ugandan"
    r"|Tanzanian|Zimbabwean|Zambian|Cameroonian|Senegalese|Sudanese|Somali|South\s+African"
    r"|Trinidadian|Barbadian|Bajan|Chinese|Taiwanese|Singaporean|Malaysian|Austrian|Belgian"
    r"|Israeli|Palestinian|Jordanian|Saudi|Emirati|Tunisian|Algerian|Libyan))(?-i:s)?"
)
# The writer names the language the words are in: "an old Afrikaans saying",
# "the Danish word", "in Tagalog there is a word", "as the Dutch say".
_NAMED_LANGUAGE = re.compile(
    r"\b(?:(?:a|an|the|that|one|our|my)\s+(?:[\w'’-]+\s+){0,2}?"
    + _LANGUAGES
    + r"\s+(?:word|words|phrase|term|saying|proverb|expression|idiom|motto)"
    # "in Tagalog there is a word", "In Yoruba, my grandmother would say"; not
    # "in German, your email said": their words in their language.
    r"|in\s+" + _LANGUAGES + r"\b(?:(?!\s*(?:you|your)\b)[^.!?\"“‘]){0,40}?\b(?:is|are|was|say"
    r"|says|said|call|calls|called|word|phrase|saying|goes)\b"
    r"|^\s*in\s+" + _LANGUAGES + r"\s*[,:]?\s*$"
    r"|(?:as\s+)?(?:the\s+)?" + _LANGUAGES + r"\s+(?:would\s+|like\s+to\s+|often\s+)?say\b"
    r"|" + _LANGUAGES + r"\s+(?:has|have)\s+a\s+(?:word|phrase|saying|proverb))",
    re.IGNORECASE,
)
# The writer names the words as their own people's or from somewhere: "we
# say in Egypt", "back home we say", "as they say in Ghana", "what the
# English would call", "a Ghanaian saying".
THIRD_BY_WORDS = (
    _NAMED_LANGUAGE.pattern + r"|\bwe\s+(?:\w+\s+)?say\b|\bback\s+home\b"
    r"|\bwhere\s+i\s+(?:come\s+from|grew\s+up|am\s+from)\b"
    r"|\b(?:as\s+)?(?:they|people)\s+say\s+in\s+(?-i:[A-Z][a-z]+)"
    r"|\bin\s+(?-i:[A-Z][a-z]+)\s*,?\s+(?:we|they|people)\s+(?:\w+\s+)?say\b"
    r"|\b(?:as\s+)?(?:the\s+)?"
    + _PEOPLES
    + r"\s+(?:would\s+|like\s+to\s+|often\s+)?(?:say|put\s+it)\b"
    r"|\bwhat\s+(?:the\s+)?" + _PEOPLES + r"\s+(?:would\s+|might\s+|\w+ly\s+)?call\b"
    r"|\b(?:a|an|the|that|one|our)\s+(?:[\w'’-]+\s+){1,3}?saying\b"
)

# What may join a saying to its translation: a bracket, a colon, a dash or a
# comma, and "which means", "roughly", "literally", "or".
_JOIN = re.compile(
    r"\s*(?:\(|:|—|–|-|,)?\s*"
    r"(?:(?:which|that|it)\s+(?=means|translates|roughly|literally|loosely|translated))?"
    r"(?:(?:means|meaning|translates(?:\s+as)?|roughly|literally|loosely|translated|or"
    r"|in\s+english)[\s,:]*)*\(?\s*",
    re.IGNORECASE,
)
# A translation starting with one of these is the writer's own clause going on.
_NOT_A_TRANSLATION = re.compile(
    r"(?:and|but|so|which|because|as|i|i['’]\w+|you|your|we|they|this|that|if)\b", re.IGNORECASE
)
_CLAUSE = re.compile(
    r"[,—–-]\s*(?:and|but|so|which|because|though|although|yet|while|as)\b", re.IGNORECASE
)
# A run of letters English does without, with the spaces and marks between them.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+(?:[\s,.!?;:-]+[^\x00-\x7f]+)*")
# A quote in double marks, or in single ones with no letter just outside. Written as
# its opening mark, then which kind it is (a lookbehind on that mark), so that the
# matcher skips straight to a mark: 0.007 ms a draft against 0.055 for two
# alternatives, one opening with a lookbehind tried at every character.
_QUOTE = re.compile(
    r"""["“'‘](?:(?<=["“])[^"“”\n]{1,200}["”]"""
    r"""|(?<=['‘])(?<!\w['‘])[^"“”'‘’\n]{1,200}['’](?!\w))"""
)


@functools.lru_cache(maxsize=16)  # the rules, VADER and the model each ask of one draft
def foreign_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Start and end of each quote in another language, with the translation that follows it.

    A quote is another language's by its own words (`foreign`), or when the
    writer names its language just before it ("an Afrikaans saying, '...'").
    """
    if text.isascii() and not any(c in text for c in "\"'"):
        return ()
    spans: list[tuple[int, int]] = []
    if not text.isascii():
        # Unquoted words of another script are a saying too ("不经一事，不长一智 — ...").
        for m in _NON_ASCII_RUN.finditer(text):
            if any(other_script(c) for c in m.group()):
                spans.append((m.start(), _translation_end(text, m.end())))
    for m in _QUOTE.finditer(text):
        start, end = m.span()
        if any(s <= start < e for s, e in spans):
            continue  # the translation of a saying before
        left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
        left = own_start(text, left, start)  # no further back than a quote is read
        named = _NAMED_LANGUAGE.search(text[left:start])
        if not (foreign(text[start + 1 : end - 1]) or named):
            continue
        spans.append((start, _translation_end(text, end)))
    return tuple(sorted(spans))


def in_english(text: str) -> str:
    """The draft with the letters of its words of another language blanked, offset for offset.

    Stops and marks stay, so its sentences are where they were.
    """
    spans = foreign_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i].isalnum():
                chars[i] = " "
    return "".join(chars)


def _translation_end(text: str, end: int) -> int:
    """Where the translation after a saying ending at `end` ends (`end` when none follows)."""
    join = _JOIN.match(text, end)
    if not join or not text[end : join.end()].strip():
        return end
    after = join.end()
    quote = _QUOTE.match(text, after)
    if quote:
        return quote.end()
    if _NOT_A_TRANSLATION.match(text, after):
        return end
    if "(" in text[end:after]:
        close = text.find(")", after)
        return close + 1 if close >= 0 else end
    ends = [i for i in (text.find(c, after) for c in ".!?;\n)") if i >= 0]
    stop = min(ends) if ends else len(text)
    # The writer's own clause joined on after it: ", and she hated losing".
    joined = _CLAUSE.search(text, after, stop)
    return joined.start() if joined else stop


def inside(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """True when text[start:end] lies within one of `spans`."""
    return any(s <= start and end <= e for s, e in spans)


# Them: the reader, their firm and its ways.
_THEM = (
    r"(?:you|your|yours|you['’]ve|you['’]re|the\s+(?:company|firm|panel|process|team|recruiters?"
    r"|hr|management|managers?|interviewers?|hiring\s+\w+|organi[sz]ation|board|committee|office))"
)
# A saying applied to them: "a word for your process: '...'", "'...', and
# that sums up your hiring", "'...': it fits the panel well".
_APPLIED_BEFORE = re.compile(
    r"\b(?:word|words|saying|proverb|expression|phrase|name|term|idiom)\s+for\s+(?:[\w'’-]+\s+){0,3}?"
    + _THEM
    + r"\b",
    re.IGNORECASE,
)
_APPLIED_AFTER = re.compile(
    r"\b(?:for|about|describes?|described|sums?\s+up|summed\s+up|fits?|fitted|suits?|applies\s+to"
    r"|(?:is|was)\s+(?:true\s+)?(?:of|for))\s+(?:[\w'’-]+\s+){0,3}?"
    + _THEM
    + r"\b|\b"
    + _THEM
    + r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:is|are|was|were)\s+(?:\w+\s+){0,2}?(?:proof|example|case)"
    r"|(?:proves?|proved|shows?|showed)\s+it)\b",
    re.IGNORECASE,
)


def applied_to_them(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """True when the writer applies the saying at text[start:end] to them, in its sentence.

    "As we say, 'the fish rots from the head', and your management proves it"
    is aimed at them, whoever coined it; a proverb from home said of oneself is not.
    """
    s_start, s_end = sentence
    after = next((e for s, e in foreign_spans(text) if s <= start < e), end)
    return bool(
        _APPLIED_BEFORE.search(text, s_start, start)
        or _APPLIED_AFTER.search(text, max(after, end), max(s_end, after))
    )
