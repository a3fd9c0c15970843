"""Rejection emails written for this project, part M: dev data, first used as a blind probe.

An eighth blind probe, of how far an application got, worded as people
word it, with everyday senders. Scored once before any change it prompted
(figures in make_fixtures.py).
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="m-after-recruiter-call-brief",
        kind="eml",
        sender="Tasha Greene <tasha.greene@crestline.io>",
        subject="Crestline | Revenue Operations Analyst",
        date="Wed, 25 Nov 2026 12:30:00 -0800",
        body="""Hi Morgan,

Thanks for connecting with me earlier this week. After syncing with the hiring manager, we've decided not to move forward for the Revenue Operations Analyst role.

Appreciate your interest in Crestline!

Tasha
""",
        expect=dict(
            company="Crestline",
            contact="Tasha Greene",
            role="Revenue Operations Analyst",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="m-after-hiring-manager-interview",
        kind="eml",
        html=True,
        sender="Greenhouse <no-reply@greenhouse.io>",
        reply_to="recruiting@fathomrobotics.com",
        subject="Update from Fathom Robotics",
        date="Tue, 24 Nov 2026 18:10:00 +0000",
        body="""Hi Morgan,

Thank you for taking the time to meet with our hiring manager for the Controls Engineer position. We appreciated learning more about your background.

After careful consideration, we have decided to pursue other candidates who more closely match our current needs.

Best,
Fathom Robotics Talent Team
""",
        expect=dict(
            company="Fathom Robotics",
            contact="",
            role="Controls Engineer",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="m-after-presentation-final",
        kind="eml",
        sender="Victoria Lane <vlane@hartwellfoundation.org>",
        subject="Director of Development",
        date="Mon, 23 Nov 2026 15:00:00 -0500",
        body="""Dear Morgan,

On behalf of the search committee, thank you for your presentation to the board last Friday and for the time you have given to our process over the past month.

After much deliberation, the committee has selected another candidate for the Director of Development position. You were among a very strong group of finalists.

With gratitude,
Victoria Lane
Chair, Search Committee
Hartwell Foundation
""",
        expect=dict(
            company="Hartwell Foundation",
            contact="Victoria Lane",
            role="Director of Development",
            stage="final",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="m-cv-not-selected-agency-style",
        kind="txt",
        body="""Hi Morgan,

Thanks for sending your CV over for the Payroll Administrator vacancy with Ashdown Leisure. Unfortunately, the client has decided not to shortlist you this time as they are looking for someone with Sage 200 experience.

I'll be in touch if anything else comes up.

Kind regards,
Chloe Burrows
Senior Consultant
Peakstone Recruitment
""",
        expect=dict(
            company="Ashdown Leisure",
            contact="Chloe Burrows",
            role="Payroll Administrator",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="m-skills-test-then-no",
        kind="eml",
        sender="Recruitment <recruitment@northfieldcouncil.gov.uk>",
        subject="Customer Services Advisor - outcome of assessment",
        date="Sun, 22 Nov 2026 10:00:00 +0000",
        body="""Dear Morgan,

Thank you for completing the online assessment for the post of Customer Services Advisor.

We regret to inform you that your score did not meet the threshold required to progress to interview.

Yours sincerely,
Recruitment Team
Northfield Council
""",
        expect=dict(
            company="Northfield Council",
            contact="",
            role="Customer Services Advisor",
            stage="technical",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="m-never-interviewed-just-closed",
        kind="eml",
        sender="Omar Farouk <omar@saltandcedar.com>",
        subject="Re: Line Cook application",
        date="Sat, 21 Nov 2026 23:45:00 +0000",
        body="""Hi Morgan,

Thanks for dropping off your resume last week. We've filled the line cook spot for now, but I'll hold onto it in case something opens up in the new year.

Omar
Salt & Cedar
""",
        expect=dict(
            company="Salt & Cedar",
            contact="Omar Farouk",
            role="Line Cook",
            stage="application",
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="m-after-three-interviews",
        kind="eml",
        sender="Priya Shah <priya.shah@novacart.com>",
        subject="Novacart - Senior Data Analyst",
        date="Fri, 20 Nov 2026 17:20:00 +0530",
        body="""Hi Morgan,

Thank you for your time across all three interview rounds for the Senior Data Analyst role. Everyone you met appreciated your thoughtful answers.

It was a very close decision, but we have decided to go with another candidate. I'd be happy to walk you through the team's feedback on a short call.

Regards,
Priya Shah
Talent Acquisition Lead, Novacart
""",
        expect=dict(
            company="Novacart",
            contact="Priya Shah",
            role="Senior Data Analyst",
            stage="final",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="m-offer-role-eliminated",
        kind="eml",
        sender="Grant Holloway <grant.holloway@meridianfreight.com>",
        subject="Regarding your offer - Fleet Coordinator",
        date="Thu, 19 Nov 2026 08:15:00 -0600",
        body="""Dear Morgan,

I'm sorry to have to tell you that, due to a reorganisation announced yesterday, the Fleet Coordinator position has been eliminated and we are unable to proceed with the offer we extended to you on November 12.

I know this is very disappointing. Please reach out to me directly if you would like to talk about it.

Sincerely,
Grant Holloway
HR Director
Meridian Freight
""",
        expect=dict(
            company="Meridian Freight",
            contact="Grant Holloway",
            role="Fleet Coordinator",
            stage="offer",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="m-portfolio-review-only",
        kind="txt",
        body="""Hi Morgan,

We've had a look through your portfolio and the case studies you sent for the Senior UI Designer role at Kitefin. Lovely craft, but we're looking for someone with more B2B dashboard work, so we won't be moving forward.

Best of luck,
Noor Aziz
Design Lead, Kitefin
""",
        expect=dict(
            company="Kitefin",
            contact="Noor Aziz",
            role="Senior UI Designer",
            stage="portfolio",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="m-video-screen-async",
        kind="eml",
        html=True,
        sender="HireVue on behalf of Castell Insurance <noreply@hirevue.com>",
        subject="Castell Insurance: your application for Claims Handler",
        date="Wed, 18 Nov 2026 07:00:00 +0000",
        body="""Dear Morgan,

Thank you for completing your recorded video interview for the Claims Handler role at Castell Insurance.

Having reviewed your responses, we will not be progressing your application further. We appreciate the time you took.

Castell Insurance Early Careers Team
""",
        expect=dict(
            company="Castell Insurance",
            contact="",
            role="Claims Handler",
            stage="phone_screen",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
