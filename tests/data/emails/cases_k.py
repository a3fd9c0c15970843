"""Rejection emails written for this project, part K: dev data, first used as a blind probe.

A sixth blind probe: what copying from a mail client leaves in the text
(image placeholders, "Sent from my iPhone", markdown bold, bullets between a
name and a job), and everyday senders. Scored once before any change it
prompted (figures in make_fixtures.py).
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="k-outlook-image-placeholder",
        kind="txt",
        body="""From: Jane Morrison <jane.morrison@calderwood.com>
Sent: Tuesday, November 24, 2026 11:02 AM
To: Alex Kim <alex.kim@outlook.com>
Subject: RE: Financial Analyst - Calderwood

Hi Alex,

Thank you for meeting with the finance team last week. We have decided to move forward with another candidate for the Financial Analyst position.

I wish you the very best in your search.

Jane

[cid:image001.png@01DB3E2A.5C1F9B40]
Jane Morrison
Talent Acquisition Manager
Calderwood Capital
""",
        expect=dict(
            company="Calderwood Capital",
            contact="Jane Morrison",
            role="Financial Analyst",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="k-sent-from-iphone",
        kind="eml",
        sender="Marcus Webb <marcus@webbelectric.com>",
        subject="Re: Apprentice Electrician",
        date="Mon, 23 Nov 2026 19:30:00 -0700",
        body="""Alex, thanks for coming out to the job site Friday. We went with another apprentice who has his own truck. Keep at it and call me in the spring, we may need more hands then.

Marcus

Sent from my iPhone
""",
        expect=dict(
            company="Webb Electric",
            contact="Marcus Webb",
            role="Apprentice Electrician",
            stage="phone_screen",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="k-markdown-bold-signature",
        kind="txt",
        body="""Hi Alex,

Thanks for applying to the **Data Visualization Engineer** role at Prism Analytics. After reviewing your application we've decided to move ahead with other candidates.

Best,

**Hannah Liu**
Talent Partner · Prism Analytics
""",
        expect=dict(
            company="Prism Analytics",
            contact="Hannah Liu",
            role="Data Visualization Engineer",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="k-company-first-signature",
        kind="eml",
        html=True,
        sender="careers@ostara.health",
        subject="Ostara Health | Nurse Practitioner",
        date="Sun, 22 Nov 2026 08:00:00 -0500",
        body="""Dear Alex,

Thank you for interviewing for the Nurse Practitioner position. The committee has decided to extend an offer to another candidate.

Respectfully,
Ostara Health | Carmen Diaz, Talent Acquisition
""",
        expect=dict(
            company="Ostara Health",
            contact="Carmen Diaz",
            role="Nurse Practitioner",
            stage="phone_screen",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="k-bullets-in-signature",
        kind="eml",
        sender="Kofi Mensah <kofi.mensah@halcyonlabs.io>",
        subject="Halcyon Labs - QA Engineer",
        date="Sat, 21 Nov 2026 10:30:00 +0000",
        body="""Hi Alex,

Thanks for the time you put into the QA challenge. The team has decided not to progress your application this time.

Cheers,
Kofi Mensah • Engineering Manager • Halcyon Labs
""",
        expect=dict(
            company="Halcyon Labs",
            contact="Kofi Mensah",
            role="QA Engineer",
            stage="technical",
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="k-hiring-manager-cc-recruiter-sends",
        kind="eml",
        sender="Talent at Juniper <talent@juniperbank.com>",
        subject="Your interview for Risk Manager",
        date="Fri, 20 Nov 2026 14:45:00 +0000",
        body="""Dear Alex,

Thank you for interviewing with Sophie Lang and the risk leadership team for the Risk Manager role.

We have now concluded the process and, unfortunately, we will not be offering you the position. Sophie has asked me to pass on her thanks for your time.

Kind regards,

Oliver Bennett
Talent Acquisition Partner
Juniper Bank
""",
        expect=dict(
            company="Juniper Bank",
            contact="Oliver Bennett",
            role="Risk Manager",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="k-apology-for-delay-then-no",
        kind="eml",
        sender="Isabella Romano <isabella@verdeviaggi.it>",
        subject="Travel Consultant application",
        date="Thu, 19 Nov 2026 09:20:00 +0100",
        body="""Dear Alex,

Apologies for the slow reply. Thank you for your application for the Travel Consultant role at Verde Viaggi and for your patience.

We have now filled the position. We will keep your CV for six months in case another vacancy comes up.

Cordiali saluti,
Isabella Romano
Verde Viaggi
""",
        expect=dict(
            company="Verde Viaggi",
            contact="Isabella Romano",
            role="Travel Consultant",
            stage="application",
            date="2026-11-19",
            reapply_after="2027-05-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="k-html-team-sign-person-display-non-ats",
        kind="eml",
        html=True,
        html_only=True,
        sender="Laura Schmidt <laura.schmidt@feldmann-logistik.de>",
        subject="Ihre Bewerbung / Your application - Warehouse Team Lead",
        date="Wed, 18 Nov 2026 16:00:00 +0100",
        body="""Dear Alex,

Thank you for your application as Warehouse Team Lead and for the interview at our Hamburg site.

Unfortunately we have decided in favour of another candidate.

Kind regards
Your Feldmann Logistik Recruiting Team
""",
        expect=dict(
            company="Feldmann Logistik",
            contact="Laura Schmidt",
            role="Warehouse Team Lead",
            stage="phone_screen",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="k-hey-first-name-only-everywhere",
        kind="txt",
        body="""Hey Alex!

Thanks for hopping on a call with me about the Community Manager position at Glowworm. We've decided to go with someone who has more experience running Discord communities.

Totally happy to give you feedback if you want it - just shoot me a reply.

Talk soon,
Jess
""",
        expect=dict(
            company="Glowworm",
            contact="Jess",
            role="Community Manager",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="k-formal-letter-address-block",
        kind="txt",
        body="""Whitmore & Price Solicitors
12 Castle Street
Chester CH1 2DS

19 November 2026

Dear Mr Kim,

Trainee Solicitor Position

Thank you for attending the assessment day on 10 November. We regret to inform you that on this occasion your application has been unsuccessful.

Yours sincerely,

Eleanor Price
Partner
""",
        expect=dict(
            company="Whitmore & Price Solicitors",
            contact="Eleanor Price",
            role="Trainee Solicitor",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
