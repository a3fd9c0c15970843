"""Batch x08, written by hand by the writer helper: 20 rejection emails (10 in French, Dutch, Portuguese incl. Brazilian, Italian, Spanish, German; 10 hard English cases)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-20"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="x08-fr-mutuelle-entretien-telephonique-cv-12-mois",
        kind="eml",
        sender="Gwenaëlle Tanguy <recrutement@mutuelle-armorique.fr>",
        subject="Votre candidature - Conseiller clientèle H/F - Quimper",
        date="Tue, 17 Nov 2026 09:30:00 +0100",
        html=True,
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Bonjour Madame Le Roux,

Nous vous remercions pour l'entretien téléphonique que vous avez eu avec notre chargée de recrutement la semaine dernière, dans le cadre de votre candidature au poste de Conseiller clientèle.

Après examen, nous avons le regret de vous informer que nous ne poursuivrons pas le processus avec vous. Nous avons retenu des candidats disposant d'une expérience plus longue de la relation adhérent en mutuelle santé.

Avec votre accord, nous conservons votre CV pendant 12 mois afin de pouvoir vous proposer d'autres opportunités.

Nous vous souhaitons bonne chance dans vos démarches.

Cordialement,

Gwenaëlle Tanguy
Service Recrutement
Mutuelle Armorique
""",
        expect=dict(
            company="Mutuelle Armorique",
            contact="Gwenaëlle Tanguy",
            role="Conseiller clientèle",
            stage="phone_screen",
            date="2026-11-17",
            reapply_after="2027-11-17",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x08-fr-cabinet-comptable-poste-plus-a-pourvoir",
        kind="txt",
        body="""Jean-Baptiste Fabre <jb.fabre@fabre-associes-expertise.fr>
mar. 10 nov. 2026 à 16:45
À : moi

Bonjour Monsieur Diallo,

Je me permets de revenir vers vous au sujet du poste de Collaborateur comptable H/F.

Suite au départ à la retraite reporté de l'une de nos collaboratrices, le poste n'est finalement plus à pourvoir. Je suis désolé de vous l'apprendre ainsi.

Je reste joignable au 04 67 55 12 08 pour toute question.

Bien à vous,

Jean-Baptiste Fabre
Expert-comptable associé
Fabre & Associés - Montpellier
""",
        expect=dict(
            company="Fabre & Associés",
            contact="Jean-Baptiste Fabre",
            role="Collaborateur comptable",
            stage=None,
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x08-nl-ontwerpbureau-portfolio-cases-website",
        kind="eml",
        sender="Joris Wagemaker <joris@pixelpolder.nl>",
        subject="Je sollicitatie als UI Designer",
        date="Fri, 6 Nov 2026 15:00:00 +0100",
        body="""Hoi Sanne,

Dank voor je sollicitatie als UI Designer bij Pixelpolder! We hebben je portfolio en de cases op je website met z'n drieën doorgenomen.

Je visuele werk is sterk, maar we missen in de cases hoe je tot je ontwerpkeuzes bent gekomen: geen schetsen, geen tests, geen tussenstappen. Daarom nodigen we je deze keer niet uit voor een gesprek.

Wil je er verder over sparren? Bel me gerust, dan loop ik de cases even met je door.

Groet,
Joris Wagemaker
Creative Lead | Pixelpolder B.V. | Utrecht
""",
        expect=dict(
            company="Pixelpolder",
            contact="Joris Wagemaker",
            role="UI Designer",
            stage="portfolio",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x08-nl-waterschap-vacature-ingetrokken",
        kind="txt",
        body="""Geachte heer Van den Berg,

Onlangs heeft u belangstelling getoond voor de functie van Beheerder Watersystemen bij Waterschap Lingestroom.

Wij moeten u helaas berichten dat de vacature is ingetrokken. Als gevolg van een herziening van de formatie voor 2027 wordt de functie voorlopig niet ingevuld.

Wij danken u voor uw interesse in onze organisatie. Voor vragen kunt u contact opnemen met de afdeling HRM via 0345 55 40 00.

Met vriendelijke groet,

Afdeling HRM
Waterschap Lingestroom
""",
        expect=dict(
            company="Waterschap Lingestroom",
            contact="",
            role="Beheerder Watersystemen",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x08-pt-corticeira-conversa-telefonica-seis-meses",
        kind="eml",
        sender="Luís Baptista <luis.baptista@corticeiradosado.pt>",
        subject="Técnico de Manutenção Industrial (m/f)",
        date="Wed, 4 Nov 2026 14:00:00 +0000",
        encoding="quoted-printable",
        charset="utf-8",
        body="""Caro Sr. Nuno Pereira,

Agradecemos a sua disponibilidade para a conversa telefónica da passada sexta-feira, no âmbito do recrutamento para Técnico de Manutenção Industrial.

Informamos que, nesta fase, optámos por avançar com outros candidatos com formação específica em automação e PLC.

Consideraremos com gosto uma nova candidatura sua decorridos 6 meses. Não hesite em contactar-nos caso tenha alguma dúvida.

Com os melhores cumprimentos,

Luís Baptista
Responsável de Manutenção
Corticeira do Sado, S.A. - Montijo
""",
        expect=dict(
            company="Corticeira do Sado",
            contact="Luís Baptista",
            role="Técnico de Manutenção Industrial",
            stage="phone_screen",
            date="2026-11-04",
            reapply_after="2027-05-04",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x08-ptbr-entrevista-final-diretoria",
        kind="txt",
        body="""Olá, Thiago! Tudo bem?

Agradecemos imensamente a sua dedicação durante todo o processo seletivo para a vaga de Gerente de Operações da Logística Ipê.

Após a entrevista final com a diretoria, a decisão foi seguir com outro candidato, que tem experiência mais próxima da nossa operação de cross-docking no Centro-Oeste.

Sabemos o quanto você se empenhou, e essa decisão foi muito difícil para nós. Desejamos muito sucesso em sua jornada!

Abraços,
Camila Rocha Andrade
Business Partner de Gente & Gestão
Logística Ipê Ltda.
""",
        expect=dict(
            company="Logística Ipê",
            contact="Camila Rocha Andrade",
            role="Gerente de Operações",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x08-it-farmacie-curriculum-dati-dodici-mesi",
        kind="eml",
        sender="Farmacie Riunite Lombarde <selezione@farmacieriunite.it>",
        subject="Candidatura Farmacista collaboratore",
        date="Thu, 19 Nov 2026 08:00:00 +0100",
        html=True,
        html_only=True,
        encoding="base64",
        charset="windows-1252",
        body="""Gentile Dott.ssa Mariani,

la ringraziamo per l'interesse mostrato verso Farmacie Riunite Lombarde e per averci inviato la sua candidatura per il ruolo di Farmacista collaboratore.

Dopo un'attenta valutazione del suo curriculum, le comunichiamo che al momento il suo profilo non è stato selezionato per il prosieguo dell'iter di selezione.

I suoi dati saranno conservati per 12 mesi, nel rispetto della normativa vigente, e potranno essere utilizzati per future ricerche di personale.

Cordiali saluti,

Direzione Risorse Umane
Farmacie Riunite Lombarde S.p.A.
""",
        expect=dict(
            company="Farmacie Riunite Lombarde",
            contact="",
            role="Farmacista collaboratore",
            stage="application",
            date="2026-11-19",
            reapply_after="2027-11-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x08-es-constructora-retirar-oferta-jefe-de-obra",
        kind="eml",
        sender="Ignacio Ferrándiz <iferrandiz@levantemediterraneo.es>",
        subject="Oferta Jefe de Obra",
        date="Mon, 16 Nov 2026 19:00:00 +0100",
        encoding="8bit",
        charset="iso-8859-1",
        body="""Hola, Raúl:

Te escribo con mal cuerpo. Esta mañana el promotor nos ha comunicado que paraliza la promoción de Benidorm para la que te habíamos ofrecido la plaza de Jefe de Obra, y sin esa obra no tenemos dónde incorporarte en enero.

Por eso nos vemos obligados a retirar la oferta que te hicimos el día 6. Lo siento de verdad; sé que ya habías hablado con tu empresa actual.

Llámame cuando quieras y lo hablamos con calma. Si en primavera arranca alguna de las obras de Alicante, serás el primero al que llame.

Un abrazo,

Ignacio Ferrándiz
Director de Producción
Constructora Levante Mediterráneo, S.L.
""",
        expect=dict(
            company="Constructora Levante Mediterráneo",
            contact="Ignacio Ferrándiz",
            role="Jefe de Obra",
            stage="offer",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x08-es-consultora-caso-practico-un-ano",
        kind="txt",
        body="""De: Rocío Aranda <r.aranda@arandavidal.com>
Enviado el: jueves, 12 de noviembre de 2026 10:20
Para: Marcos Villalba
Asunto: Proceso Consultor SAP FI

Hola, Marcos:

Muchas gracias por el tiempo dedicado al caso práctico que te enviamos para el puesto de Consultor SAP FI.

El equipo lo ha revisado y, en esta ocasión, no vamos a continuar contigo en el proceso. Por política interna no facilitamos la corrección del caso, así que no puedo darte más detalle.

Podrás volver a presentarte a nuestros procesos pasado un año.

Saludos,

Rocío Aranda
Socia - People
Aranda & Vidal Consultores
""",
        expect=dict(
            company="Aranda & Vidal Consultores",
            contact="Rocío Aranda",
            role="Consultor SAP FI",
            stage="technical",
            date="2026-11-12",
            reapply_after="2027-11-12",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x08-de-architekturbuero-mappe-apple-mail",
        kind="txt",
        body="""Von: Sabine Kühn <kuehn@hellwig-kuehn.de>
Betreff: Ihre Bewerbung als Projektarchitekt (m/w/d)
Datum: 3. November 2026 um 09:12:44 MEZ
An: Felix Ott <felix.ott@mailbox.org>

Sehr geehrter Herr Ott,

haben Sie vielen Dank für Ihre Bewerbung und die beigefügte Mappe. Wir haben Ihre Arbeiten mit Interesse durchgesehen, insbesondere den Wettbewerbsbeitrag für die Schule in Freising.

Leider können wir Ihnen derzeit kein Gespräch anbieten, da wir für die ausgeschriebene Stelle vor allem Erfahrung in der Ausführungsplanung größerer Wohnungsbauten suchen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Sabine Kühn

Hellwig Kühn Architekten PartGmbB
Nymphenburger Straße 90, 80636 München
""",
        expect=dict(
            company="Hellwig Kühn Architekten",
            contact="Sabine Kühn",
            role="Projektarchitekt",
            stage="portfolio",
            date="2026-11-03",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x08-en-greenhouse-26-weeks",
        kind="eml",
        sender="Pallas Mobility <no-reply@greenhouse.io>",
        subject="Your application to Pallas Mobility",
        date="Thu, 19 Nov 2026 14:00:00 +0000",
        html=True,
        body="""Hi Rhiannon,

Thank you for applying for the Fleet Operations Analyst role at Pallas Mobility.

Our team has carefully reviewed your application, and we have decided not to progress it further at this time.

You're free to apply again once 26 weeks have passed. In the meantime, we'd encourage you to follow us for news about other openings.

Best regards,
Pallas Mobility Talent Team
""",
        expect=dict(
            company="Pallas Mobility",
            contact="",
            role="Fleet Operations Analyst",
            stage="application",
            date="2026-11-19",
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x08-en-rpo-on-behalf-of-client-technical-interview",
        kind="txt",
        body="""Hi Mohammed,

I'm writing on behalf of our client, Ravenmoor Pharmaceuticals, following your technical interview with their analytical chemistry team last Wednesday.

Unfortunately they have decided not to progress your application for the Analytical Chemist II position. They felt your HPLC method development experience was strong, but that you would need more exposure to GMP method validation than they can support right now.

I've asked the hiring manager for more detailed feedback and will pass it on as soon as I have it.

Kind regards,

Deepika Sharma-Lowe
Talent Acquisition Partner (RPO)
TalentBridge, on behalf of Ravenmoor Pharmaceuticals
""",
        expect=dict(
            company="Ravenmoor Pharmaceuticals",
            contact="Deepika Sharma-Lowe",
            role="Analytical Chemist II",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x08-en-very-last-conversation-chief-of-staff",
        kind="eml",
        sender="Bart Lindqvist <bart@heronsgatecapital.com>",
        subject="Re: Tuesday w/ Ines",
        date="Wed, 18 Nov 2026 21:30:00 -0500",
        body="""Hi Priya,

Thank you for making the trip in on Tuesday. You made it to the very last conversation, the one with Ines, which only two people reached in the chief of staff search.

Ines has decided to go with the other candidate, largely because of their time inside a portfolio company. I know that's hard to hear after so many rounds.

Ines would be glad to share her perspective with you directly if you'd like it. Just say the word and I'll find 20 minutes in her diary.

Bart

Bart Lindqvist
Director of Talent
Heronsgate Capital
""",
        expect=dict(
            company="Heronsgate Capital",
            contact="Bart Lindqvist",
            role="Chief of Staff",
            stage="final",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x08-en-design-samples-half-a-years-time",
        kind="txt",
        body="""From: Yaw Mensah-Bonsu <yaw@mossandmarigold.com>
Sent: Tuesday, November 3, 2026 3:03 PM
To: Lena Haddad
Subject: RE: Packaging Designer application

Hi Lena,

Thank you for the design samples you attached. The refill-pouch concept was lovely.

We've now reviewed every set of samples we received, and we've decided to invite others to interview for the Packaging Designer role, mostly people who have taken a pack from concept all the way to print.

In half a year's time we'll be staffing up again for the spring range, so please re-apply then.

All the best,
Yaw

Yaw Mensah-Bonsu
Head of Brand | Moss & Marigold Cosmetics
""",
        expect=dict(
            company="Moss & Marigold Cosmetics",
            contact="Yaw Mensah-Bonsu",
            role="Packaging Designer",
            stage="portfolio",
            date="2026-11-03",
            reapply_after="2027-05-03",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x08-en-estate-agent-twenty-minutes-phone-latin1-pound",
        kind="eml",
        sender="Kirsty McAllister <kirsty@gilchristmoore.co.uk>",
        subject="Lettings Negotiator - £28k + commission",
        date="Tue, 10 Nov 2026 12:45:00 +0000",
        reply_to="kirsty@gilchristmoore.co.uk",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Hi Jamie,

Thanks for the 20 minutes on the phone on Monday. It was good to hear about your time on the front desk at the leisure centre.

I've spoken with our branch manager and we've decided to go with someone who already holds their ARLA qualification, as the role starts in two weeks and there won't be time for training.

If you want to know more about how we made the call, ring me on 0141 555 0192. Always happy to chat.

Kirsty McAllister
Lettings Manager
Gilchrist & Moore Estate Agents
""",
        expect=dict(
            company="Gilchrist & Moore Estate Agents",
            contact="Kirsty McAllister",
            role="Lettings Negotiator",
            stage="phone_screen",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x08-en-gmail-visa-sponsorship-offer-withdrawn",
        kind="txt",
        body="""Fiona Carmichael <fiona.carmichael@brightlineanalytics.co.uk>
Mon, Nov 9, 2026, 9:15 AM
to me

Dear Tomás,

I'm writing with difficult news about your offer for the Senior Data Analyst position.

Last week we learned that our sponsor licence renewal will not be processed before your planned start date, and we have been advised that we cannot lawfully sponsor a new Skilled Worker visa until it is. We therefore have to withdraw the offer we made to you on 27 October. I am very sorry.

Questions are welcome. I'll do my best to answer anything, and to help with references if you need them.

Kind regards,

Fiona Carmichael
Head of People
Brightline Analytics Ltd
""",
        expect=dict(
            company="Brightline Analytics",
            contact="Fiona Carmichael",
            role="Senior Data Analyst",
            stage="offer",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x08-en-paid-trial-project-notes-revisit-12-months",
        kind="eml",
        sender="Ngozi Eze <ngozi@lumenfold.com>",
        subject="Thank you for the trial project",
        date="Fri, 20 Nov 2026 16:00:00 -0800",
        html=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""Hi Declan,

Thank you for the paid trial project for the Senior Technical Writer role. The API quickstart you drafted was clear and friendly.

We've decided not to continue with your candidacy. A few notes from the review, in case they help:

- The conceptual overview was strong, but the reference pages skipped several error codes.
- Code samples were only in Python; we'd hoped to see at least one other language.
- The information architecture proposal was the best we received.

We'd be open to revisiting after 12 months, once our developer portal rebuild is done.

Thanks again,
Ngozi Eze
Documentation Lead, Lumenfold
""",
        expect=dict(
            company="Lumenfold",
            contact="Ngozi Eze",
            role="Senior Technical Writer",
            stage="technical",
            date="2026-11-20",
            reapply_after="2027-11-20",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x08-en-opening-cancelled-no-stage",
        kind="txt",
        body="""From: Kessler Marine Careers <careers@kesslermarine.com>
Date: Sat, 7 Nov 2026
Subject: Logistics Coordinator

Hello Andrés,

We're writing to let you know that the Logistics Coordinator opening at Kessler Marine has been cancelled, so we won't be moving forward with you for it.

Thank you for your interest in Kessler Marine.

Kessler Marine Talent Acquisition
""",
        expect=dict(
            company="Kessler Marine",
            contact="",
            role="Logistics Coordinator",
            stage=None,
            date="2026-11-07",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x08-en-taleo-resume-reviewed-smart-quotes-cp1252",
        kind="eml",
        sender="Birchmont Regional Health <birchmont@taleo.net>",
        subject="Patient Access Representative - Req 26-11873",
        date="Mon, 26 Oct 2026 05:00:00 -0400",
        html=True,
        html_only=True,
        encoding="base64",
        charset="windows-1252",
        body="""Dear Shanice,

Thank you for your interest in the “Patient Access Representative” position at Birchmont Regional Health.

Your résumé has been reviewed by our Talent Acquisition team. After careful consideration, we have selected other candidates whose qualifications more closely match the position’s requirements.

If you have questions regarding this notification, please contact Talent Acquisition at (555) 010-3344.

We thank you for your interest and encourage you to apply for future openings that match your skills.

Birchmont Regional Health – Talent Acquisition
""",
        expect=dict(
            company="Birchmont Regional Health",
            contact="",
            role="Patient Access Representative",
            stage="application",
            date="2026-10-26",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x08-en-onsite-drinks-on-me-lowdown",
        kind="txt",
        body="""Loved having you in for the onsite, Ezra, the whole team did. We picked someone else for the design engineer gig, though. Drinks on me if you want the lowdown on why.

- Tess
Tidewater Labs
""",
        expect=dict(
            company="Tidewater Labs",
            contact="Tess",
            role="Design Engineer",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]
