"""Rejection emails written for this project, part N: dev data, first used as a blind probe.

A ninth blind probe: short and long emails that say how far things got in
passing, and senders of every kind. Scored once before any change it
prompted (figures in make_fixtures.py).
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="n-zoom-with-team",
        kind="eml",
        sender="Leah Goldberg <leah@brightpixel.co>",
        subject="BrightPixel - Junior Web Developer",
        date="Wed, 25 Nov 2026 16:00:00 +0200",
        body="""Hi Taylor,

Thanks for jumping on Zoom with the team on Monday. We really liked your enthusiasm, but for the Junior Web Developer role we need someone who can hit the ground running with React.

We'd love for you to apply again in 6 months once you've got a bit more experience.

Leah
""",
        expect=dict(
            company="BrightPixel",
            contact="Leah Goldberg",
            role="Junior Web Developer",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after="2027-05-25",
            feedback_invited=False,
        ),
    ),
    dict(
        id="n-paper-review-only",
        kind="eml",
        sender="Jobs at Tallis <jobs@tallisgroup.com>",
        subject="Graduate Engineer Programme 2027",
        date="Tue, 24 Nov 2026 09:00:00 +0000",
        body="""Dear Taylor,

Thank you for your interest in the Tallis Graduate Engineer Programme 2027.

We have now reviewed your online application form and, unfortunately, we are unable to offer you a place at the next stage of our selection process.

We wish you every success.

Tallis Early Careers
""",
        expect=dict(
            company="Tallis",
            contact="",
            role="Graduate Engineer Programme 2027",
            stage="application",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="n-after-case-interview-consulting",
        kind="eml",
        sender="Recruiting Team <recruiting@corbettpartners.com>",
        subject="Corbett Partners - Associate Consultant",
        date="Mon, 23 Nov 2026 19:00:00 +0000",
        body="""Dear Taylor,

Thank you for participating in the first round of case interviews for the Associate Consultant position.

After careful deliberation, we regret that we will not be inviting you to the second round. We encourage you to apply again next recruiting season.

Best regards,
Corbett Partners Recruiting
""",
        expect=dict(
            company="Corbett Partners",
            contact="",
            role="Associate Consultant",
            stage="technical",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="n-after-trial-lesson-teacher",
        kind="txt",
        body="""Dear Taylor,

Thank you for teaching the sample lesson to our Year 9 class on Wednesday and for meeting the interview panel afterwards.

After much consideration, the panel has decided to offer the post of Teacher of Mathematics to another candidate. I would be very happy to give you feedback over the phone if you would find it helpful.

Kind regards,

Mrs A. Okafor
Headteacher
St Aidan's Academy
""",
        expect=dict(
            company="St Aidan's Academy",
            contact="Mrs A. Okafor",
            role="Teacher of Mathematics",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="n-withdrawn-req-after-application",
        kind="eml",
        sender="Ines Carvalho <ines.carvalho@lumenaero.com>",
        subject="Systems Engineer opening",
        date="Sun, 22 Nov 2026 11:00:00 +0000",
        body="""Hi Taylor,

I wanted to let you know that the Systems Engineer opening you applied for has been cancelled due to budget changes, so we won't be reviewing applications for it.

I'm sorry for the inconvenience. Please keep an eye on our careers page.

Ines Carvalho
Talent Acquisition, Lumen Aerospace
""",
        expect=dict(
            company="Lumen Aerospace",
            contact="Ines Carvalho",
            role="Systems Engineer",
            stage="application",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="n-after-panel-and-presentation",
        kind="eml",
        sender="Hamza Qureshi <hamza.qureshi@orbitalhealth.com>",
        subject="Orbital Health — Product Marketing Manager",
        date="Sat, 21 Nov 2026 12:40:00 +0000",
        body="""Hi Taylor,

Thank you for the presentation you gave to the panel on Thursday. It was clear you'd put a lot of work into it.

We've decided to move forward with another candidate for the Product Marketing Manager role. I know that's not the news you were hoping for after getting this far.

Best,
Hamza
""",
        expect=dict(
            company="Orbital Health",
            contact="Hamza Qureshi",
            role="Product Marketing Manager",
            stage="final",
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="n-after-phone-interview-formal",
        kind="eml",
        sender="Human Resources <hr@westgatemedical.org>",
        subject="Medical Receptionist - Telephone Interview Outcome",
        date="Fri, 20 Nov 2026 14:00:00 +0000",
        body="""Dear Taylor,

Thank you for taking part in a telephone interview for the Medical Receptionist vacancy.

Unfortunately you have not been successful on this occasion. We will retain your details for six months.

Regards,
Human Resources
Westgate Medical Centre
""",
        expect=dict(
            company="Westgate Medical Centre",
            contact="",
            role="Medical Receptionist",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="n-after-homework-writing",
        kind="txt",
        body="""Hi Taylor,

Thanks for turning around the editing test so quickly for the Copy Editor role at Fable & Finch. The team felt your edits were solid, but we're going with a candidate who has more long-form experience.

Happy to share the editor's comments if that's useful - just let me know.

Cheers,
Maddie Rhodes
Managing Editor, Fable & Finch
""",
        expect=dict(
            company="Fable & Finch",
            contact="Maddie Rhodes",
            role="Copy Editor",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]
