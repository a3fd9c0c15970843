"""Batch x04, written by hand by the writer helper: 20 rejection emails (10 in German incl. Swiss and Austrian, Dutch (Flemish), Italian, French incl. Belgian, Spanish incl. Mexican, Portuguese; 10 hard English cases)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-20"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="x04-dech-fachgespraech-konstruktionsaufgabe",
        kind="eml",
        sender="Claudia Zürcher <claudia.zuercher@alpwerk.ch>",
        subject="Ihre Bewerbung als Konstrukteur Maschinenbau (80-100 %)",
        date="Thu, 19 Nov 2026 16:45:00 +0100",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Sehr geehrter Herr Gashi

Besten Dank für Ihre Zeit und Ihr Engagement im Rahmen unseres Auswahlverfahrens. Wir haben uns sehr gefreut, Sie anlässlich des Fachgesprächs mit Konstruktionsaufgabe bei uns in Thun kennenzulernen.

Nach sorgfältiger Auswertung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatur entschieden haben. Ausschlaggebend war die vertiefte Erfahrung im Bereich Hydraulik, welche für diese Stelle zentral ist.

Gerne gebe ich Ihnen telefonisch eine ausführliche Rückmeldung zu Ihrer Konstruktionsaufgabe. Sie erreichen mich unter 033 225 40 17.

Wir wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute.

Freundliche Grüsse

Claudia Zürcher
HR Business Partner
Alpwerk Präzision AG
Allmendstrasse 12, 3600 Thun
""",
        expect=dict(
            company="Alpwerk Präzision",
            contact="Claudia Zürcher",
            role="Konstrukteur Maschinenbau",
            stage="technical",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x04-deat-hotel-stelle-vergeben-in-evidenz",
        kind="txt",
        body="""Von: Mag. Eva Steinbauer <e.steinbauer@donaublick-hotel.at>
Gesendet: Montag, 9. November 2026 10:20
An: Katharina Huber
Betreff: Rezeptionistin (m/w/d) - Hotel Donaublick

Sehr geehrte Frau Huber,

vielen Dank für Ihr Interesse an der Position als Rezeptionistin in unserem Haus in Melk.

Leider müssen wir Ihnen mitteilen, dass die Stelle mittlerweile vergeben wurde.

Gerne halten wir Ihre Daten mit Ihrem Einverständnis für 6 Monate in Evidenz und kommen auf Sie zu, sollte sich in dieser Zeit eine passende Möglichkeit ergeben.

Wir wünschen Ihnen alles Gute und viel Erfolg für Ihre weitere Jobsuche.

Mit freundlichen Grüßen

Mag. Eva Steinbauer
Personalleitung
Hotel Donaublick GmbH
Wachauer Straße 3, 3390 Melk
FN 123456x, Landesgericht St. Pölten
""",
        expect=dict(
            company="Hotel Donaublick",
            contact="Eva Steinbauer",
            role="Rezeptionistin",
            stage=None,
            date="2026-11-09",
            reapply_after="2027-05-09",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x04-nlbe-kandidatuur-telefonisch-gesprek-twee-jaar",
        kind="eml",
        sender="Griet Verhaeghe <griet.verhaeghe@vandammebouw.be>",
        subject="Uw kandidatuur voor de functie van Calculator Bouw",
        date="Mon, 16 Nov 2026 11:00:00 +0100",
        html=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""Geachte heer Claes,

Graag willen wij u nogmaals bedanken voor uw kandidatuur voor de functie van Calculator Bouw en voor het aangename telefonisch gesprek van vorige week.

Na grondige afweging hebben wij besloten om de selectieprocedure verder te zetten met andere kandidaten, van wie het profiel beter aansluit bij onze noden op het vlak van utiliteitsbouw.

Wij houden uw kandidatuur gedurende twee jaar bij in onze databank, zodat wij u kunnen contacteren wanneer er een passende vacature vrijkomt.

Indien u nog vragen heeft, mag u mij altijd contacteren.

Met vriendelijke groeten,

Griet Verhaeghe
HR-verantwoordelijke
Vandamme Bouw NV
Industrielaan 27, 8800 Roeselare
""",
        expect=dict(
            company="Vandamme Bouw",
            contact="Griet Verhaeghe",
            role="Calculator Bouw",
            stage="phone_screen",
            date="2026-11-16",
            reapply_after="2028-11-16",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x04-it-caffe-ultimo-colloquio-direttore-commerciale",
        kind="txt",
        body="""Da: Sara Colombo <sara.colombo@caffemorandi.it>
Inviato: venerdì 13 novembre 2026 12:14
A: Lorenzo Greco
Oggetto: Selezione Key Account Manager GDO

Gentile Lorenzo,

la ringrazio per il tempo che ci ha dedicato nel corso di queste settimane di selezione.

A seguito dell'ultimo colloquio con il nostro Direttore Commerciale, l'azienda ha deciso di proseguire con un altro candidato per la posizione di Key Account Manager GDO.

Mi dispiace comunicarle che, per policy aziendale, non siamo in grado di fornire un feedback dettagliato sulle singole fasi del processo.

Le auguro ogni successo per il futuro.

Cordiali saluti,

Sara Colombo
Talent Acquisition Specialist
Caffè Morandi S.p.A.

Questo messaggio e i suoi allegati sono destinati esclusivamente al destinatario. Ai sensi del D.Lgs. 196/2003 e del Reg. UE 2016/679, se ha ricevuto questa e-mail per errore la preghiamo di cancellarla.
""",
        expect=dict(
            company="Caffè Morandi",
            contact="Sara Colombo",
            role="Key Account Manager GDO",
            stage="final",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x04-it-startup-cv-valutato-sei-mesi-scrivici",
        kind="eml",
        sender="Pastabox People <people@pastabox.it>",
        subject="La tua candidatura come iOS Developer",
        date="Sat, 7 Nov 2026 09:00:00 +0100",
        html=True,
        body="""Ciao Francesca,

grazie di cuore per esserti candidata come iOS Developer in Pastabox!

Abbiamo valutato il tuo CV insieme al team tech e, per questa posizione, abbiamo deciso di non procedere con un colloquio: cerchiamo una persona con più esperienza su SwiftUI in produzione.

Potrai candidarti di nuovo tra 6 mesi, e nel frattempo continua a seguirci, le posizioni aperte cambiano spesso. Per qualsiasi domanda scrivici pure a people@pastabox.it.

A presto,
Il team People di Pastabox
Pastabox S.r.l. - Bologna
""",
        expect=dict(
            company="Pastabox",
            contact="",
            role="iOS Developer",
            stage="application",
            date="2026-11-07",
            reapply_after="2027-05-07",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x04-frbe-brasserie-book-graphiste",
        kind="eml",
        sender="Anne-Sophie Dewulf <as.dewulf@brasserie-lambrechts.be>",
        subject="Votre candidature - Graphiste",
        date="Tue, 10 Nov 2026 08:30:00 +0100",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Madame,

Nous avons bien reçu votre candidature pour le poste de Graphiste au sein de notre service communication et nous avons examiné votre book avec beaucoup d'attention.

Malgré la qualité de vos réalisations, nous ne sommes pas en mesure de vous proposer un entretien. Nous avons privilégié des profils plus orientés vers l'étiquetage et le packaging de produits brassicoles.

Nous conservons votre dossier et ne manquerons pas de vous recontacter si une opportunité se présente.

Nous vous prions d'agréer, Madame, nos salutations les meilleures.

Anne-Sophie Dewulf
Responsable RH
Brasserie Lambrechts SA
Rue de la Senne 41, 1000 Bruxelles
""",
        expect=dict(
            company="Brasserie Lambrechts",
            contact="Anne-Sophie Dewulf",
            role="Graphiste",
            stage="portfolio",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x04-fr-gmail-promesse-embauche-retiree",
        kind="txt",
        body="""Bernard Roche <b.roche@snta-transports.fr>
jeu. 12 nov. 2026 à 19:02
À : moi

Monsieur Benali,

C'est avec un réel embarras que je reviens vers vous au sujet de la proposition d'embauche que nous vous avions adressée le 30 octobre pour le poste de Responsable Maintenance H/F sur notre site de Chambéry.

La direction générale a décidé ce matin de geler l'ensemble des recrutements du site dans l'attente de la reprise de la concession. Nous sommes donc contraints de revenir sur cette proposition, ce que je regrette sincèrement.

Je me tiens à votre entière disposition pour en échanger par téléphone dès demain, si vous le souhaitez.

Bien cordialement,

Bernard Roche
Directeur des Ressources Humaines
Société Nouvelle des Transports Alpins (SNTA)
""",
        expect=dict(
            company="Société Nouvelle des Transports Alpins",
            contact="Bernard Roche",
            role="Responsable Maintenance",
            stage="offer",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x04-esmx-psicometrica-prueba-conocimientos",
        kind="txt",
        body="""Estimado Ing. Rodrigo Salinas:

Por medio del presente le agradecemos su participación en el proceso de reclutamiento para la vacante de Ingeniero de Calidad en nuestra planta de Saltillo.

Una vez concluidas la evaluación psicométrica y la prueba de conocimientos técnicos, le informamos que en esta ocasión su perfil no fue seleccionado para continuar en el proceso.

Le comentamos que, por políticas internas, podrá volver a postularse a una vacante de la empresa en 6 meses. Por la misma razón, no nos es posible compartir los resultados individuales de las evaluaciones.

Sin otro particular, reciba un cordial saludo.

Atentamente,

Lic. Alejandra Treviño
Coordinadora de Atracción de Talento
Grupo Industrial Sierra Madre, S.A. de C.V.
""",
        expect=dict(
            company="Grupo Industrial Sierra Madre",
            contact="Alejandra Treviño",
            role="Ingeniero de Calidad",
            stage="technical",
            date=None,
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x04-es-portal-empleo-empresa-descarta-cv",
        kind="eml",
        sender="Empleoya <notificaciones@empleoya.es>",
        subject="Novedades en tu candidatura: Dependiente de ferretería (H/M)",
        date="Wed, 18 Nov 2026 07:02:00 +0100",
        html=True,
        html_only=True,
        encoding="base64",
        charset="utf-8",
        body="""Hola, Adrián:

La empresa Ferreterías Ondarreta S.L. ha revisado tu CV y ha descartado tu candidatura para la oferta «Dependiente de ferretería (H/M)» en Donostia-San Sebastián.

¡No te desanimes! Hay más de 200 ofertas parecidas esperándote.

Ver ofertas similares

Recibes este correo porque te inscribiste en una oferta a través de Empleoya. Para dejar de recibir estos avisos, gestiona tus notificaciones.
""",
        expect=dict(
            company="Ferreterías Ondarreta",
            contact="",
            role="Dependiente de ferretería",
            stage="application",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x04-pt-outlook-quinta-vaga-preenchida",
        kind="txt",
        body="""De: Joana Mota <joana.mota@quintadosobral.pt>
Enviada: quinta-feira, 29 de outubro de 2026 10:10
Para: Henrique Tavares
Assunto: Enólogo Adjunto

Caro Henrique,

Agradecemos o seu interesse na Quinta do Sobral e na função de Enólogo Adjunto.

Informamos que a vaga já foi preenchida, pelo que não daremos seguimento ao processo consigo.

Qualquer questão, estamos ao dispor.

Cumprimentos,
Joana Mota
Recursos Humanos
Quinta do Sobral, S.A.
""",
        expect=dict(
            company="Quinta do Sobral",
            contact="Joana Mota",
            role="Enólogo Adjunto",
            stage=None,
            date="2026-10-29",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x04-en-lever-case-studies-on-site-is-portfolio",
        kind="eml",
        sender="Aoife Brennan-László <aoife@brindle.design>",
        subject="Thanks for applying to Brindle",
        date="Thu, 12 Nov 2026 10:30:00 +0000",
        reply_to="aoife@brindle.design",
        html=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""Hi Sung-min,

Thanks for applying to Brindle. Our two design leads sat down together and looked through the case studies on your site, and the fintech onboarding one prompted a good discussion.

We're going to pass this time, though. We need someone who has already designed for a multi-sided marketplace, and we didn't see that in the work you shared.

We can't offer portfolio critiques, I'm sorry to say; there are just too many of us and too few of them. We'd welcome another application once you've shipped a few more projects, say in a year.

Aoife

Position: Senior Product Designer (Remote, EU)
Sent via Lever
""",
        expect=dict(
            company="Brindle",
            contact="Aoife Brennan-László",
            role="Senior Product Designer",
            stage="portfolio",
            date="2026-11-12",
            reapply_after="2027-11-12",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x04-en-agency-psychometrics-no-resit-twelve-months",
        kind="txt",
        body="""From: Bex Thornton <bex@callowayrecruitment.co.uk>
Sent: 18 November 2026 09:12
To: Daniel Kowalczyk
Subject: Marston Hale update

Morning Daniel,

Marston Hale Insurance have come back to me on the Underwriting Assistant role. Unfortunately your psychometrics came in just below the cut-off they use for the numerical reasoning section, so they won't be taking you through to interview.

They've sent over a short report on the assessment. Want me to forward it? Some of it is genuinely useful.

Also, annoyingly, their rules say you can't resit their assessment for 12 months, so we'll look elsewhere for now. I've got a couple of broker roles in mind.

Speak soon,
Bex

Bex Thornton
Senior Recruitment Consultant | Calloway Recruitment
""",
        expect=dict(
            company="Marston Hale Insurance",
            contact="Bex Thornton",
            role="Underwriting Assistant",
            stage="technical",
            date="2026-11-18",
            reapply_after="2027-11-18",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x04-en-council-conditional-offer-restructure",
        kind="eml",
        sender="Wexcombe Borough Council HR <recruitment@wexcombe.gov.uk>",
        subject="Senior Planning Officer - Conditional Offer (Ref PL/2026/031)",
        date="Wed, 18 Nov 2026 15:00:00 +0000",
        body="""Dear Mr Halloran,

Senior Planning Officer (Ref PL/2026/031)

I refer to our letter of 20 October 2026 in which the Council made you a conditional offer of employment for the above post.

On 16 November the Council's Cabinet approved a restructure of the Planning and Building Control service. As part of that restructure the Senior Planning Officer post has been deleted from the establishment. I must therefore advise you, with regret, that the conditional offer is withdrawn and cannot proceed.

I appreciate that this will come as a considerable disappointment, and I apologise for the inconvenience caused. If you would like to discuss this, please call me on 01632 960 418.

Yours sincerely,

Hannah Oyelaran-Price
HR Business Partner
Wexcombe Borough Council
""",
        expect=dict(
            company="Wexcombe Borough Council",
            contact="Hannah Oyelaran-Price",
            role="Senior Planning Officer",
            stage="offer",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x04-en-outlook-forward-leadership-team-three-candidates",
        kind="txt",
        body="""From: Carla Dimitriou <carla.dimitriou@gmail.com>
Sent: Friday, November 13, 2026 5:10 PM
To: Carla Dimitriou <cdimitriou.work@outlook.com>
Subject: FW: Brackenridge Foods

-----Original Message-----
From: Don Whitaker <dwhitaker@brackenridgefoods.com>
Sent: Friday, November 13, 2026 4:45 PM
To: Carla Dimitriou <carla.dimitriou@gmail.com>
Subject: Brackenridge Foods

Carla,

You were one of three candidates we brought in to meet the leadership team last week for the Regional Sales Manager position covering the Southeast. I want to thank you for the time you gave us.

After a lot of back and forth we have offered the job to one of the other candidates, who has worked with our two biggest grocery accounts before.

Best of luck going forward.

Don Whitaker
SVP Sales
Brackenridge Foods
""",
        expect=dict(
            company="Brackenridge Foods",
            contact="Don Whitaker",
            role="Regional Sales Manager",
            stage="final",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x04-en-reply-chain-eml-screening-call-no-feedback",
        kind="eml",
        sender="Anneliese Vogt-Mensah <a.vogt-mensah@kilnworth.ac.uk>",
        subject="Re: Checking in",
        date="Fri, 20 Nov 2026 09:02:00 +0000",
        body="""Dear Ibrahim,

Thanks for checking in, and sorry not to have written sooner.

Following your screening call with Marcus, we have decided not to shortlist you for the next stage. We had a large field and have prioritised candidates with a recognised data protection qualification.

I'm afraid we aren't able to give feedback at the screening stage, but thank you for your interest in working at Kilnworth.

Best wishes,
Anneliese

Anneliese Vogt-Mensah
Recruitment Adviser, People Services
Kilnworth University

> On 17 Nov 2026, at 14:20, Ibrahim Sesay <ibrahim.sesay@protonmail.com> wrote:
>
> Dear Anneliese,
> I hope you're well. I wanted to check in on the Data Protection Officer
> role, as it's been about three weeks since I spoke with Marcus.
> Kind regards,
> Ibrahim
""",
        expect=dict(
            company="Kilnworth University",
            contact="Anneliese Vogt-Mensah",
            role="Data Protection Officer",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x04-en-workday-job-family-eligible-from-absolute-date",
        kind="txt",
        body="""From: Ostrander Aerospace Careers <ostrander@myworkday.com>
Date: November 10, 2026
Subject: Manufacturing Engineer II - Job Requisition JR-118204

Hello Priscila,

Thank you for your interest in the Manufacturing Engineer II position at Ostrander Aerospace.

We've completed our review of your application and have decided not to move forward. We received a large number of qualified applications for this role.

Based on our candidate guidelines, you will be eligible for consideration for roles in this job family again from 1 March 2027. You can view your application status at any time in your candidate home.

Regards,
Ostrander Aerospace Talent Acquisition

This is an automated message. Replies to this address are not monitored.
""",
        expect=dict(
            company="Ostrander Aerospace",
            contact="",
            role="Manufacturing Engineer II",
            stage="application",
            date="2026-11-10",
            reapply_after="2027-03-01",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x04-en-bamboohr-copy-editor-editorial-director",
        kind="eml",
        sender="Glenmorrow Press <notifications@app.bamboohr.com>",
        subject="Copy Editor at Glenmorrow Press",
        date="Mon, 2 Nov 2026 11:11:00 -0500",
        reply_to="liesl.abernathy@glenmorrowpress.com",
        body="""Dear Wanjiru,

Thank you for coming in last Thursday for the final interview with our editorial director. We know you traveled some way to be here.

We have now made our decision, and I'm sorry to tell you that we have offered the Copy Editor position to another candidate. Our policy is not to give individual feedback after interviews, but please know that the choice was a difficult one.

With thanks and good wishes,

Liesl Abernathy
Managing Editor
Glenmorrow Press
""",
        expect=dict(
            company="Glenmorrow Press",
            contact="Liesl Abernathy",
            role="Copy Editor",
            stage="final",
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x04-en-production-house-reel-crew-signoff",
        kind="txt",
        body="""Hey Callie!

Thanks so much for sending your reel for the Junior Video Editor spot. We watched it as a group on Tuesday (popcorn was involved). The music video cut was a highlight.

We've decided to go with people whose reels lean more towards long-form documentary, which is most of what's on our slate next year, so we won't be bringing you in for a chat this round.

If you'd like a few thoughts from our senior editor on the reel, just reply and we'll send them your way.

Cheers,
the Saltmarsh crew
Saltmarsh Media | Cardiff
""",
        expect=dict(
            company="Saltmarsh Media",
            contact="",
            role="Junior Video Editor",
            stage="portfolio",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x04-en-tavern-line-cook-sorry-man",
        kind="eml",
        sender="Marco Delgado <marco@hollowoaktavern.com>",
        subject="Re: Line cook",
        date="Sat, 14 Nov 2026 22:40:00 -0600",
        body="""sorry man, we hired someone already. good luck out there

Marco - Hollow Oak Tavern

Sent from my Galaxy
""",
        expect=dict(
            company="Hollow Oak Tavern",
            contact="Marco Delgado",
            role="Line Cook",
            stage=None,
            date="2026-11-14",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x04-en-intro-call-six-month-break-dach",
        kind="txt",
        body="""From: Jonah Feldmann <jonah@nordlicht.io>
Date: Wed, Nov 18, 2026 at 5:30 PM
Subject: Nordlicht - Customer Success Lead (DACH)
To: Maren Sørensen <maren.sorensen@posteo.net>

Hi Maren,

Thanks again for the intro call last week. I really liked your story about rescuing the churned logistics account.

I've now synced with the team, and we've decided not to continue with your application. For this role we need a native-level German speaker for the enterprise accounts, and that's a hard requirement I should have flagged more clearly up front. Sorry about that.

You're welcome back in our process after a six-month break. If you want to chat through any of this, grab 15 minutes on my calendar: cal.com/jonah-nordlicht

Best,
Jonah
Talent @ Nordlicht
""",
        expect=dict(
            company="Nordlicht",
            contact="Jonah Feldmann",
            role="Customer Success Lead",
            stage="phone_screen",
            date="2026-11-18",
            reapply_after="2027-05-18",
            feedback_invited=True,
        ),
    ),
]
