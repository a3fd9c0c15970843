"""Third set of DEV pieces: written after the first rules, to find where they fail to generalise."""

GREETINGS = [
    "Hi Bram,",
    "Dear Ms Achterberg,",
    "Hello Kemi,",
    "Hey Finn,",
    "Dear recruiting team,",
    "",
]
SIGN_OFFS = ["Best,", "Regards,", "Thanks,", "Cheers,", "Kind regards,", ""]
SIGNATURES = ["Noor", "Piotr Zielinski", "ELIF YILMAZ", "Sasha (she/her)\n+1 415 555 0134", "Tunde"]

CLEAN = [
    "Thanks for the update and for your patience with my questions.",
    "I'm sad about it, but I knew it was a long shot.",
    "Could you let me know if there's anything I should brush up on?",
    "I learned about the opening at a career fair and I'm glad I applied.",
    "Sorry, I meant to reply yesterday.",
    "I've signed up for a course on cloud architecture as a next step.",
    "It was a pleasure to meet Ingrid and Tomas.",
    "I'd love to hear from you if something comes up in the data team.",
    "I really enjoyed the walk round the warehouse floor.",
    "I've sent a LinkedIn invite so we can stay in touch.",
    "The pairing task was a lot of fun.",
    "All the best to whoever joins the team.",
    "Your feedback about my portfolio layout was spot on.",
    "I'll keep practising my presentation skills.",
    "I'm a little gutted but I understand.",
    "Thanks for coming back to me so quickly.",
    "I saw the post on Welcome to the Jungle and thought it was a great fit.",
    "I'm grateful for the opportunity to present to the board.",
    "Thank you for being honest about the budget constraints.",
    "I hope the launch goes well.",
    "I read about your team in a blog post by your CTO and it made me apply.",
    "I'm happy to be contacted about future openings.",
    "It was a long process, but I understand why each stage was there.",
    "If you could share any notes from the panel, I'd be grateful.",
    "Good luck with the new hire, I'm sure they'll do well.",
]

ANGER = [
    "I honestly expected more from a company that talks so much about its values.",
    "You had three weeks to tell me and chose not to.",
    "The recruiter made promises she clearly couldn't keep.",
    "Frankly the whole panel seemed bored and checked out.",
    "I gave up a weekend for a test nobody looked at.",
    "That was the least professional interview I've been to.",
    "I'm irritated that nobody had the courtesy to call.",
    "It's a bit rich to ask for passion and then treat people like numbers.",
    "Your interviewer laughed at my answer, which was humiliating and unkind.",
    "I won't be applying again, and I'll think twice before using your products.",
    "Whoever runs hiring there needs to take a hard look at themselves.",
    "You wasted a month of my life.",
    "I can't understand how anyone thought that process was acceptable.",
    "What's the point of asking for feedback questions if you never answer them?",
    "You should be ashamed of how long this took.",
    "Honestly, this reflects really badly on your company.",
]

SARCASM = [
    "Lovely of you to get back to me before the year ended.",
    "So the 'fast-paced' team needed seven weeks to decide, interesting.",
    "Cheers for the riveting two-sentence update.",
    "Sure, I'll just 'keep an eye on the careers page', like that's ever worked.",
    "Wonderful to be told I lacked experience by someone who joined last month.",
    "I'm thrilled my unpaid project will live on in your product, I'm sure.",
    "Best of luck, sounds like you'll be needing it.",
    "Well, at least your rejection email was on time, unlike everything else.",
]

BEGGING = [
    "Would you be open to a quick call so I can address the concerns?",
    "I'd be willing to take a step down in seniority to join.",
    "I feel the panel didn't see my strongest side, could I show it in another conversation?",
    "If it helps, my salary expectations are negotiable.",
    "I'm sure I could change your mind with one more conversation.",
    "I would really appreciate it if you could pass my CV to the hiring manager again.",
    "Please consider me if the role opens up again next week.",
    "I think you may have overlooked the project I linked in my cover letter.",
    "I really can't afford to lose this opportunity.",
    "Could we find some middle ground, perhaps a part-time arrangement?",
    "I'd hoped the decision might still be open to discussion.",
    "Please give me the opportunity to prove you wrong.",
]

PUBLIC = [
    "I'll be telling the people in my mentoring programme about this.",
    "Don't be surprised to see your company mentioned in my next blog post.",
    "I'm going to write about this on my LinkedIn for my 10k connections.",
    "The online community I belong to will definitely hear about this.",
    "I've shared the rejection with a recruiter friend who tracks bad employers.",
    "I'll be posting a review on Glassdoor tonight.",
    "My classmates will want to know how you treat graduates.",
    "This is going in the 'companies to avoid' thread on our forum.",
    "I'm making a TikTok about this.",
    "My network will hear about this one.",
]

APOLOGY = [
    "I'm sorry I wasn't good enough.",
    "Sorry for rambling so much in the interview.",
    "I know I'm not the most experienced person you spoke to.",
    "I was hopeless at the technical part, I'm sorry.",
    "I should never have applied for something so senior.",
    "Apologies for wasting your time.",
    "I'm just not very good under pressure, sorry.",
    "I completely messed up the take-home, my fault entirely.",
    "I'm embarrassed by how I answered the salary question.",
    "Sorry if my answers were confusing, I get nervous.",
]

SHOUTING = [
    "I'M SO DISAPPOINTED RIGHT NOW.",
    "You NEVER gave me a chance.",
    "Honestly?!",
    "This was SO unfair!!!",
]

CURT = ["okay, thanks", "Noted.", "Right.", "Fine, thanks."]

ESSAY_PARAGRAPHS: list[str] = []

PLACEHOLDER_LINES = [
    ("greeting", "Hi (Recruiter),"),
    ("greeting", "Dear [Mr./Ms. Last Name],"),
    ("body", "I appreciated learning about the {team_name} team."),
    ("body", "Please contact me on 07XXX XXX XXX."),
    ("signature", "<Your name>\n<Your LinkedIn>"),
    ("signature", "Name Surname\n[phone]"),
]

STRUCTURE_NEAR_MISSES = [
    "The Project Manager (Maternity Cover) role sounded lovely.",
    "My background (5 years in fintech) may suit a later role.",
    "Thanks to the whole LVMH team.",
    "The offer was TBD pending budget, as you said.",
]
