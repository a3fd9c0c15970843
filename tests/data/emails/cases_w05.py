"""Writer W4, batch 05: Personio/Workday/Lever letters, agencies, tiny shops, reply chains, awkward names (Dutch, Italian, Portuguese)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="w05-rijpma-personio-halfjaar",
        kind="eml",
        sender="Kaasmakerij Rijpma via Personio <no-reply@personio.de>",
        subject="Jouw sollicitatie als Productieplanner",
        date="Wed, 25 Nov 2026 08:05:00 +0100",
        html=True,
        body="""Beste Daan,

Bedankt voor het eerste gesprek met onze recruiter Jeroen vorige week en voor je interesse in Kaasmakerij Rijpma.

We hebben je profiel daarna nog eens goed naast de functie van Productieplanner gelegd. Helaas hebben we besloten om niet verder te gaan met je sollicitatie; voor deze rol zoeken we iemand met meer ervaring in planning binnen de levensmiddelenindustrie.

Je mag over een half jaar gerust opnieuw solliciteren. Wij wensen je veel succes.

Met vriendelijke groet,

Team People & Culture
Kaasmakerij Rijpma B.V.
""",
        expect=dict(
            company="Kaasmakerij Rijpma",
            contact="",
            role="Productieplanner",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after="2027-05-25",
            feedback_invited=False,
        ),
    ),
    dict(
        id="w05-studiolegale-posizione-coperta",
        kind="txt",
        body="""Gentile candidato,

la ringraziamo per l'interesse manifestato nei confronti del nostro Studio per la posizione di praticante avvocato.

La informiamo che la posizione è stata coperta.

Cordiali saluti,

La Segreteria
Studio Legale Marchetti & Associati
Piazza Cavour 3 - 20121 Milano
Tel. 02 5555 0192

Il presente messaggio e gli eventuali allegati sono riservati e destinati esclusivamente al destinatario indicato.
""",
        expect=dict(
            company="Studio Legale Marchetti & Associati",
            contact="",
            role="praticante avvocato",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w05-salcal-portefolio-pt",
        kind="txt",
        body="""Olá Inês,

Obrigado por me mandares o teu portefólio. Estive a vê-lo com calma no fim de semana e gostei muito dos cartazes para o festival de Braga.

Para esta vaga de Designer Gráfico precisamos de alguém com mais experiência em embalagem, por isso desta vez não te vou chamar para entrevista.

Se quiseres, mando-te umas notas sobre o portefólio, é só dizeres.

Um beijinho,
Rui Almeida
Sal & Cal Estúdio
Porto

Enviado do meu telemóvel
""",
        expect=dict(
            company="Sal & Cal Estúdio",
            contact="Rui Almeida",
            role="Designer Gráfico",
            stage="portfolio",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w05-castellan-workday-final",
        kind="eml",
        sender="Castellan Group <castellan@myworkday.com>",
        subject="Update on your candidacy: Director, Supply Chain Strategy (R-11672)",
        date="Mon, 16 Nov 2026 13:37:00 -0600",
        html=True,
        html_only=True,
        body="""Dear Marguerite,

Thank you for participating in the final round of interviews for the Director, Supply Chain Strategy position with Castellan Group. We appreciate the time you spent with our executive team.

After thoughtful consideration, we have decided to move forward with another candidate whose experience best aligns with the needs of the role.

We will retain your information and encourage you to visit our careers site for future opportunities.

Sincerely,
Talent Acquisition | Americas
Castellan Group, Inc.

Castellan Group is an equal opportunity employer. Veterans and individuals with disabilities are encouraged to apply.
""",
        expect=dict(
            company="Castellan Group",
            contact="",
            role="Director, Supply Chain Strategy",
            stage="final",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w05-redfern-okafor-sql",
        kind="eml",
        sender="Okafor, Chiamaka <chiamaka.okafor@redfernmutual.com>",
        subject="RE: SQL assessment - Data Analyst",
        date="Thu, 19 Nov 2026 09:48:00 +0000",
        body="""Hi Lucas,

Thanks for submitting the SQL assessment on Tuesday. The hiring team has now reviewed it alongside the other submissions.

I'm sorry to say we won't be taking your application for the Data Analyst role any further. The window-function questions were where the gap showed, and that's a big part of the day-to-day reporting here.

If you'd like the reviewers' comments on your answers, let me know and I'll pass them on.

Kind regards,

Chiamaka Okafor (she/her)
Talent Partner
Redfern Mutual
[Redfern Mutual logo]

Redfern Mutual is a trading name of Redfern Mutual Assurance Society Limited, authorised by the Prudential Regulation Authority.
""",
        expect=dict(
            company="Redfern Mutual",
            contact="Chiamaka Okafor",
            role="Data Analyst",
            stage="technical",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w05-petalstem-dana-caps",
        kind="txt",
        body="""hi! thanks for sending your cv for the weekend florist assistant job. we went w someone who lives a bit closer to the shop but loved your email. good luck!!

DANA
Petal & Stem, Florist
""",
        expect=dict(
            company="Petal & Stem",
            contact="DANA",
            role="weekend florist assistant",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w05-skyline-start-date-not-honoured",
        kind="eml",
        sender="J. Smith <j.smith@skylinetechnical.co.uk>",
        subject="Halcyon Aviation - Licensed Aircraft Engineer",
        date="Tue, 24 Nov 2026 12:30:00 +0000",
        body="""Morning Kofi,

I've just come off the phone with Halcyon Aviation Services and I'm afraid it's not what either of us wanted to hear. They've lost the line maintenance contract at Stansted they were recruiting for, and they've told me they won't be able to honour the 4 January start date we agreed for the Licensed Aircraft Engineer role.

I'm really sorry, especially as you'd already told your current employer. I'll be on the phone all afternoon trying to find you something comparable, and I'm around if you want to talk it through.

Regards,
J. Smith
Senior Consultant - Aviation
Skyline Technical Recruitment Ltd
""",
        expect=dict(
            company="Halcyon Aviation Services",
            contact="J. Smith",
            role="Licensed Aircraft Engineer",
            stage="offer",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w05-wrenfield-lever-chat",
        kind="eml",
        sender="Sasha Pereira <no-reply@hire.lever.co>",
        reply_to="sasha@wrenfield.io",
        subject="Solutions Engineer at Wrenfield",
        date="Fri, 20 Nov 2026 17:03:00 -0800",
        html=True,
        body="""[Wrenfield logo]

Hi Malik,

Thanks for taking the time to chat with me last week about the Solutions Engineer role.

I've shared my notes with the hiring manager, and we've decided not to move you forward. The next steps in our process are a technical deep-dive with the solutions team and a panel with two of our customer champions, and we don't think the timing is right for those given your current level of API integration experience.

If you have any questions about the decision, feel free to reply to this email.

Best,
Sasha Pereira (they/them)
Technical Recruiter, Wrenfield
""",
        expect=dict(
            company="Wrenfield",
            contact="Sasha Pereira",
            role="Solutions Engineer",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w05-cascadia-region-label",
        kind="txt",
        body="""From: Cascadia Fresh Markets Careers <careers@cascadiafresh.com>
Sent: Tuesday, November 24, 2026 6:15 PM
To: Hana Sato
Subject: Assistant Store Manager - Tacoma

Hello Hana,

Thank you for your interest in joining the team at Cascadia Fresh Markets. We are not able to move forward with you at this time.

We wish you all the best.

Regional Operations - Pacific Northwest
Cascadia Fresh Markets

To unsubscribe from career alerts, click here.
""",
        expect=dict(
            company="Cascadia Fresh Markets",
            contact="",
            role="Assistant Store Manager",
            stage=None,
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w05-byteandbramble-code-samples",
        kind="eml",
        sender="Mo Haddad <mo@byteandbramble.co.uk>",
        subject="Junior Developer - Byte & Bramble",
        date="Sun, 22 Nov 2026 20:20:00 +0000",
        body="""Hi Priti,

Thanks for applying, and for the code samples you linked. I spent some time with your weather dashboard and the little Rust CLI, and they're tidy pieces of work.

We're only a team of five, though, and we need whoever joins to be productive in Django from the first week. From what I saw in the samples I don't think that's there yet, so I won't be inviting you to interview.

Happy to give you some pointers on the code if that's useful - just reply.

Mo

Mo Haddad
Director, Byte & Bramble Ltd
Company no. 11223344
""",
        expect=dict(
            company="Byte & Bramble",
            contact="Mo Haddad",
            role="Junior Developer",
            stage="portfolio",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w05-harrowquince-written-exercise-latin1",
        kind="eml",
        sender="Renée Müller <r.muller@harrowquince.com>",
        subject="PR Account Executive - written exercise",
        date="Thu, 12 Nov 2026 11:30:00 +0000",
        charset="iso-8859-1",
        encoding="8bit",
        body="""Dear José,

Thank you for completing the written exercise for the PR Account Executive position. We asked every candidate to draft a press release and a short pitch email, and the panel marked them blind.

Unfortunately your submission was not among those we are taking forward. The press release was clear, but the pitch didn't quite land for the trade titles we work with most.

You are welcome to apply again after 90 days. I'm afraid we can't offer individual feedback on the exercises.

With best wishes,

Renée Müller
Head of Talent
Harrow & Quince Communications Ltd
""",
        expect=dict(
            company="Harrow & Quince Communications",
            contact="Renée Müller",
            role="PR Account Executive",
            stage="technical",
            date="2026-11-12",
            reapply_after="2027-02-10",
            feedback_invited=False,
        ),
    ),
    dict(
        id="w05-oxbow-time-with-team",
        kind="txt",
        body="""Hi Beth,

Thanks for the time with the team on Thursday, and for bringing the sketchbook along. Everyone enjoyed walking you round the workshop and hearing how you'd run it.

We've decided to offer the Workshop Manager role to someone who has run a CNC shop before. It was a genuinely hard call.

Thanks again, and I hope we cross paths at the Clerkenwell fair.

All the best,
Owen
Oxbow Furniture Co.
Unit 3, Bermondsey Trading Estate
""",
        expect=dict(
            company="Oxbow Furniture Co.",
            contact="Owen",
            role="Workshop Manager",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w05-meridian-rescind-reply",
        kind="txt",
        body="""RE: Start date?
Ananya Desai <ananya.desai@meridianlabsdx.com>
Mon 23/11/2026 16:40
To: Tom Whitaker

Hi Tom,

Thank you for your patience, and I'm sorry to be replying with this.

Due to an unexpected change in our funding, we've had to make the difficult decision to rescind our offer for the Laboratory Technician position. We won't be filling the role this year.

I'm very sorry for the disruption. Please don't hesitate to contact me if you have any questions.

Kind regards,
Ananya Desai
HR Business Partner
Meridian Labs Diagnostics Ltd

From: Tom Whitaker <tom.whitaker@outlook.com>
Sent: 20 November 2026 09:12
To: Ananya Desai
Subject: Start date?

Hi Ananya, following the offer last week, could you confirm my start date so I can sort notice with my current job? Thanks, Tom
""",
        expect=dict(
            company="Meridian Labs Diagnostics",
            contact="Ananya Desai",
            role="Laboratory Technician",
            stage="offer",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w05-larchfield-after-reviewing-cv",
        kind="txt",
        body="""Dear Chloe,

Thank you for applying for the Veterinary Receptionist position at Larchfield. After reviewing your CV, we have decided not to invite you to interview, as we are looking for someone with previous experience of practice management software.

We keep CVs on file for six months, and we'll be in touch if a suitable vacancy comes up in that time.

Kind regards,

Sarah-Jane Pocock
Practice Manager
Larchfield Veterinary Surgery
RCVS Accredited Practice
""",
        expect=dict(
            company="Larchfield Veterinary Surgery",
            contact="Sarah-Jane Pocock",
            role="Veterinary Receptionist",
            stage="application",
            date=None,
            reapply_after="2027-05-26",
            feedback_invited=False,
        ),
    ),
    dict(
        id="w05-ashbourne-process-described",
        kind="txt",
        body="""Dear Amira,

Thank you for your interest in the Nursery Practitioner post at Ashbourne Montessori.

Our recruitment process consists of an application review, an interview with the Head of Nursery and a paid session in the classroom, followed by references. We have now completed the process for this post and have appointed a candidate.

We wish you every success in your future career.

Yours sincerely,

Mrs H. Whitfield
Head of Nursery
Ashbourne Montessori
""",
        expect=dict(
            company="Ashbourne Montessori",
            contact="H. Whitfield",
            role="Nursery Practitioner",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
