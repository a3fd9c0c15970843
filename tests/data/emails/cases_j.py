"""Rejection emails written for this project, part J: dev data, first used as a blind probe.

A fifth blind probe after part I's fixes: everyday emails again, with the
signature shapes mail clients and people really produce. Scored once before
any change it prompted (figures in make_fixtures.py).
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="j-recruiter-signature-with-phone-and-links",
        kind="eml",
        html=True,
        sender="Olivia Grant <olivia.grant@tidewatermedia.com>",
        subject="Tidewater Media – Video Producer",
        date="Wed, 25 Nov 2026 10:10:00 -0500",
        body="""Hi Sam,

Thank you for taking the time to interview with our creative team for the Video Producer role. We enjoyed hearing about your documentary work.

After much consideration, we've decided to move forward with another candidate. We'll keep your resume on file should another opportunity open up.

All the best,

Olivia Grant | Talent Acquisition Specialist
Tidewater Media
m: +1 (404) 555-0133
tidewatermedia.com | LinkedIn
""",
        expect=dict(
            company="Tidewater Media",
            contact="Olivia Grant",
            role="Video Producer",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="j-hr-generalist-lowercase-company-domain",
        kind="eml",
        sender="Priya Menon <pmenon@northstar-ortho.com>",
        subject="Patient Coordinator Position",
        date="Tue, 24 Nov 2026 08:55:00 -0600",
        body="""Good morning Sam,

Thank you for interviewing with us for the Patient Coordinator position. Unfortunately, we have decided to go with another candidate whose experience better fits our needs at this time.

We truly appreciate your interest in Northstar Orthodontics and wish you the best in your job search.

Sincerely,
Priya Menon
HR Generalist
""",
        expect=dict(
            company="Northstar Orthodontics",
            contact="Priya Menon",
            role="Patient Coordinator",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="j-paste-with-reply-above",
        kind="txt",
        body="""Thank you for letting me know, Alan. Best of luck with the launch!

On Mon, Nov 23, 2026 at 9:14 AM Alan Cheng <alan@sparrowhq.com> wrote:

> Hi Sam,
>
> Thanks for your work on the design exercise for the Product Designer role. We've decided to go with another candidate whose work is closer to our brand style.
>
> If you want a few notes on the exercise, just say the word.
>
> Alan
> Head of Design, Sparrow
""",
        expect=dict(
            company="Sparrow",
            contact="Alan Cheng",
            role="Product Designer",
            stage="technical",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="j-icims-recruiter-name-in-footer",
        kind="eml",
        html=True,
        sender="Granite State Credit Union <recruiting@granitestatecu.icims.com>",
        subject="Member Service Representative - Application Update",
        date="Mon, 23 Nov 2026 07:00:00 -0500",
        body="""Dear Sam,

Thank you for your interest in the Member Service Representative position at Granite State Credit Union.

After reviewing your qualifications, we have decided to pursue other candidates at this time. We encourage you to apply for future positions that match your skills and experience.

Thank you,

Dana Phillips
Recruiter
Granite State Credit Union
""",
        expect=dict(
            company="Granite State Credit Union",
            contact="Dana Phillips",
            role="Member Service Representative",
            stage="application",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="j-short-no-signoff-name-only",
        kind="eml",
        sender="Ben Ortiz <ben@loopwise.io>",
        subject="Loopwise",
        date="Sun, 22 Nov 2026 20:00:00 -0800",
        body="""Sam - thanks for the time on the phone yesterday. We're going to keep looking for the Support Lead role; the fit wasn't quite there on the tooling side. Good luck!

Ben
""",
        expect=dict(
            company="Loopwise",
            contact="Ben Ortiz",
            role="Support Lead",
            stage="phone_screen",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="j-two-names-signoff-team",
        kind="eml",
        sender="Hiring at Fieldstone <hiring@fieldstone.co>",
        subject="Operations Associate",
        date="Sat, 21 Nov 2026 12:00:00 +0000",
        body="""Hi Sam,

Thanks so much for meeting with Tom and me last week about the Operations Associate role. It was a tough decision, but we've chosen another candidate.

We'd be happy to share some thoughts on the interview if that would be useful.

Warmly,
Rachel & Tom
Fieldstone
""",
        expect=dict(
            company="Fieldstone",
            contact="Rachel",
            role="Operations Associate",
            stage="phone_screen",
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="j-talent-partner-first-name-sign-address-full",
        kind="eml",
        sender="Riverstone Talent <emma.lindqvist@riverstone.se>",
        subject="Riverstone – Backend Engineer",
        date="Fri, 20 Nov 2026 15:15:00 +0100",
        body="""Hi Sam,

Thank you for the time you spent on the technical interview for the Backend Engineer role.

We have decided not to proceed with your application. I'm happy to give you some feedback on the interview if you would like.

Best regards,
Emma
""",
        expect=dict(
            company="Riverstone",
            contact="Emma Lindqvist",
            role="Backend Engineer",
            stage="technical",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="j-ceo-signature-title-company-same-line",
        kind="txt",
        body="""Hi Sam,

Thanks for the interview on Thursday for the Chief of Staff role. I enjoyed our conversation, but I've decided to go with a candidate who has run a board process before.

I'm happy to make a couple of introductions if that would help your search.

Cheers,
Nadia Haddad, CEO at Quarry Labs
""",
        expect=dict(
            company="Quarry Labs",
            contact="Nadia Haddad",
            role="Chief of Staff",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="j-hr-email-with-legal-footer",
        kind="eml",
        html=True,
        sender="HR Department <hr@belmontpharma.com>",
        subject="Quality Control Analyst - Application Status",
        date="Thu, 19 Nov 2026 09:00:00 -0500",
        body="""Dear Sam,

Thank you for your interest in the Quality Control Analyst position with Belmont Pharmaceuticals and for completing our laboratory skills assessment.

After careful evaluation, we regret to inform you that we will not be moving forward with your application.

Sincerely,

Human Resources Department
Belmont Pharmaceuticals, Inc.

CONFIDENTIALITY NOTICE: This email and any attachments are for the exclusive and confidential use of the intended recipient. If you are not the intended recipient, please do not read, distribute or take action in reliance upon this message.
""",
        expect=dict(
            company="Belmont Pharmaceuticals",
            contact="",
            role="Quality Control Analyst",
            stage="technical",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="j-kind-regards-name-company-one-line",
        kind="eml",
        sender="Lucy Fraser <lucy@emberandoak.co.uk>",
        subject="Junior Copywriter",
        date="Wed, 18 Nov 2026 17:40:00 +0000",
        body="""Hi Sam,

Thanks for sending over your writing samples for the Junior Copywriter role - there was some lovely stuff in there.

We've had a huge response and have decided to take a few other candidates through to interview. Do apply again in 6 months if you see another role with us.

Kind regards, Lucy Fraser - Ember & Oak
""",
        expect=dict(
            company="Ember & Oak",
            contact="Lucy Fraser",
            role="Junior Copywriter",
            stage="portfolio",
            date="2026-11-18",
            reapply_after="2027-05-18",
            feedback_invited=False,
        ),
    ),
]
