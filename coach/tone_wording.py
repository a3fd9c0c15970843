"""Wording tone checks: clause patterns over word classes for the kinds a sentence carries."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from coach.tone_structure import Span
from coach.tone_words import words

# -- word classes the patterns are written in ----------------------------------------
# A pattern names a class as {NAME}; each class is an alternation of its words.

_CLASSES: dict[str, frozenset[str]] = {
    # Words that judge them harshly (their people, process, test or decision).
    "HOSTILE": words(
        """rude arrogant condescending dismissive smug patronising patronizing incompetent
        incompetence useless pathetic ridiculous absurd disgrace disgraceful shameful
        shameless appalling appalled outrageous insulting insult degrading demeaning
        exploitative exploitation toxic sloppy disorganised disorganized chaotic shambles
        circus farce laughable nonsense garbage rubbish trash sham scam clowns clown
        idiots idiotic moronic morons pointless unacceptable unprofessional disrespectful
        disrespect lazy clueless ignorant hypocritical hypocrites dishonest liars lied
        heartless tone-deaf cowardly spineless unethical discriminatory discrimination
        biased rigged unfair joke disgusting disgusted outrage shocking pitiful
        amateurish amateur bogus bullshit crap crappy awful horrible terrible dreadful
        atrocious abysmal embarrassing broken mess nightmare insane idiot moron
        disaster shambolic unkind cruel callous humiliating hostile aggressive belittling
        insulted offended disrespected belittled"""
    ),
    # Words for their side: who a complaint is aimed at.
    "THEM": words(
        """you your you're you've yours yourselves they their them whoever panel team
        company recruiter recruiters interviewer interviewers manager managers process
        hiring test task assignment decision people lead director ceo hr"""
    ),
    "ANGRY": words(
        """furious angry livid seething fuming outraged appalled disgusted enraged
        incensed irate pissed infuriated mad raging irritated annoyed cross
        exasperated"""
    ),
    "PRAISE": words(
        """wow great amazing brilliant fantastic lovely wonderful impressive nice perfect
        awesome super superb marvellous marvelous stellar outstanding inspiring
        heartfelt generous thoughtful original convenient touching charming classy
        masterpiece congrats congratulations bravo treasure frame cherish honour honor
        privilege treat glad loved love enjoyed adored remarkable incredible
        splendid delightful thrilled delighted efficient speedy prompt thorough"""
    ),
    "COMPLAINT": words(
        """silence silent template templated copy-and-paste copy-paste copy form
        automated automatic bot algorithm nothing wait waited waiting wasting waste
        chaos cheaper peanuts nephew niece friend's kid whatever homework
        unpaid ghosted ghosting weeks months generic one-line two-line canned
        rejection rejecting reject rejected"""
    ),
    "SELF_LOW": words(
        """stupid silly dumb useless hopeless worthless incompetent pathetic idiot
        fool loser failure disappointment mess wreck ashamed humiliated mortified
        embarrassed terrible awful weak inadequate clumsy"""
    ),
    "BAD_SHOWING": words(
        """messed screwed mucked stuffed fumbled bombed botched blew ruined flubbed
        butchered choked froze freezing"""
    ),
    # Adjectives almost only used about an email or an update in irony.
    "IRONIC": words(
        """riveting thrilling gripping scintillating illuminating enlightening
        earth-shattering heartwarming"""
    ),
    # What a bored or dismissive interviewer is accused of.
    "RUDE_ACTS": words(
        """bored checked-out uninterested disinterested distracted laughed mocked sneered
        smirked yawned interrupted ignored"""
    ),
    # The terms a candidate offers to give up to change a decision.
    "CONCESSION": words(
        """salary pay rate expectations expectation seniority title level part-time
        contract trial probation arrangement compromise terms relocate relocation
        notice package compensation"""
    ),
    "HYPERBOLE": words(
        """genius geniuses flawless miracle superstar rockstar superhero perfect
        visionary"""
    ),
    "TRYING": words(
        """frustrating infuriating humiliating draining painful unpleasant confusing
        stressful exhausting chaotic disorganised disorganized"""
    ),
    # Places a post about them would go, not counting LinkedIn, where people
    # also just connect.
    "OUTLET": words(
        """blog vlog newsletter podcast substack twitter tiktok youtube instagram facebook
        threads reddit glassdoor discord slack whatsapp telegram thread forum channel
        story video talk article post tweet reel"""
    ),
    "PLACE": words(
        """glassdoor trustpilot indeed blind teamblind reddit twitter tiktok youtube
        instagram facebook threads substack medium linkedin discord slack whatsapp
        telegram podcast newsletter blog vlog press journalist journalists reporter
        reporters media mastodon bluesky x social online internet web"""
    ),
    "AUDIENCE": words(
        """everyone everybody anyone anybody people others folks crowd world internet
        industry sector community followers audience network subscribers readers
        viewers listeners cohort classmates colleagues journalists reporters press
        media candidates applicants seekers group channel server forum club meetup
        students friends family peers mentees contacts connections members alumni"""
    ),
    "SHARE": words(
        """post posting posted share sharing shared tweet tweeting tweeted publish
        publishing published blog blogging blogged vlog vlogging write writing
        written wrote forward forwarding forwarded screenshot screenshotted tag
        tagging tagged record recording tell telling told
        expose exposing"""
    ),
}


def word_classes() -> dict[str, frozenset[str]]:
    """The word classes the patterns are written in, by name."""
    return dict(_CLASSES)


def _expand(pattern: str) -> str:
    def alternation(match: re.Match[str]) -> str:
        members = sorted(_CLASSES[match.group(1)], key=len, reverse=True)
        return "(?:" + "|".join(re.escape(w) for w in members) + ")"

    out: list[str] = []
    in_class = False
    # Spaces and straight apostrophes stand for any run of spaces and either
    # apostrophe, except inside a character class, which says what it means.
    for i, char in enumerate(pattern):
        escaped = i > 0 and pattern[i - 1] == "\\"
        if char == "[" and not escaped:
            in_class = True
        elif char == "]" and not escaped:
            in_class = False
        if not in_class and char == " ":
            out.append(r"\s+")
        elif not in_class and char == "'":
            out.append("['’]")
        else:
            out.append(char)
    return re.sub(r"\{([A-Z_]+)\}", alternation, "".join(out))


@dataclass(frozen=True)
class Rule:
    """One clause pattern: what it catches, why it matters, what to write instead."""

    kind: str
    pattern: re.Pattern[str]
    reason: str
    suggestion: str
    # Skip a hit right after "not"/"never": "it wasn't unfair" is not an accusation.
    negatable: bool = False
    # Skip a hit aimed at the writer ("my stupid answer"): that is apology, not anger.
    them_only: bool = False
    # Skip a hit in a sentence that is about where the job was found or staying in touch.
    not_where_found: bool = False
    # Skip a hit right after words matching this ("hope we get another chance").
    not_after: re.Pattern[str] | None = None


def rule(kind: str, pattern: str, reason: str, suggestion: str, **flags: Any) -> Rule:
    """A rule whose pattern is written with plain spaces, straight quotes and {CLASS} names."""
    # Matched against the lower-cased draft: IGNORECASE made every rule slower.
    # Word edges: an apostrophe inside a word ("don't") joins it; a quote
    # mark around one ("'companies to avoid'") does not.
    compiled = re.compile(rf"(?<!\w)(?<!\w['’])(?:{_expand(pattern)})(?!\w)(?!['’]\w)")
    return Rule(kind, compiled, reason, suggestion, **flags)


CALMER = "Say how it felt without blame: 'I was disappointed by the outcome.'"
PLAIN_THANKS = "Thank you for letting me know."
FUTURE = "Thank you; I'd be glad to be considered for future roles."
JOURNAL = "Write it in your journal instead; the urge passes."
WORKING_ON = "Leave it out, or say what you are working on instead."

_ANGER_HOSTILE = "judges them harshly; it closes the door and is what they will remember"
_ANGER_ACCUSE = "accuses them; they will only defend it"
_SARCASM = "sounds sarcastic: praise wrapped around a complaint reads as a parting shot"

RULES: tuple[Rule, ...] = (
    # --- apology and self-deprecation (first: a put-down aimed at yourself is not anger)
    rule(
        "apology",
        r"(?:i'm|i am|i was|i feel|i felt|i've been|i must have been|i must be|i know i'm"
        r"|i know i am|i guess i'm|i'm probably|i am probably|maybe i'm)"
        r"(?: \w+){0,3}? (?:a |an |such a |such an |so |really |just |complete |total )?"
        r"(?:{SELF_LOW}|nervous wreck|bundle of nerves|weak candidate|a nobody|not good"
        r"|not smart|not clever|not strong|not very good|not really good|bad at"
        r"|hopeless at|useless at|terrible at|nothing special)",
        "runs yourself down; they will remember you the way you describe yourself",
        WORKING_ON,
        negatable=True,
    ),
    rule(
        "apology",
        r"(?:i'm|i am) (?:just |only |merely )(?:a |an )[\w-]+(?: [\w-]+)?"
        r"|(?:not|never) (?:good|smart|talented|clever|strong|qualified|experienced|skilled)"
        r" enough|(?:not|never) (?:really |very )?(?:cut out|made) for"
        r"|out of my (?:depth|league)|(?:someone|somebody|a person) like me"
        r"|for even (?:considering|seeing|interviewing|meeting|talking|speaking)"
        r"|let(?:ting)? (?:you|everyone|everybody|the team|them)(?: all)? down"
        r"|made a fool of myself|embarrass(?:ed|ing)? myself|(?:went|go|going) blank"
        r"|how (?:badly|poorly) i|i (?:\w+ly )?{BAD_SHOWING}(?: \w+){0,2}"
        r"|(?:i'm|i am|i was) not (?:the|a) (?:most|best|strongest|brightest|smartest)"
        r"|(?:i'm|i am|i was) (?:the|a|your) (?:weakest|worst|least experienced|least qualified)"
        r"|(?:all |entirely |completely )?my (?:own )?fault"
        r"|(?:i|i'm)(?: \w+ly)? (?:wasn't|was not|am not|'m not|isn't) what you(?:'re| were| are)"
        r" looking for"
        r"|my (?:{SELF_LOW}|poor|bad|weak|broken|embarrassing) (?:answer|answers|english"
        r"|performance|interview|code|attempt|showing|presentation|portfolio|cv|resume"
        r"|solution|demo|task)"
        r"|my [\w-]+ (?:is|was|are|were) (?:honestly |really |just |probably )?"
        r"(?:not (?:very |that |really |so )?(?:impressive|strong|good|great)|nothing special"
        r"|nothing compared|weak|poor)"
        r"|(?:is|are|was) nothing (?:special )?(?:compared|next) to"
        r"|i (?:don't|do not) deserve|i should(?:n't| not| never) have (?:even )?applied",
        "runs yourself down; a no is not a verdict on your worth",
        WORKING_ON,
    ),
    rule(
        "apology",
        r"(?:(?:i'm|i am|i'm so|i am so|i'm really|i'm terribly|i am terribly|so|really"
        r"|terribly|very) )?sorry|apologi[sz](?:e|ing|ed)|(?:my )?apologies|forgive (?:me|my)"
        r"|excuse (?:me|my)|pardon (?:me|my)|my bad|i regret (?:how|that|my|the way|being)",
        "apologises for yourself; there is nothing to apologise for in a rejection",
        WORKING_ON,
    ),
    # --- begging: reversing the decision, bargaining, listing what they got wrong
    rule(
        "begging",
        r"(?:reconsider|rethink|revisit|re-?evaluate|re-?assess|reverse|overturn|re-?review)"
        r"(?:ing|ed|s)?(?! (?:my approach|how i|the way i))"
        r"|(?:look|looking|looked|discuss|talk|review|consider|read|check) (?:\w+ ){0,5}?"
        r"(?:again|once more|one more time|afresh|anew)"
        r"|(?:another|a second|one more|a fresh) look"
        r"|(?:change|changes|changed|changing) (?:your|the|their|his|her) (?:mind|decision|view)"
        r"|change the (?:picture|outcome)|(?:put|keep|get) me back|back in the running"
        r"|(?:is|was) (?:the|your|this) decision (?:final|set in stone)"
        r"|before the decision is final"
        r"|(?:any|some|still a|really no|no) (?:way|chance|possibility)(?: \w+){0,6}?"
        r" (?:decision|change|reconsider|you could|look|still|again|interview)"
        r"|is there (?:still )?(?:a|any) chance"
        r"|in case (?:your|the|they)(?: \w+){0,4} (?:declines?|says? no|turns? it down"
        r"|drops? out|falls? through|doesn't work out)"
        r"|don't (?:close|reject|discard|give up on|forget|dismiss|judge) (?:me|my)"
        r"|(?:re-?check|reread|re-read|re-?mark|re-?grade|re-?score)s?"
        r"|if you (?:check|look|read|review)(?: \w+){0,3}? again"
        r"|consider me (?:for (?:the|this) (?:role|position|job) )?again"
        r"|(?:if|when|in case) (?:the|this) (?:role|position|job|vacancy) (?:opens|becomes"
        r" available|comes up|is re-?advertised)(?: up)? again"
        r"|(?:decision|outcome|choice|verdict)(?: \w+){0,3} (?:open to|up for) (?:discussion"
        r"|review|reconsideration|debate)|open to (?:discussion|reconsideration)"
        r"|address (?:the|your|any|those|these) concerns|make my case"
        r"|(?:pass|send|forward) my (?:cv|application|resume|profile)(?: \w+){0,5} again"
        r"|change your mind|(?:take|bring|put) my (?:application|case|cv|candidacy) back"
        r"|(?:surely|shouldn't|should not|doesn't|does not)(?: [\w'’-]+){0,6}? (?:outweigh"
        r"|count for)",
        "asks them to go back on a decision that is already made",
        FUTURE,
    ),
    rule(
        "begging",
        r"(?:get |have |had |give me )?(?:another|a second|one more"
        r"|one last|a fresh) (?:chance|go|shot|try|attempt|round|interview|opportunity"
        r"|conversation|look)(?! (?:to work|working|to collaborate|to meet|in the future"
        r"|later|next))"
        r"|(?:re-?do|re-?submit|re-?take|re-?sit|re-?attempt)(?:ing)?|try again"
        r"|have another go|second go",
        "asks for another chance; after a no that reads as pleading",
        FUTURE,
        not_after=re.compile(r"\bhope\s+(?:we|to)\s+(?:\w+\s+)?$", re.IGNORECASE),
    ),
    rule(
        "begging",
        r"(?:lower|smaller|reduced|lesser|cheaper|lower-level|junior) (?:salary|pay|rate"
        r"|title|wage|package|day rate|compensation|level|offer|role)"
        r"|(?:pay|salary) cut|come down (?:on|in) (?:my )?(?:rate|salary|price|pay|fee)"
        r"|flexible (?:on|about|with) (?:the )?(?:pay|salary|terms|rate|money|compensation"
        r"|package|the salary)|lower end of the range|no pay"
        r"|(?:i'd|i would|i could|i can|i'll|happy to|willing to)(?: [\w'’-]+){0,5}"
        r" (?:unpaid|for free|without pay)"
        r"|(?:willing|happy|prepared|ready|open|able) to (?:take|accept|consider|go|move|do"
        r"|start|work)(?: [\w-]+){0,4} (?:{CONCESSION}|step down|less|lower|junior|down)"
        r"|(?:{CONCESSION})(?: \w+){0,3} (?:is|are) (?:very |completely |fully )?(?:negotiable"
        r"|flexible)|middle ground|meet you halfway|step down in"
        r"|(?:as|even|start as|take) an? (?:intern|internship|trainee)|even a junior"
        r"|(?:take|accept|do) (?:any|an internship|a junior|a lower)"
        r"|(?:instead of|rather than) a permanent|on a (?:freelance|contract|trial"
        r"|temporary|six-month|6-month|part-time) (?:basis|contract)"
        r"|(?:or )?start(?:ed)? on a (?:\w+-)?(?:month|week) contract"
        r"|whatever it takes|anything to (?:join|get in|be part)|foot in the door"
        r"|in the door|(?:relocate|move cities|move country) at my own|at my own (?:cost|expense)"
        r"|start (?:tomorrow|on monday|immediately|right away)(?: \w+){0,3} if"
        r"|(?:happy|open|willing) to (?:discuss|revisit|negotiate) (?:it|that|the \w+|\w+)"
        r" again|open to revisiting|(?:would|will|could) it help if i"
        r"|(?:if|when) (?:it's|it is) about the money|(?:can|could|would) be flexible on",
        "bargains to change their mind; it undersells you and rarely works",
        FUTURE,
    ),
    rule(
        "begging",
        r"(?:you|your \w+|the \w+|they)"
        r"(?:'ve| have)?(?: \w+){0,3}? (?:misjudged|underestimated|overlooked|missed that"
        r"|misunderstood|misread|misinterpreted|undervalued|got (?:it|me) wrong)"
        r"|(?:must|may|might) (?:be|have been) (?:some |a )?(?:mistake|error|misunderstanding)"
        r"|(?:a|some) misunderstanding|(?:were|was) misunderstood"
        r"|my (?:answer|answers|solution|code|approach|reply)(?: \w+){0,4} (?:was|were)"
        r" (?:actually |in fact )?(?:right|correct|valid)"
        r"|(?:i'm|i am|i was) (?:the|your) (?:best|strongest|ideal|perfect|right|obvious)"
        r" (?:candidate|person|fit|choice|match)"
        r"|(?:may|might) not have (?:noticed|seen|realised|realized|read)"
        r"|i (?:do |did |already |actually )+(?:have|hold|possess) (?:the|that|this|all the)"
        r" (?:experience|skills?"
        r"|background|qualifications?|certifications?|degree|licen[cs]e)"
        r"|(?:meet|tick|ticked|check|match|matched|meet) (?:all|every)(?: of)? (?:the )?"
        r"(?:criteria|box|boxes|requirements?)"
        r"|(?:doesn't|surely|shouldn't|should) my(?: [\w-]+){1,5} (?:count|outweigh|matter)"
        r"|deserve(?:d)? (?:another|a second|one more|a fair|a proper|a better|more)"
        r"|(?:wasn't|was not) (?:really )?(?:me|the real me)(?: in| that| on)"
        r"|(?:had a cold|was ill|was sick|barely slept|hadn't slept|was jet-?lagged)"
        r"|don't judge me|did not get an accurate picture|wrong (?:idea|impression)"
        r"|(?:what )?i meant (?:to say )?(?:is|was|that)"
        r"|(?:could|can|would be happy to) (?:send|forward|share) (?:you )?(?:the|my|those|them)"
        r"(?: [\w-]+){0,6} (?:if|to show)|if we (?:spoke|talk|talked|speak) again"
        r"|could be addressed|show (?:you )?(?:i|that i) can (?:do )?(?:better|it|this)"
        r"|(?:prove|show) (?:myself|my worth|my value|what i can do|it to you)"
        r"|prove (?:you|them|everyone|everybody) wrong|(?:didn't|did not|never) see my"
        r" (?:strongest|best|real)|(?:wasn't|was not|isn't) a fair reflection"
        r"|(?:just )?let me (?:show|prove|try|demonstrate)",
        "argues the decision was wrong; they will not reopen it, and it reads as pleading",
        FUTURE,
    ),
    rule(
        "begging",
        r"i (?:really |desperately |badly |truly |)need (?:this|the) (?:job|role|position"
        r"|money|offer|work)|i(?:'m| am) (?:so |really |getting )?desperate|desperately"
        r"|i(?:'m| am) (?:begging|pleading)|i beg(?: you| of you)?|pleading with"
        r"|(?:have|with) a family to (?:support|feed)|(?:out of work|unemployed) for"
        r"|can't afford to (?:lose|miss)|(?:this|the) (?:job|role) means everything"
        r"|^please, i|please,? please",
        "tells them how badly you need it; pressure, not a reason to hire",
        FUTURE,
    ),
    # --- going public
    rule(
        "public",
        r"glassdoor|trustpilot|teamblind|name and shame|go(?:ing)? public|make (?:this|it) public"
        r"|(?:one|1|zero|0)[ -]star|star rating"
        r"|(?:leave|leaving|write|writing|give|giving|post|posting|expect)(?: \w+){0,3}"
        r" (?:review|rating)s?"
        r"|(?:the )?(?:full|whole) story|warn(?:ed|ing)?(?: \w+){0,3} (?:{AUDIENCE}|future)"
        r"|warn(?:ed|ing)?(?: \w+){1,3} (?:away|off|against|about)"
        r"|(?:applicants|candidates) (?:are|be) warned",
        "says you will tell the world about them; it reads as a threat and follows you",
        JOURNAL,
        not_where_found=True,
    ),
    rule(
        "public",
        r"(?:i'll|i will|i'm|i am|i've|i have|i|i'd|going to|gonna|plan to|might)"
        r"(?: \w+){0,3}? {SHARE}(?: [\w'’/.-]+){0,8}? (?:on|to|in|with|into|up on)"
        r" (?:my |the |a |our )?"
        r"(?:[\w/.-]+ ){0,2}?(?:{PLACE}|{AUDIENCE}|talk|episode|story|video|group|channel|network)"
        r"|{SHARE} (?:it|this|them|that|the \w+) (?:online|(?:on|to|in) (?:my |the )?{PLACE})"
        r"|mention(?:ing)? (?:this|it) (?:in|on)"
        r"|(?:bring|brought|bringing) (?:this|it) up|ends? up (?:in|on) (?:my|the)"
        r"|(?:{OUTLET}|{SHARE})(?: [\w'’-]+){0,6}? about (?:this|it|you|your|how you|the way you"
        r"|what happened)"
        r"|(?:this|it|you|your \w+)(?: [\w'’-]+){0,4}? (?:in|on|into|onto|of) (?:my|our|the)"
        r"(?: [\w'’-]+){0,2}? {OUTLET}"
        r"|(?:making|doing|recording|filming|starting|writing) an? (?:{OUTLET}|{PLACE})"
        r"|(?:companies|employers) to avoid|(?:hall|wall) of shame|blacklist"
        r"|(?:episode|chapter|post|video|thread|article) (?:of|on|for|in) my"
        r"|(?:i'll|i will|i'm|i am|i've|i have|i|going to|gonna)(?: \w+){0,3}? {SHARE}"
        r" (?:about )?(?:this|it|the (?:whole )?(?:email|exchange|rejection|experience"
        r"|story|thing)|your (?:email|process|company|interview|hiring)|my (?:experience"
        r"|interview)|how you)"
        r"|(?:blog|vlog|podcast|newsletter|thread|video|article|tweet|linkedin post|post|talk"
        r"|episode|list)(?: \w+){0,4} (?:about|on) (?:this|it|companies|employers|bad hiring"
        r"|my (?:interview|experience)|your|you|how)",
        "announces a public post or telling others; angry posts follow you",
        JOURNAL,
        not_where_found=True,
    ),
    rule(
        "public",
        r"(?:{AUDIENCE}|my (?:old|former) (?:team|colleagues|company)|reporter friend)"
        r"(?: [\w'’-]+){0,8}? (?:will|'ll|would|is going to|are going to|going to|deserve to"
        r"|should|can|be|is|are) (?:\w+ ){0,3}?(?:hear|hearing|know|learn|read|find out|enjoy"
        r"|love|interested|see)"
        r"|let(?:ting)? (?:my|everyone|everybody|people|others|the|all)(?: [\w'’-]+){0,5} know"
        r"|make sure(?: [\w'’-]+){1,6} (?:hears?|knows?|sees?|reads?|learns?)"
        r"|(?:already )?(?:told|tell|telling) (?:my|everyone|everybody|people|others|anyone"
        r"|the (?:world|community))"
        r"|(?:{AUDIENCE}|everyone) (?:at|in|on) (?:my |the )?(?:[\w-]+ ){0,3}(?:will|'ll)"
        r"|(?:would|will) love (?:this|hearing) (?:story|one|about)"
        r"|(?:hears?|hearing|knows?|read|learns?)(?: all)? about (?:this|it|your process|how you)"
        r"|(?:straight )?into my (?:podcast|newsletter|talk|blog|video|thread)"
        r"|make it into my|(?:you'll|you will|you're|you are) (?:be )?(?:in it|on it|feature)"
        r"|expect to be tagged",
        "names who will hear about it; it reads as a threat to their name",
        JOURNAL,
        not_where_found=True,
    ),
    # --- anger: sarcasm and passive aggression
    rule(
        "anger",
        r"thank(?:s| you)(?: \w+)? for (?:absolutely |really |precisely )?nothing"
        r"|how (?:generous|kind|thoughtful|original|convenient|professional"
        r"|personal|lovely|nice|considerate)(?: of you)?(?=[.!,?]| of| that)|must be nice|your loss"
        r"|(?:good|best of) luck[,.!]?(?: [\w'’,-]+){0,6}? (?:need it|need plenty|need all"
        r"|needing it|be needing)"
        r"|(?:good|best of) luck with that|(?:i'm sure|no doubt|i bet|surely)(?: [\w'’-]+){0,8}?"
        r" (?:{HYPERBOLE}|walk on water|fix everything|save (?:you|the company))"
        r"|i'm sure (?:that|it) was (?:\w+ )?(?:fair|honest|legit|above board)"
        r"|{PRAISE} (?:feedback|answer|explanation|reply|email|response)[,.] (?:very|really|so"
        r"|truly) (?:helpful|useful|illuminating|informative|insightful)"
        r"|hope (?:whoever|your new hire|the person|the candidate|they|the new)(?: [\w'’-]+){0,4}?"
        r" (?:can handle|handles?|survives?|copes?|(?:enjoys?|likes?|loves?)(?: the| your"
        r"| working)? (?:chaos|mess|workload|overtime|stress|weekends|drama|pressure"
        r"|long hours|late nights))"
        r"|(?:treasure|frame|cherish) (?:this|it)|i'll treasure|(?:funny|amazing|interesting"
        r"|strange|curious|incredible) how|what an? (?:honour|honor|privilege|treat)"
        r"|congrat\w* on (?:hiring|finding|choosing|picking)(?: \w+){0,4}?"
        r" (?:cheaper|friend|nephew|niece|kid|son|daughter|willing|less|younger|someone)"
        r"|(?:very|so|really) fair(?: process)?(?=[.!])|/s|(?:oh|ah) (?:great|yes|wow|sure)"
        r"|whatever that means|heard that one before|how original|i guess(?=[.!])"
        r"|{IRONIC}|like that's ever|as if that|yeah right|, i'm sure(?=[.!])"
        r"|said no(?: one|body|-one)|made my (?:day|week|year)"
        r"|thank(?:s| you)(?: so much| a lot| ever so much| very much)? for (?:the|your|that|a)"
        r" (?:{COMPLAINT}) (?:rejection|email|reply|response|message|letter|update|note)"
        r"|(?:i'm sure|no doubt|of course|so-called|supposedly)(?: [\w'’,-]+){0,4}? ['‘\"“][\w-]+"
        r"|, interesting(?=[.!])|unlike everything else|{PRAISE} to be told"
        r"|(?:['‘\"“][\w' -]{3,40}['’\"”])(?: [\w'’,-]+){0,8}? (?:interesting|whatever|like that"
        r"|very (?:illuminating|helpful|useful|clear)|how original)"
        r"|(?:great|good|fantastic|amazing|brilliant|nice) (?:job|work)(?= \w+ing)",
        _SARCASM,
        PLAIN_THANKS,
    ),
    rule(
        "anger",
        r"(?:{PRAISE})(?: [\w'’,-]+){0,10}? (?:{COMPLAINT}|(?:\d+|two|three|four|five|six|seven"
        r"|eight|nine|ten) (?:weeks?|months?|hours?)|saying nothing|two lines|one line"
        r"|\w+-(?:sentence|line|word)"
        r"|absolutely nothing|copy-paste|copy-and-paste|personal touch)"
        r"|(?:{COMPLAINT}|(?:\d+|two|three|four|five|six|seven|eight) (?:weeks?|months?))"
        r"(?: [\w'’,-]+){0,8}? (?:truly|really|very|how|such a|what a)"
        r" (?:{PRAISE}|personal|useful|helpful|professional)",
        _SARCASM,
        PLAIN_THANKS,
    ),
    # --- anger: hostile words, angry feelings, accusations
    rule(
        "anger",
        r"{HOSTILE}|waste of (?:my|everyone's|our|people's|candidates') time|what a waste"
        r"|(?:badly|poorly|terribly|horribly) (?:handled|managed|run|organi[sz]ed|treated"
        r"|written|designed|planned)|full of (?:mistakes|errors|bugs|typos|holes)"
        r"|(?:serious|real|big|huge) problem with"
        r"|how (?:badly|poorly|terribly) (?:this|it|that|you|things|everything|the)"
        r"|expected (?:more|better|a lot more)|(?:least|less) (?:professional|organi[sz]ed"
        r"|respectful|competent|courteous)|reflects (?:really |very |so )?(?:badly|poorly)"
        r"|says a lot about (?:you|your|the company)|(?:a )?(?:hard|long) look at (?:themselves"
        r"|yourselves|yourself)|think twice|{RUDE_ACTS}|checked out"
        r"|(?:you|they)(?: [\w'’-]+){0,8}? chose not to|(?:courtesy|decency|respect) to"
        r"|promises? (?:\w+ ){0,3}(?:couldn't|didn't|never|can't)"
        r" keep|broke (?:\w+ )?promise|how anyone (?:thought|could|would|can)"
        r"|wast(?:ed|ing)(?: \w+){0,3}? (?:my|everyone's|candidates'|people's|applicants'|of my)"
        r"|(?:worst|most (?:{HOSTILE}|{TRYING})) (?:\w+ ){0,4}(?:ever|of my life"
        r"|i've (?:ever )?(?:had|seen|been))",
        _ANGER_HOSTILE,
        CALMER,
        negatable=True,
        them_only=True,
    ),
    rule(
        "anger",
        r"(?:i'm|i am|i was|i feel|i felt|i've been)(?: (?!not\b|never\b)\w+){0,2}? (?:{ANGRY})"
        r"|(?:not |un)impressed|not amused|you owe me|and you know it"
        r"|(?:{ANGRY}) (?:by|at|about|that)|fed up|sick (?:of|and tired)|had it with"
        r"|(?:i'm|i am) done with|how dare|screw you|go to hell|f\*+k|fuck\w*|shit\w*|wtf|ffs"
        r"|you people|shame on|ought to be (?:ashamed|embarrassed)"
        r"|should be (?:ashamed|embarrassed)|i regret (?:ever )?applying|i hate"
        r"|you(?:'ve| have| will|'ll)? (?:made a (?:\w+ )?mistake|regret (?:it|this))"
        r"|(?:is |was )?not how you treat|should(?:n't| not) be (?:allowed|let|trusted)"
        r"|(?:could|should|might) (?:have |'ve )?at least|had nothing to do with"
        r"|(?:doesn't|don't|didn't|do not|does not) deserve|(?:i|we|candidates|people)"
        r" deserved? better|why (?:even )?bother|so little (?:respect|care|courtesy|thought"
        r"|effort)|(?:no|zero|a lack of) (?:respect|courtesy|decency)"
        r"|waste of (?:a|an|my|the)(?: \w+)? (?:day|morning|afternoon|evening|week|weekend"
        r"|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"|(?:this|that|it)(?:'s| is| was) (?:just |simply |really )?not (?:okay|ok|acceptable|on"
        r"|right|fair|professional|good enough)"
        r"|are you (?:kidding|joking|serious)|you(?:'re| are| must be) (?:kidding|joking)",
        "angry wording; it burns a bridge you may want later",
        CALMER,
        negatable=True,
    ),
    rule(
        "anger",
        r"(?:you|your \w+|they|nobody|no one|no-one|whoever \w+)(?: \w+){0,3}? (?:never|didn't"
        r"|did not|couldn't|could not|can't|cannot|won't|wouldn't|don't|do not)(?: even| once)?"
        r" (?:bother|read|look|listen|reply|respond|answer|prepare|show|turn up|care|ask"
        r"|recogni[sz]e|value|respect|appreciate|understand|explain|know what)(?:ed|d|s|ing)?"
        r"|(?:nobody|no one|no-one)(?: [\w'’-]+){0,4}? (?:knew|understood|had a clue|could tell"
        r"|had (?:read|looked|opened|bothered)|thought to|cared|listened)"
        r"|(?:no|never|not)(?: \w+){0,3} (?:fair|real|proper) (?:chance|shot|hearing|go)"
        r"|(?:astonishing|staggering|unbelievable|shocking|baffling|mind-boggling|beyond me)"
        r" (?:that|how)|(?:always|already) (?:planned|meant|intended|going) to (?:hire|give"
        r"|pick|promote)|internal candidate you|(?:just |only )?for show"
        r"|wouldn't know [\w-]+(?: [\w-]+)? if|all (?:i|we) (?:get|got|received) (?:is|was)"
        r"|(?:even|couldn't even be) bothered|nobody (?:even )?(?:bothered|replied|read|looked)"
        r"|kept me waiting|ghosted|disappeared|showed up late|spoke over|talked over"
        r"|blamed me|treat(?:ed|s|ing)? (?:me|people|candidates|applicants|us)(?: \w+){0,2} like"
        r"|(?:how|the way) you (?:treat|handle|handled|behave|managed)"
        r"|left me hanging|strung me along"
        r"|(?:don't|do not|never)(?: bother)? (?:contact|email|call|message)(?:ing)? me"
        r"|(?:stop|quit) (?:wasting|posting|pretending|advertising|lying)"
        r"|never (?:recommend|apply|work|deal|interview)\w*(?: \w+){0,4}"
        r"|(?:won't|will not|will never) (?:be )?(?:applying|apply|recommending|recommend|using"
        r"|buying)(?: \w+){0,3} again"
        r"|(?:decided|made|chosen|picked|settled)(?: \w+){0,2} before (?:i|we) (?:even )?"
        r"|already (?:had|picked|chosen|decided on) (?:someone|a candidate|an internal|your)"
        r"|never (?:meant|intended|planned) to hire|no intention of (?:hiring|filling)"
        r"|fake (?:job|role|post|posting|ad|advert|listing)s?"
        r"|(?:you|your \w+|it|the decision|they)(?:'s| is| was| were)? (?:obviously|clearly"
        r"|evidently)(?! (?:something|a|an) i)|(?:obviously|clearly) (?:you|nobody|no one)"
        r"|that much was obvious|it'?s obvious (?:that )?(?:the|you)"
        r"|(?:what kind of company|what sort of company|what company|how could you"
        r"|how can you|what kind of \w+) (?:[\w'’-]+ ){0,10}?[\w'’-]+\?"
        r"|who [\w'’-]+s (?:[\w'’-]+ ){0,10}?(?:{COMPLAINT}|{HOSTILE}|one-line|two-line"
        r"|\w+-month|\w+-week)(?: [\w'’-]+){0,4}\?"
        r"|out of line|(?:illegal|inappropriate) questions?"
        r"|picking a \w+ over me|(?:someone|somebody) with half my",
        _ANGER_ACCUSE,
        "Could you share what would have made my application stronger?",
        negatable=True,
    ),
)

_NEGATION = re.compile(
    r"(?:\bnot|\bnever|n['’]t|\bno)\s+(?:(?:very|really|that|so|too|particularly|remotely"
    r"|exactly|at all|a bit|being|been|be)\s+)?$",
    re.IGNORECASE,
)
_SELF_BEFORE = re.compile(
    r"(?:\bmy|\bi['’]m|\bi am|\bi was|\bi feel|\bmyself|\bme)(?:\s+[\w'’-]+){0,4}\s*$",
    re.IGNORECASE,
)
# "the mess I made", "sorry for the mess": aimed at the writer, not at them.
_SELF_AFTER = re.compile(r"\s+(?:that\s+)?i\s+(?:made|caused|did|created|was)\b", re.IGNORECASE)
_APOLOGY_BEFORE = re.compile(r"\b(?:sorry|apologi[sz]e|apologies)\b", re.IGNORECASE)
_WHERE_FOUND = re.compile(
    r"\b(?:found|saw|seen|came across|spotted|noticed|applied (?:via|through|on)|learned about"
    r"|heard about the (?:role|job)|advert|vacancy|listing|connect|connected|in touch|follow"
    r"|following|read your|reading your|read about|what i learn\w*"
    r"|(?:wrote|written|messaged|sent|reached out) (?:to )?you"
    r"|(?:talk|talking|chat|chatting|speak|speaking) (?:with|to) (?:you|them|the team))\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)


def lower_same_length(text: str) -> str:
    """The text in lower case, offset for offset (a few letters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _sentence_of(text: str, start: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, start) for c in ".!?\n") if i >= 0]
    return left, (min(ends) + 1 if ends else len(text))


def wording(text: str) -> list[Span]:
    """Every clause that reads as angry, sarcastic, begging, public or self-effacing."""
    spans: list[Span] = []
    apologies: list[Span] = []
    lowered = lower_same_length(text)
    for r in RULES:
        for m in r.pattern.finditer(lowered):
            start, end = m.span()
            # One finding per stretch and kind; words already read as an
            # apology are aimed at the writer, so they are not anger too.
            blocking = {r.kind, "apology"} if r.kind == "anger" else {r.kind}
            if any(s.start < end and start < s.end and s.kind in blocking for s in spans):
                continue
            before = text[max(0, start - 24) : start]
            if r.negatable and _NEGATION.search(before):
                continue
            if r.them_only and (
                _SELF_BEFORE.search(before)
                or _SELF_AFTER.match(text, end)
                or _APOLOGY_BEFORE.search(
                    text, max(_sentence_of(text, start)[0], start - 40), start
                )
            ):
                continue
            if r.not_after and r.not_after.search(before):
                continue
            if r.not_where_found:
                s_start, s_end = _sentence_of(text, start)
                if _WHERE_FOUND.search(text[s_start:s_end]):
                    continue
            span = Span(start, end, r.kind, r.reason, r.suggestion)
            if r.kind == "apology" and r is RULES[2]:
                apologies.append(span)
                continue
            spans.append(span)
    spans += _weigh_apologies(text, apologies, spans)
    return spans


_BENIGN_APOLOGY = re.compile(
    r"^[\s,]*(?:(?:for|about)\s+)?(?:(?:the|my|this)\s+)?(?:(?:late|slow|delayed|belated|tardy)\b"
    r"|delay|to hear|to see|to learn|(?:that\s+)?it\s+took|(?:that\s+)?i\s+(?:missed|didn't\s+reply"
    r"|did\s+not\s+reply|couldn't\s+make)|(?:for\s+)?missing\s+your|not\s+(?:getting|replying)"
    r"|getting\s+back|that\s+(?:the|your|you|this|it)\b"
    r"|i\s+meant\s+to\s+(?:reply|respond|write|answer|get\s+back)"
    r"|(?:that\s+)?(?:we|it)\s+(?:won't|will\s+not|didn't|did\s+not|couldn't|wasn't))",
    re.IGNORECASE,
)


def _weigh_apologies(text: str, found: list[Span], taken: list[Span]) -> list[Span]:
    """One apology for a slow reply, or sympathy ("sorry to hear"), is fine; others are not."""
    kept: list[Span] = []
    benign_seen = 0
    for span in found:
        if any(s.start < span.end and span.start < s.end for s in taken):
            continue
        if _BENIGN_APOLOGY.match(text[span.end : span.end + 60]):
            benign_seen += 1
            if benign_seen == 1 or "hear" in text[span.end : span.end + 12]:
                continue
            reason = "apologises again; one apology is plenty, or none"
            kept.append(Span(span.start, span.end, "apology", reason, WORKING_ON))
            continue
        kept.append(span)
    return kept
