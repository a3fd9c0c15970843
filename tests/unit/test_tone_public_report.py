"""Tests for going public as telling someone who can act on it, not the same people mentioned."""

from __future__ import annotations

import pytest

from coach.tone import check
from coach.tone_wording import wording


def public(text: str) -> list[str]:
    """The names of the rules that read the text as going public, rules alone."""
    return [s.reason for s in wording(text) if s.kind == "public"]


@pytest.mark.parametrize(
    "text",
    [
        "I'll be raising this with the regional manager and the union.",
        "I have reported the interview to the ombudsman.",
        "I will be taking this to the tribunal.",
        "I will write to the regulator about the questions asked.",
        "I have passed on my experience of the interview to my union rep.",
        "I mentioned the outcome to Mr. Lau, your regional director, at a conference.",
        "I will just mention to my manager at the agency how the interview went.",
        "I've told my union about the questions you asked.",
        "I have already let Mr. Lau, your regional director, know about how it was handled.",
        "I will be letting Karen in HR at head office know about the interview.",
        "This will be raised at our next branch meeting.",
        "I will tell the other drivers about the interview.",
        "I'll let them know how the process went, warts and all.",
        "I will be honest with the other students when they ask me about applying.",
        "Every cadet in my class will know how you treat applicants.",
        "I may use my interviews, including yours, as a case study.",
        "A few of us are putting together a post for the workers' Reddit.",
        "I write a food blog and I think I'll do a post on the trial day.",
        "I will make sure everyone in the drivers group on Facebook hears about it.",
        "That's what I'll tell the lads at my current site when they ask.",
        "I'll be sure to tell every driver I know down the depot what it was like.",
        "I'll probably mention the process on my next stream when chat asks.",
        "I think the panel's comments are worth people knowing about.",
        "I've mentioned the process to a few friends who are also interviewing with you.",
        "I will be discussing the interview with our alumni group at the university.",
        "I have informed Mr. Ayodele, who sits on your board, of the way it was conducted.",
        "I've given my old manager a heads up about how the interviews went.",
        "I'll be filling her in on the whole process.",
        "I intend to make the professional body aware of the way the test was conducted.",
        "I'll be copying Mr Devereux on my reply so he has the full picture.",
        "I'll mention to her how my application went when I see her next month.",
        "A mate of mine works on your team, so I'll be telling him all about how it went.",
        "I will be writing to my MP this week with a summary of how it was handled.",
        "I've told my MP about the questions I was asked.",
        "I have forwarded our correspondence to your Chief Executive, Mr Ashworth.",
        "I'll be telling him about the way my application was handled.",
        "I'll tell them exactly what happened with the interview being moved three times.",
        "I'll be honest with them about how this went.",
        "I'll be honest about that with anyone in the trade who asks me.",
        "I've copied in Professor Okafor, your head of department, so she is aware.",
        "I have already contacted the local paper about it.",
        "I intend to give her a full account of my interview.",
        "I'll be giving them an honest rundown of the whole process.",
        "People always ask about agencies here, so I'll be sharing how this one went.",
        "I'll be straight with them about how long it took and how it went.",
        "I'll pass on my experience of the day to Karen Doyle at the regional office.",
        "I'll be mentioning to the other plumbers in our WhatsApp group how the tendering went.",
        "I'll be sure to pass on what the recruitment process here was like.",
        "I've shared how your hospital runs its interviews so others know what to expect.",
        "I will be telling the other parents at our school what happened with my application.",
        "I'll be writing up how the interview went for the bootcamp alumni Slack.",
        "I mentioned the interview on Twitter, nothing specific.",
        "I did mention to Jenna (your head of product) that the process felt rushed.",
        "I'll be sharing a candid account of how your firm treats candidates.",
        "I've told a couple of friends who were planning to apply to think twice.",
    ],
)
def test_telling_someone_who_can_act_on_it_is_going_public(text: str) -> None:
    assert public(text), text


@pytest.mark.parametrize(
    "text",
    [
        "My manager supported my application and was glad I tried.",
        "The union rep was one of my referees, so thank you for contacting her.",
        "I found the advert on a forum for carers.",
        "Please pass my thanks on to your manager and the team.",
        "Please pass on my thanks to the hiring manager.",
        "I'll tell my manager I'm staying on at the depot for now.",
        "I told my supervisor about the role and she encouraged me to apply.",
        "I look forward to applying for future posts with the association.",
        "Thank you for letting me know about the Site Manager position. I know it was close.",
        "I will share the feedback with my mentor so I can improve.",
        "I will raise my game before the next round.",
        "I am a member of the nurses' union and a keen learner.",
        "I'll discuss the feedback with my manager and work on it.",
        "My line manager at the care home has agreed to be a reference.",
        "I will tell you about my availability next week.",
        "Thank you for letting me know about the interview outcome.",
        "I mentioned the outcome to the hiring manager at the careers fair.",
        "I will tell you if anyone asks me to start somewhere sooner.",
        "I'd tell every candidate to prepare this well, honestly.",
        "I discussed the interview with my mentor to prepare better next time.",
        "Please inform me of the way to send my expenses claim.",
        "Thanks for the heads up about the new role opening in spring.",
        "I've made my family aware that I will be relocating in spring.",
        "Please let me know how it went with the other candidates.",
        "I'll let you know how the course goes in January.",
        "I attached a copy of my certificate in my email last week.",
        "I'll be copying the interview dates into my calendar from now on.",
        "I'll be honest with you about how it went: I was nervous.",
        "Could you tell me what happened with the second panel?",
        "I passed your email on to my partner to read over.",
        "I copied in my updated portfolio link below, as you asked.",
        "Could you give me a full account of what the panel thought?",
        "I'd love to share how my first month in the new job goes.",
        "Could you pass on what the panel thought was missing?",
        "I mentioned to my mentor that the interview was a great learning experience.",
        "I'll think twice before rushing the case study next time.",
        "I'll mention the interview in my next cover letter as good practice.",
        "The stream of applicants must have kept you busy; it was worth the wait.",
        "I described my experience with the Area Manager role at my last company.",
    ],
)
def test_the_same_people_only_mentioned_are_not_an_audience(text: str) -> None:
    assert "public" not in {f.kind for f in check(text, model={})}, text


def test_a_reporting_line_is_not_a_report() -> None:
    text = "In my current job I report directly to the regional director, which I enjoy."
    assert "public" not in {f.kind for f in check(text, model={})}


def test_telling_a_third_party_how_they_treat_people_is_going_public() -> None:
    text = "I'll write to your MD to tell him exactly how your company treats people."
    assert public(text)
    assert not public("I wanted to tell you how your team treated me so kindly.")
