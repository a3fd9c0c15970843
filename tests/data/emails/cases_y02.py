"""Writer Y3, batch 02: extra hand-labelled rejection emails (eml and pasted, mixed languages)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="y02-greenhouse-staff-onsite-1yr",
        kind="eml",
        sender="Aaron Feldman-Cho via Greenhouse <no-reply@us.greenhouse-mail.io>",
        subject="Following up on your interviews with Quillstone",
        date="Tue, 03 Nov 2026 16:22:09 -0800",
        reply_to="aaron.feldmancho@quillstonehealth.com",
        body="""Hi Mirela,

Thank you for spending a full day with the Quillstone team at your virtual onsite last Thursday for the Staff Software Engineer, Platform role. I know a five-interview loop is exhausting and you were generous with your time.

The panel met yesterday and, after a lot of discussion, we've decided not to extend an offer. Please know this was a close decision.

Quillstone's policy is that we can't share specific interview feedback, and I'm sorry I can't be more helpful there. We'd be glad to hear from you again after one year if a role here still interests you.

Take care,
Aaron Feldman-Cho
Engineering Recruiting | Quillstone Health, Inc.
he/him
""",
        expect=dict(
            company="Quillstone Health, Inc.",
            contact="Aaron Feldman-Cho",
            role="Staff Software Engineer, Platform",
            stage="final",
            date="2026-11-03",
            reapply_after="2027-11-03",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y02-it-ottica-prova-pratica",
        kind="txt",
        body="""Buongiorno Davide,

la ringrazio per essere venuto in negozio sabato per la prova pratica di refrazione e per la disponibilità dimostrata.

Dopo averci riflettuto con calma, abbiamo deciso di non proseguire con la sua candidatura per il ruolo di Optometrista. Cerchiamo una persona con più esperienza nell'applicazione di lenti a contatto morbide e rigide.

Se le fa piacere, sono disponibile a spiegarle meglio la nostra valutazione: può chiamarmi in negozio nel pomeriggio.

Cordiali saluti,

Alessandra Ferrante
Ottica Ferrante & Figli S.r.l.
Via Garibaldi 18, 10122 Torino
P.IVA 08812340015
""",
        expect=dict(
            company="Ottica Ferrante & Figli S.r.l.",
            contact="Alessandra Ferrante",
            role="Optometrista",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y02-pt-videochamada-3meses",
        kind="eml",
        sender="Ribeira Digital <talentos@mail.kenoby.com>",
        subject="A sua candidatura: Gestor de Produto Júnior",
        date="Wed, 25 Nov 2026 10:07:41 +0000",
        encoding="quoted-printable",
        body="""Olá Tiago,

Obrigado pela disponibilidade para a entrevista inicial por videochamada com a nossa equipa de recrutamento na semana passada.

Depois de analisarmos todas as candidaturas para a vaga de Gestor de Produto Júnior (Lisboa, regime híbrido), decidimos avançar com outros candidatos cujo perfil está mais alinhado com as necessidades atuais da equipa.

Poderá candidatar-se novamente a vagas da Ribeira Digital daqui a 3 meses.

Desejamos-lhe muito sucesso.

Com os melhores cumprimentos,
Equipa de Recrutamento
Ribeira Digital, Lda.
""",
        expect=dict(
            company="Ribeira Digital, Lda.",
            contact="",
            role="Gestor de Produto Júnior",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after="2027-02-25",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y02-de-stadtwerke-geschaeftsfuehrung",
        kind="txt",
        body="""Von: Körner, Matthias <m.koerner@stadtwerke-ebersfeld.de>
Gesendet: Donnerstag, 19. November 2026 15:48
An: Lena Hoffmann
Betreff: Ihre Bewerbung – Sachbearbeiter Netzentgelte (m/w/d), Kennziffer 2026-114

Sehr geehrte Frau Hoffmann,

nochmals vielen Dank für das zweite Vorstellungsgespräch mit unserer Geschäftsführung am vergangenen Montag.

Nach sorgfältiger Abwägung haben wir uns für eine andere Bewerberin entschieden, die bereits mehrjährige Erfahrung in der Regulierung von Verteilnetzen mitbringt. Die Entscheidung ist uns nicht leichtgefallen.

Für Rückfragen stehe ich Ihnen selbstverständlich gerne telefonisch zur Verfügung.

Mit freundlichen Grüßen
i. A. Dr. Matthias Körner

Personalabteilung
Stadtwerke Ebersfeld GmbH
Bahnhofstraße 7 | 34567 Ebersfeld
Tel. 05671 88-204
""",
        expect=dict(
            company="Stadtwerke Ebersfeld GmbH",
            contact="Matthias Körner",
            role="Sachbearbeiter Netzentgelte",
            stage="final",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y02-fr-cabinet-client-equipe",
        kind="txt",
        body="""Objet : Votre candidature – Responsable d'exploitation H/F – Réf. ALT-5521

Bonjour Monsieur Benali,

Nous vous remercions de l'intérêt que vous avez porté à l'offre de Responsable d'exploitation H/F que nous gérons pour le compte de notre client, la société Verdane Logistique, pour son entrepôt de Saint-Quentin-Fallavier.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,

L'équipe Recrutement
Altène Conseil – Cabinet de recrutement
www.altene-conseil.fr
""",
        expect=dict(
            company="Verdane Logistique",
            contact="",
            role="Responsable d'exploitation",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y02-workday-bank-assessment-6mo",
        kind="eml",
        sender="Northmere Careers <northmere@myworkday.com>",
        subject="Associate Director, Credit Risk – application update",
        date="Thu, 05 Nov 2026 12:00:14 +0000",
        html=True,
        body="""Dear Priyanka,

Thank you for applying for the position of Associate Director, Credit Risk (Requisition JR-88213, London) and for completing our online assessment, which included numerical reasoning and a written case study exercise.

We have now reviewed your results. Unfortunately, on this occasion, you have not met the threshold required to progress to interview.

You can reapply for roles at Northmere after 6 months from the date of this email. We are unable to provide individual feedback on assessment results.

Yours sincerely,

Talent Acquisition
Global People Services
Northmere Bank plc

Northmere Bank plc. Registered in England No. 0247731. Registered office: 1 Cheapside Yard, London EC2V 6AA. Authorised by the Prudential Regulation Authority.
""",
        expect=dict(
            company="Northmere Bank plc",
            contact="",
            role="Associate Director, Credit Risk",
            stage="technical",
            date="2026-11-05",
            reapply_after="2027-05-05",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y02-bamboohr-vet-dvm",
        kind="eml",
        sender="BambooHR <notifications@app.bamboohr.com>",
        subject="Thanks for applying to Pinecrest Veterinary",
        date="Wed, 18 Nov 2026 14:36:50 -0600",
        body="""Hi Jordan,

It was great chatting with you on the phone Monday about the Veterinary Technician opening. I appreciated hearing about your time in the shelter clinic.

We've decided to move ahead with a candidate who has more surgical monitoring experience, so we won't be scheduling a working interview with you.

I wish you the very best and hope our paths cross again.

Dr. Olivia Hartmann, DVM
Practice Manager
""",
        expect=dict(
            company="Pinecrest Veterinary",
            contact="Olivia Hartmann",
            role="Veterinary Technician",
            stage="phone_screen",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y02-gmail-thread-design-test",
        kind="txt",
        body="""Level Designer - design test
Inbox

Jonny Park <jonny@saltmarshgames.com>
Mon, Nov 23, 2026, 11:58 AM
to me

Hey Ella,

Sorry for the slow reply, and thanks for the nudge. We've been through all the design tests now and we're not going to take you forward for the Level Designer role. Your blockout had some great ideas for flow but the combat spaces felt a bit cramped for what our encounters need.

If it's useful I'm happy to send over some annotated screenshots with our notes on the blockout, just say the word.

Cheers,
Jonny

Jonny Park | Lead Level Designer
Saltmarsh Games

On Fri, Nov 13, 2026 at 2:10 PM Ella Ward <ella.ward.design@gmail.com> wrote:
> Hi Jonny,
> Just checking in on the design test I submitted on the 2nd. Any news yet?
> Thanks,
> Ella
""",
        expect=dict(
            company="Saltmarsh Games",
            contact="Jonny Park",
            role="Level Designer",
            stage="technical",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y02-jazzhr-trialshift-parentgroup",
        kind="eml",
        sender="Kettle Lane Careers <no-reply@applytojob.com>",
        subject="Sous Chef - Kettle Lane Shoreditch",
        date="Fri, 13 Nov 2026 22:51:27 +0000",
        body="""Hi Kofi,

Thanks for coming in for the trial shift on Wednesday. You kept your section tidy and the lamb dish you put up was lovely.

After talking it through with the team I've decided to offer the Sous Chef role to someone who has run a pass on a busy weekend service before. I know that's not what you wanted to hear.

If you want some pointers from the shift, drop me a message and we can grab a coffee before service one day.

Marco Bellini
Head Chef, Kettle Lane Shoreditch
Kettle Lane is part of the Aldermoor Hospitality Group
""",
        expect=dict(
            company="Kettle Lane",
            contact="Marco Bellini",
            role="Sous Chef",
            stage="technical",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y02-outlook-offer-rescinded-freeze",
        kind="txt",
        body="""From: Rebecca Osei-Mensah <rebecca@tessellatelabs.ai>
Sent: Tuesday, November 24, 2026 7:02 PM
To: Wei Zhang <wzhang.dev@outlook.com>
Cc: People Ops <people@tessellatelabs.ai>
Subject: Your offer for Senior Machine Learning Engineer

Hi Wei,

I wanted to tell you this myself rather than have it arrive as a form letter. This afternoon our board put a company-wide hiring freeze in place after our funding round was delayed. As a result, we have to rescind the offer we made you on the 16th for the Senior Machine Learning Engineer position.

I'm truly sorry. You did nothing wrong; you were our first choice.

I'm available any time this week if you'd like to talk it through, and I'll gladly be a reference for you.

Rebecca Osei-Mensah
VP Engineering, Tessellate Labs
""",
        expect=dict(
            company="Tessellate Labs",
            contact="Rebecca Osei-Mensah",
            role="Senior Machine Learning Engineer",
            stage="offer",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y02-cp1252-hr-dept-six-months",
        kind="eml",
        sender="HR Department <hr@orourke-fm.ie>",
        subject="Contracts Manager – your application",
        date="Mon, 02 Nov 2026 09:12:00 +0000",
        charset="windows-1252",
        encoding="base64",
        body="""Dear Ciarán,

Thank you for your application for the position of Contracts Manager with O’Rourke Facilities Management Ltd.

We received a high number of applications and, having considered yours carefully against the role’s requirements, we regret that we won’t be taking it further on this occasion.

In line with our data policy we hold applications on file for six months, and we may contact you if a suitable vacancy arises during that time.

We wish you every success in the future.

Yours sincerely,

HR Department
O’Rourke Facilities Management Ltd.
Unit 4, Ballymount Business Park, Dublin 12
""",
        expect=dict(
            company="O'Rourke Facilities Management Ltd.",
            contact="",
            role="Contracts Manager",
            stage="application",
            date="2026-11-02",
            reapply_after="2027-05-02",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y02-two-line-writing-samples",
        kind="txt",
        body="""Hi Beth, thanks for sending over your writing samples for the Content Writer role at Fernhill Coffee Roasters. They're lovely but we're after someone with more B2B wholesale copy under their belt, so we won't take it further this time.

Karin
""",
        expect=dict(
            company="Fernhill Coffee Roasters",
            contact="Karin",
            role="Content Writer",
            stage="portfolio",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y02-ashby-pm3-panel-ist",
        kind="eml",
        sender="Recruiting at Orbitline <recruiting@orbitline-mail.com>",
        subject="Product Manager III – final round outcome",
        date="Sat, 21 Nov 2026 01:10:00 +0530",
        body="""Hi Arjun,

Thank you for taking part in the final round panel for the Product Manager III role at Orbitline on Thursday. The panel enjoyed the roadmap discussion.

After weighing everything, we've decided to move forward with another candidate. We aren't able to provide detailed feedback on final round interviews, but I want you to know it was a close call.

Warm regards,
Sana Qureshi
Senior Recruiter, Orbitline Technologies Pvt. Ltd.
""",
        expect=dict(
            company="Orbitline Technologies Pvt. Ltd.",
            contact="Sana Qureshi",
            role="Product Manager III",
            stage="final",
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y02-agency-filled-internally",
        kind="txt",
        body="""Hi Aoife,

Quick one I'm afraid. Clearpath Insurance have let me know they've filled the Claims Handler vacancy internally, so that one is now closed.

I'm sorry it didn't come to anything. I'll be in touch as soon as I have something else in claims or underwriting that fits.

Megan Doyle
Senior Recruitment Consultant
Brightside Talent Partners

Sent from Outlook for Android
""",
        expect=dict(
            company="Clearpath Insurance",
            contact="Megan Doyle",
            role="Claims Handler",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y02-taleo-references-maritime",
        kind="txt",
        body="""From: Halvorsen Maritime Recruitment <recruitment@halvorsen-maritime.taleo.net>
Date: Friday, 6 November 2026 at 08:44
To: Ruwan Fernando <ruwan.fernando@yahoo.com>
Subject: Marine Superintendent (Ref. 26-0412)

Dear Mr. Fernando,

Thank you for your continued interest in the Marine Superintendent position with Halvorsen Maritime ASA, and for your patience while we completed the reference stage.

We have now concluded the recruitment process. Although your interviews with the fleet management team in Bergen went well and your references were positive, we have decided to offer the position to a candidate with more recent dry-docking experience on LNG carriers.

We recognise the time and effort you have invested in this process. Should you wish to receive feedback, please do not hesitate to contact me and I will arrange a call with the Fleet Director.

With kind regards,

Ingrid Solberg
HR Business Partner – Fleet & Technical
Halvorsen Maritime ASA
Strandkaien 14, 5013 Bergen, Norway
""",
        expect=dict(
            company="Halvorsen Maritime ASA",
            contact="Ingrid Solberg",
            role="Marine Superintendent",
            stage="final",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]
