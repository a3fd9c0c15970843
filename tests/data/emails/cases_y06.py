"""Writer Y3, batch 06: extra hand-labelled rejection emails (eml and pasted, mixed languages)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="y06-es-co-gerencia-final",
        kind="eml",
        sender="Lic. Paula Andrea Restrepo <seleccion@transportescondor.com.co>",
        subject="Proceso Jefe(a) de Flota",
        date="Wed, 18 Nov 2026 18:22:40 -0500",
        html=True,
        body="""Buenas tardes, Andrés:

Queremos agradecerte por tu participación en la entrevista final con la Gerencia General para el cargo de Jefe(a) de Flota. Fue un proceso largo y valoramos mucho tu disposición en cada etapa.

Después de analizar cuidadosamente los resultados, la compañía ha tomado la decisión de continuar con otro candidato.

Si lo deseas, podemos agendar una llamada corta para compartirte retroalimentación sobre tu proceso. Solo responde este correo.

Un abrazo,

Lic. Paula Andrea Restrepo
Analista de Gestión Humana
Transportes Cóndor S.A.S.
Medellín, Colombia
""",
        expect=dict(
            company="Transportes Cóndor S.A.S.",
            contact="Paula Andrea Restrepo",
            role="Jefe(a) de Flota",
            stage="final",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y06-nl-be-gemeente-schriftelijke-proef",
        kind="txt",
        body="""Van: Dienst HR Gemeente Lindeveld <jobs@lindeveld.be>
Verzonden: donderdag 5 november 2026 16:02
Aan: Pieter Claes
Onderwerp: Resultaat selectieprocedure Beleidsmedewerker Mobiliteit

Geachte heer Claes

Wij danken u voor uw deelname aan de schriftelijke proef voor de functie van Beleidsmedewerker Mobiliteit (A1a-A3a).

Uit de verbetering blijkt dat u niet geslaagd bent voor dit selectieonderdeel. U kan bijgevolg niet deelnemen aan het mondelinge gedeelte van de procedure.

Wenst u feedback over uw proef? Stuur dan een mail naar jobs@lindeveld.be, dan maken wij een afspraak om uw kopij in te kijken en toe te lichten.

Met vriendelijke groeten

Dienst HR
Gemeente Lindeveld
""",
        expect=dict(
            company="Gemeente Lindeveld",
            contact="",
            role="Beleidsmedewerker Mobiliteit",
            stage="technical",
            date="2026-11-05",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y06-it-agenzia-per-conto-cliente",
        kind="eml",
        sender="Marco De Santis <m.desantis@huntingpartners.it>",
        subject="Aggiornamento selezione Ingegnere di Processo",
        date="Fri, 06 Nov 2026 12:40:03 +0100",
        body="""Ciao Francesca,

grazie ancora per la piacevole chiacchierata telefonica di lunedì.

Ho condiviso il tuo profilo con il nostro cliente, Meccanica Orsini S.p.A., per la posizione di Ingegnere di Processo presso lo stabilimento di Brescia. Purtroppo il cliente ha deciso di proseguire con candidati che hanno una maggiore esperienza nello stampaggio a caldo.

Resto in contatto per eventuali altre opportunità in linea con il tuo percorso.

Un saluto,

Marco De Santis
Senior Consultant – Engineering & Manufacturing
Hunting & Partners S.r.l.
Aut. Min. Lav. Prot. 13/I/0009876
""",
        expect=dict(
            company="Meccanica Orsini S.p.A.",
            contact="Marco De Santis",
            role="Ingegnere di Processo",
            stage="phone_screen",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y06-pt-br-banco-talentos-6m",
        kind="txt",
        body="""Olá, Rafaela!

Agradecemos muito o seu interesse em fazer parte do time dos Supermercados Paineira e por se candidatar à vaga de Operador(a) de Caixa – Loja Vila Mariana.

Após analisar todas as candidaturas, informamos que, neste momento, o seu perfil não seguirá para as próximas etapas do processo seletivo.

Seu currículo ficará em nosso banco de talentos por 6 meses e poderá ser considerado para novas oportunidades.

Desejamos sucesso na sua jornada!

Equipe de Gente & Gestão
Supermercados Paineira
""",
        expect=dict(
            company="Supermercados Paineira",
            contact="",
            role="Operador(a) de Caixa",
            stage="application",
            date=None,
            reapply_after="2027-05-26",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y06-greenhouse-nz-offset-em",
        kind="eml",
        sender="Aroha Ngata via Greenhouse <no-reply@greenhouse.io>",
        subject="Engineering Manager, Payments Infrastructure at Kōwhai Pay",
        date="Thu, 26 Nov 2026 00:30:00 +1300",
        reply_to="aroha@kowhaipay.co.nz",
        body="""Kia ora Ben,

Thank you for the time you spent with us through the whole process for the Engineering Manager, Payments Infrastructure role, and especially for the final round with our CTO and the leadership team on Monday.

It was a really difficult decision, but we've decided to offer the role to another candidate whose experience with card scheme integrations is a closer match for what the team needs in the next year.

I'd love to share the panel's feedback with you on a quick call. Let me know a time that works.

Ngā mihi,
Aroha Ngata
Talent Lead | Kōwhai Pay Limited
""",
        expect=dict(
            company="Kōwhai Pay Limited",
            contact="Aroha Ngata",
            role="Engineering Manager, Payments Infrastructure",
            stage="final",
            date="2026-11-26",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y06-county-most-qualified-eeo",
        kind="txt",
        body="""From: Lorraine Pike <lpike@brackenridgecounty.gov>
Sent: Tuesday, November 24, 2026 11:19 AM
To: Owen Fitzgerald
Subject: Planning Technician I - Application Status

Dear Owen Fitzgerald,

Thank you for your application for the position of Planning Technician I with Brackenridge County.

After reviewing all applications received, the hiring department has selected other applicants whose qualifications most closely match the needs of the position. Your application will not be considered further for this recruitment.

We encourage you to apply for future openings that match your skills.

Sincerely,

Lorraine Pike
HR Analyst
Human Resources
Brackenridge County

Brackenridge County is an Equal Opportunity Employer
Diversity, Equity & Inclusion
""",
        expect=dict(
            company="Brackenridge County",
            contact="Lorraine Pike",
            role="Planning Technician I",
            stage="application",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y06-linkedin-messaging-paste",
        kind="txt",
        body="""Messaging

Eleanor Vance · 1st
Head of Talent at Brightfold

NOV 20, 2026

Eleanor Vance  3:41 PM
Hi Sam, thanks again for the call on Wednesday about the Customer Success Manager role. I've spoken with Jess (our VP of CS) and we've decided not to take things forward to the next round. We're leaning towards people who've managed enterprise accounts in healthcare.

Honestly it was close. If you want, I can give you a few thoughts on how the conversation went. Just let me know.

Sam Whitaker  3:58 PM
Thanks Eleanor, appreciate you letting me know.
""",
        expect=dict(
            company="Brightfold",
            contact="Eleanor Vance",
            role="Customer Success Manager",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y06-jazzhr-skills-test-60days",
        kind="eml",
        sender="Kayla Brennan <noreply@applytojob.com>",
        subject="Leasing Consultant application",
        date="Mon, 09 Nov 2026 14:26:09 -0700",
        body="""Hi Destiny,

Thanks for completing the skills assessment (the Excel and customer-response exercises) for our Leasing Consultant opening.

We've reviewed the results and decided to go with other applicants for this position.

You're welcome to reapply after 60 days.

Thanks,
Kayla Brennan
Office Manager
Summit Ridge Property Management, LLC
""",
        expect=dict(
            company="Summit Ridge Property Management, LLC",
            contact="Kayla Brennan",
            role="Leasing Consultant",
            stage="technical",
            date="2026-11-09",
            reapply_after="2027-01-08",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y06-icims-htmlonly-offer-store-closure",
        kind="eml",
        sender="Fenwick & Hale Careers <fenwickhale@icims.com>",
        subject="Important update regarding your offer",
        date="Thu, 12 Nov 2026 10:00:00 -0500",
        html_only=True,
        body="""<html><body>
<div style="max-width:560px;font-family:Helvetica,Arial,sans-serif">
<img src="https://careers.fenwickhale.com/img/header.png" alt="Fenwick &amp; Hale Outfitters">
<p>Dear Marcus,</p>
<p>On October 29 we extended you an offer of employment as <b>Store Manager</b> for our Riverside Commons location. We have since made the decision to close the Riverside Commons store in January.</p>
<p>As a result, we are withdrawing this offer. We sincerely apologize for the disruption this causes.</p>
<p>If you have questions, or would like to be considered for management roles at other locations, please contact me directly at 614-555-0177.</p>
<p>Sincerely,<br>Latoya Jenkins<br>Regional Talent Acquisition Manager<br>Fenwick &amp; Hale Outfitters, Inc.</p>
</div>
</body></html>
""",
        expect=dict(
            company="Fenwick & Hale Outfitters, Inc.",
            contact="Latoya Jenkins",
            role="Store Manager",
            stage="offer",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y06-university-prof-dr-first-call",
        kind="txt",
        body="""Dear Ms. Haddad,

thank you for our short first video call last week regarding the position of Doctoral Researcher in Computational Linguistics in my group.

I have now spoken with all shortlisted candidates, and I regret to inform you that I have decided to offer the position to another applicant whose background in speech processing fits the project particularly well.

I wish you every success with your further applications.

Best regards,

Prof. Dr. Klaus-Peter Wendt
Chair of Computational Linguistics
Faculty of Arts and Humanities
University of Hollenfeld
""",
        expect=dict(
            company="University of Hollenfeld",
            contact="Klaus-Peter Wendt",
            role="Doctoral Researcher in Computational Linguistics",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y06-shared-services-domain-3mo",
        kind="eml",
        sender="People Services <peopleservices@kinetra-shared.com>",
        subject="Your recent application",
        date="Tue, 24 Nov 2026 07:45:18 +0000",
        body="""Dear Liam,

Thank you for your recent application for the role of HGV Class 1 Driver at our Doncaster depot.

Unfortunately, we are unable to take your application further as it does not meet the minimum requirements for this vacancy (2 years' Class 1 experience).

Please note that applicants may not reapply for the same vacancy for 3 months.

Yours faithfully,

People Services
Kinetra Haulage Ltd
Registered in England No. 07712840
""",
        expect=dict(
            company="Kinetra Haulage Ltd",
            contact="",
            role="HGV Class 1 Driver",
            stage="application",
            date="2026-11-24",
            reapply_after="2027-02-24",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y06-apple-mail-research-portfolio",
        kind="txt",
        body="""From: Sam Adeyemi-Ross <sam@nettlefield.design>
Subject: UX Researcher role
Date: 21 November 2026 at 10:02:18 GMT
To: Chloe Martin <chloe.martin.research@icloud.com>

Hi Chloe,

Thanks for sharing your research portfolio with us for the UX Researcher role. We really liked the diary study on commuter habits.

We've decided not to progress to interviews this time, though. We need someone with more experience running quantitative studies and survey design alongside the qualitative work.

Happy to share some thoughts on your portfolio if that's helpful, just reply here.

Best,
Sam

Sam Adeyemi-Ross (they/them)
Research Director, Nettlefield
""",
        expect=dict(
            company="Nettlefield",
            contact="Sam Adeyemi-Ross",
            role="UX Researcher",
            stage="portfolio",
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y06-allcaps-roofer-filled",
        kind="txt",
        body="""THANKS FOR YOUR INTEREST IN THE ROOFER JOB. WE HAVE FILLED THE POSITION. WILL KEEP YOUR NUMBER.

REGARDS
PATRICK O'NEILL
O'NEILL & SONS ROOFING
""",
        expect=dict(
            company="O'Neill & Sons Roofing",
            contact="PATRICK O'NEILL",
            role="Roofer",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y06-consulting-case-interview-18mo",
        kind="eml",
        sender="Ashgrove Recruiting <recruiting@ashgrovecg.com>",
        subject="Consultant, Strategy & Operations - Case Interview Outcome",
        date="Tue, 03 Nov 2026 19:05:27 +0000",
        html=True,
        body="""Dear Yusuf,

Thank you for completing the case interview for the Consultant, Strategy & Operations position at Ashgrove Consulting Group.

We have carefully reviewed your performance and, unfortunately, we will not be inviting you to the final round.

If you would like feedback on your case, please reply to this email and we will arrange a short call with one of your interviewers. You are welcome to reapply after 18 months.

Kind regards,

Ashgrove Recruiting Team
Ashgrove Consulting Group
""",
        expect=dict(
            company="Ashgrove Consulting Group",
            contact="",
            role="Consultant, Strategy & Operations",
            stage="technical",
            date="2026-11-03",
            reapply_after="2028-05-03",
            feedback_invited=True,
        ),
    ),
    dict(
        id="y06-hyphen-firm-leadership-final",
        kind="txt",
        body="""Dear Ms Petrova,

Thank you for coming in on Thursday to meet the leadership team for the final stage of the Head of Finance process. We appreciated your openness about how you rebuilt the month-end close at your current business.

After a great deal of consideration, we have decided to appoint another candidate, who has more experience of preparing a business for sale.

I know how much time you have given to this process and I'm sorry the outcome is not the one you had hoped for.

Yours sincerely,

Chidi Okafor
Chief Operating Officer
Pemberton-Oakes Ltd
""",
        expect=dict(
            company="Pemberton-Oakes Ltd",
            contact="Chidi Okafor",
            role="Head of Finance",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
