"""Writer Y3, batch 01: extra hand-labelled rejection emails (eml and pasted, mixed languages)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="y01-ashby-takehome-deptline",
        kind="eml",
        sender="Brightwater Analytics Careers <no-reply@ashbyhq.com>",
        subject="Your Data Engineer II application",
        date="Mon, 23 Nov 2026 23:41:07 -0800",
        reply_to="priya.ramanholt@brightwater-analytics.com",
        body="""Hi Noor,

Thank you for the time you put into the take-home exercise last week. I know a
pipeline-design task over a weekend is a real ask, and the team could tell you
took it seriously.

After reviewing the submissions, we've decided not to move forward with your
candidacy for the Data Engineer II role. The reviewers felt the orchestration
part was strong but wanted to see more depth on data quality checks and on how
you'd handle late-arriving events.

If it would help, I'm glad to share the reviewers' written notes on your
submission, just reply to this email and I'll send them across.

Wishing you the best with the search,

Priya Raman-Holt
Senior Technical Recruiter
People & Talent
Brightwater Analytics, Inc.
""",
        expect=dict(
            company="Brightwater Analytics",
            contact="Priya Raman-Holt",
            role="Data Engineer II",
            stage="technical",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y01-de-werkstudent-team",
        kind="txt",
        body="""Ihre Bewerbung als Werkstudent Controlling (m/w/d)

Sehr geehrte Frau Yilmaz,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Hafenkraft Logistik GmbH.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person oder Qualifikation, sondern ergibt sich aus dem Vergleich mit dem Anforderungsprofil der Stelle.

Mit Ihrem Einverständnis speichern wir Ihre Bewerbungsunterlagen für 6 Monate in unserem Talentpool und melden uns, falls eine passende Position frei wird.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Hafenkraft Logistik GmbH

Am Kaiserkai 41 · 20457 Hamburg
Geschäftsführer: Jens Albrecht, Dr. Sabine Kohl · Amtsgericht Hamburg HRB 118734

Diese E-Mail wurde automatisch über Personio versendet. Bitte antworten Sie nicht auf diese Nachricht.
""",
        expect=dict(
            company="Hafenkraft Logistik GmbH",
            contact="",
            role="Werkstudent Controlling",
            stage="application",
            date=None,
            reapply_after="2027-05-26",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y01-agency-client-final",
        kind="eml",
        sender="Tom Ferreira <tom.ferreira@harpervale.co.uk>",
        subject="Mossgiel Foods - Finance Business Partner",
        date="Wed, 25 Nov 2026 17:02:33 +0000",
        body="""Hi Callum,

I've just come off the phone with Mossgiel Foods about the Finance Business
Partner role and unfortunately it's not good news this time.

They really liked you at the second and final interview at their Leith office,
and it was genuinely close between you and one other candidate. In the end they
went with the person who had run a full budgeting cycle in FMCG before.

I've got some detailed points from their Head of Finance that I think will be
useful for your next interviews. Give me a ring whenever suits and I'll talk
you through it.

I'll keep you in mind for anything similar coming through our desk.

Cheers,
Tom

Tom Ferreira
Principal Consultant, Finance & Accounting
Harper & Vale Recruitment
0131 496 0722 | harpervale.co.uk
""",
        expect=dict(
            company="Mossgiel Foods",
            contact="Tom Ferreira",
            role="Finance Business Partner",
            stage="final",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y01-gmail-lawfirm-inbox",
        kind="txt",
        body="""Your application – Trainee Solicitor, 2028 intake
Inbox

Rook, Pell & Asher Graduate Recruitment <graduates@rookpell.com>
Tue, Nov 17, 2026, 4:15 PM
to me

Dear Hannah,

Thank you for applying for a Training Contract with Rook, Pell & Asher LLP and for completing our online assessments (the critical thinking test and the situational judgement questionnaire).

We received a very large number of applications this year and, having reviewed your assessment results alongside your written answers, we regret that we will not be progressing your application to the next stage.

Due to the volume of applications we are unable to provide individual feedback.

We wish you every success in your legal career.

Kind regards,

Graduate Recruitment Team
Rook, Pell & Asher LLP

Rook, Pell & Asher LLP is a limited liability partnership registered in England and Wales (OC318842) and is authorised and regulated by the Solicitors Regulation Authority.
""",
        expect=dict(
            company="Rook, Pell & Asher LLP",
            contact="",
            role="Trainee Solicitor",
            stage="technical",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y01-fr-teamtailor-brand",
        kind="eml",
        sender="Maison Lumen <notifications@teamtailor-mail.com>",
        subject="Votre candidature – Chargé(e) de communication digitale",
        date="Fri, 20 Nov 2026 11:18:52 +0100",
        reply_to="c.rousseldubois@maisonlumen.fr",
        html=True,
        encoding="quoted-printable",
        body="""Bonjour Inès,

Je vous remercie encore pour notre échange téléphonique de mardi dernier au sujet du poste de Chargé(e) de communication digitale.

Après réflexion, nous avons choisi de poursuivre le processus avec une autre candidate dont l'expérience en gestion de campagnes d'influence correspond davantage à nos besoins immédiats.

Si vous souhaitez un retour plus détaillé sur notre entretien, n'hésitez pas à me répondre directement : je prendrai volontiers dix minutes pour en parler avec vous.

Belle continuation,

Camille Roussel-Dubois
Responsable Talent & Culture
Maison Lumen – une marque du Groupe Arvel
12 rue des Tanneurs, 69002 Lyon
""",
        expect=dict(
            company="Maison Lumen",
            contact="Camille Roussel-Dubois",
            role="Chargé(e) de communication digitale",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y01-outlook-nhs-jobtitle-sig",
        kind="txt",
        body="""From: NHS Jobs <noreply@jobs.nhs.uk>
Sent: 19 November 2026 11:02
To: Olusegun Adeyemi
Subject: Outcome of your interview - Band 6 Physiotherapist (Ref 291-RB-4471)

Dear Olusegun Adeyemi,

Job reference: 291-RB-4471
Job title: Band 6 Physiotherapist
Employer: St Aldric's University Hospital NHS Foundation Trust

Thank you for attending the interview panel on 12 November 2026. The panel were impressed by your clinical reasoning; however, on this occasion you have not been successful.

If you would like feedback on your interview, please contact the recruiting manager, Sarah Bello, Clinical Lead MSK Outpatients, on 0161 555 0148, who will be happy to discuss it with you.

Thank you for your interest in working for the Trust.

Yours sincerely

Recruitment Officer
Workforce Services
St Aldric's University Hospital NHS Foundation Trust

Please do not reply to this message. This mailbox is not monitored.
""",
        expect=dict(
            company="St Aldric's University Hospital NHS Foundation Trust",
            contact="",
            role="Band 6 Physiotherapist",
            stage="final",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y01-es-workday-90dias",
        kind="eml",
        sender="Telvia Soluciones <telvia@myworkday.com>",
        subject="Actualización sobre tu candidatura",
        date="Fri, 20 Nov 2026 08:30:00 +0100",
        encoding="base64",
        body="""Hola Marta:

Gracias por tu interés en Telvia Soluciones, S.L. y por postularte a la vacante de Analista Sénior de Riesgo de Crédito (Madrid, híbrido – Req. R-20931).

Tras revisar detenidamente tu candidatura, hemos decidido continuar con otros perfiles que se ajustan más a los requisitos del puesto en este momento.

Podrás volver a postularte a esta misma posición transcurridos 90 días desde la fecha de este mensaje. Mientras tanto, te animamos a consultar otras ofertas en nuestro portal de empleo.

Un saludo,

Equipo de Selección
Telvia Soluciones, S.L.

Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.
""",
        expect=dict(
            company="Telvia Soluciones, S.L.",
            contact="",
            role="Analista Sénior de Riesgo de Crédito",
            stage="application",
            date="2026-11-20",
            reapply_after="2027-02-18",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y01-subject-only-onsite-note",
        kind="eml",
        sender="Devika Anand <devika@kestrelrobotics.io>",
        subject="Kestrel Robotics – Controls Engineer",
        date="Mon, 16 Nov 2026 18:47:10 -0700",
        body="""Hi Sam,

Thanks again for spending Thursday afternoon with us onsite and meeting the whole team. Everyone enjoyed the whiteboard session.

We've decided to go with another candidate whose background is closer to the motor control work we need right now. It was a hard call.

Happy to jump on a call if you'd like to hear more about how we decided.

Dev
""",
        expect=dict(
            company="Kestrel Robotics",
            contact="Devika Anand",
            role="Controls Engineer",
            stage="final",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y01-nl-meeloopdag-phone",
        kind="txt",
        body="""Van: Marieke van den Berg <m.vandenberg@noordlichtzorg.nl>
Verzonden: maandag 16 november 2026 14:22
Aan: Daan Visser
Onderwerp: Sollicitatie IC-verpleegkundige

Hoi Daan,

Nogmaals bedankt voor je inzet tijdens de meeloopdag op onze intensive care afgelopen donderdag. Het team vond het prettig om met je samen te werken.

Toch hebben we besloten om niet met je verder te gaan voor de functie van IC-verpleegkundige. We zoeken op dit moment iemand met meer ervaring met beademingszorg bij kinderen.

Mocht je een toelichting willen, bel me gerust op 050 555 3817. Ik licht het graag toe.

Met vriendelijke groet,

Marieke van den Berg
Teamleider Intensive Care
Noordlicht Zorg

Verzonden vanaf mijn iPhone
""",
        expect=dict(
            company="Noordlicht Zorg",
            contact="Marieke van den Berg",
            role="IC-verpleegkundige",
            stage="technical",
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y01-lever-portfolio-ampersand",
        kind="eml",
        sender="Lena Okonkwo <no-reply@hire.lever.co>",
        subject="Fig & Thistle: Senior Product Designer, Checkout",
        date="Thu, 12 Nov 2026 13:05:44 -0500",
        html=True,
        body="""Hi Rafael,

Thank you for applying to the Senior Product Designer, Checkout role at Fig & Thistle, and for sharing your portfolio with us.

Our design team spent time with the case studies you sent, especially the subscription onboarding work. For this particular role we're looking for deeper experience with payments and fraud flows, so we won't be moving ahead to interviews.

We'd really like to see you apply again in 6 months, once our next round of design hiring opens.

All the best,
Lena Okonkwo
Design Recruiting Lead, Fig & Thistle
""",
        expect=dict(
            company="Fig & Thistle",
            contact="Lena Okonkwo",
            role="Senior Product Designer, Checkout",
            stage="portfolio",
            date="2026-11-12",
            reapply_after="2027-05-12",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y01-bakery-offer-withdrawn",
        kind="txt",
        body="""Hi Alex,

I'm really sorry to be writing this one.

Last Friday we offered you the Head Baker job and I know you were planning to hand in your notice. This week we lost the wholesale contract with the café chain that was the whole reason we were expanding the early shift, and we simply can't afford the new post any more. So I have to withdraw the offer. I hate doing it.

If you want to talk it over, or if a reference from me would help with anything else, call me any time on 07700 900 412.

Ruth Geraghty
Owner, Hollow Oak Bakehouse
""",
        expect=dict(
            company="Hollow Oak Bakehouse",
            contact="Ruth Geraghty",
            role="Head Baker",
            stage="offer",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y01-smartrecruiters-sig-only",
        kind="txt",
        body="""Update on your application
Recruiting <noreply@smartrecruiters.com>
Wed 11/18/2026 9:40 AM

Hello Jasmine,

Thank you for completing the technical interview for the Backend Engineer (Go) position. We appreciated the time you spent walking us through your approach to the rate-limiter problem.

After careful consideration, the hiring team has decided to move forward with candidates whose experience more closely matches our needs for this position.

We will not be able to share individual feedback, but we encourage you to keep an eye on our careers page.

Best regards,

Federica Lanzi
Talent Acquisition Specialist
VentoBlu S.p.A.
""",
        expect=dict(
            company="VentoBlu S.p.A.",
            contact="Federica Lanzi",
            role="Backend Engineer (Go)",
            stage="technical",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y01-apple-fwd-university-panel",
        kind="txt",
        body="""Ugh. Forwarding so I have it in one place.

Begin forwarded message:

From: "Mbeki, Helen (Dr)" <h.mbeki@westmarch.ac.uk>
Subject: Research Software Engineer – outcome
Date: November 10, 2026 at 9:14:22 AM GMT
To: Kwame Boateng <kwame.boateng@fastmail.com>

Dear Kwame,

Thank you for coming in to meet the panel for the Research Software Engineer post in the Institute for Climate Modelling last Thursday, and for the short talk on your testing framework.

I'm sorry to say that the panel has offered the post to another candidate. It was a strong field and your presentation was very well received.

I would be glad to give you feedback by phone or over a coffee if that would be useful. Just let me know a time that suits.

With best wishes,

Dr Helen Mbeki
Director, Research Software Group
University of Westmarch
""",
        expect=dict(
            company="University of Westmarch",
            contact="Helen Mbeki",
            role="Research Software Engineer",
            stage="final",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y01-icims-filled-eoe",
        kind="eml",
        sender="Corvane Careers <careers@corvane-systems.icims.com>",
        subject="IT Support Analyst, Level 2",
        date="Tue, 24 Nov 2026 06:15:03 -0600",
        html_only=True,
        body="""<html><body>
<p>Dear Applicant,</p>
<p>We are writing to let you know that the <b>IT Support Analyst, Level 2</b> position (Req #4471-IT) has now been filled.</p>
<p>We appreciate your interest in Corvane Systems Ltd. and encourage you to visit our careers site for future openings.</p>
<p>Sincerely,</p>
<p>Corvane Systems Ltd.<br>
Equal Opportunity Employer<br>
Minorities/Women/Veterans/Disabled</p>
<p style="font-size:10px;color:#888">This is an automated message from an unmonitored mailbox. Powered by iCIMS.</p>
</body></html>
""",
        expect=dict(
            company="Corvane Systems Ltd.",
            contact="",
            role="IT Support Analyst, Level 2",
            stage=None,
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y01-gmail-primary-workable-12mo",
        kind="txt",
        body="""Primary

Field Service Technician – update
Chiamaka Okafor (via Workable) <notifications@workablemail.com>
Mon, Nov 9, 2026, 10:31 AM
to me

Hi Stefan,

Thanks for taking my call on Friday and for walking me through your wind-turbine maintenance experience.

We've now finished the phone screens for the Field Service Technician role and I'm sorry to say we won't be moving you forward to the next stage. The hiring manager has prioritised candidates who already hold the GWO Working at Heights certificate.

We'll keep your CV on file for 12 months and reach out if something suitable opens up.

Best,
Chiamaka Okafor
Recruiter
Lumen Grid Energy
""",
        expect=dict(
            company="Lumen Grid Energy",
            contact="Chiamaka Okafor",
            role="Field Service Technician",
            stage="phone_screen",
            date="2026-11-09",
            reapply_after="2027-11-09",
            feedback_invited=False,
        ),
    ),
]
