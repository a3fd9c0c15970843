"""Batch x02, written by hand by the writer helper: 20 rejection emails (10 in Italian, Portuguese, Dutch, German, French, Spanish; 10 hard English cases)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-20"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="x02-it-smartrecruiters-antiriciclaggio-24-mesi",
        kind="eml",
        sender="Assicurazioni Vela S.p.A. <noreply@smartrecruiters.com>",
        subject="Aggiornamento sulla sua candidatura - Analista Antiriciclaggio (m/f)",
        date="Mon, 9 Nov 2026 11:30:00 +0100",
        html=True,
        encoding="quoted-printable",
        charset="windows-1252",
        body="""Gentile candidata,

la ringraziamo per l'interesse dimostrato nei confronti di Assicurazioni Vela e per aver inviato la sua candidatura per la posizione di Analista Antiriciclaggio presso la sede di Milano.

Abbiamo esaminato con attenzione il suo curriculum vitae. Pur apprezzando il suo percorso, la informiamo che al momento abbiamo deciso di proseguire la selezione con altri profili più in linea con i requisiti richiesti.

Visto l'elevato numero di candidature pervenute, non ci è possibile fornire un riscontro individuale.

Il suo CV resterà nel nostro database per 24 mesi, nel rispetto della normativa sulla privacy (Reg. UE 2016/679), e potrà essere preso in considerazione per future opportunità.

Le porgiamo i nostri migliori auguri per il suo futuro professionale.

Cordiali saluti,

Ufficio Selezione e Sviluppo
Assicurazioni Vela S.p.A.
""",
        expect=dict(
            company="Assicurazioni Vela",
            contact="",
            role="Analista Antiriciclaggio",
            stage="application",
            date="2026-11-09",
            reapply_after="2028-11-09",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x02-it-osteria-prova-in-cucina-qualche-mese",
        kind="txt",
        body="""Ciao Davide,

grazie ancora per la prova in cucina di sabato sera. Hai lavorato pulito e con calma, e questo l'ho notato. Però per il posto di capo partita cerchiamo qualcuno che abbia già gestito la linea da solo nei weekend pieni, e per ora abbiamo scelto un'altra persona.

Se vuoi passare un pomeriggio a fare due chiacchiere, ti dico volentieri cosa ho visto e dove puoi crescere. Riprova tra qualche mese, magari cambia qualcosa.

Un abbraccio,
Marco Bellini
Executive Chef - Osteria del Ponte, Verona

Inviato da iPhone
""",
        expect=dict(
            company="Osteria del Ponte",
            contact="Marco Bellini",
            role="Capo partita",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x02-pt-clinica-entrevista-final-direcao-enfermagem",
        kind="eml",
        sender="Ana Sofia Pires Coelho <recrutamento@clinicaatlantico.pt>",
        subject="Processo de recrutamento - Enfermeiro Especialista em Reabilitação",
        date="Wed, 11 Nov 2026 15:02:00 +0000",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Exmo. Senhor Enf. Gonçalo Ferreira,

Agradecemos a sua participação no processo de recrutamento para a função de Enfermeiro Especialista em Reabilitação.

Na sequência da entrevista final com a Direção de Enfermagem, informamos que a sua candidatura não foi selecionada. A decisão foi difícil, tendo em conta a qualidade dos candidatos que chegaram a esta fase.

Lamentamos não nos ser possível fornecer feedback individual sobre as entrevistas.

Os seus dados serão mantidos na nossa base de recrutamento durante 12 meses, podendo ser considerados para futuras oportunidades, salvo indicação em contrário da sua parte.

Com os melhores cumprimentos,

Ana Sofia Pires Coelho
Gabinete de Recursos Humanos
Clínica Atlântico, S.A.
Avenida da Boavista, 1200 - 4100-130 Porto
""",
        expect=dict(
            company="Clínica Atlântico",
            contact="Ana Sofia Pires Coelho",
            role="Enfermeiro Especialista em Reabilitação",
            stage="final",
            date="2026-11-11",
            reapply_after="2027-11-11",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x02-ptbr-gmail-entrevista-rh-tres-meses",
        kind="txt",
        body="""Cajueiro Tecnologia <talentos@cajueiro.com.br>
12 de nov. de 2026 16:47
para mim

Oi, Larissa! Tudo bem?

Queremos agradecer sua participação no processo seletivo para a vaga de Desenvolvedor(a) Front-end Pleno aqui na Cajueiro.

Depois da entrevista com o time de RH, decidimos seguir com outras pessoas candidatas que têm mais experiência com o nosso stack atual. Sabemos que essa não é a resposta que você esperava, e agradecemos muito pelo seu tempo.

Você poderá participar de novos processos seletivos da Cajueiro após 3 meses. Fique à vontade para nos enviar suas dúvidas respondendo este e-mail.

Um abraço,
Equipe de Talentos Cajueiro
Cajueiro Tecnologia Ltda. - Fortaleza/CE
""",
        expect=dict(
            company="Cajueiro Tecnologia",
            contact="",
            role="Desenvolvedor Front-end Pleno",
            stage="phone_screen",
            date="2026-11-12",
            reapply_after="2027-02-12",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x02-nl-gemeente-selectiecommissie-brieven",
        kind="eml",
        sender="Gemeente Lindenvoort <werkenbij@lindenvoort.nl>",
        subject="Uw sollicitatie Beleidsadviseur Duurzaamheid (vacaturenummer 2026-114)",
        date="Tue, 17 Nov 2026 09:00:00 +0100",
        body="""Geachte heer De Graaf,

Op 2 november jl. ontvingen wij uw sollicitatie naar de functie van Beleidsadviseur Duurzaamheid bij de gemeente Lindenvoort.

De selectiecommissie heeft alle brieven en cv's zorgvuldig beoordeeld. Tot onze spijt moeten wij u meedelen dat u niet bent uitgenodigd voor de eerste gespreksronde. Er waren kandidaten van wie de ervaring beter aansloot bij de gevraagde kennis van de warmtetransitie.

Heeft u vragen over deze procedure, dan kunt u contact opnemen met ondergetekende via 0341 55 21 00.

Wij danken u voor uw belangstelling voor onze organisatie en wensen u veel succes bij uw verdere loopbaan.

Met vriendelijke groet,

Namens de selectiecommissie,

Ingrid Bakker-Smit
Adviseur P&O
Gemeente Lindenvoort
""",
        expect=dict(
            company="Gemeente Lindenvoort",
            contact="Ingrid Bakker-Smit",
            role="Beleidsadviseur Duurzaamheid",
            stage="application",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x02-nl-bureau-klant-aanbod-ingetrokken",
        kind="txt",
        body="""Van: Thijs van Dijk <thijs@vandijkwerving.nl>
Verzonden: woensdag 18 november 2026 12:05
Aan: Mehmet Arslan
Onderwerp: Werkvoorbereider E-installaties bij Koelewijn

Hoi Mehmet,

Ik heb helaas vervelend nieuws. Koelewijn Installatietechniek heeft me vanochtend laten weten dat ze het aanbod dat ze je vorige week hebben gedaan, intrekken. Een groot project in Almere is op het laatste moment uitgesteld en daardoor houden ze de vacature voorlopig aan.

Ik weet dat je al met je huidige werkgever in gesprek was over je opzegging, dus dit komt extra hard aan. Het spijt me echt.

Bel me even als je wilt sparren over hoe nu verder; ik heb ook al twee andere opdrachtgevers in gedachten.

Groet,
Thijs van Dijk
Van Dijk Werving & Selectie
06 41 22 87 90
""",
        expect=dict(
            company="Koelewijn Installatietechniek",
            contact="Thijs van Dijk",
            role="Werkvoorbereider E-installaties",
            stage="offer",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x02-de-versicherung-online-assessment-sechs-monate",
        kind="eml",
        sender="Nordstern Versicherung AG <karriere@nordstern-versicherung.de>",
        subject="Ihre Bewerbung: Referent Unternehmenskommunikation (m/w/d) - Kennziffer 26-0481",
        date="Fri, 30 Oct 2026 07:45:00 +0100",
        html=True,
        encoding="base64",
        charset="utf-8",
        body="""Sehr geehrte Frau Lindner,

vielen Dank für Ihre Teilnahme an unserem Online-Assessment im Rahmen Ihrer Bewerbung als Referent Unternehmenskommunikation (m/w/d).

Wir haben die Ergebnisse ausgewertet und bedauern, Ihnen mitteilen zu müssen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.

Bitte haben Sie Verständnis dafür, dass wir die Ergebnisse des Testverfahrens nicht im Einzelnen erläutern können.

Eine erneute Bewerbung auf diese Position ist frühestens nach sechs Monaten möglich. Auf andere ausgeschriebene Stellen können Sie sich selbstverständlich jederzeit bewerben.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüße

Ihr Recruiting-Team
Nordstern Versicherung AG

Nordstern Versicherung AG · Sitz der Gesellschaft: Hannover · Registergericht: Amtsgericht Hannover HRB 55120
Vorsitzender des Aufsichtsrats: Prof. Dr. Heinrich Vogt · Vorstand: Claudia Reimers (Vorsitzende), Jens Okoye
""",
        expect=dict(
            company="Nordstern Versicherung",
            contact="",
            role="Referent Unternehmenskommunikation",
            stage="technical",
            date="2026-10-30",
            reapply_after="2027-04-30",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x02-de-apple-mail-startup-arbeitsproben-du",
        kind="txt",
        body="""Von: Lena Hartmann <lena@kiezrad.de>
Betreff: Deine Bewerbung bei Kiezrad
Datum: 6. November 2026 um 14:10:33 MEZ
An: Jonas Petersen <jonas.petersen@gmx.de>

Hi Jonas,

danke dir für deine Bewerbung als UX Writer (m/w/d) und für die Arbeitsproben! Wir haben sie uns zu dritt angeschaut, die Texte für die Banking-App fanden wir richtig stark.

Trotzdem haben wir uns entschieden, dich nicht zum Gespräch einzuladen. Wir brauchen gerade jemanden, der schon viel mit Fehlermeldungen und Onboarding in Hardware-Apps gemacht hat, und das war in deinen Proben noch nicht so sichtbar.

Wenn du magst, schreibe ich dir gern zwei, drei Sätze dazu, was uns konkret gefehlt hat. Sag einfach Bescheid.

Liebe Grüße aus Kreuzberg
Lena

--
Lena Hartmann
Head of Content
Kiezrad GmbH · Oranienstraße 180 · 10999 Berlin
""",
        expect=dict(
            company="Kiezrad",
            contact="Lena Hartmann",
            role="UX Writer",
            stage="portfolio",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x02-fr-taleo-grande-distribution-suite-favorable",
        kind="txt",
        body="""Groupe Beaulieu Recrutement <ne-pas-repondre@beaulieu-distribution.fr>
lun. 2 nov. 2026 à 08:03
À : moi

Réf. 2026-11834 - Contrôleur de gestion H/F - Siège, Lille

Madame,

Nous vous remercions de l'intérêt que vous portez au Groupe Beaulieu Distribution et au poste de Contrôleur de gestion H/F.

Nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.

Nous vous souhaitons une pleine réussite dans vos recherches et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Beaulieu Distribution

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""",
        expect=dict(
            company="Groupe Beaulieu Distribution",
            contact="",
            role="Contrôleur de gestion",
            stage=None,
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x02-es-prueba-tecnica-comentarios-equipo",
        kind="eml",
        sender="Marta Quiroga <marta.quiroga@nubaria.es>",
        subject="Tu proceso como Data Engineer en Nubaria",
        date="Thu, 19 Nov 2026 10:12:00 +0100",
        reply_to="marta.quiroga@nubaria.es",
        html=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""¡Hola, Sergio!

Muchas gracias por dedicarle tiempo a la prueba técnica para la posición de Data Engineer. Sabemos que no es poco esfuerzo y lo valoramos de verdad.

El equipo la ha revisado con detalle y, en esta ocasión, hemos decidido no seguir adelante con tu candidatura. Te dejamos los comentarios principales, por si te sirven:

- El modelado de las tablas era claro y bien documentado.
- Echamos en falta tests sobre las transformaciones y alguna validación de calidad de datos.
- La parte de orquestación quedó algo acoplada al entorno local.

Si quieres comentar cualquiera de estos puntos, responde a este correo y lo vemos. Podrás volver a aplicar a Nubaria pasados 6 meses.

¡Un abrazo y mucha suerte!

Marta Quiroga
People Partner · Nubaria Software S.L.
""",
        expect=dict(
            company="Nubaria Software",
            contact="Marta Quiroga",
            role="Data Engineer",
            stage="technical",
            date="2026-11-19",
            reapply_after="2027-05-19",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x02-en-reference-checks-controller-seat",
        kind="eml",
        sender="Keisha Montgomery-Ruiz <kmontgomeryruiz@aldermoorsupply.com>",
        subject="Re: Your references",
        date="Thu, 12 Nov 2026 17:20:00 -0500",
        body="""Hi Everett,

Thank you for your patience over the last couple of weeks, and please pass my thanks on to your references as well. We finished speaking with all three of them on Tuesday.

I'm sorry to say we've decided to fill the Controller seat with another finalist. It came down to direct experience with a multi-branch ERP migration, which is the first big project the role will own. Nothing your references said gave us any pause. They spoke very highly of you.

If it would help to hear more about how we got there, I'm glad to walk you through it. My direct line is below.

Warm regards,

Keisha Montgomery-Ruiz
Director of Human Resources
Aldermoor Building Supply
(614) 555-0147
""",
        expect=dict(
            company="Aldermoor Building Supply",
            contact="Keisha Montgomery-Ruiz",
            role="Controller",
            stage="final",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x02-en-agency-pairing-round-eighteen-months",
        kind="txt",
        body="""From: Fergus Doyle <fergus.doyle@haddonreed.co.uk>
Sent: Tuesday, November 17, 2026 2:41 PM
To: Anjali Venkataraman
Subject: Brightwater // Snr Go

Hi Anjali,

Sorry, bad news on Brightwater Energy. They've decided not to take you through after the pairing session for the Senior Go Engineer role. Their words were "strong fundamentals, but slower on the concurrency part than we need".

Brightwater have a blanket policy of not passing on anything from the pairing round, annoyingly, so I've got nothing more concrete for you than that. I did push.

Also worth knowing: they won't look at the same person twice inside 18 months, so let's park them and focus on the other two I sent over.

Cheers,
Fergus

Fergus Doyle | Senior Consultant, Engineering
Haddon Reed Recruitment
""",
        expect=dict(
            company="Brightwater Energy",
            contact="Fergus Doyle",
            role="Senior Go Engineer",
            stage="technical",
            date="2026-11-17",
            reapply_after="2028-05-17",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x02-en-teamtailor-html-only-showreel",
        kind="eml",
        sender="Pellucid Studio <no-reply@teamtailor.com>",
        subject="Your application to Pellucid Studio",
        date="Tue, 10 Nov 2026 12:00:00 +0000",
        html=True,
        html_only=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""Hi Rohan,

Thank you for applying for the Motion Designer position and for sharing your showreel with us.

Our creative directors have now watched every reel that came in. Yours had some lovely character animation, but we've decided to invite other applicants whose work is closer to the 3D product films we make most of the time, so we won't be moving forward with your application.

We refresh our freelance and staff pool every January, so do keep an eye on our careers page.

Best wishes,
The Pellucid team

Pellucid Studio Ltd · 3 Vyner Street, London E2 · Unsubscribe from job alerts
""",
        expect=dict(
            company="Pellucid Studio",
            contact="",
            role="Motion Designer",
            stage="portfolio",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x02-en-apple-forward-jazzhr-phone-interview-30-days",
        kind="txt",
        body="""Begin forwarded message:

From: "Luis Ortega-Baptiste" <lortega@tricountyproduce.com>
Subject: Your application with Tri-County Produce Co.
Date: November 4, 2026 at 9:18:22 AM CST
To: "Terrell Washington" <twash1988@yahoo.com>

Terrell,

Thank you for taking the time to do a phone interview with me last week for the Warehouse Shift Supervisor position. I enjoyed hearing about your time running the night crew at the distribution center.

We have decided to go with a candidate who has forklift trainer certification, which we need for this shift. You are welcome to reapply after 30 days if another supervisor opening is posted.

Thanks again,

Luis Ortega-Baptiste
Operations Director
Tri-County Produce Co.
""",
        expect=dict(
            company="Tri-County Produce Co.",
            contact="Luis Ortega-Baptiste",
            role="Warehouse Shift Supervisor",
            stage="phone_screen",
            date="2026-11-04",
            reapply_after="2026-12-04",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x02-en-no-longer-able-to-proceed-offer",
        kind="eml",
        sender="Priyanka Raman <priyanka.raman@velmonttx.com>",
        subject="Associate Director, Market Access",
        date="Mon, 16 Nov 2026 09:05:00 -0500",
        html=True,
        encoding="base64",
        charset="utf-8",
        body="""Dear Chidi,

I am writing to follow up on our conversation on Friday afternoon.

As I mentioned then, following the outcome of our Phase III readout, Velmont Therapeutics has re-prioritised its commercial plans for 2027. As a result, we are no longer able to proceed with the offer we extended to you on 3 November for the Associate Director, Market Access role. Please consider this letter formal notice that the offer is withdrawn.

I recognise how disappointing and disruptive this is, and I am sorry. Please don't hesitate to reach out to me with any questions, including about the sign-on expenses you may already have incurred.

With kind regards,

Dr. Priyanka Raman
Vice President, Human Resources
Velmont Therapeutics, Inc.
""",
        expect=dict(
            company="Velmont Therapeutics",
            contact="Priyanka Raman",
            role="Associate Director, Market Access",
            stage="offer",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x02-en-hiring-manager-call-friday-ask-me-anything",
        kind="txt",
        body="""hey Ottilie,

thanks for the call on friday, it was good to put a voice to the CV. I've thought about it over the weekend and I don't think the analytics engineer role is the right match right now: we need someone who can own the dbt project on day one, and it sounded like that'd be fairly new for you.

no hard feelings at all, and if you want to know more about how I landed there, ask me anything.

Gabe

--
Gabe Lindqvist
Head of Data, Fernhill Pay
""",
        expect=dict(
            company="Fernhill Pay",
            contact="Gabe Lindqvist",
            role="Analytics Engineer",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x02-en-workable-initial-review-six-months-on-file",
        kind="eml",
        sender="Tallis & Wren <tallis-and-wren@jobs.workablemail.com>",
        subject="Your application: Junior Copywriter - Remote (UK)",
        date="Wed, 28 Oct 2026 16:30:00 +0000",
        html=True,
        body="""Hi Phoebe,

Thanks so much for your interest in Tallis & Wren.

We've now been through every application for the Junior Copywriter role, and unfortunately we weren't able to take yours further than the initial review.

We're a small team, so we can't offer individual feedback at this stage, but we do hold applications on file for six months and we'll get in touch if something suitable comes up in that time.

Take care, and best of luck with the search.

Recruitment team
Tallis & Wren
""",
        expect=dict(
            company="Tallis & Wren",
            contact="",
            role="Junior Copywriter",
            stage="application",
            date="2026-10-28",
            reapply_after="2027-04-28",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x02-en-outlook-reply-chain-charity-position-filled",
        kind="txt",
        body="""From: Siobhán Ní Bhriain <siobhan@hollybanktrust.org.uk>
Sent: Friday, November 20, 2026 10:03 AM
To: Marcus Adeyemi
Subject: RE: Grants Officer role - any update?

Dear Marcus,

Apologies for the slow response, we have been short-staffed this month. I'm sorry to let you know that the position has now been filled.

Thank you for your interest in Hollybank. If you have any questions, please let me know.

Kind regards,
Siobhán

Siobhán Ní Bhriain
Operations Manager
Hollybank Community Trust
Registered charity no. 1099999

From: Marcus Adeyemi <marcus.adeyemi@outlook.com>
Sent: Monday, November 9, 2026 7:55 PM
To: Siobhán Ní Bhriain <siobhan@hollybanktrust.org.uk>
Subject: Grants Officer role - any update?

Hi Siobhán,

I'm following up on the Grants Officer role advertised in October and wondered if there was any news on timings?

Many thanks,
Marcus
""",
        expect=dict(
            company="Hollybank Community Trust",
            contact="Siobhán Ní Bhriain",
            role="Grants Officer",
            stage=None,
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x02-en-virtual-onsite-late-night-pacific",
        kind="eml",
        sender="Beatriz Okafor <beatriz@orison.ai>",
        subject="Following up from Thursday",
        date="Tue, 17 Nov 2026 23:58:00 -0800",
        html=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""Hi Lukas,

Thank you for spending most of Thursday with us on the virtual onsite loop. Five conversations back to back is a lot, and every interviewer mentioned how prepared you were.

We met today to make a decision for the ML Platform opening (Senior Software Engineer, ML Platform), and we've decided not to extend an offer. We don't share interview-level detail, but I can say it was close and came down to depth with GPU scheduling.

We'd love to see your name in our pipeline again once a year has passed. Our needs shift quickly.

Best,
Beatriz

Beatriz Okafor (she/her)
Recruiting Lead, Orison AI
""",
        expect=dict(
            company="Orison AI",
            contact="Beatriz Okafor",
            role="Senior Software Engineer, ML Platform",
            stage="final",
            date="2026-11-17",
            reapply_after="2027-11-17",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x02-en-newspaper-clips-fellowship-ten-months",
        kind="txt",
        body="""Deb Lasker
to me

Dear Amara,

Thank you for applying to be a Metro Reporting Fellow at The Kettering Ledger. Our editors read your clips closely, and your piece on the bus depot closures stood out for its sourcing.

We received more than 300 applications for four places, and I'm sorry to say we won't be inviting you to interview this year. With those numbers I'm afraid I can't give individual notes on clips.

The fellowship runs every year, and you can apply again in ten months when the next intake opens. I hope you will.

All best,

Deb Lasker
Metro Editor
The Kettering Ledger
""",
        expect=dict(
            company="The Kettering Ledger",
            contact="Deb Lasker",
            role="Metro Reporting Fellow",
            stage="portfolio",
            date=None,
            reapply_after="2027-09-20",
            feedback_invited=False,
        ),
    ),
]
