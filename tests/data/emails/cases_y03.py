"""Writer Y3, batch 03: extra hand-labelled rejection emails (eml and pasted, mixed languages)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="y03-es-mx-farmacias-seis-meses",
        kind="eml",
        sender="Atracción de Talento GBM <talento@reclutamiento-gbm.mx>",
        subject="Seguimiento a tu proceso",
        date="Tue, 17 Nov 2026 13:25:36 -0600",
        encoding="quoted-printable",
        body="""Hola Fernanda:

Te agradecemos el tiempo que nos dedicaste en la entrevista telefónica del pasado jueves para la vacante de Coordinador(a) de Compras en Farmacias Bienestar.

Después de evaluar a todos los candidatos, decidimos continuar con un perfil que tiene más experiencia en negociación con laboratorios farmacéuticos.

Podrás volver a aplicar a nuestras vacantes en seis meses. ¡Te deseamos mucho éxito!

Saludos cordiales,

María José Villarreal Garza
Atracción de Talento
Farmacias Bienestar, S.A. de C.V.
Una empresa de Grupo Bienestar Médico
""",
        expect=dict(
            company="Farmacias Bienestar, S.A. de C.V.",
            contact="María José Villarreal Garza",
            role="Coordinador(a) de Compras",
            stage="phone_screen",
            date="2026-11-17",
            reapply_after="2027-05-17",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y03-nl-gmail-postvak-vragen",
        kind="txt",
        body="""Postvak IN

Je sollicitatie als Servicemonteur Koeltechniek
Van Dijk & Zonen Installatietechniek <werkenbij@vandijkzonen.nl>
ma 23 nov 2026 09:14
aan mij

Beste Youssef,

Bedankt voor je sollicitatie op de vacature Servicemonteur Koeltechniek (regio Utrecht, 40 uur).

We hebben je cv en motivatie met aandacht gelezen. Helaas sluit je profiel op dit moment onvoldoende aan bij wat we zoeken, en daarom nemen we je niet mee in de volgende ronde.

Heb je vragen over deze beslissing? Neem dan gerust contact met ons op via 030 555 2291.

Met vriendelijke groet,

Team Werving & Selectie
Van Dijk & Zonen Installatietechniek B.V.
""",
        expect=dict(
            company="Van Dijk & Zonen Installatietechniek B.V.",
            contact="",
            role="Servicemonteur Koeltechniek",
            stage="application",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y03-it-workable-colloquio-finale",
        kind="eml",
        sender="Lanificio Bertolotti <noreply@candidates.workablemail.com>",
        subject="Candidatura per Responsabile Qualità",
        date="Thu, 12 Nov 2026 17:40:05 +0100",
        html_only=True,
        body="""<html><body style="font-family:Arial,sans-serif">
<p>Gentile Chiara,</p>
<p>grazie per aver partecipato al colloquio finale con la Direzione presso il nostro stabilimento di Biella per la posizione di <strong>Responsabile Qualità</strong>.</p>
<p>Dopo un'attenta valutazione, abbiamo deciso di affidare l'incarico a un altro candidato il cui percorso è più vicino alle certificazioni tessili che stiamo ottenendo.</p>
<p>La ringraziamo sinceramente per il tempo e l'interesse dimostrati e le auguriamo ogni successo professionale.</p>
<p>Cordiali saluti,<br>
Team HR<br>
Lanificio Bertolotti S.p.A.</p>
<p style="font-size:11px;color:#777">Informativa privacy ai sensi del Reg. UE 2016/679: i suoi dati saranno trattati esclusivamente ai fini della selezione.</p>
</body></html>
""",
        expect=dict(
            company="Lanificio Bertolotti S.p.A.",
            contact="",
            role="Responsabile Qualità",
            stage="final",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y03-pt-br-teste-tecnico-pleno",
        kind="txt",
        body="""Oi Luana, tudo bem?

Queria te agradecer pela dedicação no teste técnico para a vaga de Desenvolvedora Front-end Pleno aqui na Cajú Pagamentos. Sei que o desafio tomou um bom tempo do seu fim de semana.

Depois da avaliação do time, decidimos não seguir com a sua candidatura neste momento. A parte de acessibilidade ficou muito boa, mas sentimos falta de testes automatizados e de um cuidado maior com o estado da aplicação.

Se quiser, posso te enviar o feedback detalhado dos avaliadores. É só me responder por aqui.

Um abraço,
Ana Beatriz Souza
Tech Recruiter | Cajú Pagamentos
""",
        expect=dict(
            company="Cajú Pagamentos",
            contact="Ana Beatriz Souza",
            role="Desenvolvedora Front-end Pleno",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y03-personio-talentpool-24mo",
        kind="eml",
        sender="Jana Petrović <jobs@kiezbox.de>",
        subject="Your application for Working Student, Customer Success",
        date="Wed, 04 Nov 2026 10:55:12 +0100",
        body="""Hi Emre,

thanks a lot for applying to Kiezbox and for your interest in the Working Student, Customer Success position!

We went through every application ourselves and it wasn't an easy choice. This time we've decided to continue with other applicants whose availability fits our shift plan better.

If you agree, we'll keep your profile in our talent pool for 24 months and get in touch if something fitting comes up.

All the best and greetings from Kreuzberg,
Jana

--
Kiezbox GmbH · Oranienstraße 183 · 10999 Berlin
Managing Directors: Lukas Brandt, Aylin Demir
""",
        expect=dict(
            company="Kiezbox GmbH",
            contact="Jana Petrović",
            role="Working Student, Customer Success",
            stage="application",
            date="2026-11-04",
            reapply_after="2028-11-04",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y03-outlook-city-exam-90days",
        kind="txt",
        body="""From: HR Recruitment <hrrecruit@porthaven.gov>
Sent: Monday, November 2, 2026 3:30 PM
To: Marisol Vega
Subject: Examination Results - Civil Engineer II (Exam #26-0318)

Dear Marisol Vega:

Thank you for participating in the written examination for the classification of Civil Engineer II.

We regret to inform you that you did not attain a passing score on this examination, and your name will not be placed on the eligible list.

Per Civil Service Rule 4.12, you may re-test for this classification after 90 days from the date of this notice. Individual scores and feedback on examination answers are not released.

Sincerely,

Human Resources Department
City of Port Haven
An Equal Opportunity Employer
""",
        expect=dict(
            company="City of Port Haven",
            contact="",
            role="Civil Engineer II",
            stage="technical",
            date="2026-11-02",
            reapply_after="2027-01-31",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y03-icims-aerospace-onsite-corp",
        kind="eml",
        sender="Denise Whitfield <careers@halcyonaero.icims.com>",
        subject="Manufacturing Engineer III – Halcyon Aerospace",
        date="Thu, 19 Nov 2026 11:08:42 -0500",
        html=True,
        body="""Dear Mr. Novak,

Thank you for visiting our Wichita facility last week for your onsite interview for the Manufacturing Engineer III position (Req. 2026-7719). We appreciate the time you spent with the composites team and on the shop floor tour.

After careful consideration, we have selected another candidate whose experience more closely aligns with the requirements of the role.

If you have any questions about the process, please feel free to contact me directly at 316-555-0192.

We thank you for your interest in Halcyon Aerospace Corporation and wish you success in your career.

Sincerely,

Denise R. Whitfield
Senior Talent Acquisition Partner
Halcyon Aerospace Corporation

Halcyon Aerospace Corporation is an Equal Opportunity Employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability, or veteran status.
""",
        expect=dict(
            company="Halcyon Aerospace Corporation",
            contact="Denise R. Whitfield",
            role="Manufacturing Engineer III",
            stage="final",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y03-lowercase-editor-edit-test",
        kind="txt",
        body="""hi Sofia,

thanks for doing the edit test for the junior editor gig at Paper Lantern Press, really appreciated it. we've gone another way on this one, sorry. happy to send you my notes on the test if useful, just shout.

dana
""",
        expect=dict(
            company="Paper Lantern Press",
            contact="dana",
            role="Junior Editor",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y03-agency-subject-client-phone",
        kind="eml",
        sender="Gareth Lloyd <gareth.lloyd@keystonebuild-recruit.co.uk>",
        subject="RE: Senior Quantity Surveyor - Beaumont Hale Construction",
        date="Tue, 10 Nov 2026 16:19:55 +0000",
        body="""Afternoon Rhys,

I've had feedback from the client following your telephone interview with their Commercial Director on Friday. Unfortunately they've decided not to progress you to the next stage for the Senior QS role. They felt your experience is weighted more towards residential, and this project is a large healthcare scheme.

There's a bit more detail than that and I'd rather go through it on the phone, so give me a call when you're free.

Speak soon,

Gareth Lloyd
Associate Director
Keystone Build Recruitment Ltd
07781 555 903

Keystone Build Recruitment Ltd is acting as an employment agency in relation to this vacancy.
""",
        expect=dict(
            company="Beaumont Hale Construction",
            contact="Gareth Lloyd",
            role="Senior Quantity Surveyor",
            stage="phone_screen",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y03-iphone-showreel-studio-year",
        kind="txt",
        body="""Pia Lindqvist
To: You
Sunday, 22 November 2026 at 20:05
Junior Motion Designer

Hey Tomás!

Sorry this took so long. We watched your showreel a few times, and there's some really nice character work in there. For the Junior Motion Designer spot we ended up going with someone who's stronger on 3D and Cinema 4D, which is most of what our clients are asking for right now, so we won't be inviting you in for an interview.

Happy to give you a few notes on the reel if you want them. And try us again in a year, we'd love to see where your work goes.

Pia
Oddfellow Studio
""",
        expect=dict(
            company="Oddfellow Studio",
            contact="Pia Lindqvist",
            role="Junior Motion Designer",
            stage="portfolio",
            date="2026-11-22",
            reapply_after="2027-11-22",
            feedback_invited=True,
        ),
    ),
    dict(
        id="y03-offer-withdrawn-restructure",
        kind="txt",
        body="""Subject: Actuarial Analyst offer – update
From: Marcus Delaney <marcus.delaney@aurelianlife.com>
Date: 18 November 2026 at 17:31:04 GMT
To: Hui Min Tan

Dear Hui Min,

I am writing with difficult news. Following an organisational restructure announced to staff this morning, the Pricing team that the Actuarial Analyst position sat within is being merged into our Group function, and the position no longer exists.

Regrettably, this means Aurelian Life must withdraw the offer of employment we made to you on 4 November. I realise this is very disappointing, especially as you had accepted, and I apologise for the position this puts you in.

Please call me on 020 7946 0331 so we can talk about it, and about any other roles across the Group that may be of interest.

Yours sincerely,

Marcus Delaney
Head of Reward & Resourcing
Aurelian Life, part of Aurelian Insurance Group
""",
        expect=dict(
            company="Aurelian Life",
            contact="Marcus Delaney",
            role="Actuarial Analyst",
            stage="offer",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y03-teamtailor-people-team-none",
        kind="eml",
        sender="Teamtailor <no-reply@teamtailor.com>",
        subject="E-commerce Manager",
        date="Fri, 20 Nov 2026 15:02:47 +0100",
        html=True,
        body="""Hi Astrid,

We've now closed the recruitment for our E-commerce Manager role and decided to go ahead with another candidate.

Thank you for your interest in joining us, and we hope you'll keep following our journey.

Best,
The People Team at Skarv Outdoor AB
""",
        expect=dict(
            company="Skarv Outdoor AB",
            contact="",
            role="E-commerce Manager",
            stage=None,
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y03-gmail-fwd-credit-union-ceo",
        kind="txt",
        body="""---------- Forwarded message ---------
From: Tamika Brooks <tbrooks@ridgelinecu.org>
Date: Thu, Nov 12, 2026 at 3:03 PM
Subject: Branch Manager position
To: <darnell.h.reed@gmail.com>


Good afternoon Darnell,

Thank you for meeting with our CEO, Mr. Hal Jansen, for your final interview on Tuesday. It was a pleasure getting to know you throughout this process.

After much deliberation, we have offered the Branch Manager position to another candidate.

We wish you all the best in your search.

Respectfully,

Tamika Brooks, SHRM-CP
HR Generalist
Ridgeline Credit Union
NMLS #410992 | Federally insured by NCUA
""",
        expect=dict(
            company="Ridgeline Credit Union",
            contact="Tamika Brooks",
            role="Branch Manager",
            stage="final",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y03-university-dept-not-shortlisted",
        kind="txt",
        body="""From: Raghunathan, Anjali <a.raghunathan@kelmscott.ac.uk>
Sent: 25 November 2026 08:57
To: Mateus Oliveira
Subject: Postdoctoral Research Associate (Ref CHEM-2026-031)

Dear Dr Oliveira,

Thank you for applying for the position of Postdoctoral Research Associate in my group. We received 84 applications, and I'm sorry to tell you that on this occasion you have not been shortlisted for interview.

Given the number of applications I'm not able to give individual feedback.

With best wishes,

Professor Anjali Raghunathan FRSC
Department of Chemistry
University of Kelmscott
""",
        expect=dict(
            company="University of Kelmscott",
            contact="Anjali Raghunathan",
            role="Postdoctoral Research Associate",
            stage="application",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y03-lever-mock-pitch-3mo",
        kind="eml",
        sender="Tidewater Software <no-reply@hire.lever.co>",
        subject="Account Executive, Mid-Market at Tidewater",
        date="Mon, 09 Nov 2026 09:15:30 -0800",
        reply_to="nadia.bensaid@tidewatersoftware.com",
        body="""Hi Connor,

Thank you for presenting your mock discovery call and pitch to our sales leadership on Wednesday for the Account Executive, Mid-Market role.

We've decided to move forward with other candidates at this time. The team felt your discovery questions were sharp, but wanted to see a stronger close and more confident handling of pricing objections.

We'd encourage you to apply again in 3 months, as we'll be hiring more AEs in the spring.

Best,
Nadia Bensaid
Sales Recruiter, Tidewater Software

Tidewater is proud to be an equal opportunity workplace.
""",
        expect=dict(
            company="Tidewater Software",
            contact="Nadia Bensaid",
            role="Account Executive, Mid-Market",
            stage="technical",
            date="2026-11-09",
            reapply_after="2027-02-09",
            feedback_invited=False,
        ),
    ),
]
