"""Part T: 90 emails by a fifth outside writer (F3), the frozen half of the fourth round, scored once at 9067940; dev now."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = []

# ---------------------------------------------------------------- group 1 (1-15)
CASES += [
    dict(
        id="f3-greenhouse-takehome-ledgerline",
        kind="eml",
        sender="Priya Raman via Greenhouse <no-reply@us.greenhouse-mail.io>",
        subject="Your application for Senior Data Engineer, Risk Platform at Ledgerline",
        date="Tue, 24 Nov 2026 17:48:09 -0500",
        reply_to="priya.raman@ledgerline.com",
        html=True,
        body="""Hi Ana,

Thank you for the time you put into the take-home exercise last week. The team read your submission closely, and I wanted to write to you myself rather than let the system do it.

We have decided not to move forward with your candidacy for the Senior Data Engineer, Risk Platform role. Your pipeline design was clean and your write-up was one of the clearest we received; where we landed was that the role needs someone with deeper hands-on experience running streaming jobs in production, and the other finalists had more of that.

If it would help, I'm happy to set up 20 minutes with Felix (the hiring manager) to walk you through the reviewers' notes. Just reply to this email and we'll find a time.

Thanks again, and good luck with the search.

Priya Raman (she/her)
Technical Recruiter | Ledgerline
""",
        expect=dict(
            company="Ledgerline",
            contact="Priya Raman",
            role="Senior Data Engineer, Risk Platform",
            stage="technical",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-lever-noreply-halvard",
        kind="eml",
        sender="Halvard Robotics <no-reply@hire.lever.co>",
        subject="Halvard Robotics - Controls Engineer II",
        date="Wed, 18 Nov 2026 09:02:31 +0000",
        body="""Hello Kwame,

Thank you for your interest in Halvard Robotics and for applying to the Controls Engineer II position.

After careful review of your application, we have decided to pursue other candidates whose experience more closely matches the requirements of this role.

Because we hire for this team on a rolling basis, you are welcome to submit a new application for the same position 6 months from the date of this message. In the meantime, please keep an eye on our careers page for other openings.

Best regards,
The Halvard Robotics Hiring Team

This message was sent from an unmonitored address. Please do not reply.
""",
        expect=dict(
            company="Halvard Robotics",
            contact="",
            role="Controls Engineer II",
            stage="application",
            date="2026-11-18",
            reapply_after="2027-05-18",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-gmail-paste-final-design",
        kind="txt",
        body="""Following up on Thursday
Inbox

Tomasz Wiśniewski <tomasz@brightsaltstudio.com>
Mon, Nov 23, 2026, 4:41 PM
to me

Hi Leah,

I promised I'd get back to you by Monday, so here I am, though not with the news either of us hoped for.

We really enjoyed having you in on Thursday for the final round. The team loved your critique of our onboarding flow, and Marta still talks about your whiteboard sketch. In the end we offered the Product Designer role to someone who has shipped more native mobile work, which is where most of next year's roadmap sits.

I'd genuinely like to hear how the process felt from your side, and I'm happy to share what the panel said if you'd find it useful. Grab any slot on my calendar next week.

All the best,
Tomasz

--
Tomasz Wiśniewski
Head of Design, Brightsalt Studio
+48 601 224 873
""",
        expect=dict(
            company="Brightsalt Studio",
            contact="Tomasz Wiśniewski",
            role="Product Designer",
            stage="final",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-de-personio-werkstudent",
        kind="eml",
        sender="Brandtner & Söhne GmbH <jobs@brandtner-soehne.jobs.personio.de>",
        subject="Ihre Bewerbung als Werkstudent (m/w/d) Marketing",
        date="Thu, 12 Nov 2026 14:20:05 +0100",
        charset="iso-8859-1",
        encoding="quoted-printable",
        body="""Guten Tag Herr Yilmaz,

vielen Dank für Ihre Bewerbung als Werkstudent (m/w/d) Marketing und das damit verbundene Interesse an unserem Unternehmen.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie, dass wir aus der Vielzahl der Bewerbungen nur wenige Kandidatinnen und Kandidaten zu einem Gespräch einladen können.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Brandtner & Söhne GmbH

Brandtner & Söhne GmbH · Industriestraße 14 · 33602 Bielefeld
Geschäftsführer: Jörg Brandtner, Ulrike Brandtner-Kamp · Amtsgericht Bielefeld HRB 40218
""",
        expect=dict(
            company="Brandtner & Söhne GmbH",
            contact="",
            role="Werkstudent Marketing",
            stage="application",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-outlook-fwd-agency-meridian",
        kind="txt",
        body="""From: Sinead Doherty <s.doherty@harcourttalent.co.uk>
Sent: Friday, November 20, 2026 11:17 AM
To: Oluwaseun Adebayo
Subject: RE: Meridian - next steps?

Hi Seun,

Thanks for chasing, and sorry it took a few days. I've now had feedback from Meridian Cold Chain on your first-round video interview for the Transport Planning Manager role, and unfortunately they won't be taking you forward to the second stage.

They were positive about your knowledge of temperature-controlled distribution, but felt another candidate had more experience managing a subcontracted haulier network, which is a big part of this job.

I'd like to give you the full feedback over the phone, there are a couple of points that could be useful for your next interviews. Are you free Monday after 2pm?

I've got two other planning roles coming in next month that I think could suit you, so let's keep talking.

Kind regards,

Sinead Doherty
Senior Consultant, Supply Chain & Logistics
Harcourt Talent Partners Ltd
0161 555 0192 | www.harcourttalent.co.uk

-----Original Message-----
From: Oluwaseun Adebayo
Sent: Wednesday, November 18, 2026 9:03 AM
To: Sinead Doherty <s.doherty@harcourttalent.co.uk>
Subject: Meridian - next steps?

Hi Sinead, just wondering if there's any news from Meridian after last Tuesday's interview? Thanks, Seun
""",
        expect=dict(
            company="Meridian Cold Chain",
            contact="Sinead Doherty",
            role="Transport Planning Manager",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-workday-htmlonly-castellan",
        kind="eml",
        sender="Castellan Health Careers <castellanhealth@myworkday.com>",
        subject="Regarding your application: R-0045521 Clinical Pharmacist",
        date="Mon, 16 Nov 2026 03:14:52 -0800",
        html_only=True,
        body="""Dear Rebecca Lindqvist,

Thank you for applying to the Clinical Pharmacist position (R-0045521) at Castellan Health.

We have reviewed your application and regret to inform you that we will not be moving forward with your candidacy for this position at this time.

We encourage you to visit our career site regularly and apply to positions that match your skills and interests.

Sincerely,

Talent Acquisition
Castellan Health

Castellan Health is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.
""",
        expect=dict(
            company="Castellan Health",
            contact="",
            role="Clinical Pharmacist",
            stage="application",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-phone-trialshift-cafe",
        kind="txt",
        body="""Hey Jonah, thanks so much for doing the trial shift on Saturday, you were great with the regulars. We've decided to give the Barista Lead job to someone who can do weekday openings though, so it's a no this time sorry!! Come by for a coffee anytime
Rosa
Kettle & Crumb

Sent from my iPhone""",
        expect=dict(
            company="Kettle & Crumb",
            contact="Rosa",
            role="Barista Lead",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-fr-teamtailor-vauclair",
        kind="eml",
        sender="Camille Besnard <notifications@teamtailor-mail.com>",
        subject="Votre candidature – Chargé(e) de communication",
        date="Wed, 11 Nov 2026 10:36:44 +0100",
        reply_to="camille.besnard@ateliervauclair.fr",
        html=True,
        body="""Bonjour Théo,

Merci encore pour notre premier échange téléphonique de mardi dernier et pour l'intérêt que vous portez à l'Atelier Vauclair.

Après réflexion, nous avons décidé de ne pas poursuivre le processus avec vous pour le poste de Chargé(e) de communication. Votre parcours est intéressant, mais nous recherchons un profil ayant davantage d'expérience en relations presse dans le secteur du luxe.

Si vous le souhaitez, je peux vous faire un retour plus détaillé sur notre échange : il vous suffit de répondre à ce message.

Je vous souhaite une belle réussite dans vos recherches.

Bien cordialement,

Camille Besnard
Responsable RH
Atelier Vauclair – Maroquinerie depuis 1954
""",
        expect=dict(
            company="Atelier Vauclair",
            contact="Camille Besnard",
            role="Chargé(e) de communication",
            stage="phone_screen",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-offer-withdrawn-quillwork",
        kind="eml",
        sender="Dev Anand <dev@quillworklabs.com>",
        subject="Re: Offer - Founding Engineer",
        date="Fri, 06 Nov 2026 19:55:10 -0800",
        body="""Hi Marisol,

This is the hardest email I've had to write since we started the company, and I'd rather you hear it straight from me.

Our lead investor pulled out of the round on Wednesday. Without that money we can't make any new hires this year, which means I have to withdraw the offer we made you for the Founding Engineer position. I know you turned down another process for us and I'm truly sorry.

If we close a new round in the spring, you're the first person I'll call. And if there is anything I can do in the meantime (an intro, a reference, a call to talk through what happened), just say the word. My cell is (415) 555-0144.

Dev

Dev Anand
Co-founder & CEO, Quillwork Labs
""",
        expect=dict(
            company="Quillwork Labs",
            contact="Dev Anand",
            role="Founding Engineer",
            stage="offer",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-ashby-portfolio-fernhollow",
        kind="eml",
        sender="Design at Fernhollow <no-reply@ashbyhq.com>",
        subject="Thanks for sharing your work with Fernhollow",
        date="Fri, 13 Nov 2026 12:00:00 +0000",
        html=True,
        body="""Hi Sam,

Thank you for applying for the Brand Designer role and for sending us your portfolio. Our design team reviewed every project you shared.

We've decided not to invite you to interview for this position. We had a very large number of applicants and were looking for more experience with motion and packaging.

We'll keep your portfolio on file for 12 months and will reach out if a role opens up that's a better match.

Warmly,
Design at Fernhollow

Fernhollow Goods Co. · 210 Larkin St · Portland, OR
""",
        expect=dict(
            company="Fernhollow",
            contact="",
            role="Brand Designer",
            stage="portfolio",
            date="2026-11-13",
            reapply_after="2027-11-13",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-applemail-subject-only-orrin",
        kind="txt",
        body="""From: Jen Kowalczyk <jkowalczyk@talentmail.net>
Subject: Your Orrin Freight application
Date: 20 November 2026 at 09:14:22 GMT
To: Ravi Menon <ravi.menon@icloud.com>

Dear Ravi,

I'm writing about the Logistics Analyst position.

We've decided to move forward with another candidate whose background is a closer fit for the team's immediate needs. I appreciate your interest and wish you every success.

Regards,
Jen Kowalczyk
Talent Partner
""",
        expect=dict(
            company="Orrin Freight",
            contact="Jen Kowalczyk",
            role="Logistics Analyst",
            stage=None,
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-es-smartrecruiters-hotel-brand",
        kind="eml",
        sender="Talento Casa Olivar <noreply@smartrecruiters.com>",
        subject="Actualización sobre tu candidatura - Jefe/a de Recepción",
        date="Tue, 17 Nov 2026 18:22:40 +0100",
        html=True,
        body="""Hola Lucía:

Queremos agradecerte el tiempo que has dedicado a nuestro proceso de selección para el puesto de Jefe/a de Recepción en Hotel Casa Olivar Sevilla, y en especial la entrevista final con la dirección del hotel de la semana pasada.

Ha sido una decisión muy ajustada, pero finalmente hemos optado por otra candidatura cuyo perfil se adapta mejor a las necesidades actuales del equipo.

Te deseamos mucha suerte en tus próximos pasos profesionales.

Un saludo cordial,

Equipo de Talento
Casa Olivar Hoteles
Una marca de Grupo Almendral

Grupo Almendral Hospitality, S.L. - Protección de datos: puedes ejercer tus derechos escribiendo a privacidad@grupoalmendral.es
""",
        expect=dict(
            company="Casa Olivar Hoteles",
            contact="",
            role="Jefe/a de Recepción",
            stage="final",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-icims-assessment-northway",
        kind="eml",
        sender="Northway Mutual Careers <careers@northwaymutual.icims.com>",
        subject="Actuarial Analyst II (Req #24-3318) - Application Status",
        date="Mon, 09 Nov 2026 08:45:00 -0600",
        body="""Dear Mei Ling Zhou,

Thank you for your interest in the Actuarial Analyst II position at Northway Mutual Insurance Company and for completing our online assessment.

After reviewing your assessment results along with your application, we have decided not to move forward with your candidacy at this time. Due to the volume of candidates, we are unable to provide individual feedback on assessment results.

Per our hiring policy, you may reapply for this position after 90 days. We encourage you to explore other openings at careers.northwaymutual.com.

Sincerely,

Human Resources - Talent Acquisition
Northway Mutual Insurance Company
1 Northway Plaza, Des Moines, IA 50309

Equal Opportunity Employer / Disability / Veteran
Northway Mutual participates in E-Verify.
""",
        expect=dict(
            company="Northway Mutual Insurance Company",
            contact="",
            role="Actuarial Analyst II",
            stage="technical",
            date="2026-11-09",
            reapply_after="2027-02-07",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-outlook-university-campus-visit",
        kind="txt",
        body="""From: Sociology Faculty Search <soc-search@eastmarch.ac.uk>
Sent: Tuesday, November 17, 2026 3:02 PM
To: Daniela Ferraz <d.ferraz@protonmail.com>
Subject: Assistant Professor of Sociology (Ref. AC-2026-114)

Dear Dr Ferraz,

On behalf of the search committee, thank you for visiting us for your campus interview last month. We very much enjoyed your research talk and the conversations with colleagues and students.

The committee has now concluded its deliberations and, after a very difficult decision, has recommended another candidate for appointment to the post of Assistant Professor of Sociology. The appointment has been accepted.

I would like to thank you for the considerable effort you put into your application and visit, and to wish you well with your future career.

Yours sincerely,

Professor Helen Adeyemi-Clarke
Chair, Search Committee
School of Social and Political Sciences
University of Eastmarch
""",
        expect=dict(
            company="University of Eastmarch",
            contact="Helen Adeyemi-Clarke",
            role="Assistant Professor of Sociology",
            stage="final",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-nl-recruitee-vlietstra",
        kind="eml",
        sender="Sanne de Wit <sanne.dewit@vlietstra.recruitee.com>",
        subject="Je sollicitatie als Projectleider E-installaties",
        date="Thu, 19 Nov 2026 16:05:12 +0100",
        body="""Beste Mark,

Bedankt voor het prettige telefonische kennismakingsgesprek van afgelopen maandag.

We hebben je gesprek en je cv nog eens goed naast het profiel gelegd. Helaas hebben we besloten om niet met je verder te gaan in de procedure voor de functie Projectleider E-installaties. We zoeken iemand met meer ervaring in de utiliteitsbouw.

Wil je een toelichting op onze keuze? Bel me gerust, ik vertel je graag meer.

Met vriendelijke groet,

Sanne de Wit
Recruiter
Vlietstra Installatietechniek B.V.
T 058 555 3120
""",
        expect=dict(
            company="Vlietstra Installatietechniek B.V.",
            contact="Sanne de Wit",
            role="Projectleider E-installaties",
            stage="phone_screen",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]

# ---------------------------------------------------------------- group 2 (16-30)
CASES += [
    dict(
        id="f3-it-prova-tecnica-ferri-bassani",
        kind="eml",
        sender="Giulia Marchetti <giulia.marchetti@ferribassani.it>",
        subject="Esito selezione - Sviluppatore Backend Senior",
        date="Mon, 23 Nov 2026 11:08:27 +0100",
        encoding="quoted-printable",
        body="""Gentile Andrea,

la ringraziamo per aver partecipato alla nostra selezione e per il tempo dedicato alla prova tecnica.

Dopo un'attenta valutazione, abbiamo deciso di proseguire con altri candidati il cui profilo risulta più in linea con le esigenze attuali del team per la posizione di Sviluppatore Backend Senior.

La ringraziamo ancora per l'interesse dimostrato verso la nostra azienda e le auguriamo il meglio per il suo percorso professionale.

Cordiali saluti,

Giulia Marchetti
HR Business Partner
Ferri & Bassani S.r.l.
Via Emilia Est 211 – 41121 Modena
P.IVA 02874410365
""",
        expect=dict(
            company="Ferri & Bassani S.r.l.",
            contact="Giulia Marchetti",
            role="Sviluppatore Backend Senior",
            stage="technical",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-pt-br-banco-ipe-recrutadora",
        kind="eml",
        sender="Banco Ipê | Carreiras <carreiras@bancoipe.com.br>",
        subject="Retorno do processo seletivo - Analista de Dados Pleno",
        date="Tue, 10 Nov 2026 15:30:00 -0300",
        html=True,
        body="""Olá, Beatriz!

Agradecemos muito a sua participação no processo seletivo para a vaga de Analista de Dados Pleno e a conversa que você teve com a nossa recrutadora.

Neste momento, optamos por seguir com outros candidatos cujo perfil está mais alinhado aos requisitos da vaga. Sabemos que esse não é o retorno que você esperava.

Você poderá participar de novos processos seletivos para esta mesma vaga após 6 meses a contar desta mensagem. Enquanto isso, fique de olho nas oportunidades em nosso site.

Um abraço,
Equipe de Atração de Talentos
Banco Ipê S.A.
""",
        expect=dict(
            company="Banco Ipê S.A.",
            contact="",
            role="Analista de Dados Pleno",
            stage="phone_screen",
            date="2026-11-10",
            reapply_after="2027-05-10",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-bamboohr-vet-late-night",
        kind="eml",
        sender="Pinecrest Veterinary Clinic <notifications@app.bamboohr.com>",
        subject="Veterinary Technician - Pinecrest Veterinary Clinic",
        date="Wed, 25 Nov 2026 23:52:00 -0700",
        reply_to="afeldman@pinecrestvet.com",
        body="""Hi Carly,

Thanks for taking my call last week and telling me about your time at the shelter. It was a pleasure talking with you.

I've decided to offer the Veterinary Technician position to a candidate who already holds her state certification, since we need someone who can start running anesthesia right away. Once you've finished your credentialing, please do reach out; we grow every year.

Best,
Dr. Aaron Feldman, DVM
Medical Director
Pinecrest Veterinary Clinic
(970) 555-0123
""",
        expect=dict(
            company="Pinecrest Veterinary Clinic",
            contact="Aaron Feldman",
            role="Veterinary Technician",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-txt-jazzhr-nonprofit-bodyonly",
        kind="txt",
        body="""Dear Marcus,

Thank you for applying for the Volunteer Coordinator position. We received a great many applications from talented people who care about affordable housing in our region, and we were only able to invite a small number of them to interview.

Unfortunately, your application was not selected to move forward. We will keep your résumé on file and may contact you should a suitable opening arise.

With gratitude for your interest in our mission,

Human Resources
Tri-County Habitat for Humanity
Building strength, stability and self-reliance through shelter.

Powered by JazzHR
""",
        expect=dict(
            company="Tri-County Habitat for Humanity",
            contact="",
            role="Volunteer Coordinator",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-taleo-base64-hospital-filled",
        kind="eml",
        sender="St. Brendan's Regional Medical Center <do-not-reply@taleo.net>",
        subject="Position Update: Respiratory Therapist II",
        date="Thu, 05 Nov 2026 06:01:17 -0500",
        encoding="base64",
        body="""Dear Applicant,

Thank you for your interest in the position of Respiratory Therapist II (Requisition 26-0931).

Please be advised that this position has now been filled. We sincerely appreciate your interest in St. Brendan's and encourage you to continue to review our openings at careers.stbrendans.org.

Human Resources Department
St. Brendan's Regional Medical Center

***This is an automated message. Replies to this address are not monitored.***
""",
        expect=dict(
            company="St. Brendan's Regional Medical Center",
            contact="",
            role="Respiratory Therapist II",
            stage=None,
            date="2026-11-05",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-gmail-thread-coding-test-stackwise",
        kind="txt",
        body="""Re: Coding test submitted
2 messages

Dana Okonkwo <dana@stackwise.dev>	Wed, Nov 25, 2026 at 10:02 AM
To: Haruto Sato <haruto.sato.dev@gmail.com>

hi haruto,

sorry for the silence, we've been slammed with a launch. the team went through your coding test this week and we've decided not to move ahead for the frontend engineer role. the solution worked but we were looking for more attention to accessibility and tests.

if you want specifics just reply here and i'll send over the reviewer notes.

dana
stackwise | people ops

On Mon, Nov 23, 2026 at 8:47 AM Haruto Sato <haruto.sato.dev@gmail.com> wrote:
> Hi Dana, I sent in the coding test on the 12th and wanted to check whether
> there's an update. Thanks!
> Haruto
""",
        expect=dict(
            company="Stackwise",
            contact="Dana Okonkwo",
            role="Frontend Engineer",
            stage="technical",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-workable-lawfirm-comma-3mo",
        kind="eml",
        sender="Bell, Ortiz & Kramer LLP <noreply@candidates.workablemail.com>",
        subject="Litigation Paralegal at Bell, Ortiz & Kramer LLP",
        date="Thu, 05 Nov 2026 13:40:02 -0500",
        html=True,
        body="""Dear Naomi,

Thank you for your interest in the Litigation Paralegal position at Bell, Ortiz & Kramer LLP.

We have carefully reviewed your application and, unfortunately, we will not be moving forward with your candidacy at this time.

Please note that candidates who have not been selected are asked to wait three months before reapplying for the same position.

We wish you the best in your search.

Recruiting Department
Bell, Ortiz & Kramer LLP

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be protected by legal privilege. If you are not the intended recipient, please notify the sender and delete this message.
""",
        expect=dict(
            company="Bell, Ortiz & Kramer LLP",
            contact="",
            role="Litigation Paralegal",
            stage="application",
            date="2026-11-05",
            reapply_after="2027-02-05",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-gmail-forward-superday-oakmere",
        kind="txt",
        body="""ugh, see below. at least they were nice about it

---------- Forwarded message ---------
From: Charlotte Beaumont-Hale <cbeaumont-hale@oakmerecap.com>
Date: Thu, Nov 19, 2026 at 6:12 PM
Subject: Oakmere Capital - Associate, Private Credit
To: Felipe Aranda <felipe.aranda@gmail.com>


Dear Felipe,

Thank you for joining us for the superday on Monday and for the time you spent with the investment team. It was a strong group of finalists and the decision was not an easy one.

I'm sorry to let you know that we will not be extending an offer for the Associate, Private Credit position. The team was impressed by your modelling case and your questions about the portfolio; they felt a candidate with more direct-lending experience was the better fit for where the fund is today.

If you would like to hear the team's thoughts in more detail, I would be glad to arrange a short call.

Kind regards,

Charlotte Beaumont-Hale
Vice President, Talent
Oakmere Capital LLP
Authorised and regulated by the Financial Conduct Authority.
""",
        expect=dict(
            company="Oakmere Capital",
            contact="Charlotte Beaumont-Hale",
            role="Associate, Private Credit",
            stage="final",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-de-konzern-vor-ort-vossberg",
        kind="eml",
        sender="Hoffmann, Katrin (VAS-HR) <katrin.hoffmann@vossberg-group.com>",
        subject="Ihre Bewerbung: Senior Projektingenieur Elektromobilität (w/m/d) – Kennziffer 2026-0871",
        date="Fri, 20 Nov 2026 08:12:45 +0100",
        charset="windows-1252",
        encoding="8bit",
        body="""Sehr geehrter Herr Novak,

herzlichen Dank für Ihren Besuch bei uns in Wolfsburg und das ausführliche Gespräch vor Ort mit der Bereichsleitung und dem Team. Wir haben den Austausch mit Ihnen als sehr offen und angenehm empfunden.

Nach sorgfältiger Abwägung haben wir uns dennoch entschieden, die Position als Senior Projektingenieur Elektromobilität mit einem anderen Kandidaten zu besetzen, dessen Erfahrung im Bereich Hochvolt-Batteriesysteme unseren aktuellen Anforderungen noch etwas näher kommt.

Diese Entscheidung ist uns nicht leichtgefallen. Für Rückfragen zu unserer Entscheidung stehe ich Ihnen gerne telefonisch zur Verfügung.

Mit freundlichen Grüßen

i. A. Dr. Katrin Hoffmann
Personalreferentin
Human Resources – Entwicklung & Technik

Vossberg Automotive Systems GmbH
Ein Unternehmen der Vossberg Gruppe
Heinrich-Nordhoff-Ring 9 · 38440 Wolfsburg
Tel. +49 5361 555-2240
Sitz der Gesellschaft: Wolfsburg · Registergericht Braunschweig HRB 207715
""",
        expect=dict(
            company="Vossberg Automotive Systems GmbH",
            contact="Katrin Hoffmann",
            role="Senior Projektingenieur Elektromobilität",
            stage="final",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-outlook-ios-staff-payments",
        kind="txt",
        body="""Hi Jess,

Quick note before the holiday — we're not going to move you forward to the onsite for the Staff Engineer, Payments role. The system design interview was solid on the ledger side but the panel wanted more depth on idempotency and failure handling at our scale.

Honestly it was close. Happy to jump on a call and go through the interviewers' notes if that's useful.

Rohan

Rohan Mehta
Engineering Manager, Payments
Tillpoint

Get Outlook for iOS""",
        expect=dict(
            company="Tillpoint",
            contact="Rohan Mehta",
            role="Staff Engineer, Payments",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-careers-mailbox-writing-samples",
        kind="eml",
        sender="Editorial Recruitment <recruitment@greyfriarslowe.co.uk>",
        subject="Copywriter (Fixed Term, 12 months) - your application",
        date="Wed, 04 Nov 2026 10:00:31 +0000",
        body="""Dear Imogen,

Thank you for applying for the role of Copywriter and for sending us the three writing samples we asked for.

Our editors have now read all of the samples submitted, and I am sorry to tell you that on this occasion we will not be inviting you to interview. We received over four hundred applications for this post.

With best wishes for your future writing,

Editorial Recruitment
Greyfriars & Lowe Publishing Ltd
Registered in England and Wales No. 01844532
""",
        expect=dict(
            company="Greyfriars & Lowe Publishing Ltd",
            contact="",
            role="Copywriter",
            stage="portfolio",
            date="2026-11-04",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-nl-gmail-gemeente-laatste-gesprek",
        kind="txt",
        body="""Uitslag sollicitatie Beleidsmedewerker Duurzaamheid
Inbox

Ingrid Bos <i.bos@lindenoord.nl>
di 24 nov 2026 10:12
aan mij

Beste Fatima,

Hartelijk dank voor je komst naar het gemeentehuis voor het laatste gesprek met de selectiecommissie en de wethouder. Het was een goed gesprek.

Helaas moet ik je laten weten dat de commissie heeft gekozen voor een andere kandidaat voor de functie van Beleidsmedewerker Duurzaamheid. De keuze is gevallen op iemand met meer ervaring in de regionale energiestrategie.

Mocht je een nadere toelichting willen, dan kun je mij bellen op 0522 555 710.

Met vriendelijke groet,

Ingrid Bos
HR-adviseur
Gemeente Lindenoord
""",
        expect=dict(
            company="Gemeente Lindenoord",
            contact="Ingrid Bos",
            role="Beleidsmedewerker Duurzaamheid",
            stage="final",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-outlook-paste-cv-on-file-polaris",
        kind="txt",
        body="""From: Careers | Polaris Grid Solutions <careers@polarisgrid.com>
Sent: Monday, November 2, 2026 2:26 PM
To: Bogdan Petrescu
Subject: Substation Design Engineer III - Application Update

Dear Bogdan,

Thank you for applying for the Substation Design Engineer III opening at Polaris Grid Solutions.

We have reviewed your CV against the requirements of the role and will not be progressing your application further on this occasion.

With your permission, we will keep your CV on file for 12 months and consider you for similar roles that open during that time.

Kind regards,

Talent Acquisition Team
Polaris Grid Solutions

[Polaris Grid Solutions logo]
Powering what's next.
""",
        expect=dict(
            company="Polaris Grid Solutions",
            contact="",
            role="Substation Design Engineer III",
            stage="application",
            date="2026-11-02",
            reapply_after="2027-11-02",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-txt-offer-rescinded-marlow",
        kind="txt",
        body="""Dear Tobias,

I'm sorry to be writing with this news. On Friday our leadership team announced a company-wide hiring freeze in response to the loss of a major distribution contract. As a result, Marlow Brothers, Inc. must rescind the offer of employment we extended to you for the position of Sales Operations Manager on November 9.

I understand this is disruptive, especially since you had already given notice. Please call me if you have any questions; I'll make myself available, and I'll be glad to act as a reference.

Sincerely,

Ellen Park
Director of People
Marlow Brothers, Inc.
""",
        expect=dict(
            company="Marlow Brothers, Inc.",
            contact="Ellen Park",
            role="Sales Operations Manager",
            stage="offer",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-pt-pt-desafio-tecnico-tecnofarol",
        kind="txt",
        body="""Olá Inês,

Obrigado pelo tempo e pelo empenho que dedicou ao desafio técnico que lhe enviámos.

Depois de analisarmos com atenção todas as soluções recebidas, decidimos não avançar com a sua candidatura para a posição de Engenheira de Software Júnior.

Caso pretenda receber feedback sobre o seu desafio, basta responder a este email e teremos todo o gosto em partilhá-lo.

Votos de sucesso,

Equipa de Recursos Humanos
Tecnofarol, Lda.
Rua do Almada 340, 4050-032 Porto
""",
        expect=dict(
            company="Tecnofarol, Lda.",
            contact="",
            role="Engenheira de Software Júnior",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]

# ---------------------------------------------------------------- group 3 (31-45)
CASES += [
    dict(
        id="f3-fr-outlook-cabinet-pour-client",
        kind="txt",
        body="""De : Élodie Marchal <e.marchal@marchal-conseil.fr>
Envoyé : jeudi 19 novembre 2026 17:45
À : Karim Benali <karim.benali@orange.fr>
Objet : Votre candidature - Responsable Affaires Réglementaires

Bonjour Karim,

Je reviens vers vous suite à votre entretien final avec le Directeur Général et la Directrice Qualité des Laboratoires Dorlane.

Malgré de nombreux points positifs relevés lors de cet échange, notre client a choisi de poursuivre avec un autre candidat pour le poste de Responsable Affaires Réglementaires, dont l'expérience des dossiers d'AMM européens correspondait davantage à leurs priorités.

Je vous remercie sincèrement pour votre implication tout au long du processus et je ne manquerai pas de revenir vers vous pour d'autres missions.

Bien à vous,

Élodie Marchal
Associée
Cabinet Marchal Conseil – Recrutement Santé & Pharma
06 55 12 34 78
""",
        expect=dict(
            company="Laboratoires Dorlane",
            contact="Élodie Marchal",
            role="Responsable Affaires Réglementaires",
            stage="final",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-greenhouse-htmlonly-northloop",
        kind="eml",
        sender="Northloop Talent <no-reply@greenhouse.io>",
        subject="Thank you for applying to Northloop",
        date="Tue, 03 Nov 2026 21:15:09 -0500",
        html_only=True,
        body="""View this email in your browser

[Northloop]

Hi Chidi,

Thanks so much for applying for the Account Executive, Mid-Market role at Northloop. We know job hunting takes real effort, and we appreciate you thinking of us.

After reviewing your application, we've decided to move forward with other candidates for this position.

We're growing fast, so please keep an eye on northloop.com/careers for future openings.

Cheers,
Northloop Talent

Follow us: LinkedIn | Instagram | YouTube
Northloop, Inc. · 88 Spear Street, Suite 400 · San Francisco, CA 94105
Unsubscribe from candidate updates
""",
        expect=dict(
            company="Northloop",
            contact="",
            role="Account Executive, Mid-Market",
            stage="application",
            date="2026-11-03",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-es-mx-gmail-entrevista-telefonica",
        kind="txt",
        body="""Resultado de tu proceso - Coordinador de Almacén
Recibidos

Andrea Villalobos <avillalobos@slbajio.com.mx>
mié, 18 nov 2026, 12:30
para mí

Hola Jorge, buen día.

Te agradezco mucho el tiempo que nos diste en la entrevista telefónica del lunes. Después de revisar los perfiles finalistas, el área decidió continuar con otro candidato para la vacante de Coordinador de Almacén.

Tu perfil quedará registrado en nuestra base de datos y podrás volver a postularte con nosotros en 3 meses.

Saludos cordiales,

Lic. Andrea Villalobos
Reclutamiento y Selección
Soluciones Logísticas del Bajío, S.A. de C.V.
Tel. (477) 555 0198
""",
        expect=dict(
            company="Soluciones Logísticas del Bajío, S.A. de C.V.",
            contact="Andrea Villalobos",
            role="Coordinador de Almacén",
            stage="phone_screen",
            date="2026-11-18",
            reapply_after="2027-02-18",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-lever-onsite-reapply-year-copperline",
        kind="eml",
        sender="Gabriel Mensah-Hart <gabriel@copperlinebio.com>",
        subject="Scientist II, Protein Engineering - Copperline Bio",
        date="Mon, 02 Nov 2026 16:40:00 -0800",
        body="""Hi Yuki,

Thank you for spending a full day with us at the onsite last Thursday. I know a six-interview day is a lot to ask.

The hiring committee met on Friday and decided not to extend an offer for the Scientist II, Protein Engineering role. Company policy means we can't share detailed interview feedback, but I want you to know the team enjoyed your seminar.

We would genuinely like to see you apply again in a year, once you have a bit more directed-evolution work under your belt.

All the best,
Gabriel

Gabriel Mensah-Hart
Senior Recruiter, R&D
Copperline Bio | copperlinebio.com
""",
        expect=dict(
            company="Copperline Bio",
            contact="Gabriel Mensah-Hart",
            role="Scientist II, Protein Engineering",
            stage="final",
            date="2026-11-02",
            reapply_after="2027-11-02",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-applemail-job-title-signoff",
        kind="txt",
        body="""From: Hiring Manager <hiring@thegildedanchor.co.uk>
Subject: Restaurant Manager application
Date: November 16, 2026 at 9:03:10 PM GMT
To: Callum Reid <callumreid88@icloud.com>

Hello Callum,

Thank you for sending your application for the Restaurant Manager post.

We've read through all the applications and unfortunately yours hasn't been successful this time.

Best wishes,

Hiring Manager, Front of House
The Gilded Anchor
Quayside, Whitby
""",
        expect=dict(
            company="The Gilded Anchor",
            contact="",
            role="Restaurant Manager",
            stage="application",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-smartrecruiters-req-closed-verenna",
        kind="eml",
        sender="Verenna Pharmaceuticals <noreply@smartrecruiters.com>",
        subject="Medical Science Liaison, Oncology - Update",
        date="Thu, 12 Nov 2026 10:22:18 -0500",
        html=True,
        body="""Dear Olamide,

We are writing to let you know that the Medical Science Liaison, Oncology requisition has been closed and will not be filled at this time due to a change in business priorities.

We appreciate your interest in Verenna Pharmaceuticals and invite you to explore other opportunities on our careers site.

Kind regards,

Global Talent Acquisition
Verenna Pharmaceuticals

Verenna Pharmaceuticals, Inc. is an equal opportunity employer. Privacy notice: verenna.com/privacy
""",
        expect=dict(
            company="Verenna Pharmaceuticals",
            contact="",
            role="Medical Science Liaison, Oncology",
            stage=None,
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-it-gmail-portfolio-studio",
        kind="txt",
        body="""Candidatura Architetto Junior
Posta in arrivo

Francesca Pieri <f.pieri@lanzapieri.it>
lun 16 nov 2026, 09:41
a me

Buongiorno Matteo,

grazie per averci inviato il suo portfolio per la posizione di Architetto Junior. Lo abbiamo esaminato con attenzione insieme ai soci dello studio: i progetti universitari sono curati, ma in questo momento cerchiamo qualcuno con già un'esperienza di cantiere e di progettazione esecutiva in BIM.

Per questo motivo non proseguiremo con un colloquio. Le auguriamo buona fortuna per la sua ricerca.

Cordialmente,

Arch. Francesca Pieri
Studio Architetti Lanza & Pieri
Corso Vittorio Emanuele II 118, Torino
""",
        expect=dict(
            company="Studio Architetti Lanza & Pieri",
            contact="Francesca Pieri",
            role="Architetto Junior",
            stage="portfolio",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-txt-recruiter-screen-kestrel-undated-6mo",
        kind="txt",
        body="""Hi Adaeze,

Thanks for chatting with me on Tuesday about the Senior Product Manager opening at Kestrel Analytics. I really enjoyed hearing about the pricing experiments you ran.

After syncing with the hiring manager, we've decided not to move you on to the next round; we're prioritising candidates who've owned a B2B data product end to end. We'd welcome a new application from you after 6 months, and I'd be glad to share a bit more about the decision if you want to reply here.

Best,
Morgan Lee-Whitfield
Recruiting Lead, Kestrel Analytics
they/them
""",
        expect=dict(
            company="Kestrel Analytics",
            contact="Morgan Lee-Whitfield",
            role="Senior Product Manager",
            stage="phone_screen",
            date=None,
            reapply_after="2027-05-26",
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-icims-qp-1252-visual-merch",
        kind="eml",
        sender="Hollins & Grey Careers <hollinsgrey@talent.icims.com>",
        subject="Your Hollins & Grey application – Visual Merchandiser",
        date="Sat, 21 Nov 2026 07:30:00 +0000",
        charset="windows-1252",
        encoding="quoted-printable",
        body="""Dear Priyanka,

Thank you for applying for the Visual Merchandiser role at our Manchester store, and for sharing your portfolio and mood boards with us – it’s clear you have a real eye for colour.

Our creative team has reviewed your work carefully. Unfortunately, we won’t be taking your application to interview stage on this occasion.

We wish you every success – and we hope to see you in store soon.

Kind regards,

Hollins & Grey Resourcing
Hollins & Grey Limited, 40 King Street, Manchester M2 4LY. Registered in England No. 00218876.
""",
        expect=dict(
            company="Hollins & Grey",
            contact="",
            role="Visual Merchandiser",
            stage="portfolio",
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-outlook-uk-hospital-references",
        kind="txt",
        body="""From: PRICE, Gwen (ASHCOMBE VALLEY HOSPITALS NHS FOUNDATION TRUST) <gwen.price4@nhs.example.uk>
Sent: Friday, 13 November 2026 16:20
To: Siobhan Kelly
Subject: Senior Occupational Therapist - outcome

Dear Siobhan,

Thank you for attending interview with us and for providing your references so promptly.

I'm sorry to let you know that, after the references stage, the panel has decided to appoint another candidate to the Senior Occupational Therapist post. This was a very close decision between two strong applicants.

We were very impressed with your presentation on falls prevention and we hope you'll consider applying to the Trust again in the future.

Kind regards

Gwen Price
Head of Occupational Therapy
Therapies Directorate
Ashcombe Valley Hospitals NHS Foundation Trust
""",
        expect=dict(
            company="Ashcombe Valley Hospitals NHS Foundation Trust",
            contact="Gwen Price",
            role="Senior Occupational Therapist",
            stage="final",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-personio-english-none-faltwerk",
        kind="eml",
        sender="Faltwerk People Team <faltwerk-jobs@mail.personio.de>",
        subject="Working Student, Customer Success (m/f/d)",
        date="Mon, 23 Nov 2026 13:11:52 +0100",
        body="""Hi Jonas,

thank you for your interest in Faltwerk!

Unfortunately, we've decided to move forward with other candidates for the Working Student, Customer Success position.

We wish you all the best and lots of success.

Cheers from Berlin,
Faltwerk People Team

Faltwerk GmbH · Oranienstraße 24 · 10999 Berlin · Managing Directors: Lina Ahrens, Kofi Boateng
""",
        expect=dict(
            company="Faltwerk GmbH",
            contact="",
            role="Working Student, Customer Success",
            stage=None,
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-txt-council-not-shortlisted",
        kind="txt",
        body="""Dear Mr Hussain

Application for the post of: Planning Officer (Grade 7)
Reference: HDC-PLN-0412

Thank you for your application for the above post.

I regret to inform you that on this occasion you have not been shortlisted for interview. Due to the high volume of applications received we are unable to provide individual feedback on unsuccessful applications.

Thank you for your interest in working for Harrowfield District Council.

Yours sincerely

Recruitment Team
Human Resources
Harrowfield District Council
""",
        expect=dict(
            company="Harrowfield District Council",
            contact="",
            role="Planning Officer",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-eml-department-line-kellerman",
        kind="eml",
        sender="Aoife Ní Bhriain <aoife.nibhriain@kellermanhayes.com>",
        subject="Finance Business Partner",
        date="Tue, 10 Nov 2026 12:55:03 +0000",
        body="""Hi Rahul,

Thanks again for making time for our initial video call last week.

I've now spoken with the rest of the team and we've decided to progress with candidates who have more experience partnering with commercial teams in a manufacturing setting, so we won't be taking your application for the Finance Business Partner role further.

I appreciate your interest and wish you well.

Best regards,

Aoife Ní Bhriain
Finance Transformation
Kellerman Hayes Group plc
Direct: +44 20 7946 0321
""",
        expect=dict(
            company="Kellerman Hayes Group plc",
            contact="Aoife Ní Bhriain",
            role="Finance Business Partner",
            stage="phone_screen",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-eml-offer-withdrawn-visa-drumlin",
        kind="eml",
        sender="Ruth O'Sullivan <ruth.osullivan@drumlingeo.ie>",
        subject="Withdrawal of offer - Geotechnical Engineer",
        date="Fri, 30 Oct 2026 17:05:00 +0000",
        body="""Dear Mateus,

I refer to our letter of 14 October offering you the position of Geotechnical Engineer.

Having taken further advice, we have learned that we are not in a position to sponsor the employment permit that the role would require within the timescale we need. With real regret, we must therefore withdraw the offer.

I am very sorry for the disappointment this will cause, particularly after the time you gave to our interview process.

Yours sincerely,

Ruth O'Sullivan
HR Manager
Drumlin Geotechnical Ltd
Unit 4, Ballybrit Business Park, Galway
""",
        expect=dict(
            company="Drumlin Geotechnical Ltd",
            contact="Ruth O'Sullivan",
            role="Geotechnical Engineer",
            stage="offer",
            date="2026-10-30",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-txt-galaxy-showreel-lumen-lark",
        kind="txt",
        body="""hi Ade, thanks for sending the showreel through. had a proper watch with the team, nice pacing on the music stuff but for the junior video editor role we need someone who's more confident with colour grading in resolve. so we're going to pass for now. good luck!!

seb
Lumen & Lark Films

Sent from my Galaxy""",
        expect=dict(
            company="Lumen & Lark Films",
            contact="seb",
            role="Junior Video Editor",
            stage="portfolio",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]

# ---------------------------------------------------------------- group 4 (46-60)
CASES += [
    dict(
        id="f3-de-outlook-probearbeitstag-albers",
        kind="txt",
        body="""Von: Petra Albers <p.albers@stb-albers.de>
Gesendet: Montag, 9. November 2026 10:14
An: Svenja Krüger <svenja.krueger@web.de>
Betreff: Ihr Probearbeitstag am 4. November

Liebe Frau Krüger,

vielen Dank, dass Sie sich letzte Woche einen ganzen Tag Zeit für das Probearbeiten in unserer Kanzlei genommen haben. Das Team hat sich gefreut, Sie kennenzulernen.

Nach reiflicher Überlegung haben wir uns für die Stelle als Steuerfachangestellte (m/w/d) dennoch für eine andere Bewerberin entschieden, die bereits Erfahrung mit DATEV Unternehmen online mitbringt.

Wenn Sie möchten, gebe ich Ihnen gern eine kurze Rückmeldung zu Ihrem Probearbeitstag – rufen Sie mich einfach an.

Herzliche Grüße

Petra Albers
Steuerberaterin
Steuerberatung Albers & Kollegen
Marktplatz 3 · 49074 Osnabrück · Tel. 0541 555 318 0
""",
        expect=dict(
            company="Steuerberatung Albers & Kollegen",
            contact="Petra Albers",
            role="Steuerfachangestellte",
            stage="technical",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-workday-60-days-cascadia",
        kind="eml",
        sender="First Cascadia Bank <firstcascadia@myworkday.com>",
        subject="Thank you for your interest - Treasury Analyst II",
        date="Wed, 25 Nov 2026 14:17:39 -0800",
        body="""Hello Tran Van Minh,

Thank you for your recent application for the Treasury Analyst II position (JR-118204) at First Cascadia Bank.

We received many qualified applications. After careful consideration, we have selected other candidates whose qualifications more closely meet the needs of the position.

You will be eligible to reapply for this job requisition after 60 days. You may apply to other positions at any time through the Candidate Home page.

Thank you,
First Cascadia Bank Recruiting

First Cascadia Bank, N.A. Member FDIC. Equal Housing Lender. We are an Equal Opportunity Employer, including disability and veterans.
""",
        expect=dict(
            company="First Cascadia Bank",
            contact="",
            role="Treasury Analyst II",
            stage="application",
            date="2026-11-25",
            reapply_after="2027-01-24",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-gmail-agency-tech-test-sorrel",
        kind="txt",
        body="""Sorrel - tech test result
Inbox

Kieran Walsh <kieran@brightpathrec.com>
Fri, Nov 13, 2026, 3:05 PM
to me

Hi Amara,

Hope your week's been good. I've had the results back from Sorrel Energy on the technical test for the DevOps Engineer role and I'm afraid it's not good news. They liked your Terraform, but the Kubernetes troubleshooting section didn't go as well as they needed, so they won't be progressing to the final interview.

I've got their written feedback here and I'd like to go through it with you properly. Shall I give you a ring on Monday morning?

Cheers,
Kieran

Kieran Walsh | Principal Consultant, Cloud & Infrastructure
Brightpath Recruitment Ltd | 0117 555 0460
Brightpath Recruitment Ltd is acting as an employment agency in relation to this vacancy.
""",
        expect=dict(
            company="Sorrel Energy",
            contact="Kieran Walsh",
            role="DevOps Engineer",
            stage="technical",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-fr-base64-latin1-vivier-24-mois",
        kind="eml",
        sender="Mutuelle Sanitaire de l'Ouest - Recrutement <recrutement@msouest.fr>",
        subject="Votre candidature au poste de Gestionnaire de sinistres",
        date="Tue, 17 Nov 2026 09:58:41 +0100",
        charset="iso-8859-1",
        encoding="base64",
        body="""Madame,

Nous avons bien reçu votre candidature au poste de Gestionnaire de sinistres et vous remercions de l'intérêt que vous portez à notre mutuelle.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.

Sauf opposition de votre part, nous conservons votre candidature dans notre vivier pendant 24 mois afin de pouvoir vous recontacter si un poste correspondant à votre profil venait à se libérer.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Service Recrutement
Direction des Ressources Humaines
Mutuelle Sanitaire de l'Ouest
Mutuelle soumise aux dispositions du livre II du Code de la mutualité
""",
        expect=dict(
            company="Mutuelle Sanitaire de l'Ouest",
            contact="",
            role="Gestionnaire de sinistres",
            stage="application",
            date="2026-11-17",
            reapply_after="2028-11-17",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-txt-staffing-filled-redwater",
        kind="txt",
        body="""Hi Luis,

Just a quick heads up that our client Redwater Foods has filled the Quality Assurance Technician position at their Modesto plant, so that one is off the table.

I'll keep an eye out for anything else in food safety in your area.

Tamika Jones
Account Recruiter
ProStaff Solutions | Central Valley Branch
(209) 555-0176
""",
        expect=dict(
            company="Redwater Foods",
            contact="Tamika Jones",
            role="Quality Assurance Technician",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-ashby-case-study-marrowby",
        kind="eml",
        sender="Ines Carvalho-Reyes <ines@marrowby.com>",
        subject="Senior Analyst, Strategy & Operations — case study",
        date="Wed, 18 Nov 2026 17:31:02 -0500",
        reply_to="ines@marrowby.com",
        html=True,
        body="""Hi Ben,

Thank you for presenting your case study to the team on Monday. You clearly put a lot of work into the market-sizing model and it showed.

After talking it through, we've decided not to move forward with you for the Senior Analyst, Strategy & Operations role. The deciding factor was the operational side of the case: we needed a sharper plan for the rollout sequencing, and another candidate was stronger there.

I'd be glad to share the detailed notes the panel made, or to hop on a quick call, whichever you'd prefer.

Best,
Ines

Ines Carvalho-Reyes
Director, Strategy & Operations
Marrowby
""",
        expect=dict(
            company="Marrowby",
            contact="Ines Carvalho-Reyes",
            role="Senior Analyst, Strategy & Operations",
            stage="technical",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-outlookcom-paste-dunmore-12mo",
        kind="txt",
        body="""Application status: Lab Technician I

Careers Team <noreply@dunmorelabs.com>
Thu 11/19/2026 8:04 AM
To: you

Dear Kateryna,

Thank you for applying for the Lab Technician I position at Dunmore Labs.

We have reviewed your application and decided not to move forward at this time. You may reapply for this or similar positions in 12 months.

Sincerely,
Careers Team
Dunmore Labs

Please do not reply to this email. This mailbox is not monitored.
""",
        expect=dict(
            company="Dunmore Labs",
            contact="",
            role="Lab Technician I",
            stage="application",
            date="2026-11-19",
            reapply_after="2027-11-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-nl-werkenbij-zorggroep-1-jaar",
        kind="eml",
        sender="Werken bij Het Baken <werkenbij@zorggroephetbaken.nl>",
        subject="Reactie op je sollicitatie: Verpleegkundige niveau 4",
        date="Thu, 26 Nov 2026 08:30:00 +0100",
        html=True,
        body="""Beste Daan,

Hartelijk dank voor je sollicitatie op de vacature Verpleegkundige niveau 4 bij locatie De Hoge Weide.

We hebben je sollicitatie met aandacht gelezen. Helaas moeten we je laten weten dat we je niet uitnodigen voor een gesprek, omdat andere kandidaten beter aansluiten bij de functie-eisen.

Met jouw toestemming bewaren we je gegevens 1 jaar in onze talentenpool, zodat we contact met je kunnen opnemen als er een passende vacature vrijkomt.

Hartelijke groet,

Team Werving & Selectie
Zorggroep Het Baken
""",
        expect=dict(
            company="Zorggroep Het Baken",
            contact="",
            role="Verpleegkundige niveau 4",
            stage="application",
            date="2026-11-26",
            reapply_after="2027-11-26",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-txt-bike-shop-last-interview",
        kind="txt",
        body="""Hi Marguerite,

Thanks for coming in Saturday for the last interview and meeting Sarah, me, and the rest of the crew. Everyone liked you, which made this a tough one.

We've decided to go with an internal candidate for the Service Manager job. He's been wrenching here for six years and the team rallied behind him.

I know that's disappointing. If you have any questions or want to talk it over, call or text me anytime.

Pete Dubois
Owner, Halcyon Bike Works
(503) 555-0112
""",
        expect=dict(
            company="Halcyon Bike Works",
            contact="Pete Dubois",
            role="Service Manager",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-greenhouse-name-in-body-not-writer",
        kind="eml",
        sender="Careers at Voltaic <no-reply@greenhouse.io>",
        subject="Your candidacy for Battery Cell Engineer",
        date="Tue, 24 Nov 2026 01:05:00 +0900",
        body="""Hi Sunil,

Thank you for taking the time to speak with Maya from our recruiting team about the Battery Cell Engineer opening.

After reviewing the notes from your phone screen with the hiring team, we've decided not to move forward with your application at this time.

We appreciate your interest in Voltaic and wish you the best of luck.

Talent Acquisition | Voltaic Energy Storage
""",
        expect=dict(
            company="Voltaic Energy Storage",
            contact="",
            role="Battery Cell Engineer",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-es-txt-pruebas-conocimientos-ferrocarril",
        kind="txt",
        body="""Estimado/a candidato/a:

Le informamos de que, una vez corregidas las pruebas psicotécnicas y de conocimientos del proceso de selección para el puesto de Técnico/a de Mantenimiento Ferroviario, su puntuación no ha alcanzado el mínimo establecido en las bases de la convocatoria, por lo que no continuará en las siguientes fases.

Las listas definitivas de puntuaciones se publicarán en el portal de empleo.

Atentamente,

Departamento de Personas
Ferrocarriles Ibéricos del Norte, S.A.

Este mensaje se ha enviado desde una dirección que no admite respuestas.
""",
        expect=dict(
            company="Ferrocarriles Ibéricos del Norte, S.A.",
            contact="",
            role="Técnico/a de Mantenimiento Ferroviario",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-lever-two-line-clearbrook",
        kind="eml",
        sender="Clearbrook <no-reply@hire.lever.co>",
        subject="Data Scientist, NLP",
        date="Mon, 16 Nov 2026 11:48:00 -0500",
        body="""Hi Lina, thanks for applying to the Data Scientist, NLP role. We're not moving forward with your application, but we appreciate your interest.

— The Clearbrook team
""",
        expect=dict(
            company="Clearbrook",
            contact="",
            role="Data Scientist, NLP",
            stage="application",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-applemail-takehome-with-quote-orbitfold",
        kind="txt",
        body="""From: Jamie Rutherford <jamie@orbitfold.games>
Subject: Re: Gameplay Programmer take-home
Date: 24 November 2026 at 14:02:11 GMT
To: Nikos Papadakis <nikos.pap@me.com>

Hi Nikos,

Sorry for the wait. We've now reviewed your take-home, and we won't be progressing your application for the Gameplay Programmer position. The movement system felt good, but the brief asked for a save/load system and that part wasn't finished.

Thanks for the effort you put in, and good luck.

Jamie Rutherford
Lead Programmer
Orbitfold Games

> On 20 Nov 2026, at 09:15, Nikos Papadakis <nikos.pap@me.com> wrote:
>
> Hi Jamie, just checking whether you've had a chance to look at my take-home
> submission from the 10th? Thanks, Nikos
""",
        expect=dict(
            company="Orbitfold Games",
            contact="Jamie Rutherford",
            role="Gameplay Programmer",
            stage="technical",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-teamtailor-writing-samples-ux-writer",
        kind="eml",
        sender="Freja Lund <freja.lund@teamtailor-mail.com>",
        subject="UX Writer at Nordlys Software",
        date="Thu, 19 Nov 2026 15:44:20 +0100",
        reply_to="freja@nordlys.dk",
        body="""Hi Olivia,

Thank you for applying for the UX Writer position and for sending us your writing samples. I read them together with our design lead.

Your microcopy examples were thoughtful, but we're looking for someone with more experience writing for complex B2B settings, so we won't be inviting you to an interview.

If it's helpful, I'm happy to send a few lines of feedback on the samples. Just let me know.

Kind regards,
Freja Lund
Talent Partner, Nordlys Software ApS
""",
        expect=dict(
            company="Nordlys Software ApS",
            contact="Freja Lund",
            role="UX Writer",
            stage="portfolio",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-outlook-university-panel-chair-named",
        kind="txt",
        body="""From: Resourcing Team <resourcing@kingsbridge.ac.uk>
Sent: Wednesday, November 11, 2026 9:47 AM
To: Yasmin Haddad
Subject: Research Grants Officer - REQ05521 - Outcome of interview

Dear Yasmin,

Thank you for attending the panel interview for the post of Research Grants Officer on 6 November.

We regret to inform you that on this occasion you have not been successful. The panel were grateful for the time and preparation you put into your interview.

If you would like feedback on your interview, please contact the chair of the panel, Dr Amara Osei, at a.osei@kingsbridge.ac.uk.

Kind regards,

Resourcing Team
People Services
Kingsbridge University
""",
        expect=dict(
            company="Kingsbridge University",
            contact="",
            role="Research Grants Officer",
            stage="final",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]

# ---------------------------------------------------------------- group 5 (61-75)
CASES += [
    dict(
        id="f3-it-eml-assicurazioni-none",
        kind="eml",
        sender="Selezione del Personale <selezione@lagunari-assicurazioni.it>",
        subject="Posizione di Analista Attuariale",
        date="Wed, 11 Nov 2026 17:03:29 +0100",
        encoding="quoted-printable",
        body="""Gentile dott.ssa Romano,

con riferimento alla posizione di Analista Attuariale, la informiamo che abbiamo individuato un profilo che riteniamo più adatto alle esigenze attuali della nostra Direzione Tecnica.

La ringraziamo per l'interesse manifestato nei confronti della nostra Compagnia e le porgiamo i nostri migliori saluti.

Ufficio Selezione del Personale
Direzione Risorse Umane e Organizzazione
Assicurazioni Lagunari S.p.A.
Capitale sociale € 48.000.000 i.v. – Iscritta all'Albo delle imprese di assicurazione n. 1.00127

Ai sensi del Regolamento UE 2016/679 (GDPR), i suoi dati saranno trattati esclusivamente per finalità di selezione.
""",
        expect=dict(
            company="Assicurazioni Lagunari S.p.A.",
            contact="",
            role="Analista Attuariale",
            stage=None,
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-pt-br-gmail-socios-final",
        kind="txt",
        body="""Processo seletivo - Redatora Publicitária Sênior
Caixa de entrada

Renata Albuquerque <renata@capivaradigital.com.br>
qui., 12 de nov. de 2026, 18:04
para mim

Oi, Larissa, tudo bem?

Queria te agradecer de coração pela conversa final com os sócios na segunda-feira. Todo mundo saiu da sala falando bem de você.

Infelizmente, decidimos seguir com outra candidata para a vaga de Redatora Publicitária Sênior, alguém que já atendeu contas de varejo por bastante tempo, que é o nosso maior cliente hoje.

Desejo muito sucesso e tenho certeza de que a gente ainda vai se cruzar por aí.

Beijo,
Renata Albuquerque
Diretora de Criação | Capivara Digital
""",
        expect=dict(
            company="Capivara Digital",
            contact="Renata Albuquerque",
            role="Redatora Publicitária Sênior",
            stage="final",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-recruitee-phone-six-months-grovewell",
        kind="eml",
        sender="Harriet O'Connell-Byrne <harriet@grovewell.recruitee.com>",
        subject="Brand Manager, Treats - Grovewell Pet Foods",
        date="Fri, 20 Nov 2026 10:26:50 +0000",
        body="""Hi Tom,

Thank you for the phone interview on Wednesday, it was great to hear about your launch work at your current company.

Having spoken to all the candidates, I'm sorry to say we won't be taking you through to the next stage for the Brand Manager, Treats role. We're looking for someone with more direct experience of the pet specialist channel.

You're very welcome to apply again after six months if a brand role comes up that suits you.

Best wishes,

Harriet O'Connell-Byrne
People & Culture Lead
Grovewell Pet Foods Ltd
""",
        expect=dict(
            company="Grovewell Pet Foods Ltd",
            contact="Harriet O'Connell-Byrne",
            role="Brand Manager, Treats",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-txt-caps-firstname-ambrose-vale",
        kind="txt",
        body="""Hi Nadia,

Thanks again for the call on Thursday. I've shared my notes with the team and we've decided not to move you forward for the Client Service Associate position at Ambrose & Vale Wealth Management, as we're looking for someone who already holds the Series 7.

Best of luck with your search.

Thanks,
DANIELA

Sent from my Verizon, Samsung Galaxy smartphone""",
        expect=dict(
            company="Ambrose & Vale Wealth Management",
            contact="DANIELA",
            role="Client Service Associate",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-eml-offer-rescinded-shared-services",
        kind="eml",
        sender="HR Shared Services <hr.sharedservices@tessaract-semi.com>",
        subject="Important update regarding your offer of employment",
        date="Mon, 26 Oct 2026 11:00:00 -0700",
        html=True,
        body="""Dear Oyelaran Adewale,

We are writing regarding the offer of employment for the position of Process Integration Engineer 2 that you accepted on October 8, 2026.

Due to a company-wide restructuring announced today, Tessaract Semiconductor Corporation has made the difficult decision to rescind all outstanding offers for positions that have not yet started, including yours. We recognize the significant impact this has on you and sincerely apologize.

You will receive a separate letter describing a one-time transition payment.

Sincerely,

HR Shared Services
Tessaract Semiconductor Corporation

Tessaract Semiconductor Corporation is an Equal Opportunity Employer. This e-mail may contain confidential information.
""",
        expect=dict(
            company="Tessaract Semiconductor Corporation",
            contact="",
            role="Process Integration Engineer 2",
            stage="offer",
            date="2026-10-26",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-gmail-days-ago-no-year-saltmarsh",
        kind="txt",
        body="""Lorna Fitzgerald-Mbeki <lorna@saltmarshcoffee.co>
Tue, Nov 24, 2:15 PM (2 days ago)
to me

Hey Ezra,

Really appreciated our Zoom chat last week. You obviously know your coffee!

We've been through everyone we spoke to for the Wholesale Account Manager role and we're going to move forward with someone who's already based in Leeds, since the job is mostly visiting cafés up north.

Thanks so much for your interest in Saltmarsh, and all the best.

Lorna
Saltmarsh Coffee Roasters
""",
        expect=dict(
            company="Saltmarsh Coffee Roasters",
            contact="Lorna Fitzgerald-Mbeki",
            role="Wholesale Account Manager",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-smartrecruiters-cabin-crew-eeo-line",
        kind="eml",
        sender="Skyreach Regional Airlines <noreply@smartrecruiters.com>",
        subject="Your application - Cabin Crew Member",
        date="Sat, 14 Nov 2026 06:45:10 +0000",
        body="""Dear Chloé,

Thank you for applying for the Cabin Crew Member position with Skyreach Regional Airlines.

We have reviewed your application and, on this occasion, we are unable to progress it further.

Candidates may reapply after 6 months. We look forward to the possibility of welcoming you on board in the future.

Yours sincerely,

Cabin Crew Recruitment
Skyreach Regional Airlines

Equality, Diversity & Inclusion Office
Skyreach is committed to equal opportunities and welcomes applications from all sections of the community.
""",
        expect=dict(
            company="Skyreach Regional Airlines",
            contact="",
            role="Cabin Crew Member",
            stage="application",
            date="2026-11-14",
            reapply_after="2027-05-14",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-txt-restaurant-sous-chef-two-lines",
        kind="txt",
        body="""Thanks for applying to be a Sous Chef at Marigold Kitchen. We've filled the position and won't be reaching out for interviews.

- Marigold Kitchen""",
        expect=dict(
            company="Marigold Kitchen",
            contact="",
            role="Sous Chef",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-eml-brand-of-parent-lumo",
        kind="eml",
        sender="Lumo Careers <careers@lumo.app>",
        subject="iOS Developer at Lumo",
        date="Fri, 06 Nov 2026 14:09:33 +0100",
        html=True,
        body="""Hej Aleksander,

We've now decided to close the recruitment for the iOS Developer position without moving forward with you.

Thank you for your interest in Lumo, and best of luck in the future!

/The Lumo team

Lumo is a product of Aldercrest Technologies AB · Sveavägen 44, 111 34 Stockholm
You are receiving this email because you are a candidate in one of our recruitments.
""",
        expect=dict(
            company="Lumo",
            contact="",
            role="iOS Developer",
            stage=None,
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-outlook-fw-illustration-portfolio",
        kind="txt",
        body="""From: Hannah Oduya <hannah.oduya@outlook.com>
Sent: Wednesday, November 25, 2026 8:12 AM
To: Hannah Oduya <h.oduya.art@gmail.com>
Subject: FW: Junior Illustrator - Puddlejump Books

sending to my other account so I have it


________________________________
From: Dominic Achterberg <dominic@puddlejumpbooks.com>
Sent: Tuesday, November 24, 2026 4:58 PM
To: Hannah Oduya <hannah.oduya@outlook.com>
Subject: Junior Illustrator - Puddlejump Books

Dear Hannah,

Thank you for sending your illustration portfolio for the Junior Illustrator position. Our art director and I looked through it together.

We loved your character work, but for this role we need someone whose style suits very young readers (board books for ages 0 to 3), so we won't be taking your application further.

With best wishes,

Dominic Achterberg
Managing Editor
Puddlejump Books
""",
        expect=dict(
            company="Puddlejump Books",
            contact="Dominic Achterberg",
            role="Junior Illustrator",
            stage="portfolio",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-txt-recruiter-screen-sundial-noheader",
        kind="txt",
        body="""Hello Keisha,

I appreciate you taking the time to connect with me for the initial recruiter screen regarding the Revenue Cycle Analyst role at Sundial Health, Inc.

At this point, we have decided to move forward with other candidates whose experience with Epic Resolute more closely aligns with the position.

Thank you again for your interest in Sundial Health, and I wish you the best.

Regards,

Tyrone Washington
Sr. Talent Acquisition Partner
Sundial Health, Inc.
p: 615.555.0107
""",
        expect=dict(
            company="Sundial Health, Inc.",
            contact="Tyrone Washington",
            role="Revenue Cycle Analyst",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-txt-state-agency-not-referred",
        kind="txt",
        body="""Notice of Application Status

Position: Environmental Scientist 2
Announcement Number: DNR-26-1187
Agency: Department of Natural Resources

Dear Applicant:

Your application for the above position has been reviewed. Although you met the minimum qualifications, you were not among the most qualified candidates referred to the hiring manager for further consideration.

This announcement is now closed. To view other current vacancies, please visit the State Careers website.

Human Resources Office
Department of Natural Resources

This is an automated notice; please do not reply.
""",
        expect=dict(
            company="Department of Natural Resources",
            contact="",
            role="Environmental Scientist 2",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-eml-coding-assessment-180-days",
        kind="eml",
        sender="Brindle Payments University Recruiting <campus@brindlepay.com>",
        subject="Software Engineer I (New Grad 2027) - Assessment Results",
        date="Thu, 29 Oct 2026 20:12:44 -0400",
        html=True,
        body="""Hi Wei,

Thank you for completing the online coding assessment for the Software Engineer I role at Brindle Payments.

We had a very strong pool of candidates, and unfortunately your assessment score did not meet the threshold to advance to interviews this cycle.

You may re-apply and take the assessment again after 180 days. We hope you'll consider Brindle in the future.

Best,
University Recruiting Team
Brindle Payments
""",
        expect=dict(
            company="Brindle Payments",
            contact="",
            role="Software Engineer I",
            stage="technical",
            date="2026-10-29",
            reapply_after="2027-04-27",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-outlook-uk-agency-client-ampersand",
        kind="txt",
        body="""From: Marcus Ibe <marcus.ibe@catalystpeople.co.uk>
Sent: 04 November 2026 12:31
To: Georgia Whitfield
Subject: Demand Planner - Pemberton & Hale

Hi Georgia,

Thanks for your patience. Pemberton & Hale Foods have come back to me following your telephone interview with their HR team on Monday.

Unfortunately they've decided not to take your application any further for the Demand Planner position. They felt your forecasting experience was strong but they need someone who has used SAP IBP day to day.

I'll be in touch as soon as I have anything else suitable.

Kind regards,
Marcus

Marcus Ibe
Recruitment Consultant – Supply Chain
Catalyst People
""",
        expect=dict(
            company="Pemberton & Hale Foods",
            contact="Marcus Ibe",
            role="Demand Planner",
            stage="phone_screen",
            date="2026-11-04",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-eml-domain-only-final-nz",
        kind="eml",
        sender="Alex Kim <alex.kim@ribbonfish.io>",
        subject="Head of Customer Support",
        date="Fri, 20 Nov 2026 00:20:00 +1300",
        body="""Kia ora Priti,

Thanks for sitting through the final interview with Sione and me yesterday; I know we ran over time.

We've decided to offer the Head of Customer Support role to another candidate. It came down to experience scaling a support team across time zones, which is what we'll need in 2027.

Thanks for everything you put into the process. I hope our paths cross again.

Ngā mihi,
Alex Kim
VP Operations
""",
        expect=dict(
            company="Ribbonfish",
            contact="Alex Kim",
            role="Head of Customer Support",
            stage="final",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]

# ---------------------------------------------------------------- group 6 (76-90)
CASES += [
    dict(
        id="f3-outlook-winery-phone-call-feedback",
        kind="txt",
        body="""From: Lorenzo Gatti <lorenzo@ridgebackcellars.com.au>
Sent: Tuesday, 3 November 2026 12:10 PM
To: Sofia Conti <sofia.conti92@outlook.com>
Subject: Export Sales Manager application

Hi Sofia,

Thanks for making time for our phone call last Thursday. I enjoyed hearing about your years in Singapore.

We've spoken with a number of people for the Export Sales Manager position and have decided to go with someone who has already built distributor relationships in Japan and Korea, which is where most of our growth is coming from.

If you'd like more detail on how we made the call, give me a ring and I'm happy to talk it through.

Cheers,

Lorenzo Gatti
Commercial Director
Ridgeback Cellars Pty Ltd
McLaren Vale, South Australia
""",
        expect=dict(
            company="Ridgeback Cellars Pty Ltd",
            contact="Lorenzo Gatti",
            role="Export Sales Manager",
            stage="phone_screen",
            date="2026-11-03",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-eml-latin1-council-competition-closed",
        kind="eml",
        sender="Recruitment Unit - Killowen County Council <recruitment@killowencoco.ie>",
        subject="Senior Executive Engineer (Water Services)",
        date="Wed, 18 Nov 2026 11:34:07 +0000",
        charset="iso-8859-1",
        encoding="quoted-printable",
        body="""A chara,

I wish to inform you that the competition for the post of Senior Executive Engineer (Water Services) has been closed and the Council does not intend to proceed with filling the post at this time.

The Council thanks you for your interest in employment with Killowen County Council.

Is mise le meas,

Recruitment Unit
Human Resources Department
Killowen County Council
Áras an Chontae, Killowen

Comhairle Chontae Chill Eoghain
""",
        expect=dict(
            company="Killowen County Council",
            contact="",
            role="Senior Executive Engineer (Water Services)",
            stage=None,
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-eml-reversed-name-sender-whitlock",
        kind="eml",
        sender="Okafor, Chiamaka <c.okafor@whitlockadeyemi.com>",
        subject="Senior Accountant - follow up",
        date="Mon, 09 Nov 2026 15:02:11 -0600",
        body="""Good afternoon Daniel,

Thank you for speaking with me on Friday about the Senior Accountant opening.

After discussing with the partners, we have decided to move forward with candidates who have a CPA license already in hand, so we will not be scheduling a second interview with you.

I wish you all the best in your search.

Chiamaka

Whitlock, Adeyemi & Co. | Certified Public Accountants
Houston · Dallas
""",
        expect=dict(
            company="Whitlock, Adeyemi & Co.",
            contact="Chiamaka Okafor",
            role="Senior Accountant",
            stage="phone_screen",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-txt-school-district-initial",
        kind="txt",
        body="""Dear Ms. Delgado,

Thank you for your application for the position of Middle School Science Teacher for the 2026-2027 school year.

After reviewing all applications, the campus selection committee has chosen other candidates to interview for this position. Your application will remain active in our system for other teaching vacancies.

Sincerely,

R. Castellanos
HR Coordinator, Certified Staffing
Pecan Hollow Independent School District
""",
        expect=dict(
            company="Pecan Hollow Independent School District",
            contact="R. Castellanos",
            role="Middle School Science Teacher",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-workday-htmlonly-sql-assessment-tidewater",
        kind="eml",
        sender="Tidewater Outfitters Talent <tidewater@myworkday.com>",
        subject="Data Analyst II - Status Update",
        date="Sun, 22 Nov 2026 04:00:12 -0500",
        html_only=True,
        body="""[Tidewater Outfitters logo]

Hi Mohammed,

Thank you for completing the SQL skills assessment as part of your application for Data Analyst II (JR-77103, Remote - US).

After reviewing your results, we have decided not to move forward with your candidacy at this time. We truly appreciate the time you invested.

Explore more careers at Tidewater: tidewater-outfitters.com/careers

Tidewater Outfitters Talent Team

© 2026 Tidewater Outfitters, LLC. All rights reserved. | Privacy | Candidate Terms
""",
        expect=dict(
            company="Tidewater Outfitters",
            contact="",
            role="Data Analyst II",
            stage="technical",
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-gmail-close-the-loop-catering",
        kind="txt",
        body="""Operations Lead
Inbox

Bea Holloway <bea@fennelandfinch.com>
Mon, Nov 9, 2026, 11:30 AM
to me

Hi Aiko,

I wanted to close the loop with you on the Operations Lead position. We've now hired for the role, so we won't be taking things further with you.

Thanks for thinking of Fennel & Finch, and best of luck.

Bea Holloway
Co-owner, Fennel & Finch Catering
""",
        expect=dict(
            company="Fennel & Finch Catering",
            contact="Bea Holloway",
            role="Operations Lead",
            stage=None,
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-eml-references-school-trust",
        kind="eml",
        sender="Mrs D Achebe-Lyons <d.achebe-lyons@ardentlearning.org.uk>",
        subject="Head of Mathematics - Ardent Learning Trust",
        date="Thu, 05 Nov 2026 16:38:00 +0000",
        body="""Dear Mr Chowdhury,

Thank you for the time you gave to our selection process, including the interview day at Ridgeway Academy and for allowing us to take up your references.

Following the reference checks, the panel has decided to appoint another candidate to the post of Head of Mathematics. I know this will be disappointing news at such a late stage.

I would be pleased to offer you feedback by telephone if you would find it helpful; please contact my PA to arrange a convenient time.

Yours sincerely,

Mrs Deborah Achebe-Lyons
Executive Headteacher
Ardent Learning Trust
""",
        expect=dict(
            company="Ardent Learning Trust",
            contact="Deborah Achebe-Lyons",
            role="Head of Mathematics",
            stage="final",
            date="2026-11-05",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="f3-outlook-transit-offer-budget-cut",
        kind="txt",
        body="""From: Office of Human Resources <hr@greenwaytransit.org>
Sent: Friday, November 6, 2026 4:45 PM
To: Brandon Ochieng
Subject: Conditional Offer - Scheduling Analyst

Dear Mr. Ochieng,

This letter is to inform you that the conditional offer of employment extended to you on October 21, 2026 for the position of Scheduling Analyst is hereby withdrawn. Following the Board's adoption of the amended FY2027 budget, funding for this position has been eliminated.

We regret any inconvenience this may cause.

Office of Human Resources
Greenway Transit Authority
""",
        expect=dict(
            company="Greenway Transit Authority",
            contact="",
            role="Scheduling Analyst",
            stage="offer",
            date="2026-11-06",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-eml-creative-agency-for-client-portfolio",
        kind="eml",
        sender="Mika Tanaka-Rowe | Paper Crane Talent <mika@papercranetalent.com>",
        subject="Senior Art Director - Hobart & Wren",
        date="Mon, 23 Nov 2026 09:15:27 +0000",
        html=True,
        body="""Hi Rafael,

Hobart & Wren's ECD has now been through your book for the Senior Art Director role.

They really liked the Aldi outdoor campaign, but overall they felt the portfolio was lighter on integrated and social work than they need, so they've decided not to meet this time.

I'll keep you front of mind for the retail briefs I have coming up in January.

Speak soon,
Mika

Mika Tanaka-Rowe
Senior Talent Partner, Creative
Paper Crane Talent | London & Manchester
""",
        expect=dict(
            company="Hobart & Wren",
            contact="Mika Tanaka-Rowe",
            role="Senior Art Director",
            stage="portfolio",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-applemail-subject-only-pairing-session",
        kind="txt",
        body="""From: Sam Otieno <sam@hxw.dev>
Subject: Hexwright – next steps
Date: 10 November 2026 at 17:22:05 CET
To: Clara Jaworski <clara.jaworski@posteo.de>

Hi Clara,

Thanks for the pair programming session on Friday. It was fun working through the rate limiter with you.

We talked it over as a team, and we've decided not to move forward for the Backend Engineer role. We were looking for more confidence with Go's concurrency patterns.

Good luck with everything,
Sam
""",
        expect=dict(
            company="Hexwright",
            contact="Sam Otieno",
            role="Backend Engineer",
            stage="technical",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-eml-base64-1252-funeral-directors",
        kind="eml",
        sender="Margaret O'Reilly <margaret@oreillyanddaughters.ie>",
        subject="Funeral Arranger vacancy",
        date="Tue, 03 Nov 2026 10:20:45 +0000",
        charset="windows-1252",
        encoding="base64",
        body="""Dear Conor,

Thank you for your letter and CV in response to our advertisement for a Funeral Arranger.

We were touched by the care you put into your application. However, we’ve decided to offer interviews to candidates with previous experience in bereavement services, and so we won’t be taking your application further on this occasion.

We wish you well in your search – it’s a vocation, and I hope you find your place in it.

Kind regards,

Margaret O’Reilly
O’Reilly & Daughters Funeral Directors
Main Street, Ennis, Co. Clare
""",
        expect=dict(
            company="O'Reilly & Daughters Funeral Directors",
            contact="Margaret O'Reilly",
            role="Funeral Arranger",
            stage="application",
            date="2026-11-03",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-txt-taleo-body-location-6mo-database",
        kind="txt",
        body="""Thank you for your interest in Requisition 2604417 - Maintenance Planner - Brampton, ON.

We wish to inform you that this position has now been filled. Your candidate profile will remain in our database for 6 months, and we will contact you should a suitable opportunity become available.

Best regards,

Norvale Packaging Canada Ltd.
Human Resources

Norvale Packaging welcomes and encourages applications from people with disabilities. Accommodations are available on request for candidates taking part in all aspects of the selection process.
""",
        expect=dict(
            company="Norvale Packaging Canada Ltd.",
            contact="",
            role="Maintenance Planner",
            stage=None,
            date=None,
            reapply_after="2027-05-26",
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-ashby-reply-to-recruiter-rosewater",
        kind="eml",
        sender="Rosewater Recruiting <no-reply@ashbyhq.com>",
        subject="Following up: Customer Success Manager, Enterprise",
        date="Wed, 25 Nov 2026 18:07:55 -0500",
        reply_to="jordan.beck@rosewater.so",
        body="""Hi Emeka,

Thanks again for taking the time to chat on our video screen last week, and for your patience while we finished up interviews.

We've decided to move forward with other candidates for the Customer Success Manager, Enterprise role. The team is specifically looking for someone who has managed renewals for seven-figure accounts.

I appreciate you considering Rosewater and hope our paths cross again.

Jordan Beck (he/him)
Recruiter, Rosewater
""",
        expect=dict(
            company="Rosewater",
            contact="Jordan Beck",
            role="Customer Success Manager, Enterprise",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-gmail-case-interview-team-label",
        kind="txt",
        body="""Halloran Strategy Group - Consultant application
Inbox

Halloran Recruiting <recruiting@halloranstrategy.com>
Thu, Nov 19, 2026, 9:00 AM
to me

Dear Siddharth,

Thank you for participating in the first-round case interviews for the Consultant position at Halloran Strategy Group.

After careful consideration of the interviewers' evaluations, we regret that we are unable to invite you to the final round of our process. Given the number of candidates, we are not able to provide individual feedback.

We appreciate your interest in Halloran and wish you success in your career.

Best regards,

Campus & Experienced Recruiting — North America
Halloran Strategy Group
""",
        expect=dict(
            company="Halloran Strategy Group",
            contact="",
            role="Consultant",
            stage="technical",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="f3-outlook-sender-name-only-moss-marlow",
        kind="txt",
        body="""From: Moss & Marlow <hello@mossandmarlow.studio>
Sent: Thursday, November 12, 2026 10:05 AM
To: Gemma Lawson
Subject: Office Manager

Hi Gemma,

Thank you for applying for our Office Manager role. We had so many lovely applications, and we're sorry to say we won't be inviting you to interview this time.

Thanks for wanting to be part of the studio, and take care.

The studio team
""",
        expect=dict(
            company="Moss & Marlow",
            contact="",
            role="Office Manager",
            stage="application",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
