"""Words that place a strong word's target: the hiring side's, known outside, or only colouring."""

from __future__ import annotations

import re

# Words that bring the hiring side, or the time it took, into a clause. The
# rules' own classes of them (THEM) and of grievances (COMPLAINT) are added.
THEIRS = r"""
you your yours yourself yourselves they them their theirs it its
(?:this|that|these|those)(?!\s+(?:days?|weeks?|months?|years?|mornings?|evenings?|weekends?|season|summer|winter|spring|autumn)\b)
he she him her his who whoever whom which what how everything everyone everybody anyone
anybody nobody no-one someone somebody people staff man men woman women guy guys
lady ladies person bloke
interview\w* process\w* recruit\w* hir(?:e|es|ed|ing) application\w* appl(?:y|ied|ying)
candidate\w* shortlist\w* feedback reject\w* e-?mails? mail message\w* call\w* audition\w*
assessment\w* offer\w* role\w* job\w* position\w* vacanc\w* rounds? stages? brief case
trial\w* presentation\w* test\w* task\w* exercise\w* outcome\w* decision\w* result\w* news
reply replies response\w* answer\w* treat\w* handl\w* organi[sz]\w* company companies
compan\w* firm\w* organi[sz]ation\w* employer\w* office\w* team\w* panel\w* board
department\w* manager\w* director\w* boss\w* founder\w* ceo hr recruiter\w* interviewer\w*
receptionist\w* thing things experience\w* situation\w* whole entire wait\w* silence ghost\w*
schedul\w* arrang\w* communicat\w* admin\w* logistic\w* paperwork portal\w* system\w* forms?
website\w* onboarding meeting\w* room rooms venue\w* site sites campus\w* building\w*
question\w* follow-?up\w* chat\w* courtesy resched\w* postpon\w* moved double-booked
"""

# Small words that name nothing, or only say when ("mad at first", "at the
# moment"): a target needs a word besides these.
SMALL = frozenset(
    """a an the my our of to in on at for with by from and or but so as than i me we us
    myself ourselves own very really just so too quite all any some no not more most much
    being be been is was are were get got first last once moment start end least time
    times minute minutes point""".split()
)

# Words that only colour or place an outside thing ("the bloody weather", "the
# traffic on the way home"): they may sit in an outside target, but not head it.
NEUTRAL = frozenset(
    """bloody heavy terrible awful endless constant usual same late early today yesterday
    tonight morning day days week weeks month months year years weekend evening
    afternoon night way home there here again up down back out over
    around off local little bit lot crazy ridiculous stupid absolute complete total damn
    dreadful horrible relentless non-stop every also even still ever never always such
    two three four five six ten hour hours whole this that these those honestly frankly
    seriously genuinely literally actually truly absolutely dies died crashed crashes broke
    broken jams jammed froze cancelled delayed cancelling delaying going near through during
    after before into towards along past""".split()
)

# Things known to lie outside the hiring: the weather, the journey, the
# writer's own nerves, luck, kit, family, home and money, a game's referee,
# a former job, the job market, a dislike of the writer's own ("losing
# deals", "goodbyes"). A strong word is let go only on one of these.
OUTSIDE = re.compile(
    r"""(?:weather|rain\w*|downpours?|drizzle|storms?|stormy|snow\w*|sleet|hail|heat|heatwaves?
    |humidity|wind|winds|windy|gales?|floods?|flooding|flooded|fog|foggy|ice|icy|frost|cold
    |thunder\w*|lightning|dust|smog|temperatures?|climate|traffic|roads?|roadworks|motorways?
    |(?:[mabnr]|i-?)\d{1,3}|hike|walk|climb|hills?|stairs|hot|hottest|ring|bypass|junction
    |bus|buses|trains?|tube|metro|subway|flights?|airlines?
    |airports?|planes?|trams?|taxis?|cabs?|cars?|parking|commute|journey|drive|rail\w*
    |stations?|drivers?|tyres?|tires?|puncture|ferry|ferries|strikes?|diversions?|detours?
    |signal\w*|nerves|anxiety|luck|feelings?|habits?|mood|sleep|insomnia|headaches?
    |migraines?|flu|covid|illness|laptop|computer|wi-?fi|internet|broadband|webcam
    |printer|battery|alarm|bank|banks|landlord|landlords|rents?|mortgage|bills?|prices
    |inflation|economy|neighbours?|neighbors?|builders?|plumber|council|government
    |fines?|referee|ref|refs|umpire|mum|dad|parents?|kids?|dog|cat|family|goodbyes|mondays
    |losing|deals?|market|former)""",
    re.VERBOSE,
)
