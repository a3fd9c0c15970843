"""Fourth set of DEV pieces: another round of unseen wording, to measure and widen the rules."""

GREETINGS = ["Hi Odile,", "Dear Mr Kaminski,", "Hello Rahul,", "Hey Bex,", ""]
SIGN_OFFS = ["Best,", "Kind regards,", "Thanks,", "Cheers,", ""]
SIGNATURES = ["Hugo", "Grace Mbeki", "ANA SOUSA", "Ilya\n+33 6 12 34 56 78", "Pia (she/her)"]

CLEAN = [
    "Thank you, that's kind of you to let me know so soon.",
    "I'm not going to pretend I'm not disappointed, but I understand.",
    "Thanks for the chance to meet the platform team in person.",
    "I'll take the feedback on board for the next one.",
    "Could I ask what the successful candidate had that I didn't?",
    "I came across your posting on Hacker News and I'm glad I did.",
    "I'm sorry we won't get to work together this time.",
    "Please do keep me in mind for future roles.",
    "I'd be happy to stay in touch on LinkedIn or by email.",
    "The take-home was challenging but I learned a lot from it.",
    "Thank you for your honest feedback about my system design.",
    "I hope the rest of the hiring goes smoothly for you.",
    "It took a while, but I appreciate that you kept me posted.",
    "Congratulations to whoever got the role.",
    "I was nervous, but I enjoyed the conversation.",
    "I'll share what I learned with my study group, it was useful.",
    "Your interview was the best organised of any I've done this year.",
    "Thanks for the update, and for your patience with my rescheduling.",
    "Wishing you a calm end to the quarter.",
    "Many thanks for the detailed notes on my case study.",
]

ANGER = [
    "I have never been treated with so little respect by a recruiter.",
    "Your panel could have at least pretended to be interested.",
    "Quite honestly the test had nothing to do with the job.",
    "Five rounds just to be told no is ridiculous behaviour for any employer.",
    "You strung me along for two months.",
    "It's hard not to feel you were wasting my time from the start.",
    "I'm appalled anyone signed off on that interview format.",
    "Why bother asking for a portfolio if nobody opens it?",
    "I deserved better than a no-reply email.",
    "Your hiring manager should not be let anywhere near candidates.",
    "This company doesn't deserve good people.",
    "I'm fuming.",
]

SARCASM = [
    "Thanks so much for the generic rejection, it really made my day.",
    "I'm sure your 'rigorous process' picked the very best person.",
    "Great to know four interviews earn a form email.",
    "What a lovely way to end three months of interviews: silence, then a template.",
    "Fantastic communication throughout, said no one.",
    "Well, that was a memorable waste of a Tuesday.",
]

BEGGING = [
    "Is there anything I could do to change the outcome?",
    "I'd really love to be reconsidered for the role.",
    "Could you give me a bit more time to show what I can do?",
    "I'm willing to accept a probation period if that helps your decision.",
    "I would be so grateful for one more interview.",
    "You may not have noticed that I already hold the certification you wanted.",
    "I honestly think I was the best candidate you saw.",
    "Please reconsider, I'll work harder than anyone on the team.",
]

PUBLIC = [
    "I'll be sure to tell my friends who were thinking of applying.",
    "People should know what it's like to interview with you, and I'll make sure they do.",
    "This is going straight onto my blog.",
    "I'm going to post the whole email thread publicly.",
    "Expect to see this on my Twitter tomorrow.",
    "The recruiters in my network will hear about how you operate.",
    "I'll be warning my students away from your company.",
    "I've told my whole cohort to avoid you.",
]

APOLOGY = [
    "I'm so sorry for letting the team down in the final round.",
    "I'm sorry for being so slow in the coding task.",
    "I know I probably wasn't what you were looking for.",
    "I'm not surprised, I was terrible.",
    "Please forgive my awkward answers.",
    "I'm sorry I took so much of the panel's time.",
    "I guess I'm just not good enough for a place like yours.",
    "Sorry for my nerves, and sorry for the mess I made of the demo.",
]

SHOUTING = ["I WAS SO SURE.", "That is NOT fair.", "Why??", "THANK YOU ANYWAY!!!"]
CURT = ["noted", "Ok, thanks.", "Fine."]
ESSAY_PARAGRAPHS: list[str] = []
PLACEHOLDER_LINES = [
    ("greeting", "Dear {{ recipient }},"),
    ("body", "It was great to meet you on [DATE]."),
    ("signature", "[YOUR NAME]\n(xxx) xxx-xxxx"),
    ("greeting", "Hi <<first_name>>,"),
    ("body", "Thank you for the interview for the role of (insert role)."),
    ("signature", "Your name\nPhone number"),
]
STRUCTURE_NEAR_MISSES = [
    "I enjoyed the Customer Success Manager (EMEA) interview.",
    "Thanks to everyone at NASA JPL for the tour.",
    "The visa question is TBD on my side too.",
]
