"""Fifth set of DEV pieces: a last probe of unseen wording before the frozen half was scored."""

GREETINGS = ["Hi Carys,", "Dear Dr Okafor,", "Hello Mateo,", "Hiya Jo,", ""]
SIGN_OFFS = ["Best,", "Regards,", "Thank you,", "All the best,", ""]
SIGNATURES = ["Ewa", "Daniel Osei", "KARIM HADDAD", "Lin\n+65 8123 4567", "Ruby (she/her)"]

CLEAN = [
    "Thanks for thinking of me for the role in the first place.",
    "It wasn't the answer I wanted, but I appreciate the clarity.",
    "I'd really like to know which part of my interview was weakest, if you can say.",
    "I saw your job ad on Reed and I'm glad I applied.",
    "Sorry I didn't reply sooner, I was travelling.",
    "I've booked some mock interviews to practise.",
    "Say hi to Gemma from me.",
    "I'd be keen to hear about similar roles later on.",
    "The office tour was brilliant, thank you.",
    "I've followed the company page on LinkedIn to keep up with news.",
    "The live coding was hard, and fair.",
    "I hope the person you hired enjoys the work as much as I would have.",
    "The panel were friendly and put me at ease.",
    "I'll keep working on my SQL in the meantime.",
    "It stings a little, but I'm okay.",
    "Thank you for letting me down gently.",
    "I'm not angry at all, just a bit flat today.",
    "I know it was a tough decision with so many applicants.",
    "Please let me know if anything else opens up on the team.",
    "I wish you a good week.",
]

ANGER = [
    "Frankly the way this was handled was a disgrace.",
    "I was never given a fair chance, and you know it.",
    "Your team kept me waiting in reception for forty minutes.",
    "Is this really how you treat people who give you their weekend?",
    "Nobody in that room had read my CV.",
    "It's astonishing that nobody thought to tell me sooner.",
    "The interviewer was openly hostile from the start.",
    "I hope you realise how badly this reflects on you.",
    "Your process is a waste of everyone's time.",
    "I'm deeply unimpressed by your company.",
    "You owe me an explanation.",
    "I've never been so insulted in an interview.",
]

SARCASM = [
    "Thanks for the thoughtful one-word feedback.",
    "Six weeks to write two sentences, very efficient.",
    "I'm sure the internal candidate you always planned to hire is delighted.",
    "Good to know the job ad was just for show.",
    "Congrats on your world-class ghosting.",
    "Thanks a bunch for wasting my holiday.",
]

BEGGING = [
    "Could you take my application back to the panel?",
    "I'd accept a lower grade if it meant a place on the team.",
    "Please let me try the exercise again, I know I can do better.",
    "Surely one bad answer shouldn't outweigh five years of experience?",
    "Is there still any room to change the decision?",
    "If the budget is tight I can be flexible on salary.",
    "I think your panel misread my answer on scaling.",
    "Please give my application another chance.",
]

PUBLIC = [
    "I'm going to share my experience in the alumni Facebook group.",
    "I'll be telling everyone at my bootcamp about this.",
    "This will be the subject of my next LinkedIn post.",
    "My Substack readers will hear every detail.",
    "I've posted the rejection on Reddit already.",
    "Future applicants deserve to know about this, so I'll write it up online.",
]

APOLOGY = [
    "I'm so sorry I let you down in the interview.",
    "I feel so stupid about the whiteboard question.",
    "Sorry for wasting the panel's afternoon.",
    "I'm sure I was the weakest candidate.",
    "I apologise, I should have been better prepared.",
    "I'm really bad at interviews, sorry.",
]

SHOUTING = ["I AM SO ANGRY.", "This is NOT okay!!", "Really???", "PLEASE CALL ME."]
CURT = ["ok cool", "Thanks, noted.", "Sure thing."]
ESSAY_PARAGRAPHS: list[str] = []
PLACEHOLDER_LINES = [
    ("greeting", "Hi [Contact],"),
    ("body", "Thank you for the update on the [[Role]] position."),
    ("signature", "{{name}}\n{{linkedin_url}}"),
    ("greeting", "Dear (Hiring Manager's Name),"),
    ("body", "I'm free on __/__/____ if that helps."),
    ("signature", "First Last\nTBD"),
]
STRUCTURE_NEAR_MISSES = [
    "The Nurse (Band 6) role sounded great.",
    "Thanks to the whole AIRBNB team in Dublin.",
    "The final team was TBD when we met.",
]
