"""Batch x03, written by hand by the writer helper: 20 rejection emails (10 in Spanish, French, Portuguese, Italian, German, Dutch; 10 hard English cases)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-20"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="x03-es-aseguradora-no-seleccionado-un-ano",
        kind="eml",
        sender="Seguros Tramontana <no-responder@segurostramontana.es>",
        subject="Tramitador de Siniestros (H/M) - Zaragoza",
        date="Tue, 3 Nov 2026 12:00:00 +0100",
        encoding="8bit",
        charset="iso-8859-1",
        body="""Estimado Sr. Lacasa:

Le agradecemos sinceramente el interés mostrado por formar parte de Seguros Tramontana.

Lamentamos comunicarle que, en esta ocasión, no ha sido seleccionado para el puesto de Tramitador de Siniestros (H/M).

De acuerdo con nuestra política de protección de datos, sus datos se conservarán en nuestra base de candidatos durante un año, por si surgiera alguna vacante acorde con su perfil. Puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a privacidad@segurostramontana.es.

Le deseamos mucho éxito en su carrera profesional.

Atentamente,

Departamento de Personas
Seguros Tramontana, S.A.

Este mensaje ha sido generado automáticamente. Por favor, no responda a esta dirección.
""",
        expect=dict(
            company="Seguros Tramontana",
            contact="",
            role="Tramitador de Siniestros",
            stage=None,
            date="2026-11-03",
            reapply_after="2027-11-03",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x03-es-estudio-videojuegos-reel-ocho-meses",
        kind="txt",
        body="""De: Íñigo Etxeberria <inigo@krakenbay.es>
Enviado el: lunes, 16 de noviembre de 2026 9:47
Para: Claudia Ferrer
Asunto: Re: Candidatura Artista 3D de entornos

Hola Claudia,

Perdona la tardanza. Ya hemos revisado tu porfolio y tu reel con el equipo de arte. Los interiores con iluminación nocturna nos han gustado mucho, pero para esta plaza de Artista 3D de entornos buscamos a alguien con más soltura en exteriores y vegetación, y hemos seguido con otros perfiles sin pasar a entrevistas.

Si quieres, te mando un par de notas concretas sobre el reel, que creo que te pueden venir bien.

Abrimos la próxima convocatoria dentro de unos ocho meses y nos encantaría volver a verte por aquí.

Un abrazo,
Íñigo

Íñigo Etxeberria
Art Director · Kraken Bay Studios S.L. · Bilbao
""",
        expect=dict(
            company="Kraken Bay Studios",
            contact="Íñigo Etxeberria",
            role="Artista 3D de entornos",
            stage="portfolio",
            date="2026-11-16",
            reapply_after="2027-07-16",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x03-fr-test-technique-data-analyst-dans-un-an",
        kind="eml",
        sender="Maëlle Le Goff <maelle.legoff@oreade-energie.fr>",
        subject="Ta candidature chez Oréade Énergie",
        date="Mon, 16 Nov 2026 17:33:00 +0100",
        html=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""Bonjour Karim,

Merci d'avoir pris le temps de réaliser le test technique pour le poste de Data Analyst H/F. On sait que c'est un vrai investissement, surtout en parallèle d'un emploi.

L'équipe l'a corrigé attentivement et nous avons décidé de ne pas poursuivre avec ta candidature pour cette fois. Par principe, nous ne communiquons pas le détail des corrections, afin de garder le test identique pour tous les candidats.

Tu pourras de nouveau postuler chez nous dans un an, et on sera ravis de recevoir ta candidature.

Belle continuation,

Maëlle Le Goff
Talent Acquisition Manager
Oréade Énergie SAS - Nantes
""",
        expect=dict(
            company="Oréade Énergie",
            contact="Maëlle Le Goff",
            role="Data Analyst",
            stage="technical",
            date="2026-11-16",
            reapply_after="2027-11-16",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x03-fr-apple-mail-premier-entretien-visio-boutique",
        kind="txt",
        body="""De: Sophie Albertini <s.albertini@maison-delorme.com>
Objet: Votre candidature - Responsable boutique H/F - Bordeaux
Date: 9 novembre 2026 à 18:20:05 UTC+1
À: Élodie Mbaye <elodie.mbaye@orange.fr>

Madame,

Je vous remercie pour notre premier entretien en visio de jeudi dernier et pour l'intérêt que vous portez à la Maison Delorme.

Après réflexion, nous avons décidé de ne pas donner suite à votre candidature pour le poste de Responsable boutique. Nous recherchons un profil ayant déjà encadré une équipe de plus de dix conseillers de vente, ce qui n'est pas encore votre cas.

N'hésitez pas à revenir vers moi si vous avez des questions.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Sophie Albertini
Responsable Ressources Humaines Retail
Maison Delorme
""",
        expect=dict(
            company="Maison Delorme",
            contact="Sophie Albertini",
            role="Responsable boutique",
            stage="phone_screen",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x03-pt-startup-conversa-fundadores-chamada",
        kind="eml",
        sender="Inês Vasconcelos Saraiva <ines@bolotalabs.pt>",
        subject="Bolota Labs - processo para Gestor de Produto",
        date="Fri, 20 Nov 2026 11:11:00 +0000",
        html=True,
        encoding="base64",
        charset="utf-8",
        body="""Olá Miguel,

Antes de mais, obrigada por todo o tempo que dedicou ao processo para Gestor de Produto na Bolota Labs.

Depois da última fase, a conversa com os nossos fundadores, decidimos avançar com outra pessoa. Foi uma decisão muito equilibrada e sei que isto custa a ouvir, sobretudo depois de chegar tão longe.

Se quiser, podemos marcar uma chamada de 15 minutos para lhe dar o feedback de cada etapa. Basta responder a este e-mail com dois ou três horários.

Um abraço e obrigada mais uma vez,

Inês Vasconcelos Saraiva
People & Talent
Bolota Labs, Lda. | Lisboa
""",
        expect=dict(
            company="Bolota Labs",
            contact="Inês Vasconcelos Saraiva",
            role="Gestor de Produto",
            stage="final",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x03-pt-transportes-curriculo-arquivo-seis-meses",
        kind="txt",
        body="""Exmo. Sr. Vítor Guerreiro,

Agradecemos o envio da sua candidatura para a função de Motorista de pesados (m/f).

Informamos que, após análise do seu currículo, a sua candidatura não foi selecionada para a fase de entrevistas, uma vez que procurávamos candidatos com experiência em transporte internacional e certificado ADR.

A sua candidatura ficará em arquivo por um período de 6 meses, podendo ser considerada caso surja uma vaga adequada ao seu perfil.

Sem outro assunto de momento, apresentamos os melhores cumprimentos.

Carla Rebelo
Departamento Administrativo
Transportes Rebelo & Filhos, Lda.
Zona Industrial de Oiã, Lote 14 - 3770-059 Oliveira do Bairro
""",
        expect=dict(
            company="Transportes Rebelo & Filhos",
            contact="Carla Rebelo",
            role="Motorista de pesados",
            stage="application",
            date=None,
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x03-it-lanificio-book-stilista-dodici-mesi",
        kind="eml",
        sender="Federica Galli <selezione@lanificioorsini.it>",
        subject="Candidatura Stilista Junior Maglieria",
        date="Thu, 5 Nov 2026 10:00:00 +0100",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Gentile Alessia,

grazie per averci inviato la sua candidatura per la posizione di Stilista Junior Maglieria e per averci fatto conoscere il suo lavoro.

Il nostro ufficio stile ha visionato con attenzione il suo book. Abbiamo apprezzato la ricerca sui filati, ma in questa fase abbiamo scelto di proseguire con profili che hanno già esperienza con le macchine da maglieria a gauge fine, e non procederemo quindi con un colloquio.

Non ci è possibile fornire una valutazione dettagliata dei singoli portfolio. Potrà ricandidarsi trascorsi 12 mesi da questa comunicazione.

Un cordiale saluto,

Federica Galli
Risorse Umane
Lanificio Orsini S.p.A. - Biella
""",
        expect=dict(
            company="Lanificio Orsini",
            contact="Federica Galli",
            role="Stilista Junior Maglieria",
            stage="portfolio",
            date="2026-11-05",
            reapply_after="2027-11-05",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x03-it-gmail-studio-commercialista-colloquio-telefonico",
        kind="txt",
        body="""Chiara Benedetti <c.benedetti@studiobenedetti.it>
mer 18 nov 2026, 09:41
a me

Buongiorno Dott. Russo,

la ringrazio per la disponibilità dimostrata durante il colloquio conoscitivo telefonico di lunedì.

Dopo un confronto con i soci, abbiamo deciso di orientarci su un candidato che ha già svolto parte del tirocinio in ambito revisione legale. Per questo motivo non proseguiremo con il suo profilo per la posizione di Praticante commercialista.

Per qualsiasi domanda resto a disposizione.

Cordiali saluti,

Dott.ssa Chiara Benedetti
Studio Associato Benedetti & Partners
Dottori Commercialisti e Revisori Legali
Corso Vittorio Emanuele II, 72 - Torino
""",
        expect=dict(
            company="Studio Associato Benedetti & Partners",
            contact="Chiara Benedetti",
            role="Praticante commercialista",
            stage="phone_screen",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x03-de-klinikum-vertragsangebot-zurueckgezogen",
        kind="eml",
        sender="Stefanie Wagner-Öztürk <s.wagner-oeztuerk@klinikum-eichstaett-nord.de>",
        subject="Ihr Vertragsangebot - Pflegefachkraft Intensivstation (m/w/d)",
        date="Wed, 4 Nov 2026 14:30:00 +0100",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Sehr geehrter Herr Nowak,

leider muss ich Ihnen heute eine unerfreuliche Mitteilung machen.

Aufgrund der kurzfristig beschlossenen Zusammenlegung unserer beiden Intensivstationen zum 1. Januar entfällt die Stelle, für die wir Ihnen am 22. Oktober ein Vertragsangebot als Pflegefachkraft Intensivstation übersandt hatten. Wir sehen uns daher gezwungen, dieses Angebot zurückzuziehen.

Diese Entscheidung hat ausschließlich organisatorische Gründe und steht in keinem Zusammenhang mit Ihrer Person oder Qualifikation. Ich bedauere sehr, dass wir Ihnen nach den guten Gesprächen keine andere Nachricht geben können.

Für Rückfragen stehe ich Ihnen selbstverständlich gerne zur Verfügung, gern auch telefonisch unter 08421 600-318.

Mit freundlichen Grüßen

Stefanie Wagner-Öztürk
Personalabteilung
Klinikum Eichstätt-Nord gGmbH
""",
        expect=dict(
            company="Klinikum Eichstätt-Nord",
            contact="Stefanie Wagner-Öztürk",
            role="Pflegefachkraft Intensivstation",
            stage="offer",
            date="2026-11-04",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x03-nl-laatste-gesprek-founders-over-een-jaar",
        kind="txt",
        body="""Sanne de Jong <sanne@fietsflow.nl>
10 nov. 2026 15:04
aan mij

Hoi Bram,

Dank je voor het laatste gesprek met Joost en Eva vorige week. Ze vonden het echt een leuk gesprek, en dat geldt ook voor de rest van het team dat je eerder sprak.

Toch hebben we besloten om met een andere kandidaat verder te gaan voor de rol van Senior Frontend Developer. Het verschil zat vooral in ervaring met React Native, die we komend jaar hard nodig hebben.

We geven na de laatste ronde helaas geen inhoudelijke feedback, dat is een afspraak die we met het hele team hebben gemaakt. Maar over een jaar staan we zeker weer open voor je, dus hou ons in de gaten!

Groetjes,
Sanne

Sanne de Jong | Talent & Culture | Fietsflow B.V.
""",
        expect=dict(
            company="Fietsflow",
            contact="Sanne de Jong",
            role="Senior Frontend Developer",
            stage="final",
            date="2026-11-10",
            reapply_after="2027-11-10",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x03-en-taleo-superday-summer-analyst",
        kind="eml",
        sender="Carrow Whitmore Graduate Recruitment <noreply@taleo.net>",
        subject="Your application to the 2027 Summer Analyst Programme",
        date="Fri, 20 Nov 2026 18:45:00 +0000",
        html=True,
        html_only=True,
        encoding="quoted-printable",
        charset="windows-1252",
        body="""Dear Candidate,

Thank you for attending our Superday in London on 13 November.

After careful consideration of all candidates who took part, we regret to inform you that we will not be offering you a place on the 2027 Investment Banking Summer Analyst Programme.

Due to the number of candidates attending Superday, we are not in a position to provide individual feedback.

We appreciate the time and effort you invested in the process, and we wish you every success.

Yours faithfully,

Graduate Recruitment Team
Carrow Whitmore & Co.

Carrow Whitmore & Co. is authorised and regulated by the Financial Conduct Authority. This e-mail was sent from an unmonitored address.
""",
        expect=dict(
            company="Carrow Whitmore & Co.",
            contact="",
            role="Investment Banking Summer Analyst",
            stage="final",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x03-en-search-firm-longlist-housing-association",
        kind="txt",
        body="""Dear Grace,

I wanted to let you know that the panel at Oakhollow Housing Association met on Wednesday to agree their longlist for the Head of Asset Management appointment. I'm sorry to say that your application was not taken forward to the longlist.

I'm afraid the client hasn't shared their reasons with us and I won't pretend to know them. The field was unusually strong, with a number of candidates already in Director roles.

Thank you for the care you took over your supporting statement, and for thinking of Pembury Search.

With best wishes,

Tariq Mahmood
Partner, Housing & Regeneration Practice
Pembury Search Ltd

Pembury Search Ltd is registered in England and Wales (No. 08123456). Registered office: 4 Mercer Court, Bristol BS1 5AA. This message is confidential and may be legally privileged.
""",
        expect=dict(
            company="Oakhollow Housing Association",
            contact="Tariq Mahmood",
            role="Head of Asset Management",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x03-en-bakery-trial-shifts-seasonal-four-months",
        kind="eml",
        sender="Ines Halvorsen <ines@cobblestonebakehouse.com>",
        subject="your trial shifts",
        date="Sun, 15 Nov 2026 21:10:00 +0000",
        encoding="8bit",
        body="""Hi Tomás,

Thank you for the three trial shifts this week. You were calm on the 4am bake, which is more than I can say for most people.

I've decided to give the head baker job to Priyesh, who has run a wood-fired oven before and can start straight away. It wasn't an easy call.

We take on seasonal bakers again in 4 months for the spring rush, so please do apply then. And if you'd like me to talk through what I saw on your shifts, I'm happy to do it over a coffee.

Ines
Cobblestone Bakehouse
""",
        expect=dict(
            company="Cobblestone Bakehouse",
            contact="Ines Halvorsen",
            role="Head Baker",
            stage="technical",
            date="2026-11-15",
            reapply_after="2027-03-15",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x03-en-gmail-reply-chain-went-with-someone-else",
        kind="txt",
        body="""Jess Aboagye <jess@marrowbone.co>
Tue, Nov 3, 2026, 11:20 AM
to me

Hi Theo, sorry for leaving you hanging. We ended up going with someone else for this one. Thanks for your patience, and good luck!

Jess

--
Jess Aboagye
Marrowbone Collective

On Mon, Nov 2, 2026 at 4:55 PM Theo Karras <theo.karras@gmail.com> wrote:
> Hi Jess, hope your week's off to a good start. Any news on the Community
> Manager position? Happy to send anything else you need.
> Theo
""",
        expect=dict(
            company="Marrowbone Collective",
            contact="Jess Aboagye",
            role="Community Manager",
            stage=None,
            date="2026-11-03",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x03-en-school-district-conditional-offer-withdrawn",
        kind="eml",
        sender="Harlow County Schools Human Resources <hr@harlowcountyschools.org>",
        subject="Conditional Offer of Employment - Instructional Technology Specialist",
        date="Mon, 2 Nov 2026 08:00:00 -0600",
        html=True,
        body="""Dear Ms. Castellanos,

This letter concerns the conditional offer of employment for the position of Instructional Technology Specialist that you accepted on October 21, 2026.

Due to the budget freeze enacted by the Board of Education at its meeting of October 29, the District must withdraw all conditional offers for positions funded by the technology levy. Regrettably, this includes your offer, which is withdrawn effective immediately.

We understand this news is disappointing, and we value the time you gave to our interview process. If you have questions about this decision, please contact our office at (555) 014-2290 or reply to this email.

Sincerely,

Gloria Estévez-Whitfield
Director of Human Resources
Harlow County Schools
""",
        expect=dict(
            company="Harlow County Schools",
            contact="Gloria Estévez-Whitfield",
            role="Instructional Technology Specialist",
            stage="offer",
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x03-en-hospital-nurse-recruiter-120-days",
        kind="txt",
        body="""From: St. Brendan's Talent Acquisition <talent@stbrendansrmc.org>
Sent: Thursday, November 19, 2026 6:02 AM
To: Mariel Dizon
Subject: Req #48812 - RN Cardiac Step-Down (Tacoma, WA)

Dear Mariel,

Thank you for your interest in St. Brendan's Regional Medical Center and for your virtual interview with our nurse recruiter.

After careful review, the hiring team has decided to move forward with other applicants whose experience more closely matches the needs of the unit at this time.

Per our hiring guidelines, you may reapply for positions in this department after 120 days. We encourage you to continue to explore other openings across our system.

Respectfully,
Talent Acquisition Team
St. Brendan's Regional Medical Center

Please do not reply to this message. This inbox is not monitored.
""",
        expect=dict(
            company="St. Brendan's Regional Medical Center",
            contact="",
            role="RN Cardiac Step-Down",
            stage="phone_screen",
            date="2026-11-19",
            reapply_after="2027-03-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x03-en-system-design-cooling-off-180-days-singapore",
        kind="eml",
        sender="Mei-Lin Chua <meilin.chua@tollgate.sg>",
        subject="Catching up",
        date="Wed, 11 Nov 2026 13:00:00 +0800",
        reply_to="meilin.chua@tollgate.sg",
        body="""Hi Arjun,

Thanks for sitting through the system design conversation on Monday. I know the whiteboarding tool misbehaved for the first ten minutes; the panel took that into account.

Having compared notes, the panel won't be moving your candidacy for Staff Engineer, Payments on to the next stage. The main gap they saw was around idempotency and reconciliation in the ledger design.

I've asked both interviewers for a couple of takeaways and will send them to you by the end of the week.

For planning purposes: a cooling-off period of 180 days applies before you can interview with us again.

Regards,
Mei-Lin

Mei-Lin Chua
Talent Partner, Engineering | Tollgate
""",
        expect=dict(
            company="Tollgate",
            contact="Mei-Lin Chua",
            role="Staff Engineer, Payments",
            stage="technical",
            date="2026-11-11",
            reapply_after="2027-05-10",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x03-en-forwarded-architecture-portfolio-on-record",
        kind="txt",
        body="""note to self: keep for the journal

---------- Forwarded message ---------
From: Olu Bankole-Hart <olu@hartleyquin.co.uk>
Date: Thu, 5 Nov 2026 at 16:44
Subject: Part I Architectural Assistant
To: Freya Lindgren <freya.lindgren@student.brookes.ac.uk>

Dear Freya,

Thank you for sending us your portfolio for the Part I Architectural Assistant position. We have now been through all of the portfolios we received, and I'm sorry to say that we won't be inviting you to interview on this occasion.

We're not able to comment on individual portfolios, but please know that the standard this year was very high.

With your permission we'll keep your portfolio on record for the next twelve months, in case another Part I place opens up.

Kind regards,

Olu Bankole-Hart RIBA
Associate Director
Hartley Quin Architects
""",
        expect=dict(
            company="Hartley Quin Architects",
            contact="Olu Bankole-Hart",
            role="Part I Architectural Assistant",
            stage="portfolio",
            date="2026-11-05",
            reapply_after="2027-11-05",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x03-en-html-logo-alt-text-six-parenthesised",
        kind="eml",
        sender="Quayside Logistics Careers <careers@quaysidelogistics.com>",
        subject="An update on your application",
        date="Fri, 6 Nov 2026 09:30:00 -0500",
        html=True,
        encoding="base64",
        charset="windows-1252",
        body="""[Quayside Logistics logo]

MOVING PEOPLE FORWARD

Hi Nadia,

Thank you for applying for the Fleet Planning Coordinator role at Quayside Logistics. Your application was reviewed by our hiring team.

We've decided not to move forward with your application at this time. You may submit a new application for this role after six (6) months.

For questions, reply to this email and a member of our team will get back to you within two business days.

Thanks again,
Quayside Careers Team

[Facebook] [LinkedIn] [Instagram]
Quayside Logistics, 1900 Harbor Way, Baltimore, MD 21230
You are receiving this email because you applied for a job at Quayside Logistics. Manage your preferences.
""",
        expect=dict(
            company="Quayside Logistics",
            contact="",
            role="Fleet Planning Coordinator",
            stage="application",
            date="2026-11-06",
            reapply_after="2027-05-06",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x03-en-founder-text-other-finalist",
        kind="txt",
        body="""hey Wren - loved meeting you, and the whole team did too, but we're going with the other finalist for the founding designer role. it was genuinely close. happy to share notes if useful.

nikhil
birchlight
""",
        expect=dict(
            company="Birchlight",
            contact="Nikhil",
            role="Founding Designer",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]
