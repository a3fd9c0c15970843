"""Rejection emails written for this project, part Q: dev data, first used as a blind probe.

A twelfth blind probe, of shapes: forwards inside forwards, a reply chain
with the rejection in the middle, an .eml forwarded as an attachment-less
copy, other charsets and encodings, a long legal footer, a rejection in an
HTML table. Scored once before any change it prompted (figures in
make_fixtures.py).
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="q-double-forward",
        kind="txt",
        body="""---------- Forwarded message ---------
From: Jo Park <jo.park@gmail.com>
Date: Thu, Nov 26, 2026 at 8:00 AM
Subject: Fwd: Your application - Supply Planner
To: <coach-notes@example.org>


for my records

---------- Forwarded message ---------
From: Elif Demir <elif.demir@anatolia-foods.com>
Date: Wed, Nov 25, 2026 at 3:15 PM
Subject: Your application - Supply Planner
To: Jo Park <jo.park@gmail.com>


Dear Jo,

Thank you for the interview on Monday for the Supply Planner position at Anatolia Foods.

We have decided to continue with another candidate. I would be glad to share some feedback if you are interested.

Kind regards,
Elif Demir
HR Specialist, Anatolia Foods
""",
        expect=dict(
            company="Anatolia Foods",
            contact="Elif Demir",
            role="Supply Planner",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="q-chain-rejection-in-middle",
        kind="txt",
        body="""Thanks again, Paul - understood.

On Tue, Nov 24, 2026 at 10:02 AM Paul Mercer <paul@gridlinesolar.com> wrote:
> Hi Jo,
>
> Following your site visit and the interview with our operations director, we've decided to go with another candidate for the Solar Installer Lead role. Sorry to bring bad news.
>
> Paul Mercer
> Field Operations, Gridline Solar
>
> On Mon, Nov 16, 2026 at 9:00 AM Jo Park <jo.park@gmail.com> wrote:
>> Hi Paul, just checking whether there is any news on the Solar Installer Lead role?
>> Thanks, Jo
""",
        expect=dict(
            company="Gridline Solar",
            contact="Paul Mercer",
            role="Solar Installer Lead",
            stage="final",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="q-latin1-base64-html-table",
        kind="eml",
        html=True,
        html_only=True,
        charset="iso-8859-1",
        encoding="base64",
        sender="Agnès Moreau <agnes.moreau@lacotebleue.fr>",
        subject="Réceptionniste - La Côte Bleue",
        date="Mon, 23 Nov 2026 10:00:00 +0100",
        body="""Dear Jo,

Thank you for your application for the Receptionist position at Hôtel La Côte Bleue and for our telephone conversation.

We regret to tell you that we have chosen another candidate. We will keep your CV for one year.

Best regards,
Agnès Moreau
Directrice, Hôtel La Côte Bleue
""",
        expect=dict(
            company="Hôtel La Côte Bleue",
            contact="Agnès Moreau",
            role="Receptionist",
            stage="phone_screen",
            date="2026-11-23",
            reapply_after="2027-11-23",
            feedback_invited=False,
        ),
    ),
    dict(
        id="q-long-legal-footer",
        kind="eml",
        html=True,
        encoding="quoted-printable",
        sender="Daniel Osei <daniel.osei@kingsgatelaw.co.uk>",
        subject="Paralegal - Kingsgate Law",
        date="Sun, 22 Nov 2026 09:00:00 +0000",
        body="""Dear Jo,

Thank you for attending the assessment for the Paralegal role at Kingsgate Law.

I am sorry to let you know that you have not been successful on this occasion. If you would like feedback on your assessment, please let me know.

Kind regards

Daniel Osei
HR Manager
Kingsgate Law LLP
1 Bishops Court, London EC4M 7AA
T: +44 20 7946 0011

Kingsgate Law LLP is a limited liability partnership registered in England and Wales under number OC123456. It is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it. We do not accept service of documents by email.
""",
        expect=dict(
            company="Kingsgate Law",
            contact="Daniel Osei",
            role="Paralegal",
            stage="technical",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="q-windows-1252-quotes",
        kind="eml",
        charset="windows-1252",
        encoding="quoted-printable",
        sender="Maeve O’Brien <maeve.obrien@clontarfbrewing.ie>",
        subject="Brewery Operations Assistant",
        date="Sat, 21 Nov 2026 16:30:00 +0000",
        body="""Hi Jo,

Thanks a million for coming in for the brewery tour and chat on Wednesday – it was great to meet you.

We’ve decided to offer the Brewery Operations Assistant job to someone with a bit more cellar experience. Best of luck with the search – you’ll find something soon.

Maeve O’Brien
Clontarf Brewing Co.
""",
        expect=dict(
            company="Clontarf Brewing Co.",
            contact="Maeve O’Brien",
            role="Brewery Operations Assistant",
            stage="phone_screen",
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="q-8bit-attachment-pdf",
        kind="eml",
        encoding="8bit",
        attachment=True,
        sender="Careers <careers@zeller-instruments.de>",
        subject="Your application as Field Application Engineer",
        date="Fri, 20 Nov 2026 08:00:00 +0100",
        body="""Dear Jo,

Thank you for your application as Field Application Engineer at Zeller Instruments and for the video interview with Mr. Braun.

We regret to inform you that we have decided in favour of another applicant. Please find our data protection notice attached.

Kind regards
Jana Richter
Talent Acquisition
Zeller Instruments GmbH
""",
        expect=dict(
            company="Zeller Instruments",
            contact="Jana Richter",
            role="Field Application Engineer",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
