"""Writer W4, batch 02: agencies for clients, small firms, charities, founders, phone pastes (Dutch, Italian, Portuguese)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="w02-noordkaap-teams-gesprek",
        kind="eml",
        sender="Mirjam Bosch | Noordkaap Werving & Selectie <mirjam@noordkaapws.nl>",
        subject="Terugkoppeling sollicitatie Werkvoorbereider Elektrotechniek (m/v/x)",
        date="Tue, 24 Nov 2026 16:35:00 +0100",
        body="""Beste Thijs,

Dank je wel voor je tijd vorige week. Na het kennismakingsgesprek via Teams met Wouter van Dijk heeft onze opdrachtgever, Van Houten Installatietechniek B.V., de knoop doorgehakt: zij gaan verder met een andere kandidaat voor de functie van Werkvoorbereider Elektrotechniek.

Wouter gaf aan dat hij je een prettige gesprekspartner vond, maar dat ze op zoek zijn naar iemand met meer ervaring in de utiliteitsbouw.

Wil je de uitgebreide terugkoppeling horen? Bel me gerust, dan bespreken we het samen.

Met vriendelijke groet,

Mirjam Bosch
Senior Recruiter
Noordkaap Werving & Selectie
T: 050 - 311 42 87
""",
        expect=dict(
            company="Van Houten Installatietechniek",
            contact="Mirjam Bosch",
            role="Werkvoorbereider Elektrotechniek",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w02-pastaio-ultimo-colloquio",
        kind="txt",
        body="""Ciao Matteo,

grazie ancora per essere passato da noi martedì per l'ultimo colloquio con Luca e Sara. È stato un piacere conoscerti di persona.

Ci abbiamo pensato parecchio, ma alla fine abbiamo scelto un altro candidato per il ruolo di Responsabile Marketing, con più esperienza nel mondo del food delivery.

Ti auguro il meglio e spero che le nostre strade si incrocino di nuovo.

Un saluto,
Chiara Benedetti
Head of People - Pastaio Digitale S.r.l.
Milano

Inviato da Outlook per Android
""",
        expect=dict(
            company="Pastaio Digitale",
            contact="Chiara Benedetti",
            role="Responsabile Marketing",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w02-lusocargo-teste-tecnico",
        kind="eml",
        sender="Lusocargo Recrutamento <recrutamento@lusocargo.pt>",
        subject="Candidatura: Analista de Dados",
        date="Wed, 18 Nov 2026 12:20:00 +0000",
        encoding="base64",
        body="""Caro Duarte,

Agradecemos a sua participação no processo de recrutamento para a função de Analista de Dados e o tempo dedicado à realização do teste técnico.

Após a análise dos resultados, informamos que a sua candidatura não irá avançar para a fase seguinte. Esta decisão não reflete o seu valor profissional, mas sim a adequação ao perfil procurado nesta fase.

Por motivos de volume, não nos é possível fornecer feedback individual sobre o teste.

Poderá candidatar-se novamente a esta função daqui a 6 meses.

Com os melhores cumprimentos,

Equipa de Recrutamento
Lusocargo, Lda.
Matosinhos
""",
        expect=dict(
            company="Lusocargo",
            contact="",
            role="Analista de Dados",
            stage="technical",
            date="2026-11-18",
            reapply_after="2027-05-18",
            feedback_invited=False,
        ),
    ),
    dict(
        id="w02-riverside-references",
        kind="txt",
        body="""Hi Rosa,

I wanted to let you know personally that we've now finished taking up references for the two candidates we shortlisted after the interviews, and we've decided to appoint the other candidate as Volunteer Programme Manager.

Your referees were glowing, for what it's worth, so please don't read anything into that. It was a very fine margin and came down to experience with our main funders.

If it would help to talk about how the interview went, I'd be more than happy to. Just drop me a line.

With best wishes,

Dr Helen Achterberg
Chief Executive
Riverside Lantern Trust
Registered charity no. 1123456
""",
        expect=dict(
            company="Riverside Lantern Trust",
            contact="Helen Achterberg",
            role="Volunteer Programme Manager",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w02-falk-appointment-on-hold",
        kind="eml",
        sender="Lena Falk <lena.falk@falkhargreaves.co.uk>",
        subject="Your appointment",
        date="Thu, 19 Nov 2026 18:05:00 +0000",
        body="""Dear Imran,

I hoped I would never have to send a letter like this.

When we spoke on Friday and I confirmed we'd like you to join us as Part II Architectural Assistant, we had every reason to expect the Whitcombe Street scheme to start on site in February. This week the client put the project on indefinite hold, and it was the work you were going to do. I'm afraid we are no longer in a position to proceed with your appointment.

I am truly sorry. You were our first choice, and I'd like to stay in touch: if things change in the spring you will be the first person I call. Please do ring me if you'd like to talk any of this over.

Kind regards,

Lena Falk RIBA
Director
Falk Hargreaves Architects Ltd
""",
        expect=dict(
            company="Falk Hargreaves Architects",
            contact="Lena Falk",
            role="Part II Architectural Assistant",
            stage="offer",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w02-kestrel-showreel",
        kind="txt",
        body="""Hi Marcus,

Thanks for sending over your showreel for the Junior Editor role. We watched it together as a team this week. There's some lovely pacing in the documentary section, but we're after someone with more commercial and social cutdown experience, so we won't be taking your application further.

We won't be inviting anyone from this batch of reels to interview, but you're welcome to apply again with a new reel in twelve months.

All the best,
Studio Manager
Kestrel Frame Productions
Unit 4, Hope Mill, Manchester
""",
        expect=dict(
            company="Kestrel Frame Productions",
            contact="",
            role="Junior Editor",
            stage="portfolio",
            date=None,
            reapply_after="2027-11-26",
            feedback_invited=False,
        ),
    ),
    dict(
        id="w02-lindqvist-filled",
        kind="txt",
        body="""From: Gus Lindqvist <gus@lindqvistjoinery.se>
Sent: 22 November 2026 19:03
To: Ada Fenwick
Subject: Re: Hello from Ada

Hi Ada,

Just a quick note to say we've filled the position. Thanks so much and good luck.

Gus
Lindqvist Joinery
""",
        expect=dict(
            company="Lindqvist Joinery",
            contact="Gus Lindqvist",
            role=None,
            stage=None,
            date="2026-11-22",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w02-orbital-workable-profile",
        kind="eml",
        sender="Orbital Kitchens <noreply@candidates.workablemail.com>",
        subject="Your application for Kitchen Operations Lead at Orbital Kitchens",
        date="Fri, 13 Nov 2026 14:44:00 +0000",
        html=True,
        body="""Hi Layla,

Thanks for applying to be our Kitchen Operations Lead. We've reviewed your profile and, while your background in hotel kitchens is impressive, we're looking for someone who has run a multi-brand delivery kitchen before, so we won't be progressing your application.

Our process would have continued with a call with our Head of Ops and a paid trial day in one of our kitchens, but we don't want to take up your time when the fit isn't there.

Feel free to keep an eye on our careers page for other roles.

Best,
Ines from the People Team
Orbital Kitchens
""",
        expect=dict(
            company="Orbital Kitchens",
            contact="Ines",
            role="Kitchen Operations Lead",
            stage="application",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w02-brambleway-spoke-tuesday",
        kind="eml",
        sender="Harriet Osei <harriet@brambleway.org>",
        subject="Your application - Brambleway",
        date="Thu, 26 Nov 2026 10:30:00 +0000",
        body="""Hi Callum,

It was lovely to speak with you on Tuesday, and thank you for being so open about what you're looking for next.

I've now talked it through with the rest of the team, and we've decided not to move you forward for the Partnerships Lead role. If you had progressed, the next stage would have been a short case study and then an afternoon with our trustees, and we felt the role needs more experience of corporate fundraising than came through in our conversation.

I'm happy to share a bit more if that's useful - just reply and we can find a time.

Warm regards,
Harriet

Harriet Osei
Director of Development
""",
        expect=dict(
            company="Brambleway",
            contact="Harriet Osei",
            role="Partnerships Lead",
            stage="phone_screen",
            date="2026-11-26",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w02-cobaltline-pairing",
        kind="txt",
        body="""From: Stefan Kühn <stefan.kuehn@cobaltline.de>
Sent: Monday, 23 November 2026 17:12
To: Ayo Balogun <ayo.balogun@proton.me>
Subject: Backend Engineer - pairing session

Hi Ayo,

thanks for pairing with Dev and Sofia this morning. They both said it was a pleasant session, but the solution stalled on the concurrency part and that's a big part of the day-to-day here, so we've decided not to proceed to the final interviews with you for the Backend Engineer role.

I'm sorry it's not better news. If you want the detailed notes from the session, I'm happy to send them over.

Best regards
Stefan

--
Stefan Kühn
Engineering Manager
Cobaltline Software GmbH
Sitz der Gesellschaft: Leipzig, Amtsgericht Leipzig HRB 34567
Geschäftsführerin: Anja Roth
""",
        expect=dict(
            company="Cobaltline Software",
            contact="Stefan Kühn",
            role="Backend Engineer",
            stage="technical",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w02-fieldnote-onsite-greenhouse",
        kind="eml",
        sender="Fieldnote Recruiting <no-reply@us.greenhouse-mail.io>",
        subject="Fieldnote - update on your candidacy",
        date="Tue, 24 Nov 2026 19:55:00 -0500",
        html=True,
        html_only=True,
        body="""Hi Jordan,

Thank you for visiting us in Denver and spending the day with the team during your onsite interviews for the Senior Account Executive role. We know it's a real commitment of time and energy.

After careful deliberation, the team has decided to move forward with another candidate. This was a competitive search and the decision was not easy.

We're unable to provide specific feedback on interviews, but we'd encourage you to apply for future roles that match your experience.

Best,
Recruiting, North America
Fieldnote, Inc.
""",
        expect=dict(
            company="Fieldnote",
            contact="",
            role="Senior Account Executive",
            stage="final",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w02-pennant-verbal-offer",
        kind="txt",
        body="""Hi Sophie

Sorry to be the bearer of this one. Marlow & Finch came back to me this morning and, despite the verbal offer Tom made you last Wednesday, they've had a change of plan at partner level and the Legal Secretary role is no longer going ahead. They've asked me to pass on their apologies.

I know you'd started thinking about your notice, so please ring me when you've had a moment and we'll talk about what's next. I've got a couple of firms in Leeds I think you'd like.

Jas

Jasmeet Kaur
Principal Consultant - Legal Support
Pennant Legal Recruitment

Sent from my Galaxy
""",
        expect=dict(
            company="Marlow & Finch",
            contact="Jasmeet Kaur",
            role="Legal Secretary",
            stage="offer",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w02-thistledown-portfolio-1252",
        kind="eml",
        sender="Beatrix Oyelaran-Hume <b.hume@thistledownbooks.co.uk>",
        subject="Illustration portfolio",
        date="Wed, 11 Nov 2026 12:00:00 +0000",
        charset="windows-1252",
        encoding="quoted-printable",
        body="""Dear Cass,

Many thanks for sending us your portfolio in response to our call for a Junior Illustrator. I’ve looked through it with our art director, and I’m sorry to say it’s a no from us this time – the work is charming, but a little too close in style to two illustrators already on our list.

We only review portfolios once a year, so please do send a new one after 12 months; we’d genuinely like to see where your work goes.

With best wishes,

Beatrix Oyelaran-Hume
Commissioning Editor, Picture Books
Thistledown Books Ltd
""",
        expect=dict(
            company="Thistledown Books",
            contact="Beatrix Oyelaran-Hume",
            role="Junior Illustrator",
            stage="portfolio",
            date="2026-11-11",
            reapply_after="2027-11-11",
            feedback_invited=False,
        ),
    ),
    dict(
        id="w02-greaves-vacancy-closed",
        kind="txt",
        body="""Dear Candidate,

Thank you for your interest in the Warehouse Supervisor vacancy at Greaves Brothers.

Please be advised that this vacancy has now been closed and we will not be recruiting for it this year. We appreciate the time you took to get in touch with us.

Yours faithfully,

HR Department
Greaves Brothers (Haulage) Ltd

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
""",
        expect=dict(
            company="Greaves Brothers",
            contact="",
            role="Warehouse Supervisor",
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w02-taverna-cv-dropped-in",
        kind="txt",
        body="""Hi Yusuf,

Thanks for dropping your CV in on Saturday. Me and Eleni had a look over it, and for the Front of House Supervisor job we really need someone who's already run a busy weekend service, so we're not going to take it further this time.

We hire again for the summer, so try us again in three months. Good luck!

Dimitri
Taverna Olea, 41 Mill Road
""",
        expect=dict(
            company="Taverna Olea",
            contact="Dimitri",
            role="Front of House Supervisor",
            stage="application",
            date=None,
            reapply_after="2027-02-26",
            feedback_invited=False,
        ),
    ),
]
