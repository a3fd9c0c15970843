"""Rejection emails written for this project, part R: dev data, first used as a blind probe.

A thirteenth blind probe, of everyday senders once more, each with the
person who wrote shown a different way. Scored once before any change it
prompted (figures in make_fixtures.py).
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="r-recruiter-title-above-name",
        kind="eml",
        sender="Aurora Labs Recruiting <recruiting@auroralabs.io>",
        subject="Aurora Labs - Site Reliability Engineer",
        date="Wed, 25 Nov 2026 12:00:00 -0800",
        body="""Hi Drew,

Thanks for your time in the technical screen for the Site Reliability Engineer role. We've decided not to move forward at this stage.

Thanks,
Recruiting Coordinator
Mariana Costa
Aurora Labs
""",
        expect=dict(
            company="Aurora Labs",
            contact="Mariana Costa",
            role="Site Reliability Engineer",
            stage="technical",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="r-name-only-in-email-address",
        kind="eml",
        sender="<tom.becker@grauwerk.de>",
        subject="Application Mechatronics Technician",
        date="Tue, 24 Nov 2026 08:30:00 +0100",
        body="""Dear Drew,

thank you for your application for the Mechatronics Technician position. Unfortunately we have chosen another candidate.

Best regards
Tom
""",
        expect=dict(
            company="Grauwerk",
            contact="Tom Becker",
            role="Mechatronics Technician",
            stage="application",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="r-signature-with-company-logo-text",
        kind="eml",
        html=True,
        sender="Neha Kapoor <neha.kapoor@finchpay.com>",
        subject="FinchPay | Risk Analyst",
        date="Mon, 23 Nov 2026 17:00:00 +0000",
        body="""Hi Drew,

Thanks for speaking with the risk team on Friday. We won't be moving forward with the Risk Analyst role, but I was impressed with your fraud-modelling background and will keep you in mind.

Neha Kapoor
Senior Talent Partner

FINCHPAY
Payments, simplified.
""",
        expect=dict(
            company="FinchPay",
            contact="Neha Kapoor",
            role="Risk Analyst",
            stage="phone_screen",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="r-hi-from-first-line",
        kind="txt",
        body="""Hi Drew, Jamal from Copperline here.

Thanks for the chat about the Inside Sales Rep role yesterday. We've decided to go with another candidate who has more outbound experience.

Best,
Jamal Wright
""",
        expect=dict(
            company="Copperline",
            contact="Jamal Wright",
            role="Inside Sales Rep",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="r-hr-assistant-signs-for-manager",
        kind="eml",
        sender="Office <office@baxterdental.com>",
        subject="Dental Assistant application",
        date="Sun, 22 Nov 2026 10:00:00 -0500",
        body="""Hello Drew,

Dr. Baxter asked me to let you know that the Dental Assistant position has been filled. Thank you for applying and for coming in to meet her.

Kind regards,
Tina Russo
Office Manager
Baxter Family Dentistry
""",
        expect=dict(
            company="Baxter Family Dentistry",
            contact="Tina Russo",
            role="Dental Assistant",
            stage="phone_screen",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="r-two-signatures-forward-note-on-top",
        kind="txt",
        body="""Hi Drew, forwarding the official note below - sorry it wasn't better news! Let me know if you want to talk it through.

Gabriel Santos
Hiring Manager, Ledgerline

---------- Forwarded message ---------
From: Ledgerline Careers <careers@ledgerline.com>
Date: Sat, Nov 21, 2026 at 9:00 AM
Subject: Your application: Financial Controller
To: <drew@example.org>


Dear Drew,

Thank you for interviewing for the Financial Controller position. After careful consideration, we have decided to proceed with another candidate.

Ledgerline Talent Team
""",
        expect=dict(
            company="Ledgerline",
            contact="Gabriel Santos",
            role="Financial Controller",
            stage="phone_screen",
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="r-sincerely-name-title-company-one-line-pipes",
        kind="eml",
        sender="hr@pelicanbayresort.com",
        subject="Pelican Bay Resort: Guest Services Agent",
        date="Fri, 20 Nov 2026 15:15:00 -0500",
        body="""Dear Drew,

Thank you for taking the time to interview with us for the Guest Services Agent position. We have selected a candidate whose experience more closely matches our needs.

We wish you the very best.

Sincerely,
Andrea Gómez | HR Coordinator | Pelican Bay Resort
""",
        expect=dict(
            company="Pelican Bay Resort",
            contact="Andrea Gómez",
            role="Guest Services Agent",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="r-lowercase-signature-capital-body",
        kind="eml",
        sender="Wren Ito <wren@softgrain.studio>",
        subject="Illustrator (freelance) - Softgrain",
        date="Thu, 19 Nov 2026 20:00:00 -0800",
        body="""Hi Drew,

Thank you for sharing your portfolio for the freelance Illustrator role. Your character work is lovely, but we've gone with someone whose style is closer to our current project.

Feel free to reach out if you'd like any thoughts on the portfolio.

warmly,
wren ito
art director, softgrain
""",
        expect=dict(
            company="Softgrain",
            contact="Wren Ito",
            role="Illustrator",
            stage="portfolio",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]
