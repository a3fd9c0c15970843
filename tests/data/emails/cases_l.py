"""Rejection emails written for this project, part L: dev data, first used as a blind probe.

A seventh blind probe, mostly of signature habits not yet seen: an initial
and surname, a dash and a short name, a committee, two sign-offs in two
languages, "People Ops @ Company", a name with its long form in brackets.
Scored once before any change it prompted (figures in make_fixtures.py).
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="l-initial-surname-signature",
        kind="eml",
        sender="Michael Okonkwo <m.okonkwo@zenithgrid.com>",
        subject="Grid Planning Engineer - your application",
        date="Wed, 25 Nov 2026 09:40:00 +0100",
        body="""Dear Chris,

Thank you for your application for the Grid Planning Engineer position and for the technical interview last Thursday.

Regrettably we will not be taking your application further.

Regards,
M. Okonkwo
Zenith Grid
""",
        expect=dict(
            company="Zenith Grid",
            contact="Michael Okonkwo",
            role="Grid Planning Engineer",
            stage="technical",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="l-dash-short-name-thanks",
        kind="txt",
        body="""Hi Chris!

Thank you so much for interviewing for the Event Coordinator job at Marigold Events. We really enjoyed meeting you but decided to go with someone with more wedding experience.

Thanks!
-Kat
""",
        expect=dict(
            company="Marigold Events",
            contact="Kat",
            role="Event Coordinator",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="l-hiring-committee",
        kind="eml",
        sender="Biology Search Committee <biosearch@hollins.edu>",
        subject="Assistant Professor of Biology",
        date="Tue, 24 Nov 2026 14:00:00 -0500",
        body="""Dear Dr. Chen,

Thank you for your application for the Assistant Professor of Biology position. The committee received over 200 applications, and after careful review we will not be inviting you for a campus interview.

Sincerely,

The Hiring Committee
Department of Biology
Hollins College
""",
        expect=dict(
            company="Hollins College",
            contact="",
            role="Assistant Professor of Biology",
            stage="application",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="l-team-display-initial-signature",
        kind="eml",
        sender="Recruiting Team - Lumio <recruiting@lumio.app>",
        subject="Lumio - Mobile Developer",
        date="Mon, 23 Nov 2026 10:00:00 +0000",
        body="""Hi Chris,

Thanks for the live coding session for the Mobile Developer role. Unfortunately we won't be moving forward with your application.

Best,
Anna B.
Lumio Recruiting
""",
        expect=dict(
            company="Lumio",
            contact="Anna B.",
            role="Mobile Developer",
            stage="technical",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="l-two-language-signoff",
        kind="eml",
        sender="Jonas Keller <jonas.keller@alpenwerk.ch>",
        subject="Your application: Process Engineer",
        date="Sun, 22 Nov 2026 09:00:00 +0100",
        body="""Dear Chris,

Thank you for your interest in Alpenwerk and for the interview for the Process Engineer role.

Unfortunately we have decided to proceed with another candidate. Should you have questions, please feel free to contact me.

Best regards / Mit freundlichen Grüssen
Jonas Keller
HR Business Partner
Alpenwerk AG
""",
        expect=dict(
            company="Alpenwerk",
            contact="Jonas Keller",
            role="Process Engineer",
            stage="phone_screen",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="l-workable-team-signed",
        kind="eml",
        html=True,
        sender="Jobs at Fenwick Optics <noreply@workablemail.com>",
        subject="Your application for Optical Technician at Fenwick Optics",
        date="Sat, 21 Nov 2026 11:30:00 +0000",
        body="""Hi Chris,

Thank you for applying for the Optical Technician position. We have reviewed your application and we will not be proceeding at this time.

We'll keep your details for future opportunities for up to 12 months.

Fenwick Optics Hiring Team
""",
        expect=dict(
            company="Fenwick Optics",
            contact="",
            role="Optical Technician",
            stage="application",
            date="2026-11-21",
            reapply_after="2027-11-21",
            feedback_invited=False,
        ),
    ),
    dict(
        id="l-people-ops-at-company",
        kind="txt",
        body="""Hi Chris,

Thanks for chatting with us about the Customer Success Lead opening. After a lot of discussion, we've decided to go with another candidate.

If you'd like to hear more about our decision, I'm happy to jump on a call.

Shreya Patel
People Ops @ Tandem
""",
        expect=dict(
            company="Tandem",
            contact="Shreya Patel",
            role="Customer Success Lead",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="l-team-name-dash-sign",
        kind="eml",
        sender="Kestrel <hello@kestrel.studio>",
        subject="Motion Designer",
        date="Fri, 20 Nov 2026 17:00:00 +0000",
        body="""Hi Chris,

Thanks for sending your showreel for the Motion Designer role. We had a lot of great applicants and decided to go with someone else this time.

— Team Kestrel
""",
        expect=dict(
            company="Kestrel",
            contact="",
            role="Motion Designer",
            stage="portfolio",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="l-nickname-long-form-brackets",
        kind="eml",
        sender="Deb Ellison <deb@ellisonfarms.com>",
        subject="Farm Hand position",
        date="Thu, 19 Nov 2026 18:00:00 -0600",
        body="""Hi Chris,

Thanks for coming out to the farm last week. We decided to hire someone who can work the full season for the Farm Hand position.

Take care,
Deb (Deborah) Ellison
Ellison Family Farms
""",
        expect=dict(
            company="Ellison Family Farms",
            contact="Deb Ellison",
            role="Farm Hand",
            stage="phone_screen",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="l-initials-credentials-director",
        kind="txt",
        body="""Dear Chris,

Thank you for your interest in the Admissions Counselor position at Brookhaven College. After reviewing all candidates, the search committee has selected another applicant.

Yours truly,
J. R. Castillo, MBA
Director of Admissions
Brookhaven College
""",
        expect=dict(
            company="Brookhaven College",
            contact="J. R. Castillo",
            role="Admissions Counselor",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
