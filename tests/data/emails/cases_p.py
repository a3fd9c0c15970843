"""Rejection emails written for this project, part P: dev data, first used as a blind probe.

An eleventh blind probe, of languages of politeness: Indian English formal
("Kindly note", "Thanking you"), Australian casual, Japanese-English formal,
corporate euphemism, very British understatement. Scored once before any
change it prompted (figures in make_fixtures.py).
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="p-indian-english-formal",
        kind="eml",
        sender="Ramesh Iyengar <ramesh.iyengar@sahyadritech.in>",
        subject="Regarding your candidature for Senior Java Developer",
        date="Wed, 25 Nov 2026 11:30:00 +0530",
        body="""Dear Mr. Avery,

Greetings from Sahyadri Technologies!

This is with reference to your candidature for the post of Senior Java Developer. Kindly note that after the technical round, the panel has decided not to proceed further with your profile at this juncture.

We shall retain your resume in our database for a period of six months. Kindly feel free to revert in case of any queries.

Thanking you,

Warm regards,
Ramesh Iyengar
Manager - Talent Acquisition
Sahyadri Technologies Pvt. Ltd.
""",
        expect=dict(
            company="Sahyadri Technologies",
            contact="Ramesh Iyengar",
            role="Senior Java Developer",
            stage="technical",
            date="2026-11-25",
            reapply_after="2027-05-25",
            feedback_invited=True,
        ),
    ),
    dict(
        id="p-australian-casual",
        kind="txt",
        body="""G'day Sam,

Cheers for coming in for a yarn on Tuesday about the Warehouse Supervisor gig. Unfortunately we've gone with someone who's already got their forklift ticket.

Reckon you'd be a good fit down the track though - give us a bell in a few months if you're still looking.

Cheers,
Mick Dawson
Ops Manager, Southern Cross Freight
""",
        expect=dict(
            company="Southern Cross Freight",
            contact="Mick Dawson",
            role="Warehouse Supervisor",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="p-japanese-english-formal",
        kind="eml",
        sender="Takahashi Kenji <k.takahashi@hoshizora-denki.co.jp>",
        subject="Result of selection: Overseas Sales Coordinator",
        date="Tue, 24 Nov 2026 17:30:00 +0900",
        body="""Dear Mr. Avery,

We sincerely thank you for applying to Hoshizora Denki and for taking the time to attend the second interview for the position of Overseas Sales Coordinator.

After careful deliberation, we regret to inform you that we are unable to offer you employment at this time. We deeply apologize for not meeting your expectations.

We wish you great success in the future.

Sincerely,
Kenji Takahashi
Human Resources Department
Hoshizora Denki Co., Ltd.
""",
        expect=dict(
            company="Hoshizora Denki",
            contact="Kenji Takahashi",
            role="Overseas Sales Coordinator",
            stage="final",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="p-corporate-euphemism",
        kind="eml",
        html=True,
        sender="Talent Acquisition <ta@vantageglobal.com>",
        subject="Your candidacy: Strategy Manager",
        date="Mon, 23 Nov 2026 15:00:00 -0500",
        body="""Dear Sam,

We appreciate the time and energy you invested in our process for the Strategy Manager opportunity, including your conversations with several members of our leadership team.

At this time, we have made the decision to pursue other avenues that more closely align with the evolving needs of the business.

We value the connection and hope our paths cross again.

Regards,
Vantage Global Talent Acquisition
""",
        expect=dict(
            company="Vantage Global",
            contact="",
            role="Strategy Manager",
            stage="final",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="p-british-understatement",
        kind="eml",
        sender="Rupert Ashcombe <r.ashcombe@ashcombeandlowe.co.uk>",
        subject="Junior Surveyor",
        date="Sun, 22 Nov 2026 20:00:00 +0000",
        body="""Dear Sam,

Many thanks for popping in on Thursday; it was a pleasure to meet you.

I'm afraid we shan't be taking things further on the Junior Surveyor front, as we've decided to go with someone a touch more experienced. Do feel free to drop me a line if you'd like a word about it.

With best wishes,

Rupert Ashcombe
Partner
Ashcombe & Lowe
""",
        expect=dict(
            company="Ashcombe & Lowe",
            contact="Rupert Ashcombe",
            role="Junior Surveyor",
            stage="phone_screen",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="p-american-upbeat",
        kind="eml",
        sender="Kaylee Summers <kaylee@sunnysidepets.com>",
        subject="Sunnyside Pets - Vet Tech position!",
        date="Sat, 21 Nov 2026 10:00:00 -0600",
        body="""Hi Sam!!

Thank you SO much for interviewing with us for the Vet Tech position! Everyone loved meeting you. 🐾

We ended up going with a candidate who has more surgical experience, but we'd absolutely love for you to apply again in 3 months when we open more spots!

Have the best weekend!
Kaylee
Practice Manager | Sunnyside Pets
""",
        expect=dict(
            company="Sunnyside Pets",
            contact="Kaylee Summers",
            role="Vet Tech",
            stage="phone_screen",
            date="2026-11-21",
            reapply_after="2027-02-21",
            feedback_invited=False,
        ),
    ),
    dict(
        id="p-french-english-formal",
        kind="eml",
        sender="Sophie Lefèvre <sophie.lefevre@maisonvidal.fr>",
        subject="Your application - Export Sales Assistant",
        date="Fri, 20 Nov 2026 14:20:00 +0100",
        body="""Dear Sam,

We thank you for the interest you have shown in Maison Vidal and for your application for the position of Export Sales Assistant.

After careful study of your file, we regret to inform you that we cannot give a favourable answer to your application.

We will keep your details and will not fail to contact you should a position corresponding to your profile become available.

Please accept, Sam, our best regards.

Sophie Lefèvre
Human Resources Manager
Maison Vidal
""",
        expect=dict(
            company="Maison Vidal",
            contact="Sophie Lefèvre",
            role="Export Sales Assistant",
            stage="application",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="p-very-short-blunt",
        kind="eml",
        sender="Gary Nolan <gary@nolanplumbing.ie>",
        subject="Re: apprentice",
        date="Thu, 19 Nov 2026 07:55:00 +0000",
        body="""Sam, position's gone. Sorry. Gary""",
        expect=dict(
            company="Nolan Plumbing",
            contact="Gary Nolan",
            role="Apprentice",
            stage=None,
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
