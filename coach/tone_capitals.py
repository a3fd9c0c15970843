"""Runs of words in capitals in any alphabet, and when such a run is a name rather than a shout."""

from __future__ import annotations

import functools
import re

from coach.tone_words import is_everyday, words


def _upper_class() -> str:
    """A regex character class of every capital letter in the Basic Multilingual Plane."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        char = chr(code)
        if char.isupper() and char.isalpha():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    # Escaped so a capital is never read as a class operator.
    parts = (
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return "[" + "".join(parts) + "]"


# Capitals are Unicode capitals: "PALÁCIO", "ÉCOLE", "ЗАЧЕМ" are whole words
# in capitals, where A-Z alone broke them into pieces ("PAL", "CIO").
_UP = _upper_class()
_WORD = rf"(?<![\w'’-]){_UP}[{_UP[1:-1]}'’-]*(?![\w'’-])"
CAPS_WORD = re.compile(_WORD)
CAPS_RUN = re.compile(rf"{_WORD}(?:[ \t,]+(?:&[ \t]+)?{_WORD})*")

# Small words that join the words of a name, in the languages drafts use:
# "PALÁCIO DO RIO", "BANK OF AMERICA", "HAUS ZUM WALFISCH", "VAN DER BERG".
# Inside a name they are never its reason to be loud.
JOINERS = words(
    """of and the & for at on in upon de do da dos das du des la le les del della dei di
    van von der den dem das zum zur am im y e et und en i og och à ao na no nos el al"""
)
# Articles a name may open with: "THE OLD FORGE", "LE PETIT JARDIN", "EL RINCÓN".
_NAME_OPENERS = words("the le la les l' el los las il lo gli die der das het de o os")

# Words a sentence needs and a name never holds, in English and the languages
# drafts mix in: pronouns, "is", "not", "very", "please". A run holding one
# says something; English nouns and adjectives ("OLD", "TEAM") may be a name's.
_SENTENCE_WORDS = words(
    """i me my mine myself you your yours yourself yourselves we us our ours they them their
    he him his she her it its this that these those who whom whose what which why how when
    where am is are was were be been being have has had do does did doing done will would
    shall should can could may might must not no nor never none nothing nobody noone
    everyone everybody everything anything something every all any some each either
    neither once twice again ever even just only still already also too very so such much
    many more most less least really truly totally completely absolutely entirely utterly
    extremely seriously literally actually honestly obviously clearly simply quite rather
    if then than because since though although while until unless please thank thanks
    sorry hello hi hey dear bye goodbye yes yeah yep nope ok okay want need know think
    cannot cant dont didnt wont isnt wasnt arent werent doesnt havent hasnt hadnt couldnt
    wouldnt shouldnt im ive id youre youve youd theyre weve thats whats
    don't didn't won't isn't wasn't aren't weren't doesn't haven't hasn't hadn't couldn't
    wouldn't shouldn't i'm i've i'd i'll you're you've you'd you'll they're we've we're
    it's that's what's there's let's can't
    es está están eres soy somos fue nunca jamás nada nadie muy que qué por porque yo tú
    usted ustedes esto eso esta este
    est sont suis êtes sommes était jamais rien personne très pas ne je tu vous nous ce
    c'est n'est qu'il
    ist sind bin bist war nicht nie niemals nichts niemand sehr ich du sie wir ihr es
    é são sou foi não nunca nada ninguém muito eu você vocês isto isso
    è sono siamo mai niente nessuno molto io tu voi noi questo
    jest nie nigdy nic bardzo ja ty wy"""
)

# Words that shout in capitals however they are written: a furious word of
# another language ("¡INACEPTABLE!", "UNVERSCHÄMT", "HONTE"), or its "never",
# "nothing", "not" and "very", as English's are (coach/tone_words.py).
_FURIOUS_ABROAD = words(
    """inaceptable inadmisible vergüenza verguenza ridículo ridiculo absurdo basta increíble
    vergonzoso indignante ofensivo
    inacceptable inadmissible honte honteux scandaleux scandale ridicule absurde assez
    insupportable incroyable
    unverschämt unverschaemt frechheit unverschämtheit skandal lächerlich unmöglich
    inakzeptabel unglaublich schande genug
    inaceitável inaceitavel vergonha ridícula absurda chega inadmissível
    inaccettabile vergogna ridicolo assurdo vergognoso basta incredibile
    schandalig belachelijk onaanvaardbaar schaamteloos
    skandaliczne niedopuszczalne wstyd żenujące
    недопустимо позор возмутительно безобразие хватит никогда suffit
    nunca jamás jamas nada nadie jamais rien niemals nichts niemand ninguém nessuno niente
    nigdy nooit niets rezalet
    sehr muy très tres muito molto bardzo nicht não nao niet нет очень ничего"""
)


def _bare(word: str) -> str:
    return word.replace("’", "'").strip("'-").lower()


def is_furious_abroad(word: str) -> bool:
    """True for a furious word of another language ("UNVERSCHÄMT", "¡VERGÜENZA")."""
    return _bare(word) in _FURIOUS_ABROAD


def says_something(word: str) -> bool:
    """True for a word a sentence needs and a name never holds ("YOU", "NOT", "ES", "NICHT")."""
    return _bare(word) in _SENTENCE_WORDS


@functools.cache
def _negative_words() -> frozenset[str]:
    # Built on first use: reading VADER's lexicon takes a few milliseconds.
    from coach.tone_vader import analyzer

    return frozenset(w for w, score in analyzer().lexicon.items() if score < 0)


# Past this many words besides its article and joining words, a run is too long to be a name.
NAME_MOST = 4


def name_words(found: list[str]) -> list[str]:
    """The run's words without a leading article and the joining words after its first word."""
    rest = found[1:] if found and _bare(found[0]) in _NAME_OPENERS else found
    return [w for i, w in enumerate(rest) if i == 0 or _bare(w) not in JOINERS]


def could_name(found: list[str]) -> bool:
    """True when no word of the run is one only a sentence holds, a negative or a furious one."""
    return not any(
        says_something(w) or is_furious_abroad(w) or _bare(w) in _negative_words() for w in found
    )


def name_parts(found: list[str]) -> list[str] | None:
    """The words of a run that would carry a name inside a sentence, or None if it cannot be one.

    A name may open with an article ("THE", "EL") and hold small joining
    words after its first word ("DO", "OF", "VAN"); what is left must be one
    to four words that could name (could_name), at least one not an everyday
    English word: "THE OLD FORGE" (FORGE), never "THE WORST" or "THE SAME TIME".
    """
    parts = name_words(found)
    if not 1 <= len(parts) <= NAME_MOST or not could_name(parts):
        return None
    if any(_bare(w) in ("a", "an") for w in parts[:-1]):
        return (
            None  # "GET AN ANSWER": an article inside leads a phrase ("NGUYEN VAN AN" ends on one)
        )
    if all(is_everyday(w) for w in parts):
        return None
    return parts
