"""Batch x06, written by hand by the writer helper: 20 rejection emails (10 in French, Italian, Dutch, Spanish, German, Portuguese; 10 hard English cases)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-20"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="x06-fr-institut-audition-jury-bioinformatique",
        kind="eml",
        sender="Yannick Le Bihan <yannick.lebihan@iro-brest.fr>",
        subject="Résultat du recrutement - Ingénieur d'études en bioinformatique",
        date="Fri, 13 Nov 2026 14:22:00 +0100",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Madame,

Je vous remercie d'avoir présenté votre candidature au poste d'Ingénieur d'études en bioinformatique et de vous être déplacée à Brest pour l'audition devant le jury le 5 novembre dernier.

À l'issue des auditions, le jury a classé en première position une autre candidate, dont l'expérience en métagénomique marine correspond plus directement aux besoins de l'équipe. J'ai le regret de vous informer que votre candidature n'a donc pas été retenue.

Le président du jury se tient à votre disposition pour un retour sur votre audition si vous le souhaitez.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Yannick Le Bihan
Responsable du service des ressources humaines
Institut de Recherche Océanographique de Brest
""",
        expect=dict(
            company="Institut de Recherche Océanographique de Brest",
            contact="Yannick Le Bihan",
            role="Ingénieur d'études en bioinformatique",
            stage="final",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x06-fr-agence-portfolio-revenez-dans-six-mois",
        kind="txt",
        body="""De : Inès Barbier <ines@grandlarge-agence.fr>
Envoyé : vendredi 6 novembre 2026 10:15
À : Quentin Morel
Objet : Directeur artistique junior (H/F)

Bonjour Quentin,

Merci pour votre candidature et pour le lien vers votre portfolio, que nous avons parcouru en équipe. Il y a de belles choses, notamment l'identité du festival de Binic.

Nous ne donnerons toutefois pas suite pour le poste de Directeur artistique junior : nous cherchons quelqu'un de déjà très à l'aise en motion design, et ce n'est pas encore ce qui ressort de vos projets.

Revenez vers nous dans six mois avec vos nouveaux projets, on les regardera avec plaisir.

Belle journée,

Inès Barbier
Directrice de création
Agence Grand Large - Saint-Malo
""",
        expect=dict(
            company="Agence Grand Large",
            contact="Inès Barbier",
            role="Directeur artistique junior",
            stage="portfolio",
            date="2026-11-06",
            reapply_after="2027-05-06",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x06-it-ospedale-colloquio-telefonico-preliminare",
        kind="eml",
        sender="Ufficio Risorse Umane <selezione@sanbassiano.it>",
        subject="Esito colloquio - Tecnico di Radiologia Medica",
        date="Mon, 2 Nov 2026 09:45:00 +0100",
        html=True,
        encoding="quoted-printable",
        charset="windows-1252",
        body="""Gentile Dott. Fabbri,

la ringraziamo per aver partecipato al colloquio telefonico preliminare per la posizione di Tecnico di Radiologia Medica presso il nostro presidio di Bassano del Grappa.

Al termine della fase di preselezione, la informiamo che la sua candidatura non è stata ammessa alle fasi successive.

Non forniamo riscontri individuali sugli esiti dei colloqui. Il suo curriculum sarà conservato nel nostro archivio per 6 mesi e potrà essere valutato per eventuali nuove posizioni.

Distinti saluti,

Ufficio Risorse Umane
Gruppo Ospedaliero San Bassiano S.p.A.
""",
        expect=dict(
            company="Gruppo Ospedaliero San Bassiano",
            contact="",
            role="Tecnico di Radiologia Medica",
            stage="phone_screen",
            date="2026-11-02",
            reapply_after="2027-05-02",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x06-it-officina-prova-pratica-saldatore",
        kind="txt",
        body="""Buongiorno Sig. Marini,

la ringrazio per essere venuto giovedì a fare la prova pratica in officina per il posto di saldatore TIG.

Purtroppo le saldature sull'acciaio inox non erano ancora al livello che ci chiedono i clienti del settore alimentare, quindi abbiamo deciso di prendere un'altra persona.

Se vuole passare in officina una mattina, le spiego volentieri cosa non ha funzionato, così può esercitarsi.

Saluti,
Roberto Zanetti
Officine Zanetti S.n.c.
Via dei Fabbri 3, Schio (VI)
""",
        expect=dict(
            company="Officine Zanetti",
            contact="Roberto Zanetti",
            role="Saldatore TIG",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x06-nl-hogeschool-laatste-gespreksronde",
        kind="eml",
        sender="Marloes Kuipers <m.kuipers@hswestland.nl>",
        subject="Sollicitatie Docent Bedrijfskunde (vacature 26-087)",
        date="Wed, 11 Nov 2026 13:30:00 +0100",
        body="""Geachte mevrouw Aydın,

Hartelijk dank voor uw komst naar Delft voor de tweede en laatste gespreksronde met de benoemingsadviescommissie voor de functie Docent Bedrijfskunde.

De commissie heeft na afloop uitgebreid gesproken over alle kandidaten. Ik moet u helaas berichten dat de keuze op een andere kandidaat is gevallen. De commissie waardeerde uw praktijkervaring zeer, maar gaf uiteindelijk de voorkeur aan iemand met meer onderwijservaring in het hbo.

Wilt u een nadere toelichting, dan kunt u mij bellen op 015 555 76 20.

Met vriendelijke groet,

dr. Marloes Kuipers
Teamleider Bedrijfskunde
Hogeschool Westland
""",
        expect=dict(
            company="Hogeschool Westland",
            contact="Marloes Kuipers",
            role="Docent Bedrijfskunde",
            stage="final",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x06-nl-supermarkt-cv-over-drie-maanden",
        kind="txt",
        body="""Kevin Mulder <kevin.mulder@buurtmarkt.nl>
ma 16 nov 2026 08:12
aan mij

Hoi Ricardo,

Bedankt voor je sollicitatie als Afdelingsmanager Vers in onze winkel in Amersfoort-Vathorst. Ik heb je cv goed bekeken, maar we gaan helaas niet verder met je sollicitatie. We zoeken iemand die al leiding heeft gegeven aan een team van minstens tien mensen.

Over drie maanden mag je het gerust opnieuw proberen, want dan openen we twee nieuwe winkels in de regio.

Groeten,
Kevin Mulder
Bedrijfsleider
Buurtmarkt Supermarkten
""",
        expect=dict(
            company="Buurtmarkt Supermarkten",
            contact="Kevin Mulder",
            role="Afdelingsmanager Vers",
            stage="application",
            date="2026-11-16",
            reapply_after="2027-02-16",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x06-es-almacenes-dinamica-de-grupo-seis-meses",
        kind="eml",
        sender="Sonia Herrero Blanco <seleccion@almacenesrivero.es>",
        subject="Proceso de selección Visual Merchandiser - Madrid",
        date="Fri, 20 Nov 2026 10:30:00 +0100",
        html=True,
        encoding="base64",
        charset="utf-8",
        body="""Hola, Paula:

Gracias por participar en la dinámica de grupo y en el ejercicio de montaje de escaparate del pasado martes para la posición de Visual Merchandiser.

Tras valorar los resultados de todas las pruebas, hemos decidido continuar el proceso con otras personas candidatas. Por la cantidad de participantes, no podemos ofrecer una valoración individual de cada prueba.

Podrás volver a participar en nuestros procesos de selección transcurridos seis meses desde hoy.

Un saludo,

Sonia Herrero Blanco
Selección y Desarrollo
Almacenes Rivero, S.A.
""",
        expect=dict(
            company="Almacenes Rivero",
            contact="Sonia Herrero Blanco",
            role="Visual Merchandiser",
            stage="technical",
            date="2026-11-20",
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x06-de-medizintechnik-zusage-zurueckgezogen",
        kind="eml",
        sender="Dr. Annika Brandt <annika.brandt@lindqvist-medtech.de>",
        subject="Ihre Zusage als Regulatory Affairs Manager (m/w/d)",
        date="Tue, 17 Nov 2026 08:15:00 +0100",
        encoding="quoted-printable",
        charset="utf-8",
        body="""Sehr geehrter Herr Antonelli,

ich muss Ihnen heute leider eine Nachricht überbringen, die mir sehr schwerfällt.

Wie Sie vielleicht aus der Presse erfahren haben, wurde die Übernahme unseres Unternehmens durch die Halmstad-Gruppe am Freitag abgeschlossen. Der neue Eigentümer hat mit sofortiger Wirkung einen Einstellungsstopp für alle Stellen verhängt, deren Arbeitsvertrag noch nicht unterschrieben ist. Davon ist leider auch die Zusage betroffen, die wir Ihnen am 2. November für die Position als Regulatory Affairs Manager gegeben haben. Wir müssen diese Zusage daher zurückziehen.

Es tut mir außerordentlich leid. Ich stehe Ihnen jederzeit für ein persönliches Gespräch zur Verfügung.

Mit freundlichen Grüßen

Dr. Annika Brandt
Leiterin Personal
Lindqvist Medizintechnik GmbH
""",
        expect=dict(
            company="Lindqvist Medizintechnik",
            contact="Annika Brandt",
            role="Regulatory Affairs Manager",
            stage="offer",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x06-de-buchhandlung-anderweitig-besetzt",
        kind="txt",
        body="""Von: Ursula Kamphausen <info@buchhandlung-lesezeichen.de>
Betreff: Buchhändler (m/w/d)
Datum: 12.11.2026 15:02
An: mia.lorenz@web.de

Liebe Frau Lorenz,

vielen Dank für Ihr Interesse an unserer Buchhandlung.

Leider müssen wir Ihnen mitteilen, dass wir die Stelle als Buchhändler (m/w/d) inzwischen anderweitig besetzt haben.

Wir wünschen Ihnen alles Gute und würden uns freuen, Sie weiterhin als Kundin bei uns begrüßen zu dürfen.

Herzliche Grüße
Ursula Kamphausen
Buchhandlung Lesezeichen
Marktplatz 7, 53111 Bonn
""",
        expect=dict(
            company="Buchhandlung Lesezeichen",
            contact="Ursula Kamphausen",
            role="Buchhändler",
            stage=None,
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x06-pt-interiores-portefolio-notas",
        kind="txt",
        body="""Olá Carolina,

Muito obrigada pela sua candidatura à vaga de Designer de Interiores e por nos ter enviado o seu portefólio.

Analisámos o portefólio com toda a atenção e gostámos sobretudo do projeto da casa em Monsaraz. Ainda assim, decidimos não avançar para entrevista, porque nesta fase precisamos de alguém com mais experiência em projetos de hotelaria.

Caso pretenda, teremos gosto em partilhar consigo algumas notas sobre o portefólio.

Com os melhores cumprimentos,
Sofia Amaral
Casa Lusa Interiores, Lda.
""",
        expect=dict(
            company="Casa Lusa Interiores",
            contact="Sofia Amaral",
            role="Designer de Interiores",
            stage="portfolio",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x06-en-workable-ref-number-only-talent-pool-18-months",
        kind="eml",
        sender="Gemma at Harbourlight Events <harbourlight-events@jobs.workablemail.com>",
        subject="Your application - Ref. 2219",
        date="Mon, 9 Nov 2026 13:00:00 +0000",
        html=True,
        body="""Hi Kwame,

Thanks for applying for Ref. 2219 (Events Coordinator) with Harbourlight Events.

We've closed your application at the CV stage. This round was heavily weighted towards people who've run large weddings before.

We'll keep you in our talent pool for 18 months and get in touch if a role comes up that suits you better. We aren't able to give individual feedback on CVs.

Best,
Gemma
Harbourlight Events
""",
        expect=dict(
            company="Harbourlight Events",
            contact="Gemma",
            role="Events Coordinator",
            stage="application",
            date="2026-11-09",
            reapply_after="2028-05-09",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x06-en-agency-verbal-offer-withdrawn-rail",
        kind="txt",
        body="""From: Ade Bakare <ade.bakare@redlinetechnical.com>
Sent: 11 November 2026 17:55
To: Gareth Pryce-Jones
Subject: Corbridge - sorry mate

Gareth,

I've just come off the phone with Corbridge Rail Systems. I'm gutted to say they've had to withdraw the verbal offer for the Signalling Design Engineer role. Network Rail has pushed back the resignalling package they were hiring for by at least a year, and they've frozen all contract-to-perm hires until it's re-let.

This isn't about you. Their lead engineer was genuinely looking forward to having you on the team.

Give me a ring tomorrow when you've had a chance to digest it, and we'll talk about what's next.

Ade

Ade Bakare
Principal Consultant, Rail & Infrastructure
Redline Technical Recruitment
""",
        expect=dict(
            company="Corbridge Rail Systems",
            contact="Ade Bakare",
            role="Signalling Design Engineer",
            stage="offer",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x06-en-icims-college-work-samples-html-only",
        kind="eml",
        sender="Pemberton College Human Resources <pembertoncollege@icims.com>",
        subject="Instructional Designer (Job ID 2026-0457)",
        date="Thu, 5 Nov 2026 10:00:00 -0500",
        html=True,
        html_only=True,
        encoding="base64",
        charset="utf-8",
        body="""Dear Farah Siddiqui,

Thank you for applying for the Instructional Designer position at Pemberton College.

The search committee has completed its review of the work samples submitted with applications. We regret to inform you that you have not been selected for an interview.

We appreciate your interest in Pemberton College and encourage you to review other openings on our employment site.

Sincerely,
Office of Human Resources
Pemberton College

Pemberton College is an equal opportunity employer.
""",
        expect=dict(
            company="Pemberton College",
            contact="",
            role="Instructional Designer",
            stage="portfolio",
            date="2026-11-05",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x06-en-consulting-case-interview-next-cycle",
        kind="txt",
        body="""From: Meredith Kwan <mkwan@ashgrovestrategy.com>
Date: Thu, 12 Nov 2026 09:30:00 -0500
Subject: Ashgrove Strategy Partners - Associate recruiting
To: Emeka Obi <emeka.obi@wharton.upenn.edu>

Dear Emeka,

Thank you for your time on Tuesday. I know case interviews can be draining, and you brought real energy to both of yours.

After discussing each candidate carefully, the team has decided not to extend you an invitation to the final round for the Associate position.

I'd be happy to arrange a short feedback call with one of your interviewers. Please let me know if that would be useful.

We also hope you'll consider applying in our next recruiting cycle, which opens in 12 months.

Best regards,

Meredith Kwan
Campus Recruiting Manager
Ashgrove Strategy Partners
""",
        expect=dict(
            company="Ashgrove Strategy Partners",
            contact="Meredith Kwan",
            role="Associate",
            stage="technical",
            date="2026-11-12",
            reapply_after="2027-11-12",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x06-en-video-call-face-to-name-this-time-next-year",
        kind="eml",
        sender="Rosa-María Delgado <rosamaria@quillmate.com>",
        subject="Your conversation with Quillmate",
        date="Wed, 18 Nov 2026 15:45:00 -0500",
        encoding="quoted-printable",
        charset="utf-8",
        body="""Hi Yusuf,

It was great to put a face to the name on Monday's video call. Thanks for walking me through your bug bounty work.

I shared my notes with the hiring manager for the Security Engineer II opening, and we've decided not to move you on to the technical interviews. They're prioritising people with more cloud IAM depth for this hire.

We ask candidates to wait until this time next year before applying to the security team again.

Warmly,
Rosa-María

Rosa-María Delgado | Recruiter | Quillmate
""",
        expect=dict(
            company="Quillmate",
            contact="Rosa-María Delgado",
            role="Security Engineer II",
            stage="phone_screen",
            date="2026-11-18",
            reapply_after="2027-11-18",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x06-en-gmail-plumbing-still-open-filled",
        kind="txt",
        body="""Pat Reilly <pat@reillyplumbing.ie>
Wed, Nov 11, 2026, 8:03 AM
to me

Hi Aoibhinn, unfortunately it's been filled. All the best.

Pat
Reilly & Daughters Plumbing

On Tue, Nov 10, 2026 at 7:41 PM Aoibhinn Walsh <aoibhinnw@gmail.com> wrote:
> Hi Pat, is the Office Manager job still open? Thanks, Aoibhinn
""",
        expect=dict(
            company="Reilly & Daughters Plumbing",
            contact="Pat Reilly",
            role="Office Manager",
            stage=None,
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x06-en-food-bank-board-shortlist-of-two",
        kind="eml",
        sender="Omar Haddad <ohaddad.board@riverstonefoodbank.org>",
        subject="Executive Director search",
        date="Sat, 14 Nov 2026 10:00:00 -0500",
        body="""Dear Gwendolyn,

On behalf of the search committee, thank you for everything you put into the Executive Director search. You made the shortlist of two and spent a long evening with Sandra and the full board on Wednesday. I know that was no small ask on top of your current job.

The board voted last night to offer the role to the other finalist. It was not unanimous, and several members asked me to tell you how much they valued your vision for the warehouse expansion.

If it would help to talk it through, I'm happy to call you next week.

With gratitude,

Omar Haddad
Board Chair, Riverstone Food Bank
""",
        expect=dict(
            company="Riverstone Food Bank",
            contact="Omar Haddad",
            role="Executive Director",
            stage="final",
            date="2026-11-14",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x06-en-vet-clinic-phone-yesterday-doctor",
        kind="txt",
        body="""Hi Brianna,

Thanks for chatting on the phone with me yesterday about the Veterinary Technician position. I really enjoyed hearing about your time at the shelter.

We've decided to bring in candidates with more surgical and anesthesia monitoring experience for working interviews, so we won't be scheduling one with you.

Best of luck,
Dr. Ellen Forsythe, DVM
Medical Director
Maplewood Animal Hospital
""",
        expect=dict(
            company="Maplewood Animal Hospital",
            contact="Ellen Forsythe",
            role="Veterinary Technician",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x06-en-insurer-end-of-the-road-one-quarter",
        kind="eml",
        sender="Ingleby Insurance Group Careers <careers@inglebyinsurance.co.uk>",
        subject="Claims Handler - application outcome",
        date="Tue, 3 Nov 2026 11:20:00 +0000",
        html=True,
        encoding="quoted-printable",
        charset="windows-1252",
        body="""Dear Precious,

Thank you for your interest in the Claims Handler role at Ingleby Insurance Group.

Having reviewed your CV against the requirements of the role, we're sorry to say we've reached the end of the road for this application.

We operate a cooling-off period of one quarter, after which you're welcome to apply to us again.

Questions? Our candidate care team is at candidatecare@inglebyinsurance.co.uk and will be happy to help.

Kind regards,
Resourcing Team
Ingleby Insurance Group

Ingleby Insurance Group plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
""",
        expect=dict(
            company="Ingleby Insurance Group",
            contact="",
            role="Claims Handler",
            stage="application",
            date="2026-11-03",
            reapply_after="2027-02-03",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x06-en-outlook-separator-payroll-hotels",
        kind="txt",
        body="""________________________________
From: Lakshmi Iyer <lakshmi.iyer@dunmorehotels.com>
Sent: Thursday, November 19, 2026 11:48 AM
To: Connor Bates <connor.bates@hotmail.com>
Subject: Payroll Specialist

Dear Connor,

Thank you for your interest in Dunmore Hotels Group. We will not be proceeding further with you for the Payroll Specialist position.

We wish you every success in the future.

Kind regards,

Lakshmi Iyer
People Operations Manager
Dunmore Hotels Group
""",
        expect=dict(
            company="Dunmore Hotels Group",
            contact="Lakshmi Iyer",
            role="Payroll Specialist",
            stage=None,
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
