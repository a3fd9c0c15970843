"""Rejection emails written for this project, part F: dev data, first used as a blind probe.

Written after the reader had been reworked on part E, and scored once before
any change prompted by them (the figures are in make_fixtures.py), to see how
far that rework generalises; dev data from then on.
"""
# ruff: noqa: E501

from __future__ import annotations

CASES: list[dict] = [
    dict(
        id="f-recruiter-agency-on-behalf",
        kind="eml",
        sender="Gemma Hollis <gemma.hollis@brookfield-search.co.uk>",
        subject="Finance Business Partner - Thornbury Foods",
        date="Tue, 24 Nov 2026 12:10:00 +0000",
        body="""Hi Rob,

I've just had feedback from Thornbury Foods on your second interview for the Finance Business Partner role. I'm afraid they have decided to go with another candidate.

They were impressed by your FP&A background. Give me a call when you're free and I'll talk you through what they said.

Speak soon,
Gemma

Gemma Hollis
Senior Consultant | Brookfield Search
""",
        expect=dict(
            company="Thornbury Foods",
            contact="Gemma Hollis",
            role="Finance Business Partner",
            stage="final",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f-noreply-signed-by-director",
        kind="eml",
        html=True,
        html_only=True,
        sender="Ardent Health Careers <donotreply@ardenthealth.org>",
        subject="Your application for Registered Nurse - Cardiac Unit",
        date="Mon, 23 Nov 2026 07:45:00 -0500",
        body="""Dear Keisha,

Thank you for interviewing with our nursing leadership team for the Registered Nurse - Cardiac Unit position.

After careful consideration, we have selected another candidate. We encourage you to apply for future openings at Ardent Health.

Sincerely,

Marianne Delacroix, MSN, RN
Director of Nursing Recruitment
Ardent Health
""",
        expect=dict(
            company="Ardent Health",
            contact="Marianne Delacroix",
            role="Registered Nurse - Cardiac Unit",
            stage="phone_screen",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f-initial-first-name",
        kind="txt",
        body="""Dear Applicant,

Thank you for applying for the position of Water Resources Engineer with the City of Ashford. The selection committee has reviewed all applications, and yours will not be advancing to the interview stage.

Your application will remain on file for one year for similar vacancies.

Respectfully,

K. Michael Thornton
Personnel Analyst
City of Ashford
""",
        expect=dict(
            company="City of Ashford",
            contact="K. Michael Thornton",
            role="Water Resources Engineer",
            stage="application",
            date=None,
            reapply_after="2027-11-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f-arabic-name-with-al",
        kind="eml",
        sender="Yousef Al-Harbi <y.alharbi@sahra-logistics.sa>",
        subject="Supply Chain Analyst",
        date="Sun, 22 Nov 2026 10:00:00 +0300",
        body="""Dear Fatima,

Thank you for attending the interview for the Supply Chain Analyst position and for presenting the inventory case.

We regret to inform you that we have decided to proceed with another candidate. We wish you every success.

Best regards,
Yousef Al-Harbi
HR Manager
Sahra Logistics
""",
        expect=dict(
            company="Sahra Logistics",
            contact="Yousef Al-Harbi",
            role="Supply Chain Analyst",
            stage="technical",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f-polish-name-diacritics",
        kind="eml",
        charset="iso-8859-2",
        encoding="quoted-printable",
        sender="=?utf-8?q?=C5=81ukasz_W=C3=B3jcik?= <lukasz.wojcik@kodeks.pl>",
        subject="Java Developer - decyzja",
        date="Fri, 20 Nov 2026 15:30:00 +0100",
        body="""Hi Marek,

Thank you for the technical interview for the Java Developer position.

We decided to continue with another candidate. If you would like to hear what the team thought of your solution, let me know and we can arrange a short call.

Pozdrawiam,
Łukasz Wójcik
Kodeks
""",
        expect=dict(
            company="Kodeks",
            contact="Łukasz Wójcik",
            role="Java Developer",
            stage="technical",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f-gmail-sender-small-business",
        kind="eml",
        sender="Rosa Mendes <rosamendes.bakes@gmail.com>",
        subject="Re: Pastry assistant",
        date="Thu, 19 Nov 2026 21:15:00 +0000",
        body="""Hi Tess,

Thanks so much for coming in on Tuesday and baking with us. Honestly it was a hard choice, but I've given the pastry assistant job to someone who can start before Christmas.

If you'd ever like a reference for a trial day elsewhere just ask.

Rosa
Mendes Bakehouse
""",
        expect=dict(
            company="Mendes Bakehouse",
            contact="Rosa Mendes",
            role="Pastry Assistant",
            stage="technical",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f-talent-acquisition-team-signed",
        kind="txt",
        body="""Subject: Update regarding your application

Dear Ahmed,

We appreciate the time you invested in applying for our Cloud Architect opening at Trellis Systems.

Following a review of your profile against the role requirements, we have decided not to move forward. We'll retain your CV for 6 months and will reach out if something suitable comes up.

Regards,
Talent Acquisition Team
Trellis Systems
""",
        expect=dict(
            company="Trellis Systems",
            contact="",
            role="Cloud Architect",
            stage="application",
            date=None,
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f-display-name-with-title",
        kind="eml",
        sender='"Hannah Becker - Recruiting" <hannah.becker@pinecrest.io>',
        subject="Pinecrest: Customer Onboarding Manager",
        date="Wed, 18 Nov 2026 14:00:00 -0700",
        body="""Hi Victor,

I hope your week is going well. I wanted to follow up after your conversation with our VP of Customer Success.

Unfortunately the team has decided to move forward with other candidates for the Customer Onboarding Manager role. I know this isn't the news you were hoping for.

Thanks again for your interest in Pinecrest.

Hannah
""",
        expect=dict(
            company="Pinecrest",
            contact="Hannah Becker",
            role="Customer Onboarding Manager",
            stage="phone_screen",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f-apple-forward-lowercase-from",
        kind="txt",
        body="""Begin forwarded message:

From: ines ferreira <ines@tintaazul.pt>
Subject: Illustrator role
Date: 17 November 2026 at 09:41:12 GMT
To: Carla Ruiz <carla.ruiz@icloud.com>

Hi Carla,

thank you for sending your portfolio for the illustrator role. we loved the botanical series but we are looking for someone with more editorial work.

please keep in touch, and apply again in a year if you like.

ines
""",
        expect=dict(
            company="Tinta Azul",
            contact="Ines Ferreira",
            role="Illustrator",
            stage="portfolio",
            date="2026-11-17",
            reapply_after="2027-11-17",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f-korean-name-order",
        kind="eml",
        html=True,
        sender="Kim Ji-won <jiwon.kim@haneul-bio.com>",
        subject="Research Scientist Interview Result",
        date="Mon, 16 Nov 2026 18:00:00 +0900",
        body="""Dear Dr. Okoye,

Thank you for your seminar and the interviews with our research directors for the Research Scientist position at Haneul Bio.

We regret to inform you that we will not be extending an offer. Please do not hesitate to contact me if you have any questions.

Sincerely,
Ji-won Kim
Talent Acquisition, Haneul Bio
""",
        expect=dict(
            company="Haneul Bio",
            contact="Ji-won Kim",
            role="Research Scientist",
            stage="final",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f-workable-first-name-only",
        kind="eml",
        html=True,
        sender="Beatriz <beatriz@workablemail.com>",
        reply_to="beatriz@olivatech.com",
        subject="Olivatech - Data Engineer",
        date="Sat, 14 Nov 2026 11:11:00 +0000",
        body="""Hi Pedro,

Thanks for applying to the Data Engineer position at Olivatech and for taking the SQL assessment.

We will not be continuing with your application at this time.

Regards,
Beatriz
""",
        expect=dict(
            company="Olivatech",
            contact="Beatriz",
            role="Data Engineer",
            stage="technical",
            date="2026-11-14",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f-signature-name-title-same-line-dash",
        kind="txt",
        body="""Hello Grace,

Thank you for speaking with us about the Executive Assistant role at Fairlight Capital. After the phone screen, we've decided to pursue candidates with more experience supporting C-suite executives.

We'd be happy to provide feedback if you'd find it useful.

Best regards,
Oliver Grant - Head of Talent
Fairlight Capital
""",
        expect=dict(
            company="Fairlight Capital",
            contact="Oliver Grant",
            role="Executive Assistant",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f-no-greeting-no-signoff",
        kind="eml",
        sender="Mateo Rossi <mateo@velaverde.it>",
        subject="Sous Chef",
        date="Fri, 13 Nov 2026 23:05:00 +0100",
        body="""Thank you for the trial service on Saturday. The kitchen liked your energy but we need someone with more experience on the pass, so we will not offer you the Sous Chef job.

Mateo Rossi
Vela Verde
""",
        expect=dict(
            company="Vela Verde",
            contact="Mateo Rossi",
            role="Sous Chef",
            stage="technical",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f-hiring-team-display-person-in-body",
        kind="eml",
        sender="Northwind Hiring Team <hiring@northwind.dev>",
        subject="Thanks for interviewing with Northwind",
        date="Thu, 12 Nov 2026 16:16:00 -0800",
        body="""Hi Sasha,

This is Caroline Brooks, the engineering manager you met last week. Thank you for working through the live coding exercise with us for the Platform Engineer role.

We've decided not to move forward. I'd be glad to share specific notes from the exercise; just reply to this email.

Northwind Hiring Team
""",
        expect=dict(
            company="Northwind",
            contact="Caroline Brooks",
            role="Platform Engineer",
            stage="technical",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f-outlook-reversed-comma-to-line",
        kind="txt",
        body="""From: Patel, Anjali <Anjali.Patel@kestrelinsure.com>
Sent: Wednesday, November 11, 2026 9:02 AM
To: Wright, Samuel <sam.wright@hotmail.com>
Subject: Claims Adjuster Position

Good morning Samuel,

Thank you for your interest in the Claims Adjuster position with Kestrel Insurance and for meeting with our panel last Friday.

We have chosen to move forward with another candidate. We will keep your resume on file for 6 months.

Thank you,

Anjali Patel
Senior HR Generalist
""",
        expect=dict(
            company="Kestrel Insurance",
            contact="Anjali Patel",
            role="Claims Adjuster",
            stage="final",
            date="2026-11-11",
            reapply_after="2027-05-11",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f-teamtailor-hej",
        kind="eml",
        html=True,
        html_only=True,
        sender="Linnea Berg <noreply@teamtailor-mail.com>",
        reply_to="linnea.berg@skogsmark.se",
        subject="Skogsmark - UX Writer",
        date="Tue, 10 Nov 2026 08:50:00 +0100",
        body="""Hej Anton,

Thank you for your application for the UX Writer role and for the writing samples you sent.

We have now finished the selection and unfortunately you have not been chosen to continue. Feel free to contact me if you have any questions about the process.

Med vänlig hälsning,
Linnea Berg
Skogsmark AB
""",
        expect=dict(
            company="Skogsmark",
            contact="Linnea Berg",
            role="UX Writer",
            stage="portfolio",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f-signature-all-in-one-line-comma",
        kind="eml",
        sender="Isaac Levy <isaac@brightmoor.law>",
        subject="Associate Attorney",
        date="Mon, 09 Nov 2026 17:50:00 -0500",
        body="""Dear Ms. Alvarez,

Thank you for meeting with the partners for the Associate Attorney position. We enjoyed our discussion.

After much deliberation, the firm has decided to extend an offer to another candidate.

Very truly yours,
Isaac Levy, Hiring Partner, Brightmoor Law Group
""",
        expect=dict(
            company="Brightmoor Law Group",
            contact="Isaac Levy",
            role="Associate Attorney",
            stage="final",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f-bamboohr-hr-person",
        kind="eml",
        sender="Cascade Outdoor Co. <notifications@app.bamboohr.com>",
        subject="Retail Sales Associate at Cascade Outdoor Co.",
        date="Sun, 08 Nov 2026 13:00:00 -0800",
        body="""Hi Jesse,

Thank you for applying to be a Retail Sales Associate at our Bend store. We have reviewed your application and have decided to move forward with other applicants.

We encourage you to apply again in 60 days, when our spring hiring opens.

Thanks,
Meg Sorensen
Store Manager
""",
        expect=dict(
            company="Cascade Outdoor",
            contact="Meg Sorensen",
            role="Retail Sales Associate",
            stage="application",
            date="2026-11-08",
            reapply_after="2027-01-07",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f-hindi-name-middle-initial-dr",
        kind="txt",
        body="""Dear Neha,

Thanks for the take-home analysis you submitted for the Senior Product Analyst role at Kiteline. The reviewers appreciated the clarity of your write-up, but we've decided to progress with other candidates.

Warm regards,
Dr. Arvind S. Krishnan
Head of Analytics | Kiteline
""",
        expect=dict(
            company="Kiteline",
            contact="Arvind S. Krishnan",
            role="Senior Product Analyst",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f-ashby-recruiter-display-signed-full",
        kind="eml",
        html=True,
        sender="Zainab from Lumora <no-reply@ashbyhq.com>",
        subject="Lumora application update",
        date="Sat, 07 Nov 2026 09:09:00 +0000",
        body="""Hi Eli,

Thanks so much for your time on the intro call about the Growth Marketing Lead role. We've decided to move ahead with candidates whose experience is closer to what we need right now.

If you'd like to hear a bit more about why, just reply and we'll set something up.

Zainab Hussain
Recruiting, Lumora
""",
        expect=dict(
            company="Lumora",
            contact="Zainab Hussain",
            role="Growth Marketing Lead",
            stage="phone_screen",
            date="2026-11-07",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]
