"""Part S: the fourth frozen half (writer z, 90 emails), scored once at d27da11, dev since."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-20"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="z-greenhouse-quillmoor-pm-phone",
        kind="eml",
        sender="Nadia Ferreira via Greenhouse <no-reply@us.greenhouse-mail.io>",
        subject="Your application to Quillmoor",
        date="Tue, 17 Nov 2026 14:05:11 -0500",
        reply_to="nadia.ferreira@quillmoor.com",
        html=True,
        encoding="quoted-printable",
        body="""Hi Jordan,

Thanks so much for making the time to talk with me last Thursday about the Senior Product Manager role. I really enjoyed hearing how you rebuilt the onboarding flow at your last company.

After a lot of back and forth, we've decided not to move you forward to the next round. The team is leaning toward candidates who have run a payments roadmap end to end, and that came up as the main gap after our call.

This was a close one, and I don't say that to everyone. If it would help to hear a bit more about how we made the decision, reply here and I'll set up 15 minutes.

Wishing you the best with the search,

Nadia Ferreira
Senior Technical Recruiter | Quillmoor
she/her
""",
        expect=dict(
            company="Quillmoor",
            contact="Nadia Ferreira",
            role="Senior Product Manager",
            stage="phone_screen",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-de-personio-brenntal-account-exec-application",
        kind="eml",
        sender="Brenntal Software GmbH <jobs@brenntal-software.jobs.personio.de>",
        subject="Ihre Bewerbung als Account Executive (m/w/d)",
        date="Mon, 16 Nov 2026 09:14:22 +0100",
        encoding="quoted-printable",
        charset="utf-8",
        body="""Sehr geehrte Frau Lindqvist,

vielen Dank für Ihre Bewerbung als Account Executive (m/w/d) und das damit verbundene Interesse an der Brenntal Software GmbH.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für Kandidatinnen und Kandidaten entschieden haben, deren Profil noch besser zu den Anforderungen der Stelle passt.

Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen keine individuellen Rückmeldungen zu den Gründen unserer Entscheidung geben können.

Ihre Unterlagen werden gemäß den geltenden Datenschutzbestimmungen gelöscht.

Für Ihre berufliche und private Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Brenntal Software GmbH

Brenntal Software GmbH · Lindenallee 14 · 28195 Bremen
Geschäftsführer: Ole Brenntal, Mareike Sommerfeld · Amtsgericht Bremen HRB 31177
""",
        expect=dict(
            company="Brenntal Software GmbH",
            contact="",
            role="Account Executive",
            stage="application",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-gmail-lever-brightwater-data-analyst-noreply",
        kind="txt",
        body="""Brightwater Analytics - Data Analyst (Remote - US)
Inbox

Brightwater Analytics <no-reply@hire.lever.co>
Thu, Nov 12, 4:18 PM (8 days ago)
to me

Hi Sam,

Thank you for applying for the Data Analyst (Remote - US) position at Brightwater Analytics. We appreciate the time you put into your application.

We've now reviewed your resume and, unfortunately, we won't be moving forward with your candidacy at this time.

Due to the very high volume of applications we receive, we are unable to provide individual feedback.

You're welcome to apply again after 6 months, and we encourage you to keep an eye on our careers page in the meantime.

Best,
The Brightwater Recruiting Team

Sent with Lever
Unsubscribe from candidate emails
""",
        expect=dict(
            company="Brightwater Analytics",
            contact="",
            role="Data Analyst",
            stage="application",
            date="2026-11-12",
            reapply_after="2027-05-12",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-hm-personal-kettlebird-frontend-takehome",
        kind="eml",
        sender="Tomasz Wierzbicki <tomasz@kettlebird.dev>",
        subject="Re: take-home",
        date="Wed, 18 Nov 2026 21:47:30 +0100",
        body="""Hey Alex,

Sorry this took a week. We went through your take-home today as a team. There was a lot to like (the state handling was clean), but in the end we're not going to continue with you for the Frontend Engineer position. The accessibility side and the tests were thinner than what we need for this hire.

If it's useful I'm happy to jump on a call and walk you through exactly what we saw, no pressure either way.

Tomasz
CTO, Kettlebird
""",
        expect=dict(
            company="Kettlebird",
            contact="Tomasz Wierzbicki",
            role="Frontend Engineer",
            stage="technical",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-outlook-stbrendans-icu-nurse-panel",
        kind="txt",
        body="""From: Okafor, Chiamaka <chiamaka.okafor@stbrendans-health.org>
Sent: Monday, November 9, 2026 2:31 PM
To: Maria Gonzalez <mgonzalez.rn@outlook.com>
Subject: ICU Registered Nurse - Req #48213

Dear Maria,

Thank you for taking part in the panel interview for the ICU Registered Nurse position at St. Brendan's Regional Medical Center. The panel appreciated your clinical examples and your time.

After careful consideration, we have selected another candidate whose experience more closely matches the current needs of the unit.

Per our hiring policy, you are eligible to reapply for positions in this department after 90 days. If you would like to talk about your interview, please call me directly at the number below and I will be glad to go over it with you.

Respectfully,

Chiamaka Okafor, MSN, RN
Nurse Recruiter, Talent Acquisition
St. Brendan's Regional Medical Center
(614) 555-0187

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s) and may contain confidential information. If you are not the intended recipient, please notify the sender and delete all copies.
""",
        expect=dict(
            company="St. Brendan's Regional Medical Center",
            contact="Chiamaka Okafor",
            role="ICU Registered Nurse",
            stage="final",
            date="2026-11-09",
            reapply_after="2027-02-07",
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-fr-gmail-cabinet-vernhes-controleur-phone",
        kind="txt",
        body="""Votre candidature - Contrôleur de gestion (H/F) - Groupe Vernhes
Boîte de réception

Aurélie Castagnet <a.castagnet@talentis-conseil.fr>
mar. 10 nov. 2026, 16:22
À moi

Bonjour Monsieur Roussel,

Je fais suite à notre entretien téléphonique de jeudi dernier concernant le poste de Contrôleur de gestion (H/F) que nous recrutons pour le compte de notre client, le Groupe Vernhes.

Après étude approfondie de l'ensemble des candidatures, j'ai le regret de vous informer que votre profil n'a pas été retenu pour la suite du processus. Notre client a privilégié des candidats disposant d'une expérience plus significative en consolidation.

Je reste naturellement à votre disposition pour toute question et n'hésiterai pas à revenir vers vous si une opportunité correspondant davantage à votre parcours se présentait.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Aurélie Castagnet
Consultante senior - Finance & Comptabilité
Talentis Conseil
06 12 48 77 30
""",
        expect=dict(
            company="Groupe Vernhes",
            contact="Aurélie Castagnet",
            role="Contrôleur de gestion",
            stage="phone_screen",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-workday-halcyon-credit-risk-htmlonly-b64",
        kind="eml",
        sender="Halcyon Trust Careers <halcyontrust@myworkday.com>",
        subject="Regarding your application for R-0045821 Credit Risk Analyst II",
        date="Fri, 13 Nov 2026 06:02:44 +0000",
        html=True,
        html_only=True,
        encoding="base64",
        body="""Dear Priya Nair,

Thank you for your interest in Halcyon Trust Bank and for applying to R-0045821 Credit Risk Analyst II (Charlotte, NC).

We have carefully reviewed your qualifications and have decided to pursue other candidates whose experience more closely aligns with the requirements of this position.

We encourage you to continue exploring opportunities with Halcyon Trust Bank by visiting our careers site and updating your candidate profile.

Sincerely,
Halcyon Trust Bank Talent Acquisition

This is an automated message. Please do not reply to this email.
Halcyon Trust Bank is an Equal Opportunity Employer.
""",
        expect=dict(
            company="Halcyon Trust Bank",
            contact="",
            role="Credit Risk Analyst II",
            stage="application",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-reply-chain-orrisfield-enterprise-ae-final",
        kind="txt",
        body="""Dana Whitfield <dana@orrisfield.com>
Wed, Nov 18, 2026, 11:20 AM
to me

Hi Chris,

Thanks for nudging, and sorry to keep you waiting after Friday. I wish I had better news. After you met with our leadership team we sat down together, and we've decided to offer the Enterprise Account Executive role to another finalist who has sold into healthcare before.

You were genuinely great through every round and it was a hard call. I'd be glad to get on the phone this week and share what the team said, if you'd find that useful.

DANA

Dana Whitfield | Head of Sales | Orrisfield
m. 415.555.0142

On Tue, Nov 17, 2026 at 9:03 AM Chris Abernathy <chris.abernathy@gmail.com> wrote:
> Hi Dana,
>
> I hope your week is off to a good start. I wanted to check in on the Enterprise Account Executive role after my final conversations on Friday. I really enjoyed meeting everyone.
>
> Best,
> Chris
""",
        expect=dict(
            company="Orrisfield",
            contact="Dana Whitfield",
            role="Enterprise Account Executive",
            stage="final",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-es-calzados-arenal-encargado-tienda-latin1",
        kind="eml",
        sender="Calzados Arenal - Empleo <empleo@calzadosarenal.es>",
        subject="Proceso de selección: Encargado/a de tienda",
        date="Wed, 11 Nov 2026 12:30:00 +0100",
        charset="iso-8859-1",
        encoding="8bit",
        body="""Estimada Carmen:

En primer lugar, queremos agradecerte el interés mostrado en formar parte de Calzados Arenal, S.L. y el tiempo dedicado a presentar tu candidatura para el puesto de Encargado de tienda en nuestro centro de Sevilla.

Tras revisar con detenimiento tu currículum, lamentamos comunicarte que en esta ocasión hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más a lo que buscamos.

Debido al elevado número de candidaturas recibidas, no nos es posible ofrecer una valoración individualizada de cada una de ellas.

Con tu consentimiento, tu candidatura quedará guardada en nuestra base de datos durante un año, por si surgiera una vacante que encajara contigo.

Te deseamos mucha suerte en tu búsqueda.

Un cordial saludo,

Departamento de Recursos Humanos
Calzados Arenal, S.L.
""",
        expect=dict(
            company="Calzados Arenal",
            contact="",
            role="Encargado de tienda",
            stage="application",
            date="2026-11-11",
            reapply_after="2027-11-11",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-fennick-rowe-graphic-designer-portfolio",
        kind="eml",
        sender="Imogen Hale <imogen@fennickandrowe.co.uk>",
        subject="Mid-weight Graphic Designer - your portfolio",
        date="Mon, 16 Nov 2026 10:31:00 +0000",
        body="""Hi Leo,

Thank you for sending over your portfolio for the Mid-weight Graphic Designer role. We spent some time with it as a studio on Friday, and there's some lovely typographic work in there, the festival identity in particular.

That said, we've decided not to take you through to interview on this occasion. We had over two hundred applications and the people we're meeting have a lot more packaging work in their books, which is most of what this role will be doing.

If you'd like a few honest notes on the portfolio itself, I'm very happy to write some up, just say the word.

All the best,
Imogen

Imogen Hale
Studio Manager
Fennick & Rowe
42 Cheapside Yard, Bristol BS1 4QE
""",
        expect=dict(
            company="Fennick & Rowe",
            contact="Imogen Hale",
            role="Mid-weight Graphic Designer",
            stage="portfolio",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-applemail-tidewell-offer-rescinded",
        kind="txt",
        body="""From: Marcus Delacroix <m.delacroix@tidewellenergy.com>
Subject: Field Operations Supervisor offer
Date: 10 November 2026 at 17:22:05 CST
To: Ben Hollis <benhollis77@icloud.com>

Ben,

I'm writing with news I really hoped I would not have to share. Due to a company-wide hiring freeze announced this afternoon, Tidewell Energy has to withdraw the offer we extended to you on November 2 for the Field Operations Supervisor position.

I know you may have already started making plans around this, and I'm sorry. This has nothing to do with you or your qualifications. I'd like to call you tomorrow to talk it through and answer whatever questions you have; let me know a time that works.

Marcus Delacroix
Director, Field Operations
Tidewell Energy
(713) 555-0119

Sent from my iPhone
""",
        expect=dict(
            company="Tidewell Energy",
            contact="Marcus Delacroix",
            role="Field Operations Supervisor",
            stage="offer",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-ashby-revel-ml-engineer-technical-pacific",
        kind="eml",
        sender="Priyanka Raghunathan <priyanka@revelocean.ai>",
        subject="Machine Learning Engineer at Revel Ocean",
        date="Thu, 19 Nov 2026 09:12:00 -0800",
        html=True,
        body="""Hi Wei,

Thank you for taking the time to go through our technical interviews for the Machine Learning Engineer role. I know the system design session ran long, and we appreciated your patience.

After reviewing the interviewers' notes together, the team has decided not to move forward with your candidacy.

Per company policy we're unable to share specific interview feedback. We generally ask candidates to wait 12 months before reapplying for the same role, but you're welcome to apply to other openings at any time.

Thanks again and best of luck,

Priyanka Raghunathan
Recruiting | Revel Ocean

Powered by Ashby
""",
        expect=dict(
            company="Revel Ocean",
            contact="Priyanka Raghunathan",
            role="Machine Learning Engineer",
            stage="technical",
            date="2026-11-19",
            reapply_after="2027-11-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-body-only-little-anchor-barista-trial-shift",
        kind="txt",
        body="""Hi Jess!

Thanks heaps for coming in for the trial shift on Saturday, you were lovely with the regulars. We've had a think and we're going to go with someone who's got a bit more experience on a busy machine, so we won't be offering you the barista spot this time.

If you want to know how the shift looked from our side just ask, happy to chat next time you pop in.

Cheers,
Sofie (owner)
Little Anchor Coffee
""",
        expect=dict(
            company="Little Anchor Coffee",
            contact="Sofie",
            role="Barista",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-nl-recruitee-plaatwerk-ux-portfolio",
        kind="eml",
        sender="Sanne de Wit <sanne.dewit@plaatwerkstudio.nl>",
        subject="Je sollicitatie als UX Designer bij Plaatwerk Studio",
        date="Tue, 03 Nov 2026 15:48:10 +0100",
        html=True,
        encoding="quoted-printable",
        body="""Hoi Daan,

Bedankt voor je sollicitatie als UX Designer bij Plaatwerk Studio. We hebben je portfolio met veel interesse bekeken, vooral de case over de deelscooter-app sprak ons aan.

Toch hebben we besloten je niet uit te nodigen voor een kennismakingsgesprek. Voor deze rol zoeken we iemand die al meer ervaring heeft met onderzoek bij gebruikers en dat zagen we nog te weinig terug in je cases.

Mocht je vragen hebben over dit besluit, bel of mail me gerust. Ik denk graag even met je mee.

Hartelijke groet,

Sanne de Wit
Office & People
Plaatwerk Studio | Oudegracht 212 | Utrecht
06 - 41 23 88 90

Verzonden via Recruitee
""",
        expect=dict(
            company="Plaatwerk Studio",
            contact="Sanne de Wit",
            role="UX Designer",
            stage="portfolio",
            date="2026-11-03",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-smartrecruiters-pemberton-visual-merch-file12m",
        kind="eml",
        sender="Pemberton & Vale Talent Acquisition <noreply@smartrecruiters.com>",
        subject="Thank you for applying to Pemberton & Vale",
        date="Sat, 14 Nov 2026 02:10:09 +0000",
        html=True,
        encoding="quoted-printable",
        body="""Dear Hannah,

Thank you for applying for the Visual Merchandiser - Manchester Arndale position at Pemberton & Vale.

We have now had the chance to review your application and, on this occasion, we will not be progressing it further.

We will keep your details on file for 12 months and may be in touch should a suitable vacancy arise during that time.

Kind regards,
Talent Acquisition Team
Pemberton & Vale

Pemberton & Vale Ltd, registered in England and Wales no. 00482211.
This message was sent via SmartRecruiters. Manage your email preferences.
""",
        expect=dict(
            company="Pemberton & Vale",
            contact="",
            role="Visual Merchandiser",
            stage="application",
            date="2026-11-14",
            reapply_after="2027-11-14",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-forward-northmere-lecturer-panel-presentation",
        kind="txt",
        body="""Mum - see below. Didn't get it. It's fine, honestly, I'll ring you tonight x

---------- Forwarded message ---------
From: Rhiannon Pugh <r.pugh@northmere.ac.uk>
Date: Fri, 6 Nov 2026 at 12:40
Subject: Lecturer in Environmental Science (Ref: NU-2291)
To: Ffion Daniels <ffion.daniels@protonmail.com>


Dear Dr Daniels,

Thank you for attending the interview and delivering your presentation for the post of Lecturer in Environmental Science (Ref: NU-2291) on Wednesday.

The panel was impressed by the quality of the field, and I am sorry to let you know that on this occasion you have not been successful. The post has been offered to, and accepted by, another candidate.

Should you wish to receive feedback on your interview, the Chair of the panel would be happy to provide this. Please reply to this email and I will arrange it.

Thank you for your interest in the University of Northmere.

Yours sincerely,

Rhiannon Pugh
Recruitment Officer, People Services
University of Northmere
""",
        expect=dict(
            company="University of Northmere",
            contact="Rhiannon Pugh",
            role="Lecturer in Environmental Science",
            stage="final",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-it-fintessa-fullstack-test-cp1252",
        kind="eml",
        sender="Giulia Marchetti <giulia.marchetti@fintessa.it>",
        subject="Esito selezione – Sviluppatore Full Stack",
        date="Thu, 12 Nov 2026 18:05:37 +0100",
        charset="windows-1252",
        encoding="quoted-printable",
        body="""Gentile Lorenzo,

ti ringraziamo per il tempo e l’impegno che hai dedicato al test tecnico per la posizione di Sviluppatore Full Stack in Fintessa S.p.A.

Dopo un’attenta valutazione delle soluzioni ricevute, ci dispiace comunicarti che abbiamo deciso di proseguire il percorso di selezione con altri candidati, il cui profilo risulta più in linea con le esigenze attuali del team.

Resto a disposizione per un breve confronto telefonico sull’esito del test, se pensi possa esserti utile.

Ti auguriamo il meglio per il tuo percorso professionale.

Cordiali saluti,

Giulia Marchetti
HR Business Partner
Fintessa S.p.A. – Via Larga 8, 20122 Milano
""",
        expect=dict(
            company="Fintessa S.p.A.",
            contact="Giulia Marchetti",
            role="Sviluppatore Full Stack",
            stage="technical",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-agency-bluestake-corvane-network-eng-nostage",
        kind="txt",
        body="""Hi Sam, just heard back from Corvane Systems on the Network Engineer role and unfortunately they've decided not to proceed with you. Sorry mate, know you were keen. Give me a ring whenever if you want a chat about it, I've got a couple of other things that might suit.

Kev Mahoney
Senior Consultant | Bluestake Talent
07700 900412
""",
        expect=dict(
            company="Corvane Systems",
            contact="Kev Mahoney",
            role="Network Engineer",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-de-outlook-stadtwerke-personalabrechnung-final",
        kind="txt",
        body="""Von: Kröger, Sabine <sabine.kroeger@stadtwerke-hollenbeck.de>
Gesendet: Mittwoch, 11. November 2026 14:03
An: Tobias Engel <t.engel84@web.de>
Betreff: Ihre Bewerbung als Sachbearbeiter Personalabrechnung (m/w/d) - Kennziffer 2026-114

Sehr geehrter Herr Engel,

nochmals vielen Dank für das angenehme zweite Gespräch mit unserer Abteilungsleitung und dem Personalrat in der vergangenen Woche.

Nach sorgfältiger Abwägung haben wir uns im Ergebnis des Auswahlverfahrens für eine andere Bewerberin entschieden. Diese Entscheidung ist uns nicht leichtgefallen, da Sie uns fachlich wie persönlich überzeugt haben.

Mit Ihrem Einverständnis nehmen wir Ihre Unterlagen für sechs Monate in unseren Bewerberpool auf und kommen auf Sie zu, sollte sich eine passende Stelle ergeben.

Für Rückfragen zu Ihrem Gespräch stehe ich Ihnen gerne telefonisch zur Verfügung.

Mit freundlichen Grüßen
i. A. Dr. Sabine Kröger

Stadtwerke Hollenbeck GmbH
Personal und Organisation
Hafenstraße 3 | 49808 Lingen
Telefon 0591 8044-217
""",
        expect=dict(
            company="Stadtwerke Hollenbeck GmbH",
            contact="Sabine Kröger",
            role="Sachbearbeiter Personalabrechnung",
            stage="final",
            date="2026-11-11",
            reapply_after="2027-05-11",
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-icims-kestrel-warehouse-supervisor-central",
        kind="eml",
        sender="Kestrel Freight Careers <careers@kestrelfreight.icims.com>",
        subject="Your Application Status - Warehouse Shift Supervisor",
        date="Mon, 02 Nov 2026 11:15:00 -0600",
        html=True,
        encoding="quoted-printable",
        body="""Hello Darnell,

Thank you for your interest in the Warehouse Shift Supervisor position (Job ID 2026-18832) in Joliet, IL with Kestrel Freight Logistics.

After reviewing your background and qualifications, we have decided to move forward with other applicants whose experience better matches our needs at this time.

We appreciate the time you took to apply and wish you success in your job search.

Regards,
Kestrel Freight Recruiting

Please do not reply to this message. Replies to this address are not monitored.
""",
        expect=dict(
            company="Kestrel Freight Logistics",
            contact="",
            role="Warehouse Shift Supervisor",
            stage="application",
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-gmail-harborledger-csm-phone-3months",
        kind="txt",
        body="""Update on Customer Success Manager
Inbox

Jamal Whitaker <jamal.whitaker@harborledger.com>
Thu, Nov 5, 2026, 10:02 AM
to me

Hi Keisha,

Thanks again for taking my call on Monday. It was great learning about your time supporting clinics.

I wanted to let you know that we've decided to move ahead with other candidates for the Customer Success Manager role at Harbor Ledger. Our policy is that candidates can reapply after three months, so please don't let this stop you from looking at our openings next year.

Best of luck with everything,

Jamal Whitaker
Talent Partner, Harbor Ledger
""",
        expect=dict(
            company="Harbor Ledger",
            contact="Jamal Whitaker",
            role="Customer Success Manager",
            stage="phone_screen",
            date="2026-11-05",
            reapply_after="2027-02-05",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-es-outlook-nubaria-backend-prueba-tecnica",
        kind="txt",
        body="""De: Lucía Ferrer Ibáñez <lucia.ferrer@nubaria.tech>
Enviado: jueves, 12 de noviembre de 2026 11:05
Para: Pablo Serrano
Asunto: Proceso Desarrollador/a Backend Senior - Nubaria

¡Hola, Pablo!

Antes de nada, muchas gracias por el esfuerzo que le has dedicado a la prueba técnica. Sabemos que no es poco tiempo y lo valoramos mucho.

El equipo de ingeniería la ha revisado con calma y, aunque hay cosas muy buenas, hemos decidido no seguir adelante con tu candidatura para la posición de Desarrollador Backend Senior. Buscamos a alguien con más recorrido en arquitecturas orientadas a eventos.

Si quieres, podemos agendar una llamada de 15 minutos para contarte el feedback de la prueba con más detalle. Y, por supuesto, podrás volver a presentarte a nuestros procesos pasados seis meses.

¡Un abrazo y mucho ánimo!

Lucía Ferrer Ibáñez
Talent Acquisition | Nubaria Tech
Calle de Alcalá 221, Madrid
""",
        expect=dict(
            company="Nubaria Tech",
            contact="Lucía Ferrer Ibáñez",
            role="Desarrollador Backend Senior",
            stage="technical",
            date="2026-11-12",
            reapply_after="2027-05-12",
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-govjobs-marlow-county-clerk-minquals",
        kind="eml",
        sender="Marlow County Human Resources <noreply@governmentjobs.com>",
        subject="Marlow County: Administrative Clerk II - Application Status",
        date="Wed, 21 Oct 2026 08:00:03 -0700",
        body="""Dear Applicant,

Thank you for your interest in employment with Marlow County.

Your application for Administrative Clerk II, Recruitment #26-0417, has been reviewed. Based on the information provided, it has been determined that you do not meet the minimum qualifications as stated in the job announcement. Therefore, your application will not be considered further for this recruitment.

You may apply for future recruitments for which you meet the minimum qualifications.

If you have questions regarding this notice, please contact Human Resources at (530) 555-0160 or hr@marlowcounty.gov.

Marlow County Human Resources
An Equal Opportunity Employer
""",
        expect=dict(
            company="Marlow County",
            contact="",
            role="Administrative Clerk II",
            stage="application",
            date="2026-10-21",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-nl-dijkstra-hoogland-traineeship-finance-b64",
        kind="eml",
        sender="Recruitment Dijkstra & Hoogland <werkenbij@dijkstrahoogland.nl>",
        subject="Reactie op je sollicitatie: Traineeship Finance",
        date="Fri, 06 Nov 2026 10:00:00 +0100",
        encoding="base64",
        charset="utf-8",
        body="""Beste Fleur,

Hartelijk dank voor je sollicitatie naar het Traineeship Finance bij Dijkstra & Hoogland Verzekeringen en voor de moeite die je hebt genomen.

Na zorgvuldige overweging moeten we je helaas laten weten dat we je sollicitatie niet meenemen in de volgende ronde van de selectieprocedure. We hebben dit jaar opvallend veel sterke sollicitaties ontvangen en hebben moeten kiezen.

Vanwege het grote aantal reacties kunnen wij helaas geen persoonlijke toelichting geven op onze keuze.

We wensen je veel succes met je verdere zoektocht naar een passende baan.

Met vriendelijke groet,

Team Recruitment
Dijkstra & Hoogland Verzekeringen N.V.
""",
        expect=dict(
            company="Dijkstra & Hoogland Verzekeringen",
            contact="",
            role="Traineeship Finance",
            stage="application",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-teamtailor-frostbyte-qa-test-assignment",
        kind="eml",
        sender="Elin Sjöberg <elin.sjoberg@frostbytehollow.se>",
        subject="QA Tester at Frostbyte Hollow",
        date="Fri, 30 Oct 2026 13:20:00 +0100",
        html=True,
        body="""Hi Mateo,

Thank you for completing the test assignment for our QA Tester position. We know it took a real chunk of your weekend, and the bug reports you sent were clearly written.

We have now reviewed all the assignments, and we have unfortunately decided to continue the process with other candidates.

With the number of assignments we received, we're not able to give individual feedback on each one, which I know can be frustrating.

Thanks again for wanting to join us in making games. We hope you'll keep following what we do.

Kind regards,

Elin Sjöberg
People & Culture
Frostbyte Hollow AB | Stockholm

This email was sent via Teamtailor.
""",
        expect=dict(
            company="Frostbyte Hollow",
            contact="Elin Sjöberg",
            role="QA Tester",
            stage="technical",
            date="2026-10-30",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-phone-paste-osteria-vela-line-cook-call",
        kind="txt",
        body="""Hi Marco,

Thanks for talking with me on the phone yesterday about the line cook job. We've decided to go with someone who's already worked a wood oven, so we won't be bringing you in this time.

Good luck out there!

Gemma Price
General Manager, Osteria Vela
""",
        expect=dict(
            company="Osteria Vela",
            contact="Gemma Price",
            role="Line Cook",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-pt-br-gupy-ipe-roxo-analista-marketing-90dias",
        kind="eml",
        sender="Farmácias Ipê Roxo <notificacoes@gupy.com.br>",
        subject="Atualização sobre sua candidatura - Analista de Marketing Pleno",
        date="Wed, 04 Nov 2026 19:45:30 -0300",
        html=True,
        html_only=True,
        encoding="base64",
        body="""Olá, Beatriz! Tudo bem?

Agradecemos muito o seu interesse em fazer parte do time da Farmácias Ipê Roxo e por ter se candidatado à vaga de Analista de Marketing Pleno.

Depois de analisar com cuidado o seu currículo, decidimos seguir com outros candidatos que, neste momento, estão mais alinhados ao perfil que buscamos.

Sabemos que esse não é o retorno que você esperava, mas queremos que saiba que o seu perfil continuará no nosso banco de talentos. Você poderá se candidatar novamente às vagas da empresa após 90 dias.

Desejamos muito sucesso na sua jornada!

Um abraço,
Time de Gente & Gestão
Farmácias Ipê Roxo

Este e-mail foi enviado pela Gupy. Por favor, não responda.
""",
        expect=dict(
            company="Farmácias Ipê Roxo",
            contact="",
            role="Analista de Marketing Pleno",
            stage="application",
            date="2026-11-04",
            reapply_after="2027-02-02",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-outlook-uk-ardent-meridian-superday",
        kind="txt",
        body="""From: Harriet Osei-Mensah <harriet.osei-mensah@ardentmeridian.com>
Sent: 13 November 2026 17:45
To: Oliver Grant
Cc: Graduate Recruitment
Subject: Ardent Meridian Partners - Associate Consultant final round outcome

Dear Oliver,

Thank you for attending our final round Superday on Tuesday. We know how much preparation goes into the case interviews and the partner conversation, and we were grateful for the energy you brought to the day.

I'm sorry to tell you that we will not be extending you an offer for the Associate Consultant position on this occasion. Competition for this intake was exceptionally strong.

We would be happy to arrange a short feedback call with one of your interviewers; simply reply and let me know a couple of times that suit. You are also very welcome to reapply after twelve months.

Kind regards,

Harriet Osei-Mensah
Graduate Recruitment Lead
Ardent Meridian Partners LLP
1 Finsbury Row, London EC2A 1HQ

Ardent Meridian Partners LLP is a limited liability partnership registered in England and Wales with registered number OC412998.
""",
        expect=dict(
            company="Ardent Meridian Partners",
            contact="Harriet Osei-Mensah",
            role="Associate Consultant",
            stage="final",
            date="2026-11-13",
            reapply_after="2027-11-13",
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-bamboohr-riverbend-literacy-coordinator-hawaii",
        kind="eml",
        sender="Riverbend Literacy Alliance <notifications@app.bamboohr.com>",
        subject="Program Coordinator - Riverbend Literacy Alliance",
        date="Tue, 10 Nov 2026 16:40:00 -1000",
        reply_to="lupe@riverbendliteracy.org",
        body="""Aloha Kainoa,

Mahalo for applying for the Program Coordinator position with Riverbend Literacy Alliance. We were moved by how many people in our community want to do this work.

We are a small team and read every application ourselves. After reviewing yours, we have decided to invite other applicants to interview, and we will not be moving your application forward.

With gratitude for your interest in our mission,

Lupe Tuilagi
Executive Director
Riverbend Literacy Alliance
""",
        expect=dict(
            company="Riverbend Literacy Alliance",
            contact="Lupe Tuilagi",
            role="Program Coordinator",
            stage="application",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-gmail-linkedin-mallow-finch-copywriter",
        kind="txt",
        body="""Your application to Senior Copywriter at Mallow & Finch
Inbox

LinkedIn <jobs-noreply@linkedin.com>
Mon, Nov 16, 2026, 7:10 AM
to me

Your update from Mallow & Finch

Senior Copywriter
Mallow & Finch · London (Hybrid)
Applied on 2 November

Thank you for your interest in the Senior Copywriter position at Mallow & Finch in London. Unfortunately, Mallow & Finch has decided not to move forward with your application. We wish you the best in your job search.

Top job picks for you
Copywriter · Bright Owl Agency · 3 days ago
Content Lead · Tessellate · 1 week ago

See all jobs

This email was intended for Rosa Quintero (Copywriter & Brand Storyteller)
You are receiving LinkedIn notification emails. Unsubscribe
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        expect=dict(
            company="Mallow & Finch",
            contact="",
            role="Senior Copywriter",
            stage="application",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-cobaltine-founding-designer-offer-pulled-late-pst",
        kind="eml",
        sender="Ravi Chandrasekaran <ravi@cobaltine.com>",
        subject="About your offer",
        date="Sun, 15 Nov 2026 23:58:12 -0800",
        body="""Hi Naomi,

I'm writing this late because I didn't want it to sit until Monday. Our lead investor pulled out of the round on Friday, and without it we can't responsibly bring on anyone new right now. I'm so sorry, but we have to rescind the offer for the Founding Designer role that we sent you last week.

You did nothing wrong here. You were our first choice and the whole team was excited. If a reference from me would help anywhere you apply, I'll write one the same day you ask.

Again, I'm sorry.

Ravi Chandrasekaran
Co-founder & CEO, Cobaltine
""",
        expect=dict(
            company="Cobaltine",
            contact="Ravi Chandrasekaran",
            role="Founding Designer",
            stage="offer",
            date="2026-11-15",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-jazzhr-dalton-hvac-tech-phone-60days",
        kind="eml",
        sender="Brenda Kowalczyk <brenda@daltonandsonshvac.com>",
        subject="HVAC Service Technician position",
        date="Thu, 29 Oct 2026 15:30:00 -0400",
        encoding="quoted-printable",
        body="""Hi Luis,

Thanks for speaking with me on the phone Tuesday about the HVAC Service Technician job with Dalton & Sons Heating & Air. After talking it over with Mike, we've decided to go with a candidate who already holds his EPA Universal certification.

You are welcome to reapply in 60 days, and we'd be glad to see your name again once you've got the certification.

Take care,
Brenda Kowalczyk
Office Manager
Dalton & Sons Heating & Air
(330) 555-0124

Sent via JazzHR
""",
        expect=dict(
            company="Dalton & Sons Heating & Air",
            contact="Brenda Kowalczyk",
            role="HVAC Service Technician",
            stage="phone_screen",
            date="2026-10-29",
            reapply_after="2026-12-28",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-parcelwise-backend-two-lines-nostage",
        kind="eml",
        sender="Ines Okonkwo <ines@parcelwise.io>",
        subject="Senior Backend Engineer",
        date="Mon, 09 Nov 2026 08:07:00 +0000",
        body="""Hi Tom,

Thanks for your interest in the Senior Backend Engineer role at Parcelwise. We've decided to go in a different direction with this hire.

All the best,
Ines
""",
        expect=dict(
            company="Parcelwise",
            contact="Ines Okonkwo",
            role="Senior Backend Engineer",
            stage=None,
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-workable-harrow-quayle-meridale-site-manager",
        kind="eml",
        sender="Gareth Llewellyn <gareth@harrowquayle.co.uk>",
        subject="Site Manager - Meridale Homes",
        date="Thu, 19 Nov 2026 16:22:48 +0000",
        html=True,
        body="""Afternoon Rhys,

Thanks for your time on our initial interview call last week regarding the Site Manager vacancy with my client, Meridale Homes.

I've now had feedback from their Construction Director and, unfortunately, they won't be taking your application any further. They've shortlisted people with more experience on timber-frame developments of 100+ plots.

I'll keep you in mind for other site roles that come across my desk.

Cheers,

Gareth Llewellyn
Principal Consultant - Construction & Property
Harrow & Quayle Recruitment
Cardiff | Swansea | Newport
029 2055 0193

Harrow & Quayle Recruitment Ltd acts as an employment agency. Registered in Wales, company no. 09114562.
""",
        expect=dict(
            company="Meridale Homes",
            contact="Gareth Llewellyn",
            role="Site Manager",
            stage="phone_screen",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-gmail-greenhouse-wellspire-designer-portfolio",
        kind="txt",
        body="""Wellspire | Senior Product Designer
Inbox

Wellspire Recruiting <no-reply@us.greenhouse-mail.io>
Oct 27, 2026, 1:14 PM
to me

Hi Anaïs,

Thank you for your interest in the Senior Product Designer role at Wellspire. Our design team has reviewed your portfolio and case studies in detail, and we have decided not to move forward with an interview at this time.

We're not able to share individual feedback on portfolios, but we genuinely appreciate the care you put into your submission. You're welcome to apply again in 6 months.

Best,
Wellspire Recruiting
""",
        expect=dict(
            company="Wellspire",
            contact="",
            role="Senior Product Designer",
            stage="portfolio",
            date="2026-10-27",
            reapply_after="2027-04-27",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-applemail-codalyn-junior-data-eng-hackerrank",
        kind="txt",
        body="""From: Codalyn Early Careers <earlycareers@codalyn.com>
Subject: Your Codalyn assessment result
Date: 19 November 2026 at 08:30:12 GMT
To: Kwame Asante <kwame.asante@student.leedsbeck.ac.uk>

Hi Kwame,

Thanks for completing the online coding assessment for the Junior Data Engineer role on our 2027 graduate programme.

We've now reviewed your results and unfortunately you haven't met the score we need to progress to the interview stage.

You can apply to Codalyn again after 6 months. Due to the number of candidates, we can't provide a breakdown of individual scores.

Good luck,
Codalyn Early Careers Team
""",
        expect=dict(
            company="Codalyn",
            contact="",
            role="Junior Data Engineer",
            stage="technical",
            date="2026-11-19",
            reapply_after="2027-05-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-de-agentur-halvorsen-devops-coding-latin1",
        kind="eml",
        sender="Jan-Philipp Wendt <jp.wendt@nordkap-personal.de>",
        subject="Feedback Halvorsen Logistik AG / DevOps Engineer",
        date="Thu, 19 Nov 2026 17:40:05 +0100",
        charset="iso-8859-1",
        encoding="quoted-printable",
        body="""Hallo Herr Yilmaz,

vielen Dank, dass Sie sich die Zeit für die Coding-Challenge unseres Kunden Halvorsen Logistik AG genommen haben.

Ich habe heute Rückmeldung vom Engineering-Team erhalten: Leider hat man sich entschieden, den Prozess für die Position DevOps Engineer (m/w/d) nicht mit Ihnen fortzusetzen. Ausschlaggebend waren vor allem die Themen Kubernetes-Netzwerk und Monitoring, bei denen das Team mehr Tiefe erwartet hatte.

Gern gebe ich Ihnen die detaillierte Einschätzung des Teams in einem kurzen Telefonat weiter. Melden Sie sich einfach, wann es Ihnen passt.

Viele Grüße aus Hamburg

Jan-Philipp Wendt
Senior Consultant IT
Nordkap Personalberatung GmbH
Große Elbstraße 145 | 22767 Hamburg
Tel. +49 40 3199 4410
""",
        expect=dict(
            company="Halvorsen Logistik AG",
            contact="Jan-Philipp Wendt",
            role="DevOps Engineer",
            stage="technical",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-gmail-noyear-sunbeam-brand-marketing-phone",
        kind="txt",
        body="""Sunbeam Pet Co. - next steps
Inbox

Kelsey O'Rourke <kelsey.orourke@sunbeampet.co>
Tue, Nov 17, 9:41 AM (3 days ago)
to me

Hey Jordan,

Thank you so much for the phone screen last week for our Brand Marketing Manager opening! I enjoyed our conversation about community-led launches.

After meeting with a number of strong candidates, we've made the decision to move forward with others whose experience is a closer match for where the brand is headed. We aren't able to offer detailed feedback at this stage of the process, but I want you to know it was a real pleasure talking with you.

Warmly,
Kelsey O'Rourke (she/her)
People Team, Sunbeam Pet Co.
""",
        expect=dict(
            company="Sunbeam Pet Co.",
            contact="Kelsey O'Rourke",
            role="Brand Marketing Manager",
            stage="phone_screen",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-outlook-ashgrove-claims-trainee-file-six-months",
        kind="txt",
        body="""From: Careers - Ashgrove Mutual <careers@ashgrovemutual.com>
Sent: Friday, October 23, 2026 10:12 AM
To: Ethan Park
Subject: Claims Adjuster Trainee

Dear Ethan,

We appreciate your interest in the Claims Adjuster Trainee opening at Ashgrove Mutual Insurance Company.

We received a large number of applications and, after careful review of your résumé, have selected other candidates for interview.

We will keep your résumé on file for six months, and a recruiter will contact you if a position opens that matches your background.

Sincerely,

Ashgrove Mutual Human Resources

This message and any attachments are intended only for the addressee. Ashgrove Mutual Insurance Company, 400 Grand Ave, Des Moines, IA.
""",
        expect=dict(
            company="Ashgrove Mutual Insurance Company",
            contact="",
            role="Claims Adjuster Trainee",
            stage="application",
            date="2026-10-23",
            reapply_after="2027-04-23",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-fr-loustau-chef-projet-digital-vivier-24mois",
        kind="eml",
        sender="Loustau Cosmétiques - Recrutement <recrutement@loustau-cosmetiques.fr>",
        subject="Votre candidature au poste de Chef de projet marketing digital (H/F)",
        date="Tue, 17 Nov 2026 11:02:40 +0100",
        charset="windows-1252",
        encoding="base64",
        body="""Madame,

Nous vous remercions de l’intérêt que vous portez à Loustau Cosmétiques et de votre candidature au poste de Chef de projet marketing digital (H/F) basé à Lyon.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature. Nous avons en effet retenu des profils correspondant plus précisément aux exigences du poste.

Sauf avis contraire de votre part, nous conservons votre CV dans notre vivier de candidats pendant 24 mois, afin de pouvoir vous recontacter si une opportunité en adéquation avec votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches et vous prions d’agréer, Madame, nos salutations distinguées.

L’équipe Recrutement
Loustau Cosmétiques SAS
""",
        expect=dict(
            company="Loustau Cosmétiques",
            contact="",
            role="Chef de projet marketing digital",
            stage="application",
            date="2026-11-17",
            reapply_after="2028-11-17",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-nhs-elmhurst-msk-physio-interview",
        kind="eml",
        sender="Joanne Pilkington <joanne.pilkington@elmhurstvalley.nhs.uk>",
        subject="Interview outcome: Musculoskeletal Physiotherapist (Ref 284-TH-9915)",
        date="Mon, 16 Nov 2026 12:02:00 +0000",
        html=True,
        encoding="quoted-printable",
        body="""Dear Amara,

Thank you for attending interview for the post of Musculoskeletal Physiotherapist on Thursday 12 November. The panel enjoyed meeting you and hearing about your work in the community falls service.

I am sorry to inform you that on this occasion you have not been successful. It was a very close decision between the final candidates.

If you would like feedback, please contact me on 01632 960 448 or by email and I will arrange a time to talk it through with you.

Thank you for your interest in working for Elmhurst Valley NHS Foundation Trust, and I wish you every success in the future.

Kind regards,

Joanne Pilkington
Therapy Services Manager
Elmhurst Valley NHS Foundation Trust

Proud to be a Disability Confident Employer
""",
        expect=dict(
            company="Elmhurst Valley NHS Foundation Trust",
            contact="Joanne Pilkington",
            role="Musculoskeletal Physiotherapist",
            stage="final",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-it-whatsapp-style-pasticceria-bellandi-commessa",
        kind="txt",
        body="""Ciao Chiara,

grazie per averci lasciato il curriculum in negozio per il posto da addetta alle vendite. Per adesso abbiamo preso un'altra ragazza che aveva già lavorato in pasticceria, però il tuo CV lo teniamo da parte per i prossimi sei mesi, se si libera qualcosa ti chiamiamo noi.

Buona giornata e grazie ancora!

Marco Bellandi
Pasticceria Bellandi - Prato
""",
        expect=dict(
            company="Pasticceria Bellandi",
            contact="Marco Bellandi",
            role="Addetta alle vendite",
            stage="application",
            date=None,
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-lever-ironquill-appsec-takehome-body-only",
        kind="txt",
        body="""Hi Devon,

Thanks for the work you put into the take-home exercise for the Application Security Engineer role at Ironquill Security. The team really liked your write-up of the auth bypass.

That said, after comparing all the submissions we've decided to move forward with other candidates for the next round.

If you'd like more detailed feedback on your take-home, just reply to this email and I'll pass along the reviewers' notes.

Best,
Marisol Ortega-Vance
Technical Recruiter, Ironquill Security

Sent via Lever
""",
        expect=dict(
            company="Ironquill Security",
            contact="Marisol Ortega-Vance",
            role="Application Security Engineer",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-es-mx-tecaltzin-analista-datos-entrevista-htmlonly",
        kind="eml",
        sender="Rodrigo Almazán <ralmazan@grupotecaltzin.com.mx>",
        subject="Seguimiento a tu proceso - Analista de Datos",
        date="Mon, 09 Nov 2026 17:25:10 -0600",
        html=True,
        html_only=True,
        charset="utf-8",
        encoding="quoted-printable",
        body="""Hola Daniela, ¿cómo estás?

Te escribo para darte seguimiento a tu proceso para la vacante de Analista de Datos en Grupo Tecaltzin. Te agradezco mucho el tiempo que nos diste en la entrevista inicial por videollamada la semana pasada.

Después de revisar a todos los candidatos, el área decidió continuar con otros perfiles que cuentan con más experiencia en herramientas de visualización. Por políticas internas, no nos es posible compartir retroalimentación individual del proceso.

Te deseo mucho éxito y quedamos en contacto.

Saludos cordiales,

Lic. Rodrigo Almazán
Atracción de Talento
Grupo Tecaltzin, S.A. de C.V.
Monterrey, N.L.
""",
        expect=dict(
            company="Grupo Tecaltzin",
            contact="Rodrigo Almazán",
            role="Analista de Datos",
            stage="phone_screen",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-outlook-forward-northgate-front-office-offer-withdrawn",
        kind="txt",
        body="""Can you believe this? Forwarding so you have it for the lawyer chat.

________________________________
From: Patricia Vuong <pvuong@northgatehotels.com>
Sent: Wednesday, November 4, 2026 9:15 AM
To: Samira Haddad <samira.haddad@outlook.com>
Subject: Front Office Manager - Offer of Employment

Dear Samira,

I am writing regarding the offer of employment for the position of Front Office Manager at Northgate Hotels, Riverside, which you accepted on October 26.

Following an operational restructure announced to staff yesterday, the Front Office Manager position has been eliminated at this property. Regrettably, we must therefore withdraw our offer of employment.

Please accept our sincere apologies for the inconvenience this causes. You are welcome to apply for other positions with Northgate Hotels through our careers page.

Regards,

Patricia Vuong
Director of Human Resources
Northgate Hotels
""",
        expect=dict(
            company="Northgate Hotels",
            contact="Patricia Vuong",
            role="Front Office Manager",
            stage="offer",
            date="2026-11-04",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-whitcombe-museum-curator-search-concluded-nostage",
        kind="eml",
        sender="Helen Marchbanks <hmarchbanks@whitcombemuseum.org>",
        subject="Associate Curator of Textiles search",
        date="Fri, 23 Oct 2026 15:10:00 -0500",
        body="""Dear Dr. Abiodun,

On behalf of the search committee, I write to let you know that the search for the Associate Curator of Textiles has now concluded, and the Museum has made an appointment.

We are grateful for your interest in the Whitcombe Museum of Art and Design, and we hope our paths will cross again.

With every good wish,

Helen Marchbanks
Deputy Director for Collections
Chair, Search Committee
Whitcombe Museum of Art and Design
""",
        expect=dict(
            company="Whitcombe Museum of Art and Design",
            contact="Helen Marchbanks",
            role="Associate Curator of Textiles",
            stage=None,
            date="2026-10-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-outlook-corbel-pay-staff-swe-onsite-year",
        kind="txt",
        body="""From: Theo Lindgren-Park <theo@corbelpay.com>
Sent: Thursday, November 19, 2026 6:48 PM
To: Anjali Mehta
Subject: Corbel Pay - Staff Software Engineer

Hi Anjali,

Thank you for spending a full day with us at the onsite last Wednesday. I know onsites are tiring, and the team appreciated how thoughtfully you approached the architecture discussion.

After the debrief, we've decided not to extend an offer for the Staff Software Engineer position. As a matter of policy we don't share detailed interview feedback.

We'd welcome an application from you again in a year, and I'll make sure your notes are there for whoever picks it up.

All the best,
Theo

Theo Lindgren-Park
Engineering Recruiting Lead, Corbel Pay
""",
        expect=dict(
            company="Corbel Pay",
            contact="Theo Lindgren-Park",
            role="Staff Software Engineer",
            stage="final",
            date="2026-11-19",
            reapply_after="2027-11-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-nl-applemail-amstelveld-verpleegkundige-laatste-gesprek",
        kind="txt",
        body="""Van: Esther Bakker-Jansen <e.bakker@amstelveldziekenhuis.nl>
Onderwerp: Vacature Verpleegkundige Cardiologie (32-36 uur)
Datum: 5 november 2026 om 10:12:33 CET
Aan: Noor El Amrani <noor.elamrani@gmail.com>

Beste Noor,

Dank je wel voor je komst naar het tweede en laatste gesprek met mij en de afdelingsmanager vorige week. We vonden het fijn om kennis met je te maken.

Helaas moet ik je laten weten dat we hebben gekozen voor een andere kandidaat, die al meer ervaring heeft op een hartbewakingsafdeling. Dat was geen makkelijke keuze.

Met jouw toestemming bewaren we je gegevens graag nog één jaar in onze portefeuille. Komt er in die tijd een passende vacature vrij, dan nemen we contact met je op.

Ik wens je veel succes en alle goeds.

Met vriendelijke groet,

Esther Bakker-Jansen
Teamleider Cardiologie
Amstelveld Ziekenhuis
""",
        expect=dict(
            company="Amstelveld Ziekenhuis",
            contact="Esther Bakker-Jansen",
            role="Verpleegkundige Cardiologie",
            stage="final",
            date="2026-11-05",
            reapply_after="2027-11-05",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-bramble-thorn-cs-advisor-cp1252-3months",
        kind="eml",
        sender="Bramble & Thorn <jobs@brambleandthorn.co.uk>",
        subject="Your application – Customer Service Advisor",
        date="Wed, 28 Oct 2026 09:55:00 +0000",
        charset="windows-1252",
        encoding="quoted-printable",
        body="""Hi Chloe,

Thanks ever so much for applying to be a Customer Service Advisor at Bramble & Thorn – we’ve loved reading about why you’d like to join us.

We’ve had a lot of applications for this role (it’s the £1 seed offer’s fault, we think!) and we’ve now chosen the people we’d like to invite for a chat. Sadly, you’re not one of them this time.

You’re more than welcome to apply again in 3 months – we’re growing and there should be more roles coming up in the spring.

Best wishes and happy gardening,
The Bramble & Thorn team
""",
        expect=dict(
            company="Bramble & Thorn",
            contact="",
            role="Customer Service Advisor",
            stage="application",
            date="2026-10-28",
            reapply_after="2027-01-28",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-gmail-hollins-park-maths-teacher-interview-day",
        kind="txt",
        body="""Teacher of Mathematics - interview outcome
Inbox

David Achterberg <headteacher@hollinspark.sch.uk>
Fri, Nov 13, 2026, 4:55 PM
to me

Dear Ms Kowalski,

Thank you for coming to Hollins Park Academy on Wednesday for the full interview day for the Teacher of Mathematics post. I know it is a long day, with the lesson observation, the student panel and the final interview with myself and the Chair of Governors.

I am sorry to tell you that we have decided to appoint another candidate. Your Year 9 lesson was warm and well paced, and it was a difficult decision.

I would be very happy to give you feedback over the phone; please call the school office next week and they will find a time.

Yours sincerely,

Mr D. Achterberg
Headteacher
Hollins Park Academy
""",
        expect=dict(
            company="Hollins Park Academy",
            contact="David Achterberg",
            role="Teacher of Mathematics",
            stage="final",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-greenhouse-lumenfold-tpm-phone-tokyo",
        kind="eml",
        sender="Aiko Tanabe-Reyes <aiko@lumenfold.com>",
        subject="Lumenfold: Technical Program Manager",
        date="Fri, 20 Nov 2026 08:30:00 +0900",
        html=True,
        encoding="base64",
        body="""Hi Felix,

Thank you for the recruiter screen on Wednesday for our Technical Program Manager role. It was good to hear about your experience coordinating launches across time zones.

After reviewing where the team is, we've decided not to move forward to the hiring manager interview. For this role we're prioritising people who have managed hardware programs, and that was the deciding factor.

You're welcome to reapply after six months, and we'll also reach out ourselves if something closer to your background opens up.

Best regards,
Aiko Tanabe-Reyes
Recruiter, Lumenfold (Tokyo office)
""",
        expect=dict(
            company="Lumenfold",
            contact="Aiko Tanabe-Reyes",
            role="Technical Program Manager",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-carrow-lyle-grad-trainee-assessment-report",
        kind="txt",
        body="""Dear Aisha,

Thank you for completing the online assessments for the Carrow & Lyle Group Graduate Management Trainee scheme.

Unfortunately, on this occasion your results did not meet the level required to progress to our virtual assessment centre. We know this will be disappointing.

Your personal assessment feedback report will be sent to you in a separate email within five working days, and we hope you find it useful in your future applications.

Please note that you will not be able to apply to our graduate scheme again for 12 months from the date of this email.

Kind regards,

Carrow & Lyle Early Talent Team

Carrow & Lyle Group plc | Registered office: 7 Wharf Street, Leeds LS2 7EQ
""",
        expect=dict(
            company="Carrow & Lyle Group",
            contact="",
            role="Graduate Management Trainee",
            stage="technical",
            date=None,
            reapply_after="2027-11-20",
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-pt-br-lumina-gerente-produto-proposta-retirada",
        kind="eml",
        sender="Rafael Tavares <rafael.tavares@luminapagamentos.com.br>",
        subject="Sobre a proposta - Gerente de Produto",
        date="Thu, 12 Nov 2026 20:14:00 -0300",
        encoding="quoted-printable",
        charset="utf-8",
        body="""Oi, Gabriel, tudo bem?

Infelizmente venho com uma notícia difícil. Por conta de uma reestruturação decidida hoje pela diretoria, a vaga de Gerente de Produto foi congelada e precisaremos retirar a proposta que te enviamos na semana passada.

Sei o quanto isso é frustrante, principalmente porque você já estava se organizando para começar. Quero deixar claro que a decisão não tem nenhuma relação com você ou com o seu desempenho no processo, que foi excelente.

Se topar, gostaria de marcar uma ligação amanhã para conversar com calma e responder qualquer dúvida que você tenha.

Um abraço,

Rafael Tavares
Head de Produto
Lumina Pagamentos
(11) 98765-4410
""",
        expect=dict(
            company="Lumina Pagamentos",
            contact="Rafael Tavares",
            role="Gerente de Produto",
            stage="offer",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-gmail-forward-to-coach-grainline-sdr-phone",
        kind="txt",
        body="""hey! here's the one from Grainline I mentioned. third no this month lol. any thoughts?

---------- Forwarded message ---------
From: Brianna Castellano <brianna.c@grainlinesoftware.com>
Date: Wed, Oct 14, 2026 at 2:10 PM
Subject: Grainline Sales Development Representative
To: <tyler.mcbride.92@gmail.com>


Hi Tyler,

Really appreciate you hopping on a quick call with me yesterday about the Sales Development Representative role. I've shared my notes with the sales leadership team, and unfortunately we're going to pass on moving you to the next step.

Wishing you luck!

Brianna Castellano
Recruiting Coordinator | Grainline Software
""",
        expect=dict(
            company="Grainline Software",
            contact="Brianna Castellano",
            role="Sales Development Representative",
            stage="phone_screen",
            date="2026-10-14",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-fr-mairie-saint-aubin-technicien-jury-body-only",
        kind="txt",
        body="""Objet : Votre candidature au poste de Technicien informatique

Madame,

Vous avez bien voulu faire acte de candidature au poste de Technicien informatique au sein de la Direction des systèmes d'information de la Ville de Saint-Aubin-des-Prés, et je vous en remercie.

À l'issue de l'entretien devant le jury de recrutement qui s'est tenu le 4 novembre dernier, j'ai le regret de vous informer que votre candidature n'a pas été retenue. Le jury a choisi un candidat dont l'expérience correspondait plus étroitement aux besoins du service.

Si vous le souhaitez, le service des Ressources humaines se tient à votre disposition pour vous faire part des observations du jury.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pour le Maire et par délégation,
Le Directeur général des services,

Patrick Moreau
""",
        expect=dict(
            company="Ville de Saint-Aubin-des-Prés",
            contact="Patrick Moreau",
            role="Technicien informatique",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-it-universita-valdora-assegnista-commissione",
        kind="eml",
        sender="Ufficio Personale - Università di Valdora <concorsi@univaldora.it>",
        subject="Esito procedura selettiva - Assegno di ricerca SSD BIO/07",
        date="Fri, 20 Nov 2026 12:15:00 +0100",
        charset="iso-8859-1",
        encoding="quoted-printable",
        body="""Gentile Dott.ssa Ferraresi,

con riferimento alla procedura selettiva per il conferimento di un assegno di ricerca, per il profilo di Assegnista di ricerca in Ecologia presso il Dipartimento di Scienze della Vita, Le comunichiamo che, a seguito della valutazione dei titoli e del colloquio orale svoltosi il 13 novembre u.s., la Commissione giudicatrice ha individuato come vincitore un altro candidato.

La graduatoria di merito sarà pubblicata sull'Albo online di Ateneo nei prossimi giorni.

Nel ringraziarLa per la partecipazione, porgiamo cordiali saluti.

Prof.ssa Elena Ruggeri
Presidente della Commissione giudicatrice
Università degli Studi di Valdora
""",
        expect=dict(
            company="Università degli Studi di Valdora",
            contact="Elena Ruggeri",
            role="Assegnista di ricerca in Ecologia",
            stage="final",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-taleo-verantis-cra-long-legal-b64",
        kind="eml",
        sender="Verantis Pharmaceuticals <verantis@taleo.net>",
        subject="Verantis Pharmaceuticals - Application Update: JR-110432",
        date="Tue, 20 Oct 2026 04:33:17 -0400",
        html=True,
        encoding="base64",
        body="""Dear Tanvir Hossain,

Thank you for your interest in the Clinical Research Associate I position (Requisition JR-110432, Durham, North Carolina) at Verantis Pharmaceuticals, Inc.

We have reviewed your application materials against the requirements of the role. While your background is impressive, we have decided to proceed with candidates whose qualifications more closely meet our current needs.

Your candidate profile will remain active in our system, and you will continue to receive notifications about positions that match your saved job alerts.

We thank you for considering Verantis as a place to build your career.

Sincerely,

Global Talent Acquisition
Verantis Pharmaceuticals, Inc.

-----
Verantis Pharmaceuticals, Inc. is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status. This email was sent from an unattended mailbox. The information contained in this message is confidential and intended only for the named recipient. If you received this message in error, please delete it. To stop receiving job alerts, update your preferences in the Verantis Careers portal. Privacy Notice | Terms of Use
""",
        expect=dict(
            company="Verantis Pharmaceuticals",
            contact="",
            role="Clinical Research Associate I",
            stage="application",
            date="2026-10-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-phone-paste-pratt-obuya-junior-accountant-jsmith",
        kind="txt",
        body="""Dear Mr Adeyemi

Thank you for sending your CV in for the Junior Accountant vacancy. We have had a look through it and don't feel it is the right fit for us at the moment, so we won't be taking things further.

Do keep an eye on our website for future openings.

Regards

J. Smith
Practice Manager
Pratt, Obuya & Co. Chartered Accountants
""",
        expect=dict(
            company="Pratt, Obuya & Co.",
            contact="J. Smith",
            role="Junior Accountant",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-workable-tallis-mech-design-half-year",
        kind="eml",
        sender="Tallis Robotics <noreply@candidates.workablemail.com>",
        subject="Mechanical Design Engineer - Tallis Robotics",
        date="Sat, 07 Nov 2026 10:00:00 +0200",
        html=True,
        encoding="quoted-printable",
        body="""Hi Nikos,

Thanks for applying to the Mechanical Design Engineer position at Tallis Robotics.

We've reviewed your CV and, although your experience is interesting, we've decided not to move forward with your application for this role.

We'd be glad to hear from you again. You can apply for this or other positions in half a year, when our next hiring round opens.

Best regards,
Tallis Robotics Hiring Team

Sent with Workable
""",
        expect=dict(
            company="Tallis Robotics",
            contact="",
            role="Mechanical Design Engineer",
            stage="application",
            date="2026-11-07",
            reapply_after="2027-05-07",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-gmail-copperleaf-clinical-data-video-screen",
        kind="txt",
        body="""Copperleaf Health - Clinical Data Manager
Inbox

Tunde Oyelaran <t.oyelaran@copperleafhealth.com>
Wed, Nov 11, 2026, 3:07 PM
to me

Hello Grace,

Thank you for the video screen on Monday regarding the Clinical Data Manager opportunity with Copperleaf Health. I enjoyed our conversation.

After discussing with the hiring manager, we have decided to move forward with candidates who have more direct experience with oncology trials.

I'm happy to answer any questions you have about the process, so don't hesitate to reach out.

Kind regards,

Oyelaran, Tunde
Senior Talent Acquisition Partner
Copperleaf Health
""",
        expect=dict(
            company="Copperleaf Health",
            contact="Tunde Oyelaran",
            role="Clinical Data Manager",
            stage="phone_screen",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-ledgerly-content-writer-samples-at-least-six",
        kind="eml",
        sender="Moira Callaghan <moira@ledgerly.com>",
        subject="Ledgerly Content Writer - writing samples",
        date="Tue, 27 Oct 2026 14:00:00 +0000",
        html=True,
        body="""Hi Ruth,

Thank you for sending your writing samples for our Content Writer role. Our editorial team read each of them, and we enjoyed your explainer on small-business cash flow.

After reviewing all the submissions, we've decided not to invite you to interview. For this role we need someone with deeper experience writing about tax and accounting for a specialist audience.

Because of the number of people who applied, we ask that you wait at least six months before reapplying to the same role.

Thanks again for your interest in Ledgerly,

Moira Callaghan
Managing Editor, Ledgerly
""",
        expect=dict(
            company="Ledgerly",
            contact="Moira Callaghan",
            role="Content Writer",
            stage="portfolio",
            date="2026-10-27",
            reapply_after="2027-04-27",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-outlook-pinecrest-business-analyst-case-study",
        kind="txt",
        body="""From: Sunita Ramaswamy <sramaswamy@pinecrestcapital.com>
Sent: Monday, November 16, 2026 11:40 AM
To: Michael Brennan <mbrennan.ba@gmail.com>
Subject: RE: Business Analyst - case study

Hi Michael,

Thanks for submitting the case study exercise for the second stage of our Business Analyst process. The reviewers could see the effort you put into the data model.

Having compared all the submissions, we will not be inviting you to the final interviews. The main gap was the prioritisation section, which the panel felt needed more clarity about trade-offs.

I'm happy to share the panel's written feedback on your case study if that would be helpful; just let me know.

Best regards,

Sunita Ramaswamy
Talent Acquisition Manager
Pinecrest Capital
""",
        expect=dict(
            company="Pinecrest Capital",
            contact="Sunita Ramaswamy",
            role="Business Analyst",
            stage="technical",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-mosaic-search-thornbury-procurement-surname-first",
        kind="eml",
        sender="SIDDIQUI Farah <farah.siddiqui@mosaicsearch.co.uk>",
        subject="Procurement Manager - Thornbury Foods",
        date="Thu, 05 Nov 2026 09:30:00 +0000",
        body="""Dear Callum,

Thank you for allowing me to put your CV forward for the Procurement Manager position with Thornbury Foods.

Their HR team has now completed the shortlisting, and I'm afraid your application has not been shortlisted for interview. They have gone with applicants who have category management experience in chilled foods.

I'll be in touch if anything else comes up that matches your background.

Kind regards,

Farah Siddiqui
Associate Director | Supply Chain & Procurement
Mosaic Search Ltd
0161 496 0732
""",
        expect=dict(
            company="Thornbury Foods",
            contact="Farah Siddiqui",
            role="Procurement Manager",
            stage="application",
            date="2026-11-05",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-outlook-reply-hatchway-ops-associate-filled-nostage",
        kind="txt",
        body="""From: Owen Gallagher <owen@hatchwaylogistics.com>
Sent: Tuesday, November 3, 2026 8:12 AM
To: Priya Shah
Subject: RE: Operations Associate role

Hi Priya,

Thanks for checking in, and sorry for not getting back to you sooner. We've now filled the Operations Associate role, so we won't be taking things further with you.

Best of luck,
Owen Gallagher
Operations Lead | Hatchway Logistics

From: Priya Shah <priya.shah.work@gmail.com>
Sent: Monday, November 2, 2026 4:50 PM
To: Owen Gallagher <owen@hatchwaylogistics.com>
Subject: Operations Associate role

Hi Owen,

I hope you're well. I wanted to follow up on the Operations Associate role and ask whether there is any update.

Many thanks,
Priya
""",
        expect=dict(
            company="Hatchway Logistics",
            contact="Owen Gallagher",
            role="Operations Associate",
            stage=None,
            date="2026-11-03",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-hearthstone-seasonal-sales-30days-htmlonly",
        kind="eml",
        sender="Hearthstone Outdoor Careers <donotreply@hearthstoneoutdoor.com>",
        subject="Thank you for your application",
        date="Sun, 01 Nov 2026 03:12:00 -0700",
        html=True,
        html_only=True,
        encoding="quoted-printable",
        body="""Hi Tyler,

Thanks for applying for the Retail Sales Associate - Store #0412 Boise position at Hearthstone Outdoor. We've reviewed your application and have decided not to move forward at this time.

You may reapply after 30 days. New store positions are posted every week at careers.hearthstoneoutdoor.com.

See you on the trail,
Hearthstone Outdoor Talent Team
""",
        expect=dict(
            company="Hearthstone Outdoor",
            contact="",
            role="Retail Sales Associate",
            stage="application",
            date="2026-11-01",
            reapply_after="2026-12-01",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-applemail-saltmarsh-gameplay-live-coding-eet",
        kind="txt",
        body="""From: Ville Mäkelä <ville.makela@saltmarshgames.fi>
Subject: Gameplay Programmer interview
Date: 2 November 2026 at 19:04:51 EET
To: Jonas Weber <jonas.weber@posteo.de>

Hi Jonas,

Thank you for joining the live coding interview last Thursday for the Gameplay Programmer role. It was nice to see how you approached the movement problem.

We have discussed it as a team and decided not to continue the process with you. We'd be glad to hear from you again after one year, once you have shipped a bit more.

Best,
Ville Mäkelä
Lead Programmer
Saltmarsh Games Oy, Helsinki
""",
        expect=dict(
            company="Saltmarsh Games",
            contact="Ville Mäkelä",
            role="Gameplay Programmer",
            stage="technical",
            date="2026-11-02",
            reapply_after="2027-11-02",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-greenhouse-orbitwise-devrel-pronouns-nofeedback",
        kind="eml",
        sender="Sam Achebe (they/them) <sam.achebe@orbitwise.dev>",
        subject="Orbitwise - Developer Advocate, LATAM",
        date="Wed, 18 Nov 2026 12:00:00 -0300",
        html=True,
        encoding="quoted-printable",
        body="""Hi Valentina,

Thank you for applying to be a Developer Advocate, LATAM at Orbitwise, and for the talks you linked in your application.

We received many strong applications and, after reviewing yours, we're not going to move forward with an interview.

Unfortunately we're not able to provide personalised feedback at the application stage. We're grateful you considered us.

Sam Achebe (they/them)
Community & DevRel Recruiting, Orbitwise
""",
        expect=dict(
            company="Orbitwise",
            contact="Sam Achebe",
            role="Developer Advocate",
            stage="application",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-mobile-paste-wrenfield-dental-receptionist-call",
        kind="txt",
        body="""Hi Ana, thanks for the call earlier about the dental receptionist job at our Oakridge office. We've decided to go with someone who has used our scheduling software before, so we won't be moving ahead. If you have any questions feel free to call the office, ask for me. Take care!
Cheryl Banks-Moore
Office Manager, Wrenfield Dental Group

Sent from my Galaxy
""",
        expect=dict(
            company="Wrenfield Dental Group",
            contact="Cheryl Banks-Moore",
            role="Dental Receptionist",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-ie-glenmore-qa-technologist-phone-latin1",
        kind="eml",
        sender="Siobhán Ní Bhriain <siobhan.nibhriain@glenmoredairies.ie>",
        subject="Quality Assurance Technologist - Glenmore Dairies",
        date="Tue, 10 Nov 2026 13:45:00 +0000",
        charset="iso-8859-1",
        encoding="8bit",
        body="""Hi Ciarán,

Many thanks for taking the time to speak with me by phone on Friday about the Quality Assurance Technologist role here in Mitchelstown.

Having spoken with a number of candidates, we have decided not to progress your application to the next stage. The role needs someone with hands-on BRC audit experience, which came through as the main difference.

I wish you the very best of luck with your search.

Le gach dea-ghuí,

Siobhán Ní Bhriain
HR Officer
Glenmore Dairies Ltd.
""",
        expect=dict(
            company="Glenmore Dairies",
            contact="Siobhán Ní Bhriain",
            role="Quality Assurance Technologist",
            stage="phone_screen",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-gmail-greenhouse-tessaract-sre-recruiter-app",
        kind="txt",
        body="""Your application at Tessaract Cloud
Inbox

Lauren Bisset-Hughes <no-reply@us.greenhouse-mail.io>
Oct 30, 2026, 11:21 AM
to me

Hi Marcus,

Thanks for your interest in the Site Reliability Engineer II role at Tessaract Cloud. I've reviewed your application with the hiring team, and we won't be moving forward at this time.

We'd encourage you to apply again in the future as new roles open up.

Lauren Bisset-Hughes
Technical Recruiter, Tessaract Cloud
""",
        expect=dict(
            company="Tessaract Cloud",
            contact="Lauren Bisset-Hughes",
            role="Site Reliability Engineer II",
            stage="application",
            date="2026-10-30",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-murmur-data-scientist-pair-programming-9months",
        kind="eml",
        sender="Kofi Mensah-Bonsu <kofi@murmuranalytics.com>",
        subject="Senior Data Scientist - pair programming follow-up",
        date="Tue, 03 Nov 2026 17:00:00 -0500",
        reply_to="kofi@murmuranalytics.com",
        body="""Hi Lena,

Thanks for pairing with Ruth and me on Friday. I know it's a strange format, coding while two people watch, and you handled it calmly.

We've talked it over and we're not going to move you forward for the Senior Data Scientist role. The modelling discussion was strong, but we need someone more fluent in production Python for where the team is right now.

I'm happy to hop on a call and share our notes from the session if that would be useful. We typically ask people to wait 9 months before interviewing with us again, and I'd genuinely like to see your name come back.

Kofi Mensah-Bonsu
Head of Data Science, Murmur Analytics
""",
        expect=dict(
            company="Murmur Analytics",
            contact="Kofi Mensah-Bonsu",
            role="Senior Data Scientist",
            stage="technical",
            date="2026-11-03",
            reapply_after="2027-08-03",
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-kingsmere-libraries-assistant-council-6months",
        kind="txt",
        body="""Dear Applicant,

Post: Library Assistant (Ref LIB/0925), Libraries and Heritage Service

Thank you for your recent application for the above post. We received a high number of applications and the shortlisting panel has now met.

We regret to inform you that you have not been shortlisted for interview on this occasion.

Due to the volume of applications, we are unable to provide feedback at shortlisting stage. Please note that applicants who are unsuccessful may not reapply for the same post within 6 months.

Thank you for your interest in working for Kingsmere City Council.

Recruitment Team
People Services, Kingsmere City Council
""",
        expect=dict(
            company="Kingsmere City Council",
            contact="",
            role="Library Assistant",
            stage="application",
            date=None,
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-pt-outlook-tejo-robotics-engenheiro-embebido-final",
        kind="txt",
        body="""De: Inês Carvalho Mota <ines.mota@tejorobotics.pt>
Enviado: terça-feira, 3 de novembro de 2026 18:20
Para: Miguel Antunes
Assunto: Processo de recrutamento - Engenheiro de Software Embebido

Caro Miguel,

Em primeiro lugar, quero agradecer-lhe a disponibilidade ao longo de todo o processo e, em especial, a conversa de ontem com a administração, na última fase do recrutamento para a função de Engenheiro de Software Embebido.

Foi uma decisão difícil, mas optámos por avançar com outro candidato, com mais experiência em sistemas de tempo real aplicados à robótica industrial.

Terei todo o gosto em partilhar consigo algum feedback mais detalhado sobre as entrevistas, caso considere útil. Basta responder a este e-mail para combinarmos uma chamada.

Com os melhores cumprimentos,

Inês Carvalho Mota
Responsável de Recursos Humanos
Tejo Robotics, Lda.
Av. D. Carlos I, 44 - Lisboa
""",
        expect=dict(
            company="Tejo Robotics",
            contact="Inês Carvalho Mota",
            role="Engenheiro de Software Embebido",
            stage="final",
            date="2026-11-03",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-lever-kowhai-cycles-ecommerce-nz-4months",
        kind="eml",
        sender="Hamish Drummond <hamish@kowhaicycles.co.nz>",
        subject="E-commerce Coordinator at Kōwhai Cycles",
        date="Mon, 19 Oct 2026 10:00:00 +1300",
        html=True,
        encoding="quoted-printable",
        body="""Kia ora Mere,

Thanks heaps for applying for the E-commerce Coordinator role at Kōwhai Cycles.

We've had a good look at your CV and we've decided not to take your application any further this time round. We had a lot of applicants with Shopify Plus experience, which is what tipped it.

You're very welcome to reapply after 4 months, when we expect to be hiring again for the summer season.

Ngā mihi,
Hamish Drummond
Operations Manager, Kōwhai Cycles
""",
        expect=dict(
            company="Kōwhai Cycles",
            contact="Hamish Drummond",
            role="E-commerce Coordinator",
            stage="application",
            date="2026-10-19",
            reapply_after="2027-02-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-gmail-brightlane-category-analyst-firstname-only",
        kind="txt",
        body="""Brightlane Foods | Category Analyst
Inbox

Brightlane Foods Talent <talent@brightlanefoods.com>
Sat, Nov 14, 2026, 8:02 PM
to me

Hi Owen,

Thank you for applying to the Category Analyst position with Brightlane Foods. We've reviewed your application carefully and decided to pursue other candidates for this role.

We know it's disappointing to hear, and we're sorry that we can't share individual feedback given the number of applications we receive.

Wishing you all the best,
Jenna from the Brightlane Talent Team
""",
        expect=dict(
            company="Brightlane Foods",
            contact="Jenna",
            role="Category Analyst",
            stage="application",
            date="2026-11-14",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-halden-sharpe-project-architect-references-bst",
        kind="eml",
        sender="Margaret O'Donoghue-Price <m.odonoghue-price@haldensharpe.co.uk>",
        subject="Project Architect",
        date="Thu, 22 Oct 2026 18:30:00 +0100",
        body="""Dear Yusuf,

Thank you for your patience over the past few weeks. As you know, after the second interviews we took two candidates through to the references stage for the Project Architect position.

I'm sorry to say that we have now made an offer to the other candidate, and it has been accepted. The partners were impressed by your healthcare portfolio and by your presentation to them, and this was a genuinely close decision.

We do wish you every success and hope our paths cross again.

Yours sincerely,

Margaret O'Donoghue-Price
Practice Manager
Halden & Sharpe Architects LLP
""",
        expect=dict(
            company="Halden & Sharpe Architects",
            contact="Margaret O'Donoghue-Price",
            role="Project Architect",
            stage="final",
            date="2026-10-22",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-outlook-ios-quarry-lane-member-services-90days",
        kind="txt",
        body="""Hi Kayla,

Thank you for the phone interview on Monday for the Member Services Representative position at Quarry Lane Credit Union. We've decided to move forward with another candidate at this time.

Per our hiring guidelines you can reapply after 90 days, and we'd encourage you to do so.

Deshawn Pryor
Branch Manager, Quarry Lane Credit Union

Get Outlook for iOS
""",
        expect=dict(
            company="Quarry Lane Credit Union",
            contact="Deshawn Pryor",
            role="Member Services Representative",
            stage="phone_screen",
            date=None,
            reapply_after="2027-02-18",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-paper-kite-3d-animator-showreel",
        kind="eml",
        sender="Yuki Hoshino-Blake <yuki@paperkiteanimation.com>",
        subject="Your showreel - 3D Animator",
        date="Mon, 12 Oct 2026 09:00:00 -0400",
        html=True,
        encoding="base64",
        body="""Hi Santiago,

Thanks for sending us your showreel for the 3D Animator opening. Our animation supervisors watched it last week; the creature walk cycle got a few nods around the room.

We've decided not to bring you in for an interview for this role. The show we're staffing is heavy on facial performance and lip sync, and we're looking for reels with more of that.

Best of luck, and keep animating!

Yuki Hoshino-Blake
Production Coordinator
Paper Kite Animation
""",
        expect=dict(
            company="Paper Kite Animation",
            contact="Yuki Hoshino-Blake",
            role="3D Animator",
            stage="portfolio",
            date="2026-10-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-gmail-birchfield-ops-manager-search-closed-nostage",
        kind="txt",
        body="""Operations Manager position
Inbox

Alicia Romero <aromero@birchfieldpm.com>
Fri, Nov 6, 2026, 2:14 PM
to me

Good afternoon Nathan,

I wanted to let you know that we have decided to close the search for the Operations Manager position at Birchfield Property Management. After a change in our leadership structure, the responsibilities of the role are being divided among existing staff.

We appreciate the interest you showed in Birchfield. If you have any questions, please don't hesitate to reach out to me.

Regards,
Alicia Romero
HR Generalist
Birchfield Property Management
""",
        expect=dict(
            company="Birchfield Property Management",
            contact="Alicia Romero",
            role="Operations Manager",
            stage=None,
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-linguabridge-translator-test-cp1252",
        kind="eml",
        sender="François Lemaître <f.lemaitre@linguabridge.eu>",
        subject="German-English Translator - test translation",
        date="Wed, 04 Nov 2026 16:00:00 +0100",
        charset="windows-1252",
        encoding="quoted-printable",
        body="""Dear Hannah,

Thank you for completing the test translation for our German–English Translator position. Our senior reviser has now assessed it.

I’m sorry to tell you that your test did not reach the standard we need for our legal and financial clients, so we won’t be adding you to our team at this time. As a rule we don’t provide individual comments on test translations.

You’re welcome to reapply and sit the test again after six months.

Kind regards,

François Lemaître
Vendor Manager
LinguaBridge Translations SARL – Luxembourg
""",
        expect=dict(
            company="LinguaBridge Translations",
            contact="François Lemaître",
            role="German-English Translator",
            stage="technical",
            date="2026-11-04",
            reapply_after="2027-05-04",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-outlook-mercy-valley-epic-analyst-app",
        kind="txt",
        body="""From: Dubois-Carter, Renée <rdubois-carter@mercyvalleyhealth.org>
Sent: Thursday, October 15, 2026 7:58 AM
To: jlarsen.it@gmail.com
Subject: Epic Analyst - Mercy Valley Health

Good morning Jon,

Thank you for applying for the Epic Analyst position with Mercy Valley Health. Your application was reviewed by the hiring manager, who has decided to interview candidates with current Epic Ambulatory certification.

We appreciate your interest in Mercy Valley Health and encourage you to review our other openings.

Renée Dubois-Carter
Recruitment Specialist
Mercy Valley Health | Human Resources
""",
        expect=dict(
            company="Mercy Valley Health",
            contact="Renée Dubois-Carter",
            role="Epic Analyst",
            stage="application",
            date="2026-10-15",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-stellarin-research-scientist-offer-visa-cest",
        kind="eml",
        sender="Dr. Helena Voss <helena.voss@stellarin-bio.de>",
        subject="Your offer - Research Scientist",
        date="Fri, 16 Oct 2026 11:11:11 +0200",
        body="""Dear Arjun,

I am writing to you personally because this is not news that should come from a template.

When we made you the offer for the Research Scientist position in our protein engineering group, we believed we could sponsor your work permit. Our legal team has now confirmed that, under the current rules for our site, we cannot. I am very sorry, but this means we have to withdraw the offer.

This is entirely a matter of our own process and not of your qualifications. The whole group was looking forward to working with you.

With my sincere apologies,

Dr. Helena Voss
Head of Protein Engineering
Stellarin Biotech GmbH, Heidelberg
""",
        expect=dict(
            company="Stellarin Biotech",
            contact="Helena Voss",
            role="Research Scientist",
            stage="offer",
            date="2026-10-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-raw-headers-cinder-sage-marketing-coord-phone",
        kind="txt",
        body="""From: Maya Lindqvist-Oduya <maya@cinderandsage.com>
To: Elena Petrova <elena.petrova.mkt@yahoo.com>
Date: Fri, 13 Nov 2026 10:02:17 -0500
Subject: Marketing Coordinator - Cinder & Sage

Hi Elena,

Thanks for taking the time to chat with me on the phone earlier this week about the Marketing Coordinator role with Cinder & Sage Restaurant Group.

We've now wrapped up our first-round calls, and we won't be moving you on to the interviews with the marketing director. We were impressed with your social campaigns, but we're prioritising people with more hospitality experience.

Wishing you the best,
Maya
""",
        expect=dict(
            company="Cinder & Sage Restaurant Group",
            contact="Maya Lindqvist-Oduya",
            role="Marketing Coordinator",
            stage="phone_screen",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-northbridge-water-senior-project-officer-panel-aedt",
        kind="eml",
        sender="Leanne Kowalski-Hart <leanne.kowalski-hart@northbridgewater.gov.au>",
        subject="Outcome - Senior Project Officer (Job ID NWA-2611)",
        date="Tue, 17 Nov 2026 15:30:00 +1100",
        html=True,
        encoding="quoted-printable",
        body="""Dear Mr Tran,

Thank you for your interest in the position of Senior Project Officer in our Capital Works branch, and for attending the panel interview on 10 November 2026.

The selection panel has now completed its assessment, and I regret to advise that you have not been recommended for appointment on this occasion.

You may request feedback on your application and interview by contacting me, as the panel chair, on (03) 9555 0126 within the next four weeks.

Thank you again for the time and effort you put into your application.

Yours sincerely,

Leanne Kowalski-Hart
Manager, Capital Delivery
Northbridge Water Authority
""",
        expect=dict(
            company="Northbridge Water Authority",
            contact="Leanne Kowalski-Hart",
            role="Senior Project Officer",
            stage="final",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="z-applemail-ferncliff-vet-nurse-file-6months",
        kind="txt",
        body="""From: Ferncliff Veterinary Hospital <reception@ferncliffvets.co.uk>
Subject: Re: Veterinary Nurse vacancy
Date: 18 November 2026 at 12:40:02 GMT
To: Lily Harper <lilyharper.rvn@gmail.com>

Dear Lily,

Thank you for your application for our Veterinary Nurse vacancy and for the lovely covering letter.

We have now reviewed all the applications, and we are sorry to say we will not be inviting you for an interview this time. We'll keep your CV on file for 6 months in case another position comes up.

Best wishes,

Dr Priya Anand BVSc MRCVS
Clinical Director
Ferncliff Veterinary Hospital
""",
        expect=dict(
            company="Ferncliff Veterinary Hospital",
            contact="Priya Anand",
            role="Veterinary Nurse",
            stage="application",
            date="2026-11-18",
            reapply_after="2027-05-18",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-workday-castellan-underwriting-video-assessment-ist",
        kind="eml",
        sender="Castellan Insurance Group <castellan@myworkday.com>",
        subject="Castellan Insurance Group - Underwriting Associate assessment",
        date="Thu, 08 Oct 2026 22:15:00 +0530",
        html=True,
        html_only=True,
        encoding="base64",
        body="""Dear Rohan Iyer,

Thank you for completing the recorded video assessment and the numerical reasoning test for the Underwriting Associate role at Castellan Insurance Group.

Following a review of your results, we regret to inform you that we will not be progressing your application further.

You will be eligible to apply for the Underwriting Associate programme again in 12 months.

Regards,
Castellan Early Careers Recruitment

This mailbox is not monitored.
""",
        expect=dict(
            company="Castellan Insurance Group",
            contact="",
            role="Underwriting Associate",
            stage="technical",
            date="2026-10-08",
            reapply_after="2027-10-08",
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-gmail-noyear-nimbus-grove-people-ops-phone",
        kind="txt",
        body="""Nimbus Grove - People Operations Generalist
Inbox

Ayo Adebayo-Smith <ayo@nimbusgrove.io>
Sat, Nov 14, 10:30 AM (6 days ago)
to me

Hi Rachel,

Sorry for the weekend email, I didn't want you waiting any longer. Thanks for the intro call on Tuesday about the People Operations Generalist role.

We're going to move forward with candidates who've supported a team through a multi-country expansion, so we won't be scheduling the next interview with you. Feel free to apply for other roles at Nimbus Grove that catch your eye.

All the best,
Ayo
""",
        expect=dict(
            company="Nimbus Grove",
            contact="Ayo Adebayo-Smith",
            role="People Operations Generalist",
            stage="phone_screen",
            date="2026-11-14",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-outlook-greyfriars-hospice-finance-head-nostage",
        kind="txt",
        body="""From: Siân Llewelyn-Jones <sian.llewelyn-jones@greyfriarshospice.org.uk>
Sent: 14 October 2026 11:45
To: 'David Osei'
Subject: Head of Finance

Dear David,

Thank you for your interest in the Head of Finance role at Greyfriars Hospice.

We have now completed our process and I am sorry to let you know that it will not be you on this occasion.

With kind regards,

Siân Llewelyn-Jones
Director of People
Greyfriars Hospice

Greyfriars Hospice is a registered charity no. 1092231.
""",
        expect=dict(
            company="Greyfriars Hospice",
            contact="Siân Llewelyn-Jones",
            role="Head of Finance",
            stage=None,
            date="2026-10-14",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-gmail-opal-street-junior-editor-app",
        kind="txt",
        body="""Re: Junior Video Editor application
Inbox

Rico Santangelo <rico@opalstreetstudios.com>
Nov 2, 2026, 9:14 AM
to me

hey Imani, thanks for sending your resume over for the junior video editor spot. we looked through everybody's applications this weekend and we're going with folks who've cut more long-form doc stuff. appreciate you reaching out though and good luck!!

rico
Opal Street Studios
""",
        expect=dict(
            company="Opal Street Studios",
            contact="Rico Santangelo",
            role="Junior Video Editor",
            stage="application",
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="z-hanbit-mobility-partnerships-phone-kst",
        kind="eml",
        sender="Park Ji-won <jiwon.park@hanbitmobility.kr>",
        subject="[Hanbit Mobility] Partnerships Manager - result of screening call",
        date="Thu, 19 Nov 2026 10:20:00 +0900",
        html=True,
        encoding="base64",
        charset="utf-8",
        body="""Dear Ms. Laurent,

Thank you for joining the screening call with me last Friday for the Partnerships Manager position at Hanbit Mobility.

After careful review with the business team, we have decided not to proceed to the next interview step with you. We are looking for a candidate with stronger experience working with Korean OEM partners.

We truly appreciate your interest and wish you all the best.

Best regards,

Park Ji-won
Talent Acquisition Team
Hanbit Mobility Co., Ltd. | Seoul
""",
        expect=dict(
            company="Hanbit Mobility",
            contact="Park Ji-won",
            role="Partnerships Manager",
            stage="phone_screen",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
