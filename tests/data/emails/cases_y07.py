"""Writer Y3, batch 07: extra hand-labelled rejection emails (eml and pasted, mixed languages)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="y07-de-softgarden-telefoninterview-12m",
        kind="eml",
        sender="Brenner & Voss Karriere <noreply@softgarden.io>",
        subject="Ihre Bewerbung bei Brenner & Voss",
        date="Fri, 20 Nov 2026 09:14:56 +0100",
        encoding="base64",
        body="""Sehr geehrter Herr Schulte,

vielen Dank für das angenehme Telefoninterview und Ihr Interesse an der Position Senior Projektmanager Medizinprodukte (w/m/d).

Nach Abschluss aller Gespräche haben wir uns dazu entschieden, mit anderen Kandidat*innen in die nächste Runde zu gehen, deren Erfahrung mit der MDR-Zulassung von Klasse-III-Produkten noch besser zu unseren Anforderungen passt.

Gerne können Sie sich in 12 Monaten erneut bei uns bewerben.

Mit freundlichen Grüßen

Ihr Talent Acquisition Team
Brenner & Voss Medizintechnik GmbH
Sitz der Gesellschaft: Tuttlingen · Registergericht Stuttgart HRB 734512
""",
        expect=dict(
            company="Brenner & Voss Medizintechnik GmbH",
            contact="",
            role="Senior Projektmanager Medizinprodukte",
            stage="phone_screen",
            date="2026-11-20",
            reapply_after="2027-11-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y07-fr-gmail-fiches-de-lecture",
        kind="txt",
        body="""Boîte de réception

Candidature – Assistant(e) d'édition
Sophie Lambert-Nguyen <s.lambertnguyen@editionsduphare.fr>
jeu. 19 nov. 2026, 14:37
À moi

Chère Manon,

Merci beaucoup pour les trois fiches de lecture que vous nous avez envoyées dans le cadre de votre candidature au poste d'Assistant(e) d'édition. Nous les avons lues avec beaucoup d'attention.

Nous avons finalement choisi de ne pas vous proposer d'entretien : nous recherchons un profil plus à l'aise avec la littérature jeunesse, qui représente l'essentiel de notre catalogue.

Si vous le souhaitez, je serais ravie d'échanger avec vous sur vos fiches, qui avaient de vraies qualités.

Bien à vous,

Sophie Lambert-Nguyen
Directrice éditoriale
Éditions du Phare
""",
        expect=dict(
            company="Éditions du Phare",
            contact="Sophie Lambert-Nguyen",
            role="Assistant(e) d'édition",
            stage="portfolio",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y07-es-oferta-retirada-hotel",
        kind="eml",
        sender="Íñigo Etxeberria <inigo.etxeberria@hotelesmareaazul.es>",
        subject="Sobre tu incorporación como Jefe/a de Recepción",
        date="Mon, 23 Nov 2026 20:03:11 +0100",
        encoding="quoted-printable",
        body="""Hola Claudia:

Te escribo personalmente porque no quería que te enteraras de otra manera. La propiedad del Hotel Marea Azul Donostia ha decidido cerrar el establecimiento por reformas durante toda la temporada de invierno, y eso nos obliga a retirar la oferta de Jefe/a de Recepción que te hicimos el día 10.

Sé que ya habías hablado con tu empresa actual y lo siento muchísimo.

Si quieres, llámame cuando puedas y lo hablamos con calma; me encantaría contar contigo para la reapertura.

Un abrazo,

Íñigo Etxeberria
Director de Recursos Humanos
Hoteles Marea Azul
""",
        expect=dict(
            company="Hoteles Marea Azul",
            contact="Íñigo Etxeberria",
            role="Jefe/a de Recepción",
            stage="offer",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y07-nl-medior-opdracht-tussenvoegsel",
        kind="txt",
        body="""Hi Ruben,

Dank je wel voor de tijd die je in de technische opdracht hebt gestoken voor de rol van Medior Backend Developer bij Fietsfabriek Oranje. We hebben je code met twee developers doorgenomen.

We hebben besloten om je niet uit te nodigen voor de volgende ronde. De API zag er netjes uit, maar we misten tests en een onderbouwing van je keuzes in de README.

Ik licht het graag toe in een kort belletje, laat maar weten wanneer het je uitkomt.

Groetjes,
Joost van der Linden-de Boer
Engineering Manager
Fietsfabriek Oranje B.V.
""",
        expect=dict(
            company="Fietsfabriek Oranje B.V.",
            contact="Joost van der Linden-de Boer",
            role="Medior Backend Developer",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y07-agency-team-for-client-cv",
        kind="eml",
        sender="Hadley Search <candidates@hadleysearch.co.uk>",
        subject="Your application - B1 Licensed Aircraft Engineer",
        date="Wed, 11 Nov 2026 15:30:20 +0000",
        body="""Dear Mohammed,

Thank you for your application for the B1 Licensed Aircraft Engineer vacancy we are recruiting for on behalf of our client, Corbel Aviation Services, at their East Midlands base.

Your CV was reviewed by our client, who have decided not to take your application any further as they require current type ratings on the ATR 72.

We will keep your details on our database and contact you about suitable roles.

Kind regards,

The Aviation Team
Hadley Search Ltd
""",
        expect=dict(
            company="Corbel Aviation Services",
            contact="",
            role="B1 Licensed Aircraft Engineer",
            stage="application",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y07-outlook-caution-banner-panel",
        kind="txt",
        body="""From: Ortiz-Reyes, Maribel <maribel.ortiz-reyes@cascadiachildrens.org>
Sent: Wednesday, November 25, 2026 4:48 PM
To: Hannah Kim
Subject: Clinical Dietitian II - Interview Follow-up

CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender.

Hi Hannah,

Thank you for meeting with our panel on Monday for the Clinical Dietitian II position. The team appreciated your insight into feeding plans for medically complex kids.

After much consideration, we have extended an offer to another candidate who has NICU experience.

We are unable to provide individual interview feedback, but we hope you will consider applying to future openings.

Warmly,

Maribel Ortiz-Reyes, MS, RD (she/her)
Manager, Clinical Nutrition
Cascadia Children's Hospital
206-555-0136
""",
        expect=dict(
            company="Cascadia Children's Hospital",
            contact="Maribel Ortiz-Reyes",
            role="Clinical Dietitian II",
            stage="final",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y07-recruitee-coding-challenge-6mo",
        kind="eml",
        sender="Gleis 9 Mobility <jobs@gleis9.recruitee.com>",
        subject="Frontend Engineer (React) - next steps",
        date="Mon, 16 Nov 2026 11:02:33 +0100",
        html=True,
        body="""Hey Aditi,

Thank you for taking on our coding challenge for the Frontend Engineer (React) position. We know take-home tasks take time and we don't take that for granted.

Our engineers reviewed your solution and decided not to continue with your application. They liked the component structure, but the booking flow had a few bugs with time zones that we'd expect to be caught at this level.

We'd be happy to see your application again in 6 months.

Cheers,
Felix Auer
Tech Recruiting, Gleis 9 Mobility GmbH
""",
        expect=dict(
            company="Gleis 9 Mobility GmbH",
            contact="Felix Auer",
            role="Frontend Engineer (React)",
            stage="technical",
            date="2026-11-16",
            reapply_after="2027-05-16",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y07-india-plant-head-cooling-off",
        kind="txt",
        body="""Dear Candidate,

Greetings from Sarvam Textiles!

Thank you for attending the final round of interview with our Plant Head at our Tiruppur unit for the post of Assistant Manager - Operations.

We regret to inform you that we are unable to take your candidature forward at this time. You may apply again after a cooling-off period of 6 months.

We wish you all the best in your career.

Warm regards,
HR Team
Sarvam Textiles Pvt. Ltd.
CIN: U17111TZ2009PTC015678
""",
        expect=dict(
            company="Sarvam Textiles Pvt. Ltd.",
            contact="",
            role="Assistant Manager - Operations",
            stage="final",
            date=None,
            reapply_after="2027-05-26",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y07-ashby-swe2-perception",
        kind="eml",
        sender="Mei-Ling Chou <no-reply@ashbyhq.com>",
        subject="Halyard Robotics - Software Engineer II, Perception",
        date="Tue, 24 Nov 2026 21:47:02 -0800",
        reply_to="meiling.chou@halyardrobotics.com",
        body="""Hi Gabriel,

Thanks for your time in the technical screen on Friday with Arun from our perception team.

Unfortunately we won't be moving forward with your candidacy for the Software Engineer II, Perception role. Arun felt the point-cloud segmentation discussion didn't go as deep as this role needs.

If you'd like more detail, I'm glad to pass along his notes. Just reply to this email.

Best,
Mei-Ling Chou
Recruiting Partner, Halyard Robotics Inc.
""",
        expect=dict(
            company="Halyard Robotics Inc.",
            contact="Mei-Ling Chou",
            role="Software Engineer II, Perception",
            stage="technical",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y07-fwd-to-partner-heritage-trust",
        kind="txt",
        body="""didn't get it :( at least she offered feedback

-------- Original Message --------
Subject: Learning & Engagement Officer
Date: 17 Nov 2026, 16:20
From: Fiona MacLeod <fiona.macleod@bristowheritage.org.uk>
To: Rosa Delgado <rosadelgado@proton.me>

Dear Rosa,

Thank you for coming to see us on Tuesday. Your interview was the final stage of our process, and the panel enjoyed your presentation on family learning sessions.

I'm sorry to let you know that we have offered the Learning & Engagement Officer post to another candidate.

I would be very happy to give you feedback over the phone if that would help. Just reply and we'll find a time.

Best wishes,

Dr Fiona MacLeod
Head of Learning
Bristow Heritage Trust
Registered charity no. 1098831
""",
        expect=dict(
            company="Bristow Heritage Trust",
            contact="Fiona MacLeod",
            role="Learning & Engagement Officer",
            stage="final",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y07-workday-parent-group-grad",
        kind="eml",
        sender="Greenacre Group Careers <greenacre@myworkday.com>",
        subject="Your application: Graduate Food Technologist",
        date="Thu, 05 Nov 2026 16:12:44 +0000",
        html=True,
        body="""Dear Jess,

Thank you for applying for the Graduate Food Technologist role at Orchard Lane Foods.

We've had a fantastic response to our 2027 graduate programme. After careful review, we're sorry to tell you that we are unable to progress your application on this occasion.

We wish you every success in finding the right opportunity.

Best wishes,

Early Careers Team
Orchard Lane Foods, part of Greenacre Group plc
""",
        expect=dict(
            company="Orchard Lane Foods",
            contact="",
            role="Graduate Food Technologist",
            stage="application",
            date="2026-11-05",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y07-interim-brief-on-ice",
        kind="txt",
        body="""Hi Nadia,

Bad news I'm afraid. Thornbury Estates have put the Interim CFO brief on ice until at least Q2, so that one won't be going ahead for now.

Annoying, as I think you'd have been a great fit. I'll let you know if it comes back to life.

Ollie

Ollie Barker
Partner, Interim Finance
Calder Barker Associates
""",
        expect=dict(
            company="Thornbury Estates",
            contact="Ollie Barker",
            role="Interim CFO",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y07-school-interview-day-principal",
        kind="txt",
        body="""From: St Finbarr's College <office@stfinbarrs.ie>
Sent: Monday 9 November 2026 13:05
To: Declan Murphy
Subject: Teacher of Physics

Dear Declan,

Thank you for attending our interview day on Friday, which included your taught lesson with our Transition Year group and the panel interview with the Board of Management.

I regret to tell you that the Board has decided to offer the post of Teacher of Physics to another candidate.

You're welcome to ring me at the school if you would like to talk through how the day went.

Le dea-mhéin,

Mrs. Siobhán Ní Bhriain
Principal
St Finbarr's College
""",
        expect=dict(
            company="St Finbarr's College",
            contact="Siobhán Ní Bhriain",
            role="Teacher of Physics",
            stage="final",
            date="2026-11-09",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y07-gmail-primary-recruiter-chat-legal",
        kind="txt",
        body="""Primary

Associate Scientist, Analytical Development - Update
Jonah Feld <jfeld@vireopharma.com>
Fri, Nov 13, 2026, 5:26 PM
to me

Hi Tomasz,

Thank you for your conversation with me earlier this week regarding the Associate Scientist, Analytical Development position at Vireo Pharmaceuticals.

After reviewing the results of our initial recruiter screens with the hiring manager, we have decided to move forward with candidates whose HPLC method validation experience more closely aligns with the role.

Thank you again for your interest in Vireo, and best of luck in your search.

Jonah Feld
Talent Acquisition Partner
Vireo Pharmaceuticals, Inc.

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.
""",
        expect=dict(
            company="Vireo Pharmaceuticals, Inc.",
            contact="Jonah Feld",
            role="Associate Scientist, Analytical Development",
            stage="phone_screen",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y07-insurer-retain-90-days",
        kind="eml",
        sender="Kestrel & Moor Talent Acquisition <no-reply@kestrelmoor.taleo.net>",
        subject="Underwriting Assistant - Application Status",
        date="Thu, 19 Nov 2026 10:41:08 +0000",
        body="""Dear Farah Siddiqui,

Thank you for your interest in the Underwriting Assistant position with Kestrel & Moor Insurance Ltd.

We have reviewed your application and have decided to pursue other candidates whose experience more closely matches the requirements of this role.

We will retain your application for 90 days and may contact you if a similar vacancy becomes available during that time.

Yours sincerely,

Talent Acquisition
Kestrel & Moor Insurance Ltd.
Authorised and regulated by the Financial Conduct Authority.
""",
        expect=dict(
            company="Kestrel & Moor Insurance Ltd.",
            contact="",
            role="Underwriting Assistant",
            stage="application",
            date="2026-11-19",
            reapply_after="2027-02-17",
            feedback_invited=False,
        ),
    ),
]
