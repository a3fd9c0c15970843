"""Writer W4, batch 04: ATS letters, a university, a hospital, founders, trades, forwards to a coach (Dutch, Italian, Portuguese)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="w04-buurtwerk-praktijkopdracht",
        kind="txt",
        body="""Van: Werving & Selectie Stichting Buurtwerk Oost <vacatures@buurtwerkoost.nl>
Verzonden: woensdag 25 november 2026 14:02
Aan: Lieke Jansen
Onderwerp: Uitslag sollicitatieprocedure Communicatieadviseur (32 uur)

Beste Lieke,

Hartelijk dank voor de tijd en energie die je hebt gestoken in de praktijkopdracht voor de functie van Communicatieadviseur. De selectiecommissie heeft alle uitwerkingen zorgvuldig beoordeeld.

Helaas moeten we je laten weten dat je niet door bent naar de volgende ronde. Jouw uitwerking was verzorgd, maar andere kandidaten sloten beter aan bij de strategische kant van de functie.

Heb je vragen over deze beslissing? Neem dan gerust contact met ons op via 020 - 555 7810.

Met vriendelijke groet,

Afdeling HR
Stichting Buurtwerk Oost
""",
        expect=dict(
            company="Stichting Buurtwerk Oost",
            contact="",
            role="Communicatieadviseur",
            stage="technical",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w04-ferraresi-proposta-ritirata",
        kind="eml",
        sender="Ing. Paolo Ferraresi <p.ferraresi@ferraresimeccanica.it>",
        subject="Proposta di assunzione - aggiornamento",
        date="Fri, 20 Nov 2026 17:45:00 +0100",
        encoding="quoted-printable",
        body="""Gentile Sig.ra Conti,

facendo seguito alla proposta di assunzione che le abbiamo inviato il 9 novembre per la posizione di Tecnico Commerciale, devo purtroppo comunicarle che, a causa del ridimensionamento di una commessa importante, non siamo più in grado di procedere con il suo inserimento.

Mi rendo conto del disagio che questa notizia può causarle e me ne scuso personalmente. Resto a sua disposizione per un colloquio telefonico, se desidera parlarne.

Cordiali saluti,

Ing. Paolo Ferraresi
Amministratore Delegato
Ferraresi Meccanica S.p.A.
Via Emilia Est 221 - 41122 Modena
""",
        expect=dict(
            company="Ferraresi Meccanica",
            contact="Paolo Ferraresi",
            role="Tecnico Commerciale",
            stage="offer",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w04-ipe-gupy-banco-talentos",
        kind="eml",
        sender="Ipê Seguros <naoresponda@gupy.io>",
        subject="Atualização sobre sua candidatura - Assistente Administrativo",
        date="Mon, 09 Nov 2026 10:00:00 -0300",
        html=True,
        body="""Olá, Thiago!

Agradecemos seu interesse em fazer parte da Ipê Seguros.

Após a análise do seu currículo, informamos que, neste momento, seu perfil não seguirá para as próximas etapas do processo seletivo para a vaga de Assistente Administrativo.

Seu currículo permanecerá em nosso banco de talentos por 6 meses e poderá ser considerado para novas oportunidades.

Desejamos sucesso em sua jornada!

Time de Atração de Talentos
Ipê Seguros S.A.
""",
        expect=dict(
            company="Ipê Seguros",
            contact="",
            role="Assistente Administrativo",
            stage="application",
            date="2026-11-09",
            reapply_after="2027-05-09",
            feedback_invited=False,
        ),
    ),
    dict(
        id="w04-carrowmore-selection-panel",
        kind="eml",
        sender="HR Recruitment <hr-recruitment@carrowmore.ac.uk>",
        subject="Research Fellow in Marine Ecology (Ref: SCI-2611)",
        date="Thu, 19 Nov 2026 15:30:00 +0000",
        body="""Dear Dr Osei-Bonsu,

Thank you for attending for interview with the selection panel on 12 November for the post of Research Fellow in Marine Ecology, including your research presentation.

The panel was impressed by your work on seagrass restoration but, after careful consideration, has decided to offer the post to another candidate.

If you would like feedback on your interview, I would be happy to provide it. Please reply to this email and I will arrange a time.

Yours sincerely,

Professor Ann Whitlow
Chair of the Selection Panel
School of Biological Sciences
University of Carrowmore
""",
        expect=dict(
            company="University of Carrowmore",
            contact="Ann Whitlow",
            role="Research Fellow in Marine Ecology",
            stage="final",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w04-staldhelm-two-lines",
        kind="txt",
        body="""Thank you for your time. We've decided not to proceed on this occasion.

Recruitment Team
Women's & Children's Division
St Aldhelm's Hospital NHS Trust
""",
        expect=dict(
            company="St Aldhelm's Hospital NHS Trust",
            contact="",
            role=None,
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w04-loomwise-ashby-livecoding",
        kind="eml",
        sender="Quincy from Loomwise <no-reply@ashbyhq.com>",
        reply_to="quincy@loomwise.com",
        subject="Loomwise: Frontend Engineer",
        date="Tue, 17 Nov 2026 23:58:00 -0500",
        html=True,
        body="""Hi Elif,

Thanks for completing the live coding interview with Rafael on Monday. We know these sessions can be stressful, and we appreciated how clearly you talked through your approach.

Unfortunately, we've decided not to move forward to the team interviews. The main gap was around state management in larger React codebases.

If you'd like, I can share a bit more detail from Rafael's notes. Just reply to this email.

Best,
Quincy Adebayo
Recruiting Lead, Loomwise
""",
        expect=dict(
            company="Loomwise",
            contact="Quincy Adebayo",
            role="Frontend Engineer",
            stage="technical",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w04-saltbox-chat-earlier",
        kind="txt",
        body="""Hi Tobi,

Thanks for the chat earlier, it was good to get a proper sense of your background.

Having spoken, I don't think I can put you forward to my client, Ember & Vine, for the Head Chef role at their new Soho site. They're set on someone who's opened a restaurant from scratch, and I'd rather be honest now than have you waste a trip for a cook-off.

I've got a Sous Chef brief in Shoreditch that I think would suit you much better. Shall I send it over?

Best,
Keeley Arkwright
Hospitality Recruitment Consultant
Saltbox Talent
07911 123 456
""",
        expect=dict(
            company="Ember & Vine",
            contact="Keeley Arkwright",
            role="Head Chef",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w04-thornbury-fwd-to-coach",
        kind="txt",
        body="""Hi Maggie, see below - got all the way to the end and still a no. Can we talk on Thursday?

Zainab

---------- Forwarded message ---------
From: Gareth Moyle <gareth.moyle@thornbury-estates.co.uk>
Date: Mon, Nov 23, 2026 at 12:07 PM
Subject: Lettings Manager
To: Zainab Hussain <zainab.hussain88@gmail.com>


Dear Zainab,

Thank you for meeting with our leadership team last week. It was a pleasure to have you in the office and to introduce you to the directors.

I'm sorry to say that we've decided to appoint an internal candidate to the Lettings Manager position.

We'll keep your details on file and I'd be glad to let you know if anything similar comes up.

Best regards,

Gareth Moyle
Operations Director
Thornbury Estates
""",
        expect=dict(
            company="Thornbury Estates",
            contact="Gareth Moyle",
            role="Lettings Manager",
            stage="final",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w04-nettlebed-portfolio-case-studies",
        kind="eml",
        sender="Nettlebed Digital <jobs@nettlebeddigital.recruitee.com>",
        subject="Your application for UX Designer",
        date="Wed, 04 Nov 2026 11:11:00 +0000",
        body="""Hi Oskar,

Thanks for applying for the UX Designer role at Nettlebed Digital.

We've now looked through the case studies in your portfolio. There's good thinking in the research write-ups, but for this role we need someone who's shipped work on large e-commerce sites, and that didn't come through strongly enough for us to invite you to an interview.

Happy to give you a few more specific comments on the portfolio if it's helpful - just reply to this email.

Cheers,
Ruth Abernethy
Design Director
""",
        expect=dict(
            company="Nettlebed Digital",
            contact="Ruth Abernethy",
            role="UX Designer",
            stage="portfolio",
            date="2026-11-04",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w04-mercyvalley-icims-long",
        kind="eml",
        sender="Mercy Valley Health Careers <talent@mercyvalleyhealth.icims.com>",
        subject="Regarding your application - Patient Access Representative (Req 48812)",
        date="Sat, 07 Nov 2026 08:03:00 -0600",
        html=True,
        body="""Dear Alejandro Ruiz,

Thank you for your interest in the Patient Access Representative position (Req 48812) at Mercy Valley Health. We appreciate the time you invested in submitting your application.

Your application was carefully reviewed by the hiring manager. After comparing the qualifications of all candidates with the requirements of the position, we have selected other applicants whose experience more closely matches the needs of the department at this time.

We encourage you to create a job alert on our careers site so that you are notified of future openings that match your interests. Your candidate profile will remain active in our system, and you may apply for other positions at any time.

Thank you again for considering Mercy Valley Health as your employer of choice. We wish you success in your career search.

Sincerely,

Talent Acquisition
Mercy Valley Health

Mercy Valley Health is an Equal Opportunity Employer. We do not discriminate on the basis of race, color, religion, sex, national origin, age, disability, veteran status, or any other protected characteristic.

Please do not reply to this message. This mailbox is not monitored.
""",
        expect=dict(
            company="Mercy Valley Health",
            contact="",
            role="Patient Access Representative",
            stage="application",
            date="2026-11-07",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w04-kelpie-go-back-on-it",
        kind="txt",
        body="""Hi Nadia,

This is the email I was hoping not to have to write.

When I called you on Friday to say we'd love to have you as our Field Technician, I genuinely meant it. Over the weekend, though, our largest pilot customer paused their rollout, and without it I can't justify a second field hire until at least Q2. I have to go back on what I said.

You've done nothing wrong here, and if anything changes you'll be the first person I call. Happy to talk about it whenever you're ready, even just to vent.

Fraser
—
Fraser Lindgren
Co-founder, Kelpie Robotics
Sent from Gmail Mobile
""",
        expect=dict(
            company="Kelpie Robotics",
            contact="Fraser Lindgren",
            role="Field Technician",
            stage="offer",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w04-llewellyn-went-with-someone",
        kind="txt",
        body="""Re: Apprentice Plumber
Rhys Llewellyn
To: You
Fri 20 Nov 2026 at 07:52

Hi Callum, sorry, went with someone else in the end. Best of luck.

Rhys Llewellyn
Llewellyn Plumbing & Heating
Gas Safe reg. 512345

On Thu, 19 Nov 2026 at 18:30, Callum Reid wrote:
> Hi Rhys, just checking if there's any news on the Apprentice Plumber job? Thanks, Callum
""",
        expect=dict(
            company="Llewellyn Plumbing & Heating",
            contact="Rhys Llewellyn",
            role="Apprentice Plumber",
            stage=None,
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w04-brightwater-online-tests",
        kind="eml",
        sender="Brightwater Early Careers <earlycareers@brightwaterutilities.co.uk>",
        subject="Your Graduate Engineer application",
        date="Tue, 24 Nov 2026 10:00:00 +0000",
        body="""Dear Aditi,

Thank you for completing our online assessments as part of your application to the Brightwater Graduate Engineer programme.

We have now reviewed your results for the numerical reasoning and situational judgement tests. Unfortunately, on this occasion your scores did not meet the threshold required to progress to our video interview and assessment centre.

Because of the volume of applications we receive, we are unable to provide individual feedback. You will be welcome to apply again when applications open for our 2028 intake.

Kind regards,

Emma Fairley
Early Careers Manager
Brightwater Utilities plc
""",
        expect=dict(
            company="Brightwater Utilities",
            contact="Emma Fairley",
            role="Graduate Engineer",
            stage="technical",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w04-sproutline-meet-monday",
        kind="txt",
        body="""Hi Georgia,

Thanks for hopping on Meet with me on Monday. It was great hearing how you grew the Discord for your last project.

I've since spoken to a handful of other people and I'm going to move ahead with folks whose experience is more B2B-focused, so we won't be continuing with the Community Manager process for you.

If there's anything you'd like to ask me about how we made the call, my inbox is open.

Ravi
Ravi Menon, Founder
Sproutline
""",
        expect=dict(
            company="Sproutline",
            contact="Ravi Menon",
            role="Community Manager",
            stage="phone_screen",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w04-loudhailer-voice-reel",
        kind="txt",
        body="""From: Dom Achebe <dom@loudhailer.audio>
Date: 17 November 2026 at 16:44
Subject: Re: Voice reel - audiobook narrator
To: Freya Lund

Hi Freya,

Thanks for sending your voice reel over. We had a listen this week and there's a lovely warmth to it, but for this series we need a narrator with a strong northern accent, so we're not going to take you through to the casting session.

Please do keep us on your list though - we cast new audiobook narrators every few months.

Dom
Casting, Loudhailer Audio
""",
        expect=dict(
            company="Loudhailer Audio",
            contact="Dom Achebe",
            role="audiobook narrator",
            stage="portfolio",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
