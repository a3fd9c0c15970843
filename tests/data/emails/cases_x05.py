"""Batch x05, written by hand by the writer helper: 20 rejection emails (10 in Dutch, Portuguese incl. Brazilian, German, Spanish, French, Italian; 10 hard English cases)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-20"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="x05-nl-energie-traineeship-capaciteitentest",
        kind="eml",
        sender="Recruitment Rijnmond Energie <noreply@rijnmondenergie.wd3.myworkdayjobs.com>",
        subject="Update over je sollicitatie: Trainee Data & Analytics",
        date="Tue, 3 Nov 2026 17:00:00 +0100",
        html=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""Beste Noor,

Bedankt voor je deelname aan de online capaciteitentest voor het traineeship Trainee Data & Analytics.

We hebben de resultaten van alle deelnemers naast elkaar gelegd. Helaas moeten we je laten weten dat je score onder de grens lag die we voor de volgende ronde hanteren. We nemen je daarom niet mee in het vervolg van de selectie.

Vanwege het grote aantal deelnemers kunnen we geen toelichting geven op individuele scores.

Je kunt na twaalf maanden opnieuw solliciteren op een van onze traineeships.

Met vriendelijke groet,

Recruitment Rijnmond Energie
Rijnmond Energie N.V. | Rotterdam
""",
        expect=dict(
            company="Rijnmond Energie",
            contact="",
            role="Trainee Data & Analytics",
            stage="technical",
            date="2026-11-03",
            reapply_after="2027-11-03",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x05-nl-architectenbureau-portfolio-telefonisch-toelichten",
        kind="txt",
        body="""Van: Pieter-Jan Okkerse <pj@okkerse-architecten.nl>
Verzonden: maandag 2 november 2026 16:40
Aan: Lotte Verbeek
Onderwerp: RE: Open sollicitatie Junior Architect

Hallo Lotte,

We hebben je portfolio met veel plezier bekeken, vooral het afstudeerproject in Deventer. Toch nodigen we je op dit moment niet uit voor een gesprek voor de plek als Junior Architect. We zoeken nu echt iemand die al Revit-modellen voor uitvoering heeft gemaakt.

Als je wilt, licht ik het telefonisch even toe. Bel gerust.

Hartelijke groet,
Pieter-Jan Okkerse
Studio Okkerse Architecten | Zwolle
""",
        expect=dict(
            company="Studio Okkerse Architecten",
            contact="Pieter-Jan Okkerse",
            role="Junior Architect",
            stage="portfolio",
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x05-pt-banco-proposta-sem-efeito",
        kind="eml",
        sender="Marta Figueiredo <marta.figueiredo@bancoatlantida.pt>",
        subject="Proposta de trabalho - Analista de Risco de Crédito",
        date="Mon, 9 Nov 2026 18:20:00 +0000",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Cara Dra. Beatriz Lopes,

É com pesar que lhe escrevo a propósito da proposta de trabalho que lhe foi apresentada no passado dia 28 de outubro para a função de Analista de Risco de Crédito.

Na sequência da revisão do orçamento da Direção de Risco para 2027, fomos obrigados a suspender as novas contratações desta área. Lamentamos, por isso, informar que a referida proposta fica sem efeito.

Compreendo perfeitamente o transtorno que esta notícia lhe causa. Estou inteiramente disponível para falarmos sobre esta situação, por telefone ou presencialmente.

Com os melhores cumprimentos,

Marta Figueiredo
Direção de Capital Humano
Banco Atlântida, S.A.
""",
        expect=dict(
            company="Banco Atlântida",
            contact="Marta Figueiredo",
            role="Analista de Risco de Crédito",
            stage="offer",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x05-ptbr-triagem-curricular-proximas-etapas",
        kind="txt",
        body="""Supermercados Bom Preço <naoresponda@gupy.io>
qua., 11 de nov. de 2026 às 14:03
para mim

Olá, Rafaela!

Agradecemos seu interesse em fazer parte do time Bom Preço e por se candidatar à vaga de Analista de Marketing Pleno.

Após a etapa de triagem curricular, infelizmente seu perfil não seguirá para as próximas etapas deste processo seletivo.

Sabemos que receber essa notícia não é fácil, mas ela não define sua trajetória. Continue acompanhando nossas vagas!

Abraços,
Time de Atração e Seleção
Supermercados Bom Preço S.A.

Este é um e-mail automático. Por favor, não responda.
""",
        expect=dict(
            company="Supermercados Bom Preço",
            contact="",
            role="Analista de Marketing Pleno",
            stage="application",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x05-de-stadtverwaltung-im-auftrag-unterlagen-vernichtet",
        kind="eml",
        sender="Stadt Kleinhofen - Personalamt <personalamt@kleinhofen.de>",
        subject="Stellenausschreibung Nr. 41/2026 - Sachbearbeiter (m/w/d) Bauordnung",
        date="Fri, 6 Nov 2026 10:00:00 +0100",
        encoding="quoted-printable",
        charset="iso-8859-1",
        body="""Sehr geehrter Herr Schulte,

wir danken Ihnen für Ihre Bewerbung auf die oben genannte Stelle und das damit verbundene Interesse an einer Tätigkeit bei der Stadt Kleinhofen.

Nach Sichtung aller eingegangenen Bewerbungsunterlagen müssen wir Ihnen leider mitteilen, dass wir Sie nicht zu einem Vorstellungsgespräch einladen können. Die Auswahl erfolgte anhand der in der Ausschreibung genannten Anforderungen.

Ihre Bewerbungsunterlagen werden drei Monate nach Abschluss des Verfahrens datenschutzgerecht vernichtet.

Für Rückfragen steht Ihnen Frau Schröder unter Tel. 07123 950-214 zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

Schröder
Personalamt
""",
        expect=dict(
            company="Stadt Kleinhofen",
            contact="Schröder",
            role="Sachbearbeiter Bauordnung",
            stage="application",
            date="2026-11-06",
            reapply_after="2027-02-06",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x05-de-mittelstand-telefoninterview-kurz",
        kind="txt",
        body="""Sehr geehrte Frau Demir,

vielen Dank für das angenehme Telefoninterview am vergangenen Dienstag und Ihr Interesse an der Position als Vertriebsingenieur Außendienst (m/w/d).

Wir haben uns nach reiflicher Überlegung für einen Bewerber entschieden, der bereits Erfahrung mit Servoantrieben im Verpackungsmaschinenbau mitbringt.

Wir bedanken uns für Ihre Zeit und wünschen Ihnen für die Zukunft alles Gute.

Mit freundlichen Grüßen

Tobias Reinhardt
Vertriebsleitung
Brenner Antriebstechnik GmbH & Co. KG
""",
        expect=dict(
            company="Brenner Antriebstechnik",
            contact="Tobias Reinhardt",
            role="Vertriebsingenieur Außendienst",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x05-es-laboratorio-puesto-cubierto-nombre-catalan",
        kind="eml",
        sender="Montserrat Puig i Soler <mpuig@labrovira.es>",
        subject="Técnico de Registros Farmacéuticos",
        date="Thu, 12 Nov 2026 16:00:00 +0100",
        html=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""Hola, Laura:

Te escribo para comunicarte que el puesto de Técnico de Registros Farmacéuticos ya ha sido cubierto.

Te agradecemos mucho el interés que has mostrado por Laboratorios Rovira y el tiempo que nos has dedicado. No dudes en contactarme si tienes cualquier duda.

Recibe un cordial saludo,

Montserrat Puig i Soler
Responsable de Selección
Laboratorios Farmacéuticos Rovira, S.A.
Sant Joan Despí (Barcelona)
""",
        expect=dict(
            company="Laboratorios Farmacéuticos Rovira",
            contact="Montserrat Puig i Soler",
            role="Técnico de Registros Farmacéuticos",
            stage=None,
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x05-es-editorial-muestras-correccion-dos-anos",
        kind="txt",
        body="""Querida Noelia:

Muchas gracias por enviarnos las muestras de corrección para el puesto de corrector de estilo. Las hemos leído con atención y se nota el oficio.

Aun así, hemos decidido no convocarte a entrevista, porque buscamos a alguien con experiencia previa en textos de no ficción científica, que es el grueso de nuestro catálogo para el año que viene.

Con tu permiso, conservaremos tus datos durante dos años por si surgiera otra vacante.

Un abrazo,

Begoña Lafuente
Directora editorial
Ediciones Brezo, S.L.
""",
        expect=dict(
            company="Ediciones Brezo",
            contact="Begoña Lafuente",
            role="Corrector de estilo",
            stage="portfolio",
            date=None,
            reapply_after="2028-11-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x05-fr-teamtailor-scaleup-poste-pourvu",
        kind="eml",
        sender="Pivoine <notifications@teamtailor-mail.com>",
        subject="Développeur Full Stack H/F - Pivoine",
        date="Wed, 18 Nov 2026 12:00:00 +0100",
        html=True,
        html_only=True,
        encoding="base64",
        charset="utf-8",
        body="""Hello Théo,

Merci pour l'intérêt que tu portes à Pivoine !

On voulait te prévenir directement : le poste de Développeur Full Stack H/F est désormais pourvu. On sait que ce n'est pas la nouvelle que tu attendais.

N'hésite pas à jeter un œil à nos autres offres sur notre page carrières.

À bientôt peut-être,
L'équipe Talent de Pivoine
""",
        expect=dict(
            company="Pivoine",
            contact="",
            role="Développeur Full Stack",
            stage=None,
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x05-it-teatro-colloquio-finale-sovrintendente",
        kind="txt",
        body="""Elena Marchetti <e.marchetti@teatrocomunalelucca.it>
16 nov 2026, 11:05 (4 giorni fa)
a me

Gentile dottoressa Ricci,

desidero ringraziarla, anche a nome del Sovrintendente, per il colloquio finale dello scorso giovedì e per l'attenzione con cui ha preparato il piano di comunicazione per la prossima stagione.

Dopo un'attenta valutazione, la Fondazione ha deciso di affidare l'incarico di Responsabile Ufficio Stampa a un altro candidato, con una più lunga esperienza nel settore lirico.

Sarò lieta di darle un riscontro più dettagliato, se lo desidera.

Un cordiale saluto,

Elena Marchetti
Direzione del Personale
Fondazione Teatro Comunale di Lucca
""",
        expect=dict(
            company="Fondazione Teatro Comunale di Lucca",
            contact="Elena Marchetti",
            role="Responsabile Ufficio Stampa",
            stage="final",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x05-en-greenhouse-on-behalf-of-live-debugging",
        kind="eml",
        sender="Thistledown Systems Recruiting <no-reply@greenhouse.io>",
        subject="Backend Engineer - Remote (Americas)",
        date="Thu, 19 Nov 2026 20:15:00 -0300",
        html=True,
        body="""Hi Valentina,

Thank you for working through the live debugging exercise with us on Tuesday. We know a shared-screen session with two strangers watching is nobody's favourite way to spend an afternoon.

The interviewers have reviewed the session, and we have decided not to move forward with your candidacy for the Backend Engineer role.

Our system will allow you to re-apply six months from today, and we would be glad to hear from you then.

Sent on behalf of Rafael Quintero-Lobo, Engineering Manager
Thistledown Systems
""",
        expect=dict(
            company="Thistledown Systems",
            contact="Rafael Quintero-Lobo",
            role="Backend Engineer",
            stage="technical",
            date="2026-11-19",
            reapply_after="2027-05-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x05-en-agency-ta-partner-chat-surname-caps",
        kind="txt",
        body="""Hi Oluwaseun,

Thanks for being so quick to get back to me last week. I've just heard from Moorgate Analytics about the Quant Developer role: after your chat with their TA partner, they've decided not to put you forward to the technical rounds. They are leaning towards people with more C++ latency work.

They don't give feedback at screening stage, sorry, so that's all I have. I'll keep you in mind for the two other desks I'm working with.

Regards,

Wei ZHANG
Associate Director | Kestrel Partners (Search & Selection)
+44 20 7946 0872
""",
        expect=dict(
            company="Moorgate Analytics",
            contact="Wei Zhang",
            role="Quant Developer",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x05-en-reply-chain-panel-australia-offset",
        kind="eml",
        sender="Tobias Eriksen-Mbeki <tobias@juniperandvale.com.au>",
        subject="Re: Following up",
        date="Mon, 16 Nov 2026 08:05:00 +1100",
        body="""Hi Sinéad,

Thanks for the nudge, and apologies. Last week got away from me.

We went another direction after the panel. It was close, and it came down to the other candidate's existing relationships with the two retail groups we're chasing next year.

I'd be glad to jump on a call if it's helpful to hear more. You handled the panel well, for what it's worth.

Cheers,
Tobias

Tobias Eriksen-Mbeki
Chief Commercial Officer
Juniper & Vale | Melbourne

On Fri, 13 Nov 2026 at 17:40, Sinéad Gallagher <sinead.g@icloud.com> wrote:
> Hi Tobias,
> Hope you're well. I wanted to follow up after last Tuesday's panel for
> the Head of Partnerships role. Is there a timeline for a decision?
> Many thanks,
> Sinéad
""",
        expect=dict(
            company="Juniper & Vale",
            contact="Tobias Eriksen-Mbeki",
            role="Head of Partnerships",
            stage="final",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x05-en-credit-union-resume-screening-phase-90-days",
        kind="txt",
        body="""From: Castellan Federal Credit Union <careers@castellanfcu.org>
Date: Tue, Nov 17, 2026 7:42 AM
Subject: Member Services Representative (Req ID 2026-3341)
To: jbrightwater@gmail.com

Dear Jordan Brightwater,

Thank you for your interest in employment with Castellan Federal Credit Union and for submitting your application for the Member Services Representative position.

We have reviewed all applications received for this opening. We regret to inform you that your candidacy did not progress beyond the resume screening phase of our selection process. This decision reflects the specific requirements of the position and the number of highly qualified applicants, and is not a judgment of your overall abilities.

Applicants who are not selected must wait 90 days before applying for the same position again. You may apply for other open positions at any time.

We appreciate your interest in Castellan and wish you the very best in your job search.

Sincerely,

Human Resources Department
Castellan Federal Credit Union
Equal Opportunity Employer / Federally Insured by NCUA
""",
        expect=dict(
            company="Castellan Federal Credit Union",
            contact="",
            role="Member Services Representative",
            stage="application",
            date="2026-11-17",
            reapply_after="2027-02-15",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x05-en-writing-samples-door-reopens-april",
        kind="eml",
        sender="Imani Dubois-Carter <imani.duboiscarter@larkspurhealth.com>",
        subject="Content Designer - your application",
        date="Tue, 10 Nov 2026 14:00:00 -0500",
        html=True,
        encoding="quoted-printable",
        charset="utf-8",
        body="""Hi Thandiwe,

Thank you for applying to be a Content Designer at Larkspur Health. I read the writing samples you linked, and so did our content lead. Your medication-reminder microcopy was thoughtful and warm.

We've decided to move ahead with other candidates for interviews. I'm not able to share commentary on individual samples, which I know is frustrating.

Our door reopens for you in the spring; in practical terms, you can apply again from 1 April 2027.

With appreciation,
Imani

Imani Dubois-Carter (she/her)
Senior Recruiter, Larkspur Health
""",
        expect=dict(
            company="Larkspur Health",
            contact="Imani Dubois-Carter",
            role="Content Designer",
            stage="portfolio",
            date="2026-11-10",
            reapply_after="2027-04-01",
            feedback_invited=False,
        ),
    ),
    dict(
        id="x05-en-gmail-forward-to-spouse-smartrecruiters",
        kind="txt",
        body="""babe, see below. not the end of the world I guess

---------- Forwarded message ---------
From: Albright-Kessler Engineering <noreply@smartrecruiters.com>
Date: Fri, Nov 6, 2026 at 10:03 AM
Subject: Structural Engineer II - Albright-Kessler Engineering
To: <m.abernathy.pe@gmail.com>

Dear Miles,

Thank you for your interest in the Structural Engineer II position at Albright-Kessler Engineering.

After careful consideration, we have decided not to move forward with you for this position.

We wish you every success in your career.

Kind regards,
Albright-Kessler Engineering Talent Team

Powered by SmartRecruiters
""",
        expect=dict(
            company="Albright-Kessler Engineering",
            contact="",
            role="Structural Engineer II",
            stage=None,
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="x05-en-founder-takes-back-offer-irish-name",
        kind="eml",
        sender="Ruairí O'Sullivan <ruairi@kelpie.ie>",
        subject="About the Head of Finance offer",
        date="Tue, 17 Nov 2026 07:30:00 +0000",
        encoding="quoted-printable",
        charset="utf-8",
        body="""Hi Agnieszka,

There's no good way to write this, so I'll be direct. Our Series A lead pulled out on Friday, and I have to take back the offer we made you for Head of Finance. Without that round we can't responsibly add a senior hire to the payroll, and I'd rather tell you now than in January.

I'm genuinely sorry. You were our first choice, and the board agreed.

I owe you a proper conversation. Call me any time this week on 087 555 2041, or reply with a time that suits you.

Ruairí
Co-founder & CEO, Kelpie
""",
        expect=dict(
            company="Kelpie",
            contact="Ruairí O'Sullivan",
            role="Head of Finance",
            stage="offer",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="x05-en-hospital-phone-thursday-sit-out-window",
        kind="txt",
        body="""From: Vega-Han, Marisol <marisol.vegahan@bayviewchildrens.org>
Sent: Monday, November 16, 2026 1:15 PM
To: Keanu Akana
Subject: Child Life Specialist - Bayview

Hi Keanu,

I appreciate you hopping on the phone with me on Thursday. I passed my notes along to the unit manager, and she has decided to interview candidates who already hold their CCLS certification, so we won't be scheduling the next step with you.

Just so you know, HR policy means you'd need to sit out a 6-month window before applying to this unit again. Other units aren't affected.

If you have any questions, I'm happy to help.

Marisol Vega-Han
Talent Acquisition Partner
Bayview Children's Hospital
""",
        expect=dict(
            company="Bayview Children's Hospital",
            contact="Marisol Vega-Han",
            role="Child Life Specialist",
            stage="phone_screen",
            date="2026-11-16",
            reapply_after="2027-05-16",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x05-en-two-left-standing-hat-in-ring",
        kind="eml",
        sender="Hana Kobayashi <hana@quarry.dev>",
        subject="Solutions Engineer at Quarry",
        date="Wed, 4 Nov 2026 16:00:00 -0800",
        reply_to="hana@quarry.dev",
        html=True,
        body="""Hi Mateus,

You were one of two people left standing at the end of the process for the SE role, which says a lot given how many we started with. I'm sorry to say we've chosen the other person, mainly because of their time in developer relations.

If a debrief would help, I'm glad to do one, with or without the hiring manager on the call.

Please don't be a stranger. In about nine months we'll be growing the SE team again, and we'd love you to put your hat back in the ring then.

Hana Kobayashi
Head of Talent, Quarry
""",
        expect=dict(
            company="Quarry",
            contact="Hana Kobayashi",
            role="Solutions Engineer",
            stage="final",
            date="2026-11-04",
            reapply_after="2027-08-04",
            feedback_invited=True,
        ),
    ),
    dict(
        id="x05-en-homework-two-liner-initial-surname",
        kind="txt",
        body="""Thanks for doing the homework for the data scientist role. We're not moving ahead this time, but I appreciated the effort.

P. Natarajan
Analytics, Ferngrove Insurance
""",
        expect=dict(
            company="Ferngrove Insurance",
            contact="P. Natarajan",
            role="Data Scientist",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
