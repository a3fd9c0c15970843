"""Batch x01, written by hand by the writer helper: 20 rejection emails (10 in German, French, Spanish, Dutch, Italian, Portuguese; 10 hard English cases)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-20"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="x01-de-personio-werkstudent-talentpool",
        kind="eml",
        sender="Kernholz Logistik GmbH <jobs@kernholz-logistik.de>",
        subject="Ihre Bewerbung als Werkstudent Datenanalyse (m/w/d)",
        date="Mon, 16 Nov 2026 10:04:12 +0100",
        reply_to="bewerbung@kernholz-logistik.de",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Sehr geehrter Herr Yilmaz,

vielen Dank für Ihr Interesse an Kernholz Logistik und für Ihre Bewerbung als Werkstudent Datenanalyse (m/w/d) an unserem Standort Bremen.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil noch besser zu den aktuellen Anforderungen passt.

Aufgrund der Vielzahl an Bewerbungen ist es uns leider nicht möglich, Ihnen ein individuelles Feedback zu geben. Wir bitten um Ihr Verständnis.

Mit Ihrem Einverständnis nehmen wir Ihre Unterlagen gerne für 12 Monate in unseren Talentpool auf und melden uns, falls eine passende Stelle frei wird. Sollten Sie damit nicht einverstanden sein, genügt eine kurze Nachricht an bewerbung@kernholz-logistik.de.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Jana Böttcher
People & Culture

Kernholz Logistik GmbH
Hafenstraße 41 · 28217 Bremen
Geschäftsführer: Dirk Albers, Sabine Kroll
Amtsgericht Bremen HRB 30412
""",
        expect=dict(
            company="Kernholz Logistik",
            contact="Jana Böttcher",
            role="Werkstudent Datenanalyse",
            stage="application",
            date="2026-11-16",
            reapply_after="2027-11-16",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x01-de-outlook-reply-chain-geschaeftsfuehrung-final",
        kind="txt",
        body="""Von: Keller, Matthias Dr. <m.keller@hoffmann-sohn-bau.de>
Gesendet: Donnerstag, 12. November 2026 17:45
An: Sandra Wieczorek
Betreff: AW: Ihre Bewerbung als Senior Projektleiterin Bau

Sehr geehrte Frau Wieczorek,

danke für Ihre Nachfrage, und entschuldigen Sie bitte, dass Sie so lange auf eine Antwort warten mussten.

Nach dem abschließenden Gespräch mit unserer Geschäftsführung waren am Ende noch zwei Kandidatinnen im Rennen. Wir haben uns nach langer Abwägung für die Kollegin entschieden, die bereits Erfahrung mit Krankenhausbauten mitbringt. Das war eine knappe Entscheidung und hat nichts mit Ihrer fachlichen Eignung zu tun.

Wenn Sie möchten, rufe ich Sie gerne in der kommenden Woche an und erläutere Ihnen unsere Überlegungen im Detail. Geben Sie mir einfach kurz Bescheid, wann es Ihnen passt.

Mit freundlichen Grüßen
Dr. Matthias Keller
Leiter Personal

Hoffmann & Sohn Bauunternehmung GmbH
Tel. +49 711 4490-212

-----Ursprüngliche Nachricht-----
Von: Sandra Wieczorek <s.wieczorek@posteo.de>
Gesendet: Dienstag, 10. November 2026 08:12
An: Keller, Matthias Dr. <m.keller@hoffmann-sohn-bau.de>
Betreff: Ihre Bewerbung als Senior Projektleiterin Bau

Sehr geehrter Herr Dr. Keller,

vor drei Wochen hatte ich das zweite Gespräch mit Ihnen und Frau Hoffmann. Gibt es inzwischen einen Stand zum weiteren Verfahren?

Viele Grüße
Sandra Wieczorek
""",
        expect=dict(
            company="Hoffmann & Sohn Bauunternehmung",
            contact="Matthias Keller",
            role="Senior Projektleiterin Bau",
            stage="final",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x01-fr-vivier-24-mois-echange-telephonique",
        kind="eml",
        sender="Camille Fournier <recrutement@atelier-verdier.fr>",
        subject="Votre candidature au poste de Chef de projet digital H/F",
        date="Wed, 4 Nov 2026 09:15:00 +0100",
        html=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""Bonjour Monsieur Haddad,

Nous vous remercions pour l'intérêt que vous portez à Atelier Verdier ainsi que pour le temps que vous nous avez accordé lors de notre échange téléphonique du 28 octobre.

Après étude attentive de l'ensemble des candidatures, nous avons le regret de vous informer que nous avons retenu un profil dont l'expérience correspond davantage aux besoins actuels du poste de Chef de projet digital H/F.

Compte tenu du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de vous faire un retour personnalisé.

Sauf opposition de votre part, nous conservons votre candidature dans notre vivier pendant 24 mois afin de pouvoir vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,

Camille Fournier
Chargée de recrutement
Atelier Verdier SAS - 14 rue des Tanneurs, 69002 Lyon
""",
        expect=dict(
            company="Atelier Verdier",
            contact="Camille Fournier",
            role="Chef de projet digital",
            stage="phone_screen",
            date="2026-11-04",
            reapply_after="2028-11-04",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x01-fr-cabinet-pour-client-etude-de-cas",
        kind="txt",
        body="""De : Hélène Marchand <h.marchand@lemaire-conseil.fr>
Envoyé : mardi 17 novembre 2026 11:02
À : Nathalie Ouédraogo
Objet : Poste de Responsable contrôle qualité - Laboratoires Andrieu

Bonjour Nathalie,

Je reviens vers vous concernant votre candidature au poste de Responsable contrôle qualité chez notre client, les Laboratoires Andrieu.

Le comité de recrutement a bien apprécié votre présentation, mais à l'issue de l'étude de cas, il a décidé de poursuivre le processus avec un autre candidat, davantage familier des audits BPF en environnement stérile.

Je sais que ce n'est pas la nouvelle que vous espériez. Je reste bien entendu à votre disposition pour en discuter de vive voix : n'hésitez pas à m'appeler au 01 42 56 18 90.

Je ne manquerai pas de revenir vers vous si une mission proche de votre profil se présente.

Bien à vous,

Hélène Marchand
Consultante Senior - Pôle Santé & Industrie
Cabinet Lemaire Conseil
""",
        expect=dict(
            company="Laboratoires Andrieu",
            contact="Hélène Marchand",
            role="Responsable contrôle qualité",
            stage="technical",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x01-es-hoteles-ultima-entrevista-direccion",
        kind="eml",
        sender="Lucía Navarro Gil <lnavarro@alcazarhoteles.es>",
        subject="Proceso de selección - Responsable de Revenue Management",
        date="Fri, 20 Nov 2026 13:40:00 +0100",
        encoding="8bit",
        charset="iso-8859-1",
        body="""Hola Javier:

Ante todo, gracias por tu tiempo y por la ilusión que has puesto en el proceso para la posición de Responsable de Revenue Management.

Tras la última entrevista con la dirección general, hemos decidido continuar con otra candidatura cuyo perfil encaja algo mejor con el momento que vive ahora la cadena. Ha sido una decisión muy reñida y queremos que sepas que nos ha costado tomarla.

Si lo deseas, estaré encantada de darte feedback por teléfono sobre las distintas fases. Solo tienes que responder a este correo y buscamos un hueco.

Un saludo muy cordial,

Lucía Navarro Gil
Talento y Cultura
Grupo Alcázar Hoteles, S.A.
C/ Sierpes 22, 41004 Sevilla
""",
        expect=dict(
            company="Grupo Alcázar Hoteles",
            contact="Lucía Navarro Gil",
            role="Responsable de Revenue Management",
            stage="final",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x01-es-estudio-porfolio-nota-corta",
        kind="txt",
        body="""Hola Irene,

Hemos revisado tu porfolio con calma y nos han gustado mucho los trabajos de packaging. Al final, para la plaza de diseñador gráfico junior hemos elegido a una persona con más experiencia en motion, que es lo que más vamos a necesitar este año.

Si te apetece, puedes volver a enviarnos tu trabajo dentro de un año. ¡Mucha suerte!

Pablo
Estudio Marea · Valencia
""",
        expect=dict(
            company="Estudio Marea",
            contact="Pablo",
            role="Diseñador gráfico junior",
            stage="portfolio",
            date=None,
            reapply_after="2027-11-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x01-nl-recruitee-klantenservice-vier-weken",
        kind="eml",
        sender="Brouwer & de Wit <noreply@brouwerdewit.recruitee.com>",
        subject="Je sollicitatie voor Medewerker Klantenservice (32-36 uur)",
        date="Thu, 19 Nov 2026 16:20:00 +0100",
        html=True,
        body="""Beste Daan,

Bedankt voor je sollicitatie op de functie Medewerker Klantenservice bij Brouwer & de Wit.

We hebben veel reacties ontvangen en alle cv's met aandacht bekeken. Na zorgvuldige overweging hebben we besloten je niet uit te nodigen voor een kennismakingsgesprek. Andere kandidaten sloten net wat beter aan bij het profiel.

Vanwege het grote aantal reacties kunnen we helaas geen persoonlijke feedback geven.

Conform de AVG bewaren we je gegevens tot vier weken na afronding van deze procedure. Daarna worden ze verwijderd.

We wensen je veel succes met je zoektocht!

Met vriendelijke groet,

Team Recruitment
Brouwer & de Wit B.V.
""",
        expect=dict(
            company="Brouwer & de Wit",
            contact="",
            role="Medewerker Klantenservice",
            stage="application",
            date="2026-11-19",
            reapply_after="2026-12-17",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x01-nl-ziekenhuis-assessment-half-jaar",
        kind="txt",
        body="""Fleur van der Meulen <f.vandermeulen@amstelzorg.nl>
vr 13 nov 2026 om 14:22
aan mij

Beste Yasmina,

Dank je wel voor je deelname aan het assessment vorige week voor de functie IC-verpleegkundige.

Helaas moet ik je laten weten dat we je niet verder meenemen in de procedure. Op de casusbespreking scoorde je goed, maar op het onderdeel medicatierekenen kwam je net onder de norm die we voor de IC hanteren.

Je bent van harte welkom om over een half jaar opnieuw te solliciteren. Mocht je vragen hebben over de uitslag, bel me gerust op 020 555 8142 (ma t/m do).

Met vriendelijke groet,

Fleur van der Meulen
Recruiter Zorg | Amstelzorg Ziekenhuis
""",
        expect=dict(
            company="Amstelzorg Ziekenhuis",
            contact="Fleur van der Meulen",
            role="IC-verpleegkundige",
            stage="technical",
            date="2026-11-13",
            reapply_after="2027-05-13",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x01-it-proposta-ritirata-riorganizzazione",
        kind="eml",
        sender="Giulia Romano <g.romano@ferrettimeccanica.it>",
        subject="Comunicazione relativa alla proposta di assunzione",
        date="Tue, 10 Nov 2026 18:05:00 +0100",
        encoding="quoted-printable",
        charset="utf-8",
        body="""Gentile Ing. Esposito,

le scrivo con dispiacere in merito alla proposta di assunzione per la posizione di Ingegnere di processo che le avevamo inviato lo scorso 27 ottobre.

A seguito di una riorganizzazione interna dello stabilimento di Brescia, approvata dal Consiglio di Amministrazione nei giorni scorsi, siamo costretti a ritirare la nostra proposta. Si tratta di una decisione che non dipende in alcun modo dal suo profilo, che avevamo valutato molto positivamente.

Comprendo il disagio che questa notizia le può causare e mi scuso a nome dell'azienda. Resto a disposizione per qualsiasi chiarimento, anche telefonicamente.

Cordiali saluti,

Giulia Romano
HR Manager
Ferretti Meccanica S.r.l.
Via dell'Industria 8, 25125 Brescia
P.IVA 01234560987
""",
        expect=dict(
            company="Ferretti Meccanica",
            contact="Giulia Romano",
            role="Ingegnere di processo",
            stage="offer",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x01-pt-desafio-tecnico-seis-meses",
        kind="txt",
        body="""De: Rui Carvalho <rui.carvalho@maresdigitais.pt>
Enviado: 18 de novembro de 2026 10:31
Para: Tiago Mendes
Assunto: Candidatura - Programador Backend (m/f)

Olá Tiago,

Obrigado pelo tempo que dedicou ao nosso processo de recrutamento.

Após a análise do desafio técnico pela nossa equipa, decidimos não avançar com a sua candidatura nesta fase. A solução estava bem organizada, mas a parte de testes e de tratamento de erros ficou aquém do que procuramos para esta função.

Teremos todo o gosto em partilhar consigo o feedback detalhado da equipa técnica, se assim o desejar. Poderá voltar a candidatar-se daqui a 6 meses.

Com os melhores cumprimentos,

Rui Carvalho
Talent Acquisition
Marés Digitais, Lda. | Porto
""",
        expect=dict(
            company="Marés Digitais",
            contact="Rui Carvalho",
            role="Programador Backend",
            stage="technical",
            date="2026-11-18",
            reapply_after="2027-05-18",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x01-en-greenhouse-afternoon-with-team-two-quarters",
        kind="eml",
        sender="Tomasz Wiśniewski via Greenhouse <no-reply@us.greenhouse-mail.io>",
        subject="Your Staff Data Engineer candidacy at Halverson Freight",
        date="Wed, 18 Nov 2026 08:45:00 +0000",
        reply_to="tomasz.wisniewski@halversonfreight.co.uk",
        html=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""Hi Adaeze,

I wanted to get back to you personally after your conversation with Priya and the afternoon you spent with the team in Leeds last Thursday.

Everyone enjoyed meeting you, and the debrief was a long one. In the end we've offered the role to someone whose background in streaming pipelines maps more directly onto what the platform team needs over the next year.

Priya put together a few written notes from the day. If you'd like them, just hit reply and I'll send them over.

One practical thing: our policy is that we can't reconsider candidates for the same team within two quarters of a decision, but other teams are open to you right away.

Thanks again for the time and care you put into this.

Tomasz

Tomasz Wiśniewski
Senior Talent Partner, Engineering
Halverson Freight
""",
        expect=dict(
            company="Halverson Freight",
            contact="Tomasz Wiśniewski",
            role="Staff Data Engineer",
            stage="final",
            date="2026-11-18",
            reapply_after="2027-05-18",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x01-en-agency-client-intro-call-pick-my-brain",
        kind="txt",
        body="""Hi Callum,

Quick one, and I'm sorry it's not better news. I heard back from Sable & Finch this morning about the Legal Operations Manager role.

They liked you on the intro video call with Marguerite (their Head of Legal Ops), but they've decided to carry on with two candidates who've run a contract lifecycle tool rollout end to end. That's the gap they kept coming back to.

I'm around all week if you want to pick my brain about how it went or what they said. Always happy to talk it through.

Olivia

Olivia Grant-Mensah
Principal Consultant, Legal & Compliance
Northgate Talent Ltd | 020 7946 0321
Northgate Talent is acting as an employment agency in relation to this vacancy.
""",
        expect=dict(
            company="Sable & Finch",
            contact="Olivia Grant-Mensah",
            role="Legal Operations Manager",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x01-en-workday-html-only-base64-requisition-subject",
        kind="eml",
        sender="Meridian Health Partners <meridianhealth@myworkday.com>",
        subject="Application Update: R-20417 Clinical Informatics Analyst II",
        date="Mon, 02 Nov 2026 03:17:44 -0600",
        html=True,
        html_only=True,
        encoding="base64",
        charset="utf-8",
        body="""Dear Applicant,

Thank you for your interest in the Clinical Informatics Analyst II position (R-20417) at Meridian Health Partners.

We have carefully reviewed your application materials. At this time, we have decided to pursue other candidates whose qualifications more closely match the requirements of this position.

Candidates may not reapply to the same requisition; however, you are welcome to apply to other positions at any time through our careers site.

We appreciate your interest in Meridian Health Partners and wish you success in your career search.

Sincerely,
Talent Acquisition
Meridian Health Partners

This mailbox is not monitored. Please do not reply to this message.
""",
        expect=dict(
            company="Meridian Health Partners",
            contact="",
            role="Clinical Informatics Analyst II",
            stage="application",
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x01-en-gmail-reply-chain-illustrator-nine-months",
        kind="txt",
        body="""Sam Okonkwo-Reyes <sam@lanternyard.games>
Thu, Nov 19, 2026, 4:02 PM (1 day ago)
to me

hey Mireille, sorry for the radio silence!!

we went through your pieces together on Monday. loved the inking, genuinely. but we're going with someone whose stuff sits closer to the chunky pixel look we've landed on for the new game, so it's a no from us this time.

we tend to staff up again roughly every nine months, so try us again then if you're still up for it.

sam
lantern yard games

On Tue, Nov 10, 2026 at 9:30 AM Mireille Fontaine <mireille.draws@gmail.com> wrote:
> Hi Sam,
> Just checking in on the Senior Illustrator role. I sent my portfolio link
> on the 28th and wanted to make sure it arrived okay. Thanks!
> Mireille
""",
        expect=dict(
            company="Lantern Yard Games",
            contact="Sam Okonkwo-Reyes",
            role="Senior Illustrator",
            stage="portfolio",
            date="2026-11-19",
            reapply_after="2027-08-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x01-en-forwarded-rescinded-offer-firmware",
        kind="eml",
        sender="Jae-won Park <jaewon.park@fastmail.com>",
        subject="Fwd: Update regarding your offer - Quillon Robotics",
        date="Thu, 05 Nov 2026 20:31:09 -0500",
        body="""Mum, this is the one I told you about on the phone. Can't believe it.

---------- Forwarded message ---------
From: Dana Whitlock <dana.whitlock@quillonrobotics.com>
Date: Thu, Nov 5, 2026 at 4:12 PM
Subject: Update regarding your offer - Quillon Robotics
To: Jae-won Park <jaewon.park@fastmail.com>

Jae-won,

I'm writing with news I never like to deliver. Because of a funding delay that became final this week, Quillon Robotics has made the difficult decision to rescind the offer letter dated November 2 for the Firmware Engineer position. We are pausing all new hiring on the hardware team until further notice.

This has nothing to do with you or your interviews, which went very well. I'm truly sorry for the disruption, especially if you have already made plans around a start date.

I'd like to set up a call tomorrow or Monday to walk you through what happened and answer anything I can. Please pick any slot here: calendly.com/dwhitlock-quillon/30min

Dana Whitlock
VP, People
Quillon Robotics, Inc.
""",
        expect=dict(
            company="Quillon Robotics",
            contact="Dana Whitlock",
            role="Firmware Engineer",
            stage="offer",
            date="2026-11-05",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x01-en-ashby-async-exercise-valid-twelve-months",
        kind="eml",
        sender="Corvid Labs <no-reply@ashbyhq.com>",
        subject="Thanks from Corvid Labs",
        date="Fri, 13 Nov 2026 22:50:00 -0800",
        reply_to="ines.marchetti@corvidlabs.io",
        html=True,
        body="""Hi Noor,

Thanks for the thought you put into the async exercise for the Product Designer opening on our Growth team. The reviewers spent real time with your onboarding flow.

After going through every submission, we've decided not to move you forward to the next round. The flows were clean, but we were looking for more evidence of how you'd test and measure the changes you proposed.

Given the volume of exercises we receive, our reviewers' notes aren't written for sharing outside the panel, so I'm not able to pass along anything more specific than the above.

Your exercise result stays valid with us for 12 months, and we'd be glad to see a fresh application after that.

All the best,
Inès Marchetti
Recruiting Coordinator, Corvid Labs
""",
        expect=dict(
            company="Corvid Labs",
            contact="Inès Marchetti",
            role="Product Designer",
            stage="technical",
            date="2026-11-13",
            reapply_after="2027-11-13",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x01-en-university-panel-presentation-charity-footer",
        kind="txt",
        body="""From: Caldwell, Hamish <H.Caldwell@eastmoor.ac.uk>
Sent: 16 November 2026 12:30
To: Ruth Abernethy-Osei
Subject: Lecturer in Marine Biology (Ref: SCI0931)

Dear Dr Abernethy-Osei,

Thank you for attending the interview panel and for your presentation on 9 November. The panel was impressed by the range of your fieldwork and by the clarity of your teaching session.

After careful deliberation, I regret to tell you that the panel has decided to offer the post to another candidate.

The Chair of the panel would be willing to provide feedback on your interview should you wish to receive it. Please contact me directly to arrange a time.

May I thank you again for your interest in the University and wish you every success in the future.

Yours sincerely,

Professor Hamish Caldwell
Head of School of Biological and Marine Sciences
University of Eastmoor

The University of Eastmoor is a charity registered in Scotland, No. SC000000.
This email and any attachments are confidential and intended only for the addressee.
""",
        expect=dict(
            company="University of Eastmoor",
            contact="Hamish Caldwell",
            role="Lecturer in Marine Biology",
            stage="final",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x01-en-bamboohr-dental-active-sixty-days",
        kind="eml",
        sender="Pinecrest Dental Group <notifications@app.bamboohr.com>",
        subject="Pinecrest Dental Group - Office Bookkeeper",
        date="Tue, 03 Nov 2026 14:00:00 -0700",
        reply_to="marla@pinecrestdental.com",
        body="""Hello Devon,

Thank you for your interest in the Office Bookkeeper position with Pinecrest Dental Group. We have decided to move forward with another candidate for this position.

Your application will remain active in our system for 60 days, and we will reach out if anything similar opens up during that time.

We wish you the best of luck in your search.

Marla Jean Hutchins
Practice Administrator
Pinecrest Dental Group
(970) 555-0184
""",
        expect=dict(
            company="Pinecrest Dental Group",
            contact="Marla Jean Hutchins",
            role="Office Bookkeeper",
            stage=None,
            date="2026-11-03",
            reapply_after="2027-01-02",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x01-en-recruiter-chat-last-tuesday-calendar-year",
        kind="txt",
        body="""From: Kayode Adebayo-Smith <kay@holliscloud.com>
Date: Mon, 9 Nov 2026 at 11:14
Subject: Site Reliability Engineer II - Hollis Cloud
To: <wen.liu.ops@gmail.com>

Hi Wen,

Thanks for making time to chat with me last Tuesday. I really enjoyed hearing about the incident tooling you built at your last place.

I've talked it over with the hiring manager and we're not going to line up the next conversations. For this one the team needs someone who has been on call for a large Kubernetes fleet, and that came up a bit thin for us.

I can't share the interviewers' written notes, but I'm happy to tell you in broad strokes where it landed on a quick call if that's useful.

One heads-up: we ask folks to wait a full calendar year before re-interviewing with the same team.

Best,
Kay

Kayode Adebayo-Smith (he/him)
Technical Recruiter | Hollis Cloud
""",
        expect=dict(
            company="Hollis Cloud",
            contact="Kayode Adebayo-Smith",
            role="Site Reliability Engineer II",
            stage="phone_screen",
            date="2026-11-09",
            reapply_after="2027-11-09",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x01-en-coffee-shop-two-line-text",
        kind="txt",
        body="""Hi Aleks, sorry, we've filled the barista spot already. Thanks so much for your interest and best of luck!
Rosa - Two Pines Coffee

Sent from my iPhone
""",
        expect=dict(
            company="Two Pines Coffee",
            contact="Rosa",
            role="Barista",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
