"""Batch x07, written by hand by the writer helper: 20 rejection emails (10 in Spanish, Portuguese, German, Italian, French, Dutch; 10 hard English cases)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-20"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="x07-es-personio-primera-llamada-talent",
        kind="eml",
        sender="Álvaro Gutiérrez <alvaro.gutierrez@olivarfintech.com>",
        subject="Tu candidatura: Desarrollador Backend Python (H/M/D)",
        date="Mon, 2 Nov 2026 17:10:00 +0100",
        html=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""¡Hola, Nerea!

Gracias por la primera llamada que tuviste la semana pasada con nuestro equipo de Talent. Nos quedamos con muy buena impresión de tu actitud.

Aun así, para el puesto de Desarrollador Backend Python hemos decidido seguir con perfiles que tienen más experiencia con sistemas de pagos en producción, así que no continuaremos con tu proceso.

Si tienes cualquier pregunta, estaré encantado de responderte.

Un abrazo,

Álvaro Gutiérrez
Talent Partner
Olivar Fintech S.L. · Madrid
""",
        expect=dict(
            company="Olivar Fintech",
            contact="Álvaro Gutiérrez",
            role="Desarrollador Backend Python",
            stage="phone_screen",
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x07-es-fundacion-entrevista-final-patronato",
        kind="txt",
        body="""De: Carmen Iglesias Ruiz <ciglesias@fundacionribera.es>
Enviado: miércoles, 4 de noviembre de 2026 13:20
Para: Jorge Albarracín
Asunto: Proceso de selección - Responsable de Comunicación

Estimado Jorge:

Quiero agradecerle, en nombre de la Fundación Universitaria Ribera, su participación en el proceso de selección para el puesto de Responsable de Comunicación.

Tras la entrevista final con el Patronato, celebrada el pasado viernes, se ha optado por otro candidato cuya trayectoria en comunicación institucional encaja mejor con el plan estratégico de la Fundación.

Le agradecemos de nuevo su interés y el tiempo dedicado, y le deseamos mucha suerte en sus próximos proyectos.

Reciba un cordial saludo,

Dña. Carmen Iglesias Ruiz
Gerente
Fundación Universitaria Ribera
""",
        expect=dict(
            company="Fundación Universitaria Ribera",
            contact="Carmen Iglesias Ruiz",
            role="Responsable de Comunicación",
            stage="final",
            date="2026-11-04",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x07-pt-recruitee-teste-competencias-tres-meses",
        kind="eml",
        sender="Grupo Figueira Saúde <no-reply@figueirasaude.recruitee.com>",
        subject="A sua candidatura a Assistente Administrativo",
        date="Tue, 10 Nov 2026 12:30:00 +0000",
        html=True,
        body="""Olá Filipa,

Obrigado por ter realizado o teste de competências para a função de Assistente Administrativo no Grupo Figueira Saúde.

Após avaliação dos resultados, informamos que não foi possível dar seguimento à sua candidatura.

De acordo com as nossas regras internas, não poderá voltar a candidatar-se a esta função durante os próximos 3 meses. Não nos é possível enviar os resultados detalhados do teste.

Desejamos-lhe as maiores felicidades,

Equipa de Recrutamento
Grupo Figueira Saúde, S.A.
""",
        expect=dict(
            company="Grupo Figueira Saúde",
            contact="",
            role="Assistente Administrativo",
            stage="technical",
            date="2026-11-10",
            reapply_after="2027-02-10",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x07-pt-ceramica-ultima-entrevista-administracao",
        kind="txt",
        body="""Pedro Nunes Antunes <pedro.antunes@ceramicavouga.pt>
sex., 20/11/2026, 09:15
para mim

Caro Dr. Rui Sampaio,

Quero agradecer-lhe pessoalmente a disponibilidade ao longo de todo o processo para a função de Diretor Financeiro.

Após a última entrevista com a Administração, a escolha recaiu sobre outro candidato, com experiência mais recente num grupo industrial exportador.

Fico ao dispor para uma conversa, se entender útil, sobre a forma como o processo decorreu.

Com os melhores cumprimentos,
Pedro Nunes Antunes
Diretor de Recursos Humanos
Cerâmica Vouga, S.A.
""",
        expect=dict(
            company="Cerâmica Vouga",
            contact="Pedro Nunes Antunes",
            role="Diretor Financeiro",
            stage="final",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x07-de-personio-du-unterlagen-sechs-monate-cp1252",
        kind="eml",
        sender="Mara Lindemann <jobs@haferkorn.de>",
        subject="Deine Bewerbung als Junior Marketing Manager (m/w/d)",
        date="Thu, 12 Nov 2026 11:11:00 +0100",
        html=True,
        encoding="quoted-printable",
        charset="windows-1252",
        body="""Hallo Finn,

vielen Dank, dass du Teil der „Haferkorn-Familie“ werden möchtest – darüber haben wir uns sehr gefreut!

Wir haben uns deine Unterlagen für die Stelle als Junior Marketing Manager (m/w/d) genau angeschaut. Leider können wir dich diesmal nicht zu einem Kennenlerngespräch einladen, weil wir jemanden mit mehr Erfahrung im Performance-Marketing suchen.

Da wir sehr viele Bewerbungen bekommen, können wir dir leider kein individuelles Feedback geben. In sechs Monaten kannst du dich aber gern wieder bei uns bewerben.

Liebe Grüße aus Hamburg
Mara Lindemann (sie/ihr)
People & Culture
Haferkorn GmbH
""",
        expect=dict(
            company="Haferkorn",
            contact="Mara Lindemann",
            role="Junior Marketing Manager",
            stage="application",
            date="2026-11-12",
            reapply_after="2027-05-12",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x07-de-zahnarztpraxis-probearbeitstag",
        kind="txt",
        body="""Liebe Frau Kaya,

vielen Dank, dass Sie am Mittwoch zum Probearbeitstag in unsere Praxis gekommen sind. Das Team hat Sie als freundlich und aufmerksam erlebt.

Wir haben uns nach dem Probearbeiten dennoch für eine Kollegin entschieden, die bereits Erfahrung mit der Abrechnung nach BEMA und GOZ mitbringt. Für die Stelle als Zahnmedizinische Fachangestellte ist das bei uns leider ein wichtiger Punkt.

Wenn Sie möchten, rufen Sie mich gern an, dann erzähle ich Ihnen, was wir beim Probearbeiten beobachtet haben.

Herzliche Grüße

Dr. Konstantin Weiß
Zahnarztpraxis Dr. Weiß & Kollegen
Kaiserstraße 14, 76133 Karlsruhe
Tel. 0721 555 3390
""",
        expect=dict(
            company="Zahnarztpraxis Dr. Weiß & Kollegen",
            contact="Konstantin Weiß",
            role="Zahnmedizinische Fachangestellte",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x07-it-cantina-referenze-export-manager",
        kind="eml",
        sender="Paolo Ferraris <paolo@cantineferraris.it>",
        subject="Posizione Export Manager",
        date="Wed, 18 Nov 2026 19:30:00 +0100",
        encoding="8bit",
        charset="iso-8859-1",
        body="""Gentile Sig.ra Conti,

la ringrazio per la pazienza in queste settimane e per averci messo in contatto con le sue referenze, che abbiamo sentito la settimana scorsa e che hanno parlato di lei in modo molto positivo.

Dopo gli ultimi colloqui e il giro di referenze, abbiamo però deciso di affidare la posizione di Export Manager a un candidato che segue già da anni il mercato nordamericano, che per noi nel 2027 sarà prioritario.

Le auguro ogni bene e la ringrazio ancora per l'interesse verso la nostra cantina.

Cordialmente,

Paolo Ferraris
Titolare
Cantine Valpolicella Ferraris S.r.l.
""",
        expect=dict(
            company="Cantine Valpolicella Ferraris",
            contact="Paolo Ferraris",
            role="Export Manager",
            stage="final",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x07-it-studio-fotografico-portfolio-tra-un-anno",
        kind="txt",
        body="""Ciao Martina,

abbiamo guardato con calma il tuo portfolio per il posto di fotografa di still life. Le foto di gioielli sono molto pulite, ma per ora ci serve qualcuno con più esperienza sul food, che è il 70% del nostro lavoro, quindi non ti chiameremo per un colloquio.

Se ti va, rimandaci il portfolio tra un anno: cresciamo in fretta e magari cambia tutto.

Un saluto,
Giacomo Bassi
Studio Lumen S.r.l.s. - Milano
""",
        expect=dict(
            company="Studio Lumen",
            contact="Giacomo Bassi",
            role="Fotografa di still life",
            stage="portfolio",
            date=None,
            reapply_after="2027-11-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x07-fr-workday-acheteur-projets-deux-ans",
        kind="eml",
        sender="Groupe Vallauris <vallauris@myworkday.com>",
        subject="Acheteur Projets H/F - Réf. JR-55012",
        date="Sun, 1 Nov 2026 06:00:00 +0100",
        html=True,
        html_only=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""Bonjour Antoine,

Nous vous remercions de l'intérêt que vous avez manifesté pour le Groupe Vallauris et pour le poste d'Acheteur Projets H/F.

Après examen attentif de votre candidature, nous sommes au regret de vous informer qu'elle n'a pas été retenue.

Conformément au RGPD, vos données seront conservées pendant 2 ans dans notre base de candidats, afin de pouvoir vous proposer d'autres opportunités.

Nous vous souhaitons une bonne continuation.

L'équipe Recrutement
Groupe Vallauris

Merci de ne pas répondre à ce message automatique.
""",
        expect=dict(
            company="Groupe Vallauris",
            contact="",
            role="Acheteur Projets",
            stage="application",
            date="2026-11-01",
            reapply_after="2028-11-01",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x07-nl-zorggroep-arbeidsvoorwaardengesprek-aanbod",
        kind="txt",
        body="""Van: Wendy Hoekstra <w.hoekstra@zorggroepdelinde.nl>
Verzonden: donderdag 5 november 2026 18:30
Aan: Esther Bosman
Onderwerp: Teamleider Thuiszorg

Beste Esther,

Ik bel je morgen nog, maar ik wilde je dit niet langer laten wachten.

Tot onze grote spijt moeten we afzien van het aanbod dat we je vorige week tijdens het arbeidsvoorwaardengesprek hebben gedaan voor de functie van Teamleider Thuiszorg. De zorgverzekeraar heeft onze productieafspraken voor 2027 fors verlaagd en de raad van bestuur heeft besloten alle nieuwe leidinggevende functies voorlopig te bevriezen.

Dit heeft niets met jou te maken. Ik wil er graag uitgebreid met je over praten en samen kijken of er binnen De Linde iets anders mogelijk is.

Hartelijke groet,

Wendy Hoekstra
Manager Wijkzorg
Zorggroep De Linde
""",
        expect=dict(
            company="Zorggroep De Linde",
            contact="Wendy Hoekstra",
            role="Teamleider Thuiszorg",
            stage="offer",
            date="2026-11-05",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x07-en-lever-hiring-paused-no-stage",
        kind="eml",
        sender="Stackyard <no-reply@hire.lever.co>",
        subject="Partnerships Manager at Stackyard",
        date="Fri, 13 Nov 2026 18:00:00 +0000",
        html=True,
        body="""Hi Delphine,

Thanks for your interest in joining Stackyard as our Partnerships Manager.

We wanted to let you know that we've decided to pause hiring for this role while we rethink our go-to-market plans for next year, so we won't be taking things further with you.

We're grateful for your interest and hope our paths cross again.

The Stackyard team
""",
        expect=dict(
            company="Stackyard",
            contact="",
            role="Partnerships Manager",
            stage=None,
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x07-en-exec-search-first-stage-talent-director",
        kind="txt",
        body="""Dear Harriet,

I hope you're well. I've now had feedback from Mercer Lane Hospitality Group following your first-stage interview with their Talent Director, Ms Adeyinka, for the Group Head of People appointment.

I'm sorry to report that they won't be taking your candidacy to the second stage. They were very taken with your employee-relations background, but they've decided to prioritise candidates who have led a people function through a multi-site acquisition.

I'd be very happy to debrief you properly on what they said. Do let me know a time that suits.

With warm regards,

Charlotte Ng-Whitfield
Partner
Blackthorn Executive Search
""",
        expect=dict(
            company="Mercer Lane Hospitality Group",
            contact="Charlotte Ng-Whitfield",
            role="Group Head of People",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x07-en-law-firm-details-live-until-31-may",
        kind="eml",
        sender="Fenwick & Daughters Graduate Recruitment <graduates@fenwickdaughters.co.uk>",
        subject="Your Trainee Solicitor application (2029 intake)",
        date="Mon, 16 Nov 2026 09:00:00 +0000",
        html=True,
        encoding="base64",
        charset="utf-8",
        body="""Dear Olamide,

Thank you for applying for a training contract with Fenwick & Daughters.

We have now reviewed your application form and your answers to our written questions. We are sorry to tell you that on this occasion we will not be inviting you to our assessment centre for the Trainee Solicitor programme.

Your details will stay live in our system until 31 May 2027, so that we can contact you about our vacation schemes.

We wish you every success in your legal career.

Graduate Recruitment
Fenwick & Daughters LLP
""",
        expect=dict(
            company="Fenwick & Daughters",
            contact="",
            role="Trainee Solicitor",
            stage="application",
            date="2026-11-16",
            reapply_after="2027-05-31",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x07-en-gmail-start-date-question-offer-rescinded",
        kind="txt",
        body="""Luca Bianchi-Owens <luca@greyhavengames.com>
Thu, Nov 19, 2026, 6:12 PM
to me

Hi Ayesha,

I'm so sorry to be sending this in reply to your start-date question. This afternoon our publisher cancelled the project you would have joined, and we've been told to cut the team rather than grow it. We have to rescind your offer for the Gameplay Programmer position.

I know you turned down other interviews for this, and I feel terrible about that.

Luca

On Wed, Nov 18, 2026 at 10:02 AM Ayesha Rahman <ayesha.rahman.dev@gmail.com> wrote:
> Hi Luca!
> Just confirming that I'm all set to start on 1 December. Is there anything
> I should bring on day one?
> Ayesha
""",
        expect=dict(
            company="Greyhaven Games",
            contact="Luca Bianchi-Owens",
            role="Gameplay Programmer",
            stage="offer",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x07-en-github-projects-reviewed-three-months",
        kind="eml",
        sender="Sol Ferreira <sol@wickerbasket.dev>",
        subject="Junior Frontend Developer - Wickerbasket",
        date="Tue, 17 Nov 2026 10:00:00 -0600",
        body="""Hi Ethan,

Thanks for applying! I spent some time with the projects on your GitHub, especially the recipe planner, which has a nicely organized component structure.

We aren't going to set up interviews with you for the Junior Frontend Developer role, though. We're looking for someone who has already written tests around their UI, and none of the repos had any.

Happy to share specific notes on the repos if you want them. And give it another go after 3 months: we'll likely have another junior role open by then.

Sol Ferreira
Engineering Lead, Wickerbasket
""",
        expect=dict(
            company="Wickerbasket",
            contact="Sol Ferreira",
            role="Junior Frontend Developer",
            stage="portfolio",
            date="2026-11-17",
            reapply_after="2027-02-17",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x07-en-hiring-manager-after-recruiter-call-no-specifics",
        kind="txt",
        body="""From: Jo Palmer <jo.palmer@tillerman.io>
Sent: 13 November 2026 16:20
To: Callum Fraser
Subject: Account Executive - Manchester

Hi Callum,

Thanks for the quick call with Dev from our recruiting team last week. He passed on his notes and I've reviewed them alongside your CV.

I'm afraid we've decided not to take your application forward. Our process doesn't allow me to go into specifics, but please don't read too much into it: we had a lot of strong applicants for a single seat.

Happy to look at you again in the new financial year if we expand the team.

Best,
Jo

Jo Palmer
Sales Director, UK & Ireland
Tillerman Software
""",
        expect=dict(
            company="Tillerman Software",
            contact="Jo Palmer",
            role="Account Executive",
            stage="phone_screen",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x07-en-jazzhr-sql-work-sample",
        kind="eml",
        sender="Tamika Ruffin <tamika.ruffin@applytojob.com>",
        subject="Business Intelligence Analyst - Cloverdale Foods",
        date="Thu, 5 Nov 2026 08:45:00 -0600",
        reply_to="truffin@cloverdalefoods.com",
        body="""Hello Ravi,

Thank you for completing the work sample exercise (the SQL one) for our Business Intelligence Analyst opening. We appreciate the time it took.

After reviewing the submissions, we have decided to move forward with other candidates for the next round of interviews.

We wish you the best in your job search.

Tamika Ruffin
HR Generalist
Cloverdale Foods, Inc.
""",
        expect=dict(
            company="Cloverdale Foods",
            contact="Tamika Ruffin",
            role="Business Intelligence Analyst",
            stage="technical",
            date="2026-11-05",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x07-en-university-post-filled-no-stage",
        kind="txt",
        body="""Dear Dr Sato,

Research Assistant in Computational Linguistics (Ref. ENG-1124)

Thank you for your interest in the above post at the University of Westmarch.

I am writing to let you know that the post has now been filled.

We are grateful for the interest you have shown in working at the University.

Yours sincerely,

Recruitment Team
Human Resources
University of Westmarch
""",
        expect=dict(
            company="University of Westmarch",
            contact="",
            role="Research Assistant in Computational Linguistics",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x07-en-law-firm-writing-sample-further-application",
        kind="eml",
        sender="Holloway Brandt LLP Recruitment <recruitment@hollowaybrandt.com>",
        subject="Paralegal - Commercial Litigation",
        date="Wed, 11 Nov 2026 12:00:00 +0000",
        encoding="quoted-printable",
        charset="windows-1252",
        body="""Dear Mr Kowalski,

Thank you for your application for the role of Paralegal in our Commercial Litigation team, and for the writing sample you provided.

The partners have reviewed the writing samples of all applicants, and I regret to inform you that you have not been selected for interview.

In line with our recruitment policy, we will not be able to consider a further application from you for a period of 12 months from the date of this email.

Yours sincerely,

Recruitment Team
Holloway Brandt LLP

Holloway Brandt LLP is a limited liability partnership registered in England and Wales and is authorised and regulated by the Solicitors Regulation Authority.
""",
        expect=dict(
            company="Holloway Brandt",
            contact="",
            role="Paralegal",
            stage="portfolio",
            date="2026-11-11",
            reapply_after="2027-11-11",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x07-en-marina-mechanic-one-liner",
        kind="txt",
        body="""Diesel mechanic job's been filled, cheers for reaching out mate.
Mick
Harbourside Marine
""",
        expect=dict(
            company="Harbourside Marine",
            contact="Mick",
            role="Diesel Mechanic",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
