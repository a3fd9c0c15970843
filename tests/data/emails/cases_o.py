"""Rejection emails written for this project, part O: dev data, first used as a blind probe.

A tenth blind probe, of applicant-system emails as they arrive: recruiters'
names in sender fields of every shape, team signatures, req ids, templates
with the company only in a footer. Scored once before any change it
prompted (figures in make_fixtures.py).
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="o-greenhouse-recruiter-display-team-sign",
        kind="eml",
        html=True,
        sender="Sofia Marin <no-reply@greenhouse.io>",
        reply_to="sofia.marin@helixbio.com",
        subject="Helix Bio: Research Associate II",
        date="Wed, 25 Nov 2026 21:00:00 +0000",
        body="""Hi Riley,

Thank you for your interest in the Research Associate II position at Helix Bio and for speaking with me last week.

Unfortunately, we have decided to move forward with other candidates at this time.

Best,
The Helix Bio Talent Team
""",
        expect=dict(
            company="Helix Bio",
            contact="Sofia Marin",
            role="Research Associate II",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="o-lever-company-display-person-sign",
        kind="eml",
        html=True,
        sender="Quillstone <no-reply@hire.lever.co>",
        subject="Your application to Quillstone",
        date="Tue, 24 Nov 2026 16:45:00 +0000",
        body="""Hi Riley,

Thanks for taking the time to apply for our Technical Writer position. We've reviewed your application and writing samples, and we won't be moving forward at this time.

We're grateful for your interest in Quillstone.

Warm regards,
Beth Alvarez
Documentation Lead
""",
        expect=dict(
            company="Quillstone",
            contact="Beth Alvarez",
            role="Technical Writer",
            stage="portfolio",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="o-workday-footer-company",
        kind="eml",
        html=True,
        html_only=True,
        sender="Workday <noreply@myworkday.com>",
        subject="Application Update - Senior Accountant (JR-22817)",
        date="Mon, 23 Nov 2026 05:00:00 -0500",
        body="""Dear Riley,

Thank you for your interest in the Senior Accountant position. We have reviewed your background and have decided to proceed with other candidates at this time.

We encourage you to continue to explore opportunities with us.

Sincerely,
Talent Acquisition

© 2026 Redfern Industries, Inc. All rights reserved.
""",
        expect=dict(
            company="Redfern Industries",
            contact="",
            role="Senior Accountant",
            stage="application",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="o-ashby-from-name-at-company",
        kind="eml",
        html=True,
        sender="Nate at Corridor <no-reply@ashbyhq.com>",
        subject="Update on your application",
        date="Sun, 22 Nov 2026 18:00:00 +0000",
        body="""Hi Riley,

Thanks for completing the take-home for the Data Platform Engineer role. The team reviewed it closely and we've decided not to move forward.

If you'd like feedback on your submission, reply here and I'll pass on the reviewers' notes.

Nate
""",
        expect=dict(
            company="Corridor",
            contact="Nate",
            role="Data Platform Engineer",
            stage="technical",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="o-icims-named-recruiter",
        kind="eml",
        sender="Harbor Point Hospital <donotreply@harborpoint.icims.com>",
        subject="Thank you for your interest - Respiratory Therapist",
        date="Sat, 21 Nov 2026 09:00:00 -0500",
        body="""Dear Riley,

Thank you for applying to the Respiratory Therapist position at Harbor Point Hospital. After a careful review of your application, we have decided to pursue other candidates.

If you have questions, please contact me at 555-0188.

Sincerely,
Brenda Kowalski
Talent Acquisition Specialist
Harbor Point Hospital
""",
        expect=dict(
            company="Harbor Point Hospital",
            contact="Brenda Kowalski",
            role="Respiratory Therapist",
            stage="application",
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="o-smartrecruiters-hiring-manager-in-body",
        kind="eml",
        html=True,
        sender="Aldermoor Hotels <noreply@smartrecruiters.com>",
        subject="Front Office Supervisor - Aldermoor Hotels",
        date="Fri, 20 Nov 2026 13:30:00 +0000",
        body="""Dear Riley,

Thank you for interviewing with our General Manager, Paul Ferris, for the Front Office Supervisor role.

We regret to let you know that we have selected another candidate. We will keep your application on file for 6 months.

Kind regards,
Aldermoor Hotels Recruitment
""",
        expect=dict(
            company="Aldermoor Hotels",
            contact="",
            role="Front Office Supervisor",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="o-bamboohr-owner-signs",
        kind="eml",
        sender="Pinecone Bakery <no-reply@bamboohr.com>",
        subject="Pinecone Bakery - Assistant Baker",
        date="Thu, 19 Nov 2026 07:10:00 -0700",
        body="""Hi Riley,

Thanks so much for coming in for the bake test on Saturday! We decided to go with someone with more early-morning availability for the Assistant Baker position.

All the best,
Rosa & the Pinecone crew
""",
        expect=dict(
            company="Pinecone Bakery",
            contact="Rosa",
            role="Assistant Baker",
            stage="technical",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="o-teamtailor-person-display-team-sign",
        kind="eml",
        html=True,
        sender="Mikkel Sørensen <noreply@teamtailor-mail.com>",
        reply_to="mikkel@nordlys.dk",
        subject="Nordlys – Frontend Developer",
        date="Wed, 18 Nov 2026 11:00:00 +0100",
        body="""Hi Riley,

Thank you for your application for the Frontend Developer position at Nordlys. We have carefully reviewed all applications and unfortunately we will not proceed with yours.

Kind regards,
Team Nordlys
""",
        expect=dict(
            company="Nordlys",
            contact="Mikkel Sørensen",
            role="Frontend Developer",
            stage="application",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
