"""Word lists the tone check reads drafts with: slots, acronyms, loud words, sign-offs."""

from __future__ import annotations

import functools


def words(spaced: str) -> frozenset[str]:
    """A set from whitespace-separated words."""
    return frozenset(spaced.split())


# Acronyms are written in capitals, not shouted.
ACRONYMS = words(
    """API APIS AWS SQL NOSQL USA UK EU US UAE CEO CTO CFO COO CIO CPO CMO VP SVP EVP
    QA UI UX ASAP FAQ PDF URL HTML CSS JSON XML YAML REST HTTP HTTPS NYC GCP SRE
    SDK CLI IDE MBA GPA ETA AI ML NLP LLM IT OK PST EST PDT EDT GMT UTC CET BST
    TBD TBC TBA FYI ATS CRM ERP KPI KPIS OKR OKRS ROI SEO GDPR CI CD IOS GIS NASA IBM SAP
    AMD NVIDIA MIT UCLA NYU NHS BBC PHP JVM GPU CPU RAM SSD DNS TCP IP VPN SSO
    SAML LDAP ETL ELT BI DBA SLA SLO SLI SAAS PAAS B2B B2C SMB PM TPM EM IC SWE
    SDE DEI STEM CAD CNC RN CPA CFA PMP USD EUR GBP AUD NDA PTO OOO EOD EOW COB
    AZ DC NY SF LA CV CVS HR CS PHD BSC MSC BA BS MS MA GRE IELTS TOEFL ISO SOC
    PCI HIPAA SOX RFC RFP MVP POC CRUD OOP TDD BDD DDD CICD GIT SVN ECS EKS GKE
    AKS EC2 S3 IAM VPC RDS SQS SNS UPS FBI KPMG PWC EY BMW VW HSBC RBS BP GE HP
    AT&T ESG NGO UN WHO EMEA APAC LATAM DACH NHS MSC MENG BENG BTECH MTECH GCSE
    AWS UX/UI QA/QC R&D M&A PR CSR VR AR IOT SAS SPSS CAD UTF ID PIN OTP CTA
    FAANG MAANG YC CAN RTOS ACME LGBT LGBTQ BIPOC MSFT AAPL TLDR TL;DR PS P.S NB RSVP"""
)

# Words that are shouted when written in capitals: the everyday words of a
# sentence, not the nouns a company is named after. VADER's lexicon of
# feeling words is added on top (see is_loud).
_LOUD = words(
    """i me my mine myself you your yours yourself yourselves we us our they them their
    he him his she her it its this that these those who whom whose what which why how
    when where there here am is are was were be been being have has had do does did
    doing done will would shall should can could may might must not no nor never none
    nothing nobody noone everyone everybody everything every all any some each both
    either neither one two three four five six seven eight nine ten hundred thousand
    once twice again ever even just only still already also too very so such much
    many more most less least really truly totally completely absolutely entirely
    utterly extremely seriously literally actually honestly obviously clearly simply
    quite rather pretty deeply highly fully whole entire single same other another
    and or but if then than because since though although while until unless as at
    by for from in into of off on onto out over to up with without about after before
    again against between through during under above below down yes yeah yep nope ok
    okay please thank thanks sorry hello hi hey dear bye goodbye
    want wanted need needed know knew known think thought believe believed feel felt
    see saw seen look looked looking give gave given take took taken get got make
    made making say said tell told ask asked answer answered answering try tried
    work worked working wait waited waiting spend spent spending go went gone come
    came let letting put read listen listened hear heard care cared bother bothered
    reply replied respond responded call called email emailed apply applied
    prepared prepare reconsider rethink change decide decided decision chance
    time times day days week weeks month months year years hour hours minute minutes
    hard good bad best worst better worse great big little long short new old right
    wrong fair unfair real sure true false kidding joke joking serious seriously
    excited exciting hurt stings sting happened happen happening possible impossible
    waste wasted wasting nonsense rude stupid idiot idiots ridiculous unbelievable
    hate hated love loved adore adored like liked wow omg lol wtf damn hell
    everything anything something whatever whenever wherever however cannot cant
    dont didnt wont isnt wasnt arent werent doesnt havent hasnt hadnt couldnt
    wouldnt shouldnt im ive id youre youve youd theyre weve its thats whats
    don't didn't won't isn't wasn't aren't weren't doesn't haven't hasn't hadn't
    couldn't wouldn't shouldn't i'm i've i'd i'll you're you've you'd you'll they're
    we've we're it's that's what's there's let's can't
    question questions problem problems task test interview interviews process
    team job role people person candidates candidate application"""
)

# Joining words inside company names (BANK OF AMERICA): never the reason a run is loud.
NAME_CONNECTORS = words("of and the & for de du la le von van und y da di del der den")


@functools.cache
def _feeling_words() -> frozenset[str]:
    # Built on first use: reading VADER's lexicon takes a few milliseconds.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    lexicon = SentimentIntensityAnalyzer().lexicon
    return frozenset(
        w
        for w, score in lexicon.items()
        if w.isalpha() and abs(score) >= 1.0 and w not in _CHAT_ABBREVIATIONS
    )


# Chat shorthand in VADER's lexicon that is also how trades write their
# acronyms ("AML controls", "the FML team"): in capitals these name things.
_CHAT_ABBREVIATIONS = words(
    """aml lol lmao lmfao rofl omg wtf fml smh ty thx ily imo irl jk ftw btw pita sux wth
    yolo stfu ffs ttyl bff gtfo idk idc tbh ngl afaik hth ikr np nvm"""
)


def is_everyday(word: str) -> bool:
    """True for the everyday words of a sentence ("you", "never"), not feeling words."""
    low = word.lower().replace("’", "'")
    return low in _LOUD or low.replace("'", "") in _LOUD


def is_loud(word: str) -> bool:
    """True when `word` in capitals is emphasis, not an acronym or a name."""
    low = word.lower().replace("’", "'")
    if low in NAME_CONNECTORS:
        return False
    return low in _LOUD or low.replace("'", "") in _LOUD or low in _feeling_words()


# Bracketed text that is real content, never a slot: work mode, contract type,
# seniority, pronouns and the gender notation of job titles.
REAL_BRACKET_CONTENT = words(
    """remote hybrid on-site onsite in-office office-based office wfh remote-first
    flexible distributed contract contractor full-time fulltime part-time parttime
    permanent perm temporary temp fixed-term interim freelance freelancer internship
    intern ftc apprenticeship graduate senior junior lead principal staff mid
    mid-level entry-level sr jr i ii iii iv she her hers he him his they them theirs
    xe xem ze hir fae any pronouns all genders gn diverse sic external internal eng
    uk us eu emea apac usa worldwide global europe"""
) | frozenset(
    {
        "fully remote",
        "full time",
        "part time",
        "fixed term",
        "on site",
        "all genders",
        "any pronouns",
        "maternity cover",
        "6 months",
        "12 months",
        "m/w/d",
        "m/f/d",
        "f/m/x",
        "w/m/d",
        "m/f/x",
        "h/f",
        "f/h",
        "w/m/x",
        "d/f/m",
        "m/w/x",
    }
)

# A field's own name: at least one must be in a bracket or line for it to be a slot.
SLOT_HEADS = words(
    """name names surname firstname lastname title role position job company
    organisation organization employer firm number phone mobile telephone tel
    email e-mail address url link linkedin profile website portfolio date location
    city manager recruiter interviewer contact person team department signature
    topic project detail details skill skills field industry value recipient
    candidate month year salary"""
)
# Field names strong enough to be a slot with no brackets ("Your Name" on a line).
STRONG_SLOT_HEADS = words("name names surname firstname lastname title number url")
# Words that sit around a field's name in a slot.
SLOT_MODIFIERS = (
    words(
        """your my his her their the a an of first last full given family hiring job
        company company's phone mobile linkedin profile e-mail email contact recruiter
        interviewer manager manager's recruiter's interviewer's person's contact's
        team name here insert add enter mention specific something you discussed
        relevant current previous target business preferred x y z start end
        interview interviewer's reference personal work office home postal full
        legal"""
    )
    | SLOT_HEADS
)

SLOT_HINTS = {
    "name": "the right name",
    "names": "the right names",
    "surname": "the right surname",
    "title": "the role you applied for",
    "role": "the role you applied for",
    "position": "the role you applied for",
    "job": "the role you applied for",
    "company": "the company's name",
    "organisation": "the company's name",
    "organization": "the company's name",
    "employer": "the company's name",
    "number": "your phone number",
    "phone": "your phone number",
    "mobile": "your phone number",
    "email": "your email address",
    "e-mail": "your email address",
    "url": "your LinkedIn URL",
    "linkedin": "your LinkedIn URL",
    "profile": "your LinkedIn URL",
    "date": "the date",
    "manager": "their name",
    "recruiter": "their name",
    "interviewer": "their name",
    "contact": "their name",
    "topic": "something you really talked about",
    "project": "something you really talked about",
    "detail": "something you really talked about",
    "details": "something you really talked about",
}

# First words of a sign-off line ("Kind regards,", "Thanks again,").
SIGN_OFF_WORDS = words(
    """best kind kindest warm warmest warmly regards cheers thanks thank many sincerely
    yours all with take speak talk ta respectfully cordially love bye cheerio
    gratefully faithfully thx br mfg greetings until see"""
)

# Words a bare acknowledgement is made of ("Ok, noted, thanks").
ACKNOWLEDGEMENT_WORDS = words(
    """ok okay k kk noted thanks thank you ty thx received understood got it fine sure
    alright right cool acknowledged then by me whatever cheers yep yes great sounds
    good will do no worries np"""
)
