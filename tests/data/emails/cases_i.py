"""Rejection emails written for this project, part I: dev data, first used as a blind probe.

A fourth blind probe, of ordinary emails rather than odd ones: the everyday
shapes a job search brings, to estimate how the reader does on the common
case. Scored once before any change it prompted (figures in make_fixtures.py).
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="i-greenhouse-standard",
        kind="eml",
        html=True,
        sender="Mosaic Health Recruiting <no-reply@us.greenhouse-mail.io>",
        subject="Thank you for your interest in Mosaic Health",
        date="Tue, 24 Nov 2026 13:05:00 -0800",
        body="""Hi Jordan,

Thank you for your interest in the Clinical Operations Manager position at Mosaic Health. We appreciate you taking the time to apply.

After careful consideration, we have decided to move forward with other candidates whose experience more closely aligns with the needs of the role.

We will keep your information on file and encourage you to apply for future openings that match your background.

Best regards,
Mosaic Health Recruiting Team
""",
        expect=dict(
            company="Mosaic Health",
            contact="",
            role="Clinical Operations Manager",
            stage="application",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="i-recruiter-after-screen",
        kind="eml",
        sender="Nicole Adams <nicole.adams@bluefinsecurity.com>",
        subject="Bluefin Security - Security Analyst",
        date="Mon, 23 Nov 2026 11:45:00 -0500",
        body="""Hi Jordan,

It was great speaking with you last week about the Security Analyst opening. I really appreciate the time you took to tell me about your SOC experience.

After reviewing with the hiring manager, we've decided not to move forward with your candidacy at this time. This was a competitive search, and it was not an easy decision.

I wish you the best of luck in your search, and please don't hesitate to reach out if you have any questions.

Warm regards,
Nicole Adams
Senior Technical Recruiter
Bluefin Security
""",
        expect=dict(
            company="Bluefin Security",
            contact="Nicole Adams",
            role="Security Analyst",
            stage="phone_screen",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="i-lever-after-onsite",
        kind="eml",
        html=True,
        sender="Ethan Brooks <no-reply@hire.lever.co>",
        reply_to="ethan.brooks@corvid.ai",
        subject="Corvid AI - Machine Learning Engineer",
        date="Sat, 21 Nov 2026 10:00:00 -0800",
        body="""Hi Jordan,

Thanks again for spending the day with us at our office for your onsite interviews. The team really enjoyed meeting you.

Unfortunately, we've decided not to move forward with an offer for the Machine Learning Engineer role. I know this is disappointing after such a long process.

If it would be helpful, I'm happy to set up a quick call to share some of the feedback from the team.

Best,
Ethan
""",
        expect=dict(
            company="Corvid AI",
            contact="Ethan Brooks",
            role="Machine Learning Engineer",
            stage="final",
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="i-workday-generic",
        kind="eml",
        html=True,
        html_only=True,
        sender="Halvorsen Group <halvorsen@myworkday.com>",
        subject="Regarding your application for Procurement Specialist",
        date="Fri, 20 Nov 2026 04:30:00 +0000",
        body="""Dear Jordan Ellis,

Thank you for applying for the Procurement Specialist role (R0045512) at Halvorsen Group.

We have reviewed your application carefully and regret to inform you that we will not be progressing your application further on this occasion.

We wish you success in your future career.

Kind regards,
Halvorsen Group Talent Acquisition
""",
        expect=dict(
            company="Halvorsen Group",
            contact="",
            role="Procurement Specialist",
            stage="application",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="i-hiring-manager-personal-gmail-paste",
        kind="txt",
        body="""Re: Office Manager role

Sandra Kowalczyk
Nov 19, 2026, 6:02 PM
to me

Hi Jordan,

Thank you so much for coming in to meet Pete and me on Tuesday. We enjoyed chatting with you.

We've decided to offer the Office Manager position to another candidate who has experience with our accounting software. I'm sorry it isn't better news.

I'd be happy to pass your details to a couple of other practices nearby if you'd like.

Best wishes,
Sandra
Kowalczyk Family Dental
""",
        expect=dict(
            company="Kowalczyk Family Dental",
            contact="Sandra Kowalczyk",
            role="Office Manager",
            stage="phone_screen",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="i-ashby-take-home",
        kind="eml",
        html=True,
        sender="Waypoint Recruiting <no-reply@ashbyhq.com>",
        subject="Waypoint: update on your application",
        date="Thu, 19 Nov 2026 16:20:00 +0000",
        body="""Hi Jordan,

Thank you for completing the take-home exercise for the Senior Frontend Engineer role at Waypoint. Our engineers reviewed your submission carefully.

Unfortunately, we've decided not to proceed to the next round. Due to the number of candidates, we aren't able to share individual feedback on submissions.

We appreciate your time and wish you all the best.

The Waypoint Team
""",
        expect=dict(
            company="Waypoint",
            contact="",
            role="Senior Frontend Engineer",
            stage="technical",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="i-outlook-forward-university",
        kind="txt",
        body="""________________________________
From: Harper, Michelle <mharper@westbrook.edu>
Sent: Wednesday, November 18, 2026 3:30 PM
To: Ellis, Jordan <jordan.ellis@gmail.com>
Subject: Academic Advisor Search

Dear Jordan,

On behalf of the search committee, thank you for your interest in the Academic Advisor position at Westbrook University and for participating in the campus interview.

The committee has completed its review, and I regret to inform you that we have selected another candidate.

Sincerely,

Michelle Harper
Director of Advising
Westbrook University
""",
        expect=dict(
            company="Westbrook University",
            contact="Michelle Harper",
            role="Academic Advisor",
            stage="final",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="i-startup-founder-short",
        kind="eml",
        sender="Aisha Rahman <aisha@pollenlabs.co>",
        subject="Re: Growth Marketer",
        date="Tue, 17 Nov 2026 22:10:00 +0000",
        body="""Hey Jordan,

Really appreciated the chat on Friday. We've decided to hold off on hiring for the Growth Marketer role until we close our next round, so we won't be moving forward right now.

Would love to stay in touch. If the role opens up again in the spring I'll reach out.

Aisha
Founder, Pollen Labs
""",
        expect=dict(
            company="Pollen Labs",
            contact="Aisha Rahman",
            role="Growth Marketer",
            stage="phone_screen",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="i-smartrecruiters-retail",
        kind="eml",
        html=True,
        sender="Northway Stores <noreply@smartrecruiters.com>",
        subject="Your application at Northway Stores",
        date="Mon, 16 Nov 2026 09:30:00 +0000",
        body="""Dear Jordan,

Thank you for your recent application for the position of Assistant Store Manager at Northway Stores.

We have now reviewed all applications and unfortunately you have not been shortlisted on this occasion. You are welcome to apply for other roles with us after 3 months.

Kind regards,
The Northway Stores Recruitment Team
""",
        expect=dict(
            company="Northway Stores",
            contact="",
            role="Assistant Store Manager",
            stage="application",
            date="2026-11-16",
            reapply_after="2027-02-16",
            feedback_invited=False,
        ),
    ),
    dict(
        id="i-agency-recruiter-client",
        kind="txt",
        body="""Hi Jordan,

Quick update from me: I heard back from Peregrine Logistics about the Transport Planner role, and unfortunately they've decided not to take your application forward to interview. They went with candidates who have more experience with their routing software.

I'll keep an eye out for similar roles and let you know if anything comes up.

Thanks,
Marco

Marco Bellini
Recruitment Consultant | Harbour Talent Partners
""",
        expect=dict(
            company="Peregrine Logistics",
            contact="Marco Bellini",
            role="Transport Planner",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="i-nonprofit-final-feedback",
        kind="eml",
        sender="Gwen Thomas <gwen.thomas@riverkeepers.org>",
        subject="Program Coordinator - decision",
        date="Sun, 15 Nov 2026 19:00:00 +0000",
        body="""Dear Jordan,

Thank you for your patience as we completed our final interviews for the Program Coordinator position. It was a pleasure to get to know you over the past few weeks.

I'm sorry to say we have offered the role to another candidate. The panel was impressed by your community outreach work, and I would be glad to share their feedback with you if you'd find that useful.

With warm wishes,
Gwen Thomas
Executive Director
Riverkeepers Trust
""",
        expect=dict(
            company="Riverkeepers Trust",
            contact="Gwen Thomas",
            role="Program Coordinator",
            stage="final",
            date="2026-11-15",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="i-ghosted-then-form-letter",
        kind="eml",
        sender="Careers at Brightwell <careers@brightwell.com>",
        subject="Your Brightwell application",
        date="Sat, 14 Nov 2026 06:00:00 +0000",
        body="""Hello Jordan,

Thank you for your application for the Junior Accountant position, submitted in August. We apologize for the delay in getting back to you.

The position has now been filled. We will retain your resume in our database for 12 months and may contact you about future vacancies.

Regards,
Brightwell Human Resources
""",
        expect=dict(
            company="Brightwell",
            contact="",
            role="Junior Accountant",
            stage="application",
            date="2026-11-14",
            reapply_after="2027-11-14",
            feedback_invited=False,
        ),
    ),
]
