"""Writer V4, batch 02: extra rejection emails (hospitals, transit, councils, retail, logistics; de/fr/es)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="v02-de-klinikum-hospitationstag",
        kind="txt",
        body="""Von: Personalabteilung Städtisches Klinikum Lindenau <bewerbung@klinikum-lindenau.de>
Gesendet: Dienstag, 17. November 2026 11:02
An: Yıldız, Elif
Betreff: Ihre Bewerbung - Pflegefachkraft Intensivstation (m/w/d) - Kennziffer 2026-148

Sehr geehrte Frau Yıldız,

herzlichen Dank, dass Sie sich am 12. November die Zeit für einen Hospitationstag auf unserer interdisziplinären Intensivstation genommen haben. Das Team hat den Austausch mit Ihnen sehr geschätzt.

Nach Rücksprache mit der Stationsleitung und der Pflegedirektion müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.

Ihre Bewerbungsunterlagen werden nach Abschluss des Verfahrens gemäß den datenschutzrechtlichen Bestimmungen gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Ihre Personalabteilung
Städtisches Klinikum Lindenau gGmbH
Akademisches Lehrkrankenhaus
""",
        expect=dict(
            company="Städtisches Klinikum Lindenau gGmbH",
            contact="",
            role="Pflegefachkraft Intensivstation",
            stage="technical",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v02-fr-teamtailor-belcourt-echange-tel",
        kind="eml",
        sender="Camille Nguyen-Roux <notifications@teamtailor-mail.com>",
        subject="Votre candidature chez Maisons Belcourt",
        date="Thu, 19 Nov 2026 14:27:10 +0100",
        reply_to="camille.nguyen-roux@belcourt.fr",
        encoding="base64",
        charset="windows-1252",
        body="""Bonjour Julien,

Je vous remercie encore pour notre échange téléphonique de lundi concernant le poste de Responsable de rayon pour notre magasin de Villeneuve-d'Ascq.

Après réflexion, nous avons décidé de ne pas poursuivre le processus avec vous : nous avons retenu des profils disposant d'une expérience plus longue du management d'équipe en grande surface. Vous ne serez donc pas convié à l'entretien en magasin avec la direction.

Avec votre accord, nous conservons votre candidature dans notre vivier pendant deux ans, conformément à notre politique de protection des données, afin de pouvoir vous recontacter si un poste correspondant à votre profil se libère.

Je vous souhaite une belle continuation.

Bien cordialement,

Camille Nguyen-Roux
Chargée de recrutement – Région Hauts-de-France
Maisons Belcourt SA
""",
        expect=dict(
            company="Maisons Belcourt SA",
            contact="Camille Nguyen-Roux",
            role="Responsable de rayon",
            stage="phone_screen",
            date="2026-11-19",
            reapply_after="2028-11-19",
            feedback_invited=False,
        ),
    ),
    dict(
        id="v02-es-hospital-baremacion",
        kind="txt",
        body="""Estimado/a Sr./Sra. Ortega Blanco:

Le agradecemos su participación en el proceso de selección para la cobertura temporal de una plaza de Técnico/a Superior en Documentación Sanitaria en el Hospital Universitario Virgen de Aldaraz.

Una vez revisada la documentación aportada y realizada la baremación de méritos por la comisión de selección, le comunicamos que su candidatura no ha sido seleccionada para pasar a la fase de entrevista.

La lista provisional de puntuaciones está publicada en el tablón de anuncios y en la web del hospital. Para cualquier duda sobre su puntuación puede escribirnos a seleccion.hvaldaraz@salud-ejemplo.es.

Atentamente,

Servicio de Recursos Humanos - Unidad de Selección
Hospital Universitario Virgen de Aldaraz
""",
        expect=dict(
            company="Hospital Universitario Virgen de Aldaraz",
            contact="",
            role="Técnico/a Superior en Documentación Sanitaria",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v02-lever-tidewater-offer-consolidation",
        kind="eml",
        sender="Tidewater Parcel <no-reply@hire.lever.co>",
        subject="Regarding your offer for Regional Network Planner",
        date="Mon, 23 Nov 2026 11:15:44 -0500",
        reply_to="marisol.quintanilla@tidewaterparcel.com",
        body="""Hi Devon,

Thank you again for accepting our offer for the Regional Network Planner position earlier this month. I'm writing with news I hoped I wouldn't have to share.

Following a review of our 2027 network plan, leadership has decided to consolidate regional planning into our Memphis hub, and the Atlanta-based planning roles - including the one you accepted - will not be going ahead. This means we are unfortunately unable to move forward with your employment, and your January 4 start date will not proceed.

We understand the disruption this causes and, as a goodwill gesture, we'd like to offer you two weeks of base pay. Our People team will follow up separately with the details.

I'm available to speak any time this week if you have questions.

Sincerely,
Marisol Quintanilla
Director, Talent Acquisition
Tidewater Parcel Co.
""",
        expect=dict(
            company="Tidewater Parcel Co.",
            contact="Marisol Quintanilla",
            role="Regional Network Planner",
            stage="offer",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v02-workable-oakhurst-showreel",
        kind="txt",
        body="""Oakhurst Home <jobs@oakhursthome.workablemail.com>
Wed, Nov 18, 2026, 10:09 AM
to me

Hi Ren,

Thanks for sending over your showreel and the links to your Behance case studies for the Motion Designer role in our Brand Studio.

Our creative leads have been through every reel we received. While there's a lot to like in your work, we're looking for someone with more experience in short-form product animation for social, so we won't be inviting you to an interview this time.

Thanks again for sharing your work with us.

Oakhurst Home Brand Studio
""",
        expect=dict(
            company="Oakhurst Home",
            contact="",
            role="Motion Designer",
            stage="portfolio",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v02-bamboohr-pellworth-two-liner",
        kind="eml",
        sender="Pellworth Dental Group <notifications@app.bamboohr.com>",
        subject="Front Desk Coordinator at Pellworth Dental Group",
        date="Fri, 13 Nov 2026 09:30:00 -0700",
        body="""Hi Casey,

Thanks for your interest. We've decided to go with other candidates for now.

Maria
""",
        expect=dict(
            company="Pellworth Dental Group",
            contact="Maria",
            role="Front Desk Coordinator",
            stage=None,
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v02-kestrelbay-references",
        kind="txt",
        body="""From: Nwachukwu-Hart, Adaeze <a.nwachukwu-hart@kestrelbay.ac.uk>
Sent: Wednesday, 25 November 2026 17:30
To: Tomasz Wrobel
Cc: RSE Recruitment
Subject: RE: Research Software Engineer (Grade 7) - REF 11207

Dear Tomasz,

Thank you for your patience while we completed the reference stage for the Research Software Engineer post. I'm sorry it has taken longer than we said it would.

I'm afraid that, having taken everything into account, we have decided to appoint another candidate. You were one of two people we took to references, and the panel's view of your interview and technical presentation was very positive.

I would be happy to talk you through the panel's comments if that would help - just let me know a time that suits.

Best wishes,

Prof. Adaeze Nwachukwu-Hart
Head, Research Software Group
Digital Research Services | University of Kestrel Bay
""",
        expect=dict(
            company="University of Kestrel Bay",
            contact="Adaeze Nwachukwu-Hart",
            role="Research Software Engineer",
            stage="final",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v02-ashby-carrow-take-home",
        kind="eml",
        sender="Carrow & Finch <no-reply@ashbyhq.com>",
        subject="Your Carrow & Finch take-home",
        date="Tue, 10 Nov 2026 23:58:00 -0800",
        reply_to="talent@carrowandfinch.com",
        html_only=True,
        body="""Hi Sol,

Thank you for the time you put into the take-home exercise for the Senior Frontend Engineer role on our Digital Commerce team. Two of our engineers reviewed your submission against the same rubric we use for every candidate.

We've decided not to move forward to the final round. The reviewers liked your component structure, but felt the checkout state handling and the test coverage weren't quite at the level we need for this role.

If you'd like the written notes from the review, reply to this email and we'll send them over.

Best,
Iolanthe Barros
Engineering Recruiting, Carrow & Finch
""",
        expect=dict(
            company="Carrow & Finch",
            contact="Iolanthe Barros",
            role="Senior Frontend Engineer",
            stage="technical",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v02-agency-halverson-subject-only",
        kind="eml",
        sender="Gareth Pye <gareth@kestrelsearch.co.uk>",
        subject="Halverson Cold Chain - Transport Manager (Avonmouth) - outcome",
        date="Thu, 26 Nov 2026 08:12:00 +0000",
        body="""Morning Lewis,

I spoke to Ian this morning after your final with him and the Ops Director on Tuesday. Sadly they've gone with the other candidate - someone who'd run a chilled fleet of a similar size, which tipped it in the end.

Ian asked me to pass on that he thought you interviewed really well and he'd be keen to hear from you again if anything comes up on the ambient side next year.

Give me a ring when you're free and I'll take you through his notes properly.

Gareth

Gareth Pye
Director | Kestrel Search Partners
Supply Chain & Logistics Recruitment
""",
        expect=dict(
            company="Halverson Cold Chain",
            contact="Gareth Pye",
            role="Transport Manager",
            stage="final",
            date="2026-11-26",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="v02-port-authority-vacancy-withdrawn",
        kind="txt",
        body="""Subject: Procurement Officer - Ref PO/26/31

Dear Ms Okafor,

We are writing to let you know that, following a review of departmental budgets, the Procurement Officer vacancy (Ref PO/26/31) has been withdrawn and will not be filled at this time. We apologise for any inconvenience.

Thank you for your interest in working with the Port of Saltmarsh Authority.

Yours faithfully,

Gwen Adebayo-Price
HR Business Partner
Port of Saltmarsh Authority
""",
        expect=dict(
            company="Port of Saltmarsh Authority",
            contact="Gwen Adebayo-Price",
            role="Procurement Officer",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v02-brightwell-90-days",
        kind="eml",
        sender="Brightwell Market Careers <careers@brightwellmarket.com>",
        subject="Pharmacy Technician - Store #0417",
        date="Mon, 16 Nov 2026 13:00:00 -0600",
        html=True,
        body="""Hi Jordan,

Thanks for applying to be a Pharmacy Technician with Brightwell Market. We've looked over your application and, for now, we'll be moving ahead with other applicants for this opening.

Good to know: you can apply again for the same position after 90 days. In the meantime you're welcome to apply for any other role at Brightwell Market that catches your eye.

Take care,
Shawna Little Elk
Talent Acquisition - Central Region
Brightwell Market

Brightwell Market is an Equal Opportunity Employer
""",
        expect=dict(
            company="Brightwell Market",
            contact="Shawna Little Elk",
            role="Pharmacy Technician",
            stage="application",
            date="2026-11-16",
            reapply_after="2027-02-14",
            feedback_invited=False,
        ),
    ),
    dict(
        id="v02-transit-phone-screens",
        kind="txt",
        body="""From: VENKATARAMAN, RAHUL <rvenkataraman@gota.gov>
Sent: Tuesday, November 24, 2026 4:51 PM
To: 'Ashley Monroe'
Subject: Scheduling Analyst II - Posting 26-1187

Ashley,

Thanks for taking my call on Monday and walking me through your background. After reviewing all of the phone screens with the hiring manager, we will not be scheduling you for the panel interview for this posting.

Please continue to check our employment page, as we post new positions every Friday.

Regards,

Rahul Venkataraman
Talent Acquisition Specialist
Greater Ostrow Transit Authority
"Moving Ostrow Forward"
""",
        expect=dict(
            company="Greater Ostrow Transit Authority",
            contact="Rahul Venkataraman",
            role="Scheduling Analyst II",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v02-lumen-loom-html-none",
        kind="eml",
        sender="Lumen & Loom <hello@lumenandloom.com>",
        subject="An update from Lumen & Loom ✨",
        date="Sun, 15 Nov 2026 12:00:00 +0000",
        html_only=True,
        body="""Hey Frankie!

Thank you so much for your interest in the Visual Merchandiser role at our Carnaby Street flagship. 💛

We were so lucky to hear from so many talented people, and unfortunately this time it's not a match.

Keep an eye on our socials for future openings - and keep shining!

Love,
Ines & the Lumen & Loom People Team

Lumen & Loom Ltd · 14 Kingly Court, London W1B 5PW
You're receiving this because you expressed interest in a role at Lumen & Loom. Unsubscribe
""",
        expect=dict(
            company="Lumen & Loom",
            contact="Ines",
            role="Visual Merchandiser",
            stage=None,
            date="2026-11-15",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v02-council-forward-shortlisting",
        kind="txt",
        body="""sigh. another one for the spreadsheet

---------- Forwarded message ---------
From: Hollowmere County Council Recruitment <noreply@hollowmere.gov.uk>
Date: Fri, Nov 13, 2026 at 4:05 PM
Subject: Application outcome: Environmental Health Officer (HCC-EH-0292)
To: <p.adeyemi@gmail.com>


Dear Mr Adeyemi

Thank you for your application for the post of Environmental Health Officer.

The shortlisting panel has now assessed all applications against the essential and desirable criteria in the person specification. I regret to inform you that on this occasion you have not been shortlisted for interview.

Due to the high volume of applications we are unable to give individual feedback at the shortlisting stage.

Yours sincerely

Recruitment Officer
Hollowmere County Council
""",
        expect=dict(
            company="Hollowmere County Council",
            contact="",
            role="Environmental Health Officer",
            stage="application",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="v02-riverside-transcription-test",
        kind="txt",
        body="""Dear Ms. Farouk,

Thank you for attending the assessment session at Riverside Memorial Hospital on November 19 for the Medical Secretary (Cardiology) position. As explained on the day, shortlisted candidates complete a typing test and an audio transcription exercise before interview.

Unfortunately your score on the transcription exercise was below the benchmark for this post, so we will not be able to invite you to interview.

You are welcome to reapply for secretarial vacancies after six months, when you can retake the assessment.

Yours sincerely,

Theodora Vance-Mbeki
Administrative Services Manager
Riverside Memorial Hospital
""",
        expect=dict(
            company="Riverside Memorial Hospital",
            contact="Theodora Vance-Mbeki",
            role="Medical Secretary",
            stage="technical",
            date=None,
            reapply_after="2027-05-26",
            feedback_invited=False,
        ),
    ),
]
