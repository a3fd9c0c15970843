"""Rejection emails written for this project, part H: dev data, first used as a blind probe.

A third blind probe, mostly of the contact: names in capitals after a given
name, suffixes and nicknames, names in other scripts, a person only in the
Reply-To, hiring managers named in the text, and more sign-off habits.
Scored once before any change it prompted (figures in make_fixtures.py).
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="h-french-surname-capitals",
        kind="eml",
        sender="Camille DUBOIS <c.dubois@maison-lumen.fr>",
        subject="Votre candidature - Responsable Communication",
        date="Tue, 24 Nov 2026 10:30:00 +0100",
        body="""Bonjour Jo,

Thank you for your application for the Communications Manager position and for our video call last week.

We have decided to continue the process with other candidates. I would be glad to give you some feedback by phone if you wish.

Bien cordialement,

Camille DUBOIS
Responsable RH
Maison Lumen
""",
        expect=dict(
            company="Maison Lumen",
            contact="Camille Dubois",
            role="Communications Manager",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="h-suffix-jr",
        kind="eml",
        sender="Robert Hale Jr. <rhale@hale-sons.com>",
        subject="Estimator position",
        date="Mon, 23 Nov 2026 16:00:00 -0600",
        body="""Jo,

Appreciate you coming by the office Thursday to talk about the Estimator position. We've decided to hire from within for now.

Good luck out there.

Robert Hale Jr.
Hale & Sons Construction
""",
        expect=dict(
            company="Hale & Sons Construction",
            contact="Robert Hale Jr.",
            role="Estimator",
            stage="phone_screen",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="h-reply-to-person",
        kind="eml",
        html=True,
        sender="Oakridge Careers <noreply@oakridgebank.com>",
        reply_to="Samuel Lee <samuel.lee@oakridgebank.com>",
        subject="Your Oakridge Bank application",
        date="Sun, 22 Nov 2026 09:00:00 -0500",
        body="""Dear Jo,

Thank you for your interest in the Commercial Lending Analyst role at Oakridge Bank and for completing the modelling test.

We will not be moving forward with your candidacy. If you have questions, you can reply to this message and it will reach your recruiter.

Oakridge Bank Talent Acquisition
""",
        expect=dict(
            company="Oakridge Bank",
            contact="Samuel Lee",
            role="Commercial Lending Analyst",
            stage="technical",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="h-cyrillic-signature",
        kind="eml",
        charset="utf-8",
        sender="Anna Ivanova <a.ivanova@severtech.ru>",
        subject="Backend Developer (Go)",
        date="Fri, 20 Nov 2026 12:00:00 +0300",
        body="""Hello Jo,

Thank you for the technical interview for the Backend Developer (Go) position at Severtech.

Unfortunately we have decided to continue with another candidate.

Best regards,
Анна Иванова
HR, Severtech
""",
        expect=dict(
            company="Severtech",
            contact="Anna Ivanova",
            role="Backend Developer (Go)",
            stage="technical",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="h-hiring-manager-in-text-recruiter-signs",
        kind="txt",
        body="""Hi Jo,

Thanks for taking the time to meet Daniel Okoro, our Head of Product, on Tuesday. He enjoyed the conversation, but we've decided to move forward with a candidate who has more marketplace experience for the Senior Product Manager role.

We'll keep your details on file for 9 months.

Kind regards,

Lauren Whitaker
Talent Partner | Stallion Markets
""",
        expect=dict(
            company="Stallion Markets",
            contact="Lauren Whitaker",
            role="Senior Product Manager",
            stage="phone_screen",
            date=None,
            reapply_after="2027-08-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="h-nickname-in-quotes",
        kind="eml",
        sender='Robert "Bobby" Tan <bobby@tanandco.sg>',
        subject="Re: Account Executive",
        date="Thu, 19 Nov 2026 18:20:00 +0800",
        body="""Hi Jo,

Thanks for the role-play session on Monday. We've decided to go with someone with more SaaS sales experience for the Account Executive role.

Happy to share what we saw if it helps.

Bobby
""",
        expect=dict(
            company="Tan and Co",
            contact="Robert Tan",
            role="Account Executive",
            stage="technical",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="h-sign-off-dash-same-line",
        kind="txt",
        body="""Hey Jo — thanks again for the pairing session. We're going to pass on the Frontend Engineer role for now; the team wanted someone with more accessibility work. Happy to talk it through. Best regards — Priya, Lumen Labs""",
        expect=dict(
            company="Lumen Labs",
            contact="Priya",
            role="Frontend Engineer",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="h-talent-team-with-coordinator-name",
        kind="eml",
        html=True,
        sender="Verdant Foods Talent Team <talent@verdantfoods.com>",
        subject="Your application: Food Scientist",
        date="Wed, 18 Nov 2026 11:11:00 -0800",
        body="""Hi Jo,

Thank you for applying for the Food Scientist role at Verdant Foods. After reviewing your application, we have decided not to move forward.

Best,

Verdant Foods Talent Team
Coordinated by Jasmine Ortiz
""",
        expect=dict(
            company="Verdant Foods",
            contact="Jasmine Ortiz",
            role="Food Scientist",
            stage="application",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="h-greek-name-latin",
        kind="eml",
        sender="Eleni Papadopoulou <eleni.p@aegeanshipping.gr>",
        subject="Chartering Assistant",
        date="Tue, 17 Nov 2026 14:30:00 +0200",
        body="""Dear Jo,

Thank you very much for attending the final interview with our Managing Director for the Chartering Assistant position.

We regret to inform you that we have selected another candidate. We will keep your CV for a year and contact you should a suitable position open.

Kind regards,
Eleni Papadopoulou
HR Officer
Aegean Shipping S.A.
""",
        expect=dict(
            company="Aegean Shipping",
            contact="Eleni Papadopoulou",
            role="Chartering Assistant",
            stage="final",
            date="2026-11-17",
            reapply_after="2027-11-17",
            feedback_invited=False,
        ),
    ),
    dict(
        id="h-initials-only-sender-signature-full",
        kind="eml",
        sender="JM <jm@quartzlegal.co.uk>",
        subject="Legal Secretary vacancy",
        date="Mon, 16 Nov 2026 10:00:00 +0000",
        body="""Dear Jo,

Thank you for your interest in the Legal Secretary vacancy and for attending the typing assessment.

I am sorry to let you know that your application has not been successful on this occasion.

Yours sincerely

Judith Marsh
Practice Manager
Quartz Legal LLP
""",
        expect=dict(
            company="Quartz Legal",
            contact="Judith Marsh",
            role="Legal Secretary",
            stage="technical",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="h-no-name-at-all-personal-tone",
        kind="txt",
        body="""Hi Jo,

Thanks so much for applying to be a Barista at Little Fern Coffee. We loved your cover letter! Sadly we've already filled the position.

Take care,
The Little Fern crew
""",
        expect=dict(
            company="Little Fern Coffee",
            contact="",
            role="Barista",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="h-gmail-forward-display-only",
        kind="txt",
        body="""---------- Forwarded message ---------
From: Tomás Ferreira <tomas.ferreira@brightline.pt>
Date: Sat, Nov 14, 2026 at 9:12 AM
Subject: Brightline - UX Researcher
To: <jo.park@example.org>


Hi Jo,

Thank you for presenting your research plan to the team on Thursday. We have decided to offer the UX Researcher role to another candidate.

If you'd like, I can send you the panel's notes.

Obrigado,
T.
""",
        expect=dict(
            company="Brightline",
            contact="Tomás Ferreira",
            role="UX Researcher",
            stage="technical",
            date="2026-11-14",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="h-on-behalf-of-signature",
        kind="eml",
        sender="Recruitment <recruitment@kingsbridge.ac.uk>",
        subject="Lecturer in Computer Science - outcome",
        date="Fri, 13 Nov 2026 15:00:00 +0000",
        body="""Dear Dr Park,

Thank you for attending the interview and giving a teaching presentation for the post of Lecturer in Computer Science.

I am sorry to inform you that the panel has decided not to offer you the post. Professor Ruth Bell, chair of the panel, would be happy to provide feedback; please contact her office.

Yours sincerely,

Recruitment Team
on behalf of Professor Ruth Bell
Kingsbridge University
""",
        expect=dict(
            company="Kingsbridge University",
            contact="Ruth Bell",
            role="Lecturer in Computer Science",
            stage="final",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="h-mixed-case-display-lower-sig",
        kind="eml",
        sender="Kai Nakamura <kai@driftwood.studio>",
        subject="sound designer",
        date="Thu, 12 Nov 2026 22:00:00 -0800",
        body="""hey jo

thanks for sending the reel for the sound designer gig. really nice work on the short film. we went with someone local in the end.

kai
""",
        expect=dict(
            company="Driftwood",
            contact="Kai Nakamura",
            role="Sound Designer",
            stage="portfolio",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="h-sign-with-title-first",
        kind="txt",
        body="""Dear Jo,

Thank you for your application for the Site Engineer role at Castellan Civil. We have reviewed it carefully and will not be taking it further at this time. Please feel free to apply again in 6 months.

Yours sincerely,

HR Manager, Priti Shah
Castellan Civil Ltd
""",
        expect=dict(
            company="Castellan Civil",
            contact="Priti Shah",
            role="Site Engineer",
            stage="application",
            date=None,
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="h-chinese-name-characters-display",
        kind="eml",
        charset="utf-8",
        sender="=?utf-8?b?546L6Iqz?= <wang.fang@lotusbay.cn>",
        subject="Interview result: Supply Chain Planner",
        date="Wed, 11 Nov 2026 17:00:00 +0800",
        body="""Dear Jo,

Thank you for attending the second interview for the Supply Chain Planner position at Lotus Bay Trading.

After careful consideration we have decided to proceed with another candidate.

Best regards,
Wang Fang
Human Resources, Lotus Bay Trading
""",
        expect=dict(
            company="Lotus Bay Trading",
            contact="Wang Fang",
            role="Supply Chain Planner",
            stage="final",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
