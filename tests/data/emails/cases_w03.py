"""Writer W4, batch 03: ATS templates, agencies, tiny shops, forwards and chased replies (Dutch, Italian, Portuguese)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="w03-groenstroom-teamtailor-4weken",
        kind="eml",
        sender="Sem de Graaf via Teamtailor <notifications@teamtailor.com>",
        subject="Je sollicitatie bij Groenstroom",
        date="Mon, 16 Nov 2026 09:14:00 +0100",
        html=True,
        body="""Hoi Noor,

Bedankt voor je sollicitatie als Medewerker Klantenservice bij Groenstroom. We hebben je cv en motivatie met aandacht gelezen.

We hebben deze keer ontzettend veel reacties gehad en hebben besloten om verder te gaan met kandidaten van wie de ervaring nog beter aansluit bij wat we zoeken. We nodigen je daarom niet uit voor een gesprek.

Zoals in onze privacyverklaring staat, bewaren we je gegevens nog 4 weken na deze mail; daarna verwijderen we ze.

Veel succes met je zoektocht!

Groet,
Sem de Graaf
Talent Lead | Groenstroom Energie
""",
        expect=dict(
            company="Groenstroom Energie",
            contact="Sem de Graaf",
            role="Medewerker Klantenservice",
            stage="application",
            date="2026-11-16",
            reapply_after="2026-12-14",
            feedback_invited=False,
        ),
    ),
    dict(
        id="w03-officina-portfolio-it",
        kind="eml",
        sender="Officina Ventuno <lavoraconnoi@officinaventuno.it>",
        subject="Candidatura Graphic Designer",
        date="Thu, 12 Nov 2026 15:40:00 +0100",
        charset="iso-8859-1",
        encoding="base64",
        body="""Gentile Alessandro,

grazie per averci inviato il tuo portfolio per la posizione di Graphic Designer.

Lo abbiamo visionato con attenzione: ci sono lavori di packaging molto curati, ma in questo momento cerchiamo un profilo con più esperienza in motion graphics e per questo non proseguiremo con la tua candidatura. Per questa selezione i colloqui saranno riservati ai profili scelti in base al portfolio.

Ti invitiamo a seguirci sui nostri canali per future opportunità.

Un caro saluto,
Il team di Officina Ventuno
Bologna
""",
        expect=dict(
            company="Officina Ventuno",
            contact="",
            role="Graphic Designer",
            stage="portfolio",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w03-colmeia-ultima-etapa",
        kind="txt",
        body="""Oi Fernanda, tudo bem?

Queria agradecer pessoalmente pela conversa de ontem com o Rodrigo e a Camila. Era a última etapa do processo e você chegou muito bem até aqui.

Depois de muita discussão, decidimos seguir com outra pessoa para a vaga de Analista Financeiro, principalmente pela experiência prévia com conciliação de adquirentes.

Fico à disposição se quiser conversar sobre o processo e o que ouvimos dos sócios.

Abraço,
Bruno Tavares
Gerente de Pessoas | Colmeia Pagamentos Ltda.
(11) 98877-1234

Enviado do meu iPhone
""",
        expect=dict(
            company="Colmeia Pagamentos",
            contact="Bruno Tavares",
            role="Analista Financeiro",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w03-harbourlight-conditional-offer",
        kind="eml",
        sender="Graham Pike <g.pike@harbourlightha.org.uk>",
        subject="Conditional offer - Housing Officer",
        date="Mon, 23 Nov 2026 11:25:00 +0000",
        body="""Dear Ms Okonjo,

Further to my letter of 2 November, I am writing about the conditional offer of employment for the post of Housing Officer.

As you know, the offer was subject to satisfactory pre-employment checks. Having now received the outstanding information, I regret that we are unable to confirm it, and it is therefore withdrawn with immediate effect.

If you would like to discuss this decision, please contact me directly on 01752 660 218.

Yours sincerely,

Graham Pike
People Services Manager
Harbourlight Housing Association
""",
        expect=dict(
            company="Harbourlight Housing Association",
            contact="Graham Pike",
            role="Housing Officer",
            stage="offer",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w03-pebblegrid-apple-forward",
        kind="txt",
        body="""Sent from my iPhone

Begin forwarded message:

From: Ilse Vermaak <ilse@pebblegrid.com>
Subject: Pebblegrid - Support Engineer
Date: 24 November 2026 at 09:41:18 GMT
To: Kwame Asante <kwame.asante@outlook.com>

Hi Kwame,

Thanks for the quick call yesterday, and for fitting it around your shift.

I've had a think and I don't think this is the right match for now. The Support Engineer role is very heavy on SQL and Linux troubleshooting, and I'd rather be upfront than put you through our technical exercise when I think the gap is real.

Keep an eye on our jobs page; we're opening a customer onboarding role in the new year that might suit you better.

Cheers,
Ilse
Pebblegrid | People & Talent
""",
        expect=dict(
            company="Pebblegrid",
            contact="Ilse Vermaak",
            role="Support Engineer",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w03-nightjar-jazzhr-nothing",
        kind="eml",
        sender="Nightjar Outfitters <notifications@app.jazz.co>",
        subject="Retail Store Lead - Boulder, CO",
        date="Sat, 14 Nov 2026 02:15:00 +0000",
        html=True,
        body="""Hi Marco,

Thank you for your interest in Nightjar Outfitters.

After careful consideration, we have decided to pursue other candidates whose experience more closely fits our current needs.

We appreciate your interest and wish you the best of luck.

Nightjar Outfitters Hiring

Nightjar Outfitters is an Equal Opportunity Employer.
""",
        expect=dict(
            company="Nightjar Outfitters",
            contact="",
            role="Retail Store Lead",
            stage=None,
            date="2026-11-14",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w03-grantonhale-case-study",
        kind="txt",
        body="""From: Mei-Lin Chua <mchua@grantonhale.com>
Date: Friday, 20 November 2026 at 18:30
To: Oliver Brandt <oliver.brandt@gmail.com>
Subject: RE: Associate Consultant - case study

Dear Oliver,

Thank you for presenting your case study to Rupert and me this afternoon; the market-sizing section was well structured.

Having discussed it, we don't feel the recommendations went far enough for the level we're hiring at, so we won't be moving you through to the partner interviews.

I'd be glad to walk you through our notes on a short call if that would be useful.

Kind regards,
Mei-Lin

Mei-Lin Chua | Principal
Granton Hale LLP

This message is confidential and may be legally privileged. Granton Hale LLP is a limited liability partnership registered in England and Wales.
""",
        expect=dict(
            company="Granton Hale",
            contact="Mei-Lin Chua",
            role="Associate Consultant",
            stage="technical",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w03-fenwick-met-ceo-bamboo",
        kind="eml",
        sender="Fenwick Analytics Hiring <notifications@app.bamboohr.com>",
        reply_to="tess.liang@fenwickanalytics.com",
        subject="Senior Analytics Engineer at Fenwick Analytics",
        date="Fri, 20 Nov 2026 16:20:00 -0700",
        body="""Hi Priya,

Thanks for coming in on Wednesday to meet Anouk, our CEO. That conversation is the last step in our process, and she really enjoyed it.

We've decided to offer the Senior Analytics Engineer role to another candidate whose experience with dbt at scale was closer to what we need right now.

I'd love to stay in touch. If you'd like to apply again, we'd be glad to hear from you in 6 months' time.

Best,
Tess Liang
Head of Data
Fenwick Analytics
""",
        expect=dict(
            company="Fenwick Analytics",
            contact="Tess Liang",
            role="Senior Analytics Engineer",
            stage="final",
            date="2026-11-20",
            reapply_after="2027-05-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="w03-bookbinders-speculative",
        kind="txt",
        body="""Hi Rowan,

Thanks for your email and CV, and for the kind words about the shop. It's lovely to hear.

We're a team of four and honestly not hiring at the moment, so I can't offer you anything right now. I'll hang on to your details in case that changes.

Best wishes,
Elspeth
Elspeth & Moss, Bookbinders
12 Candlemaker Row, Edinburgh
""",
        expect=dict(
            company="Elspeth & Moss",
            contact="Elspeth",
            role=None,
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w03-eriksen-photo-portfolio",
        kind="txt",
        body="""Hey Lina,

Thanks for sending the link to your portfolio for the studio assistant job. I went through the lot over the weekend. Your natural light portraits are really nice, but the job is mostly product lighting in the studio and there wasn't much of that in there, so I'm going to pass this time. I won't be doing a second round for it.

If you want a couple of pointers on what to add for studio work, I'm happy to send some thoughts.

Jonas Eriksen
Eriksen Studio - product & still life photography
""",
        expect=dict(
            company="Eriksen Studio",
            contact="Jonas Eriksen",
            role="studio assistant",
            stage="portfolio",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w03-quaycraft-no-contract-coming",
        kind="txt",
        body="""Mark Delaney <mark@quaycraftmarine.ie>
Wed, Nov 25, 2026, 10:48 AM
to me

Hi Aoife,

Thanks for checking in, and I'm sorry I didn't get back to you sooner.

I'm afraid I have bad news. The board met on Monday and the whole service division is being restructured. The Marine Electrician position we offered you is one of the roles that won't go ahead, so there won't be a contract coming. I know you were waiting on it, and I'm sorry for the uncertainty we've put you through.

If you want to talk, my mobile is below.

Mark Delaney
Service Manager
Quaycraft Marine Ltd
087 555 0199

On Tue, Nov 24, 2026 at 3:02 PM Aoife Brennan <aoife.brennan@gmail.com> wrote:
> Hi Mark, just wondering when I should expect the contract for the Marine Electrician job? I need to give notice by Friday. Thanks, Aoife
""",
        expect=dict(
            company="Quaycraft Marine",
            contact="Mark Delaney",
            role="Marine Electrician",
            stage="offer",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w03-larder-trial-shift-text",
        kind="txt",
        body="""Hi Jess! Thanks so much for doing the trial shift on Sunday, you were great with the customers. For the barista job we've decided to go with someone who's got a bit more coffee experience for now, but honestly keep practising that latte art. All the best x

The Larder crew
The Larder Café, Harbour St
""",
        expect=dict(
            company="The Larder Café",
            contact="",
            role="barista",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w03-tatra-not-successful",
        kind="txt",
        body="""From: Magdalena Wróbel <m.wrobel@tatrafreight.pl>
Sent: Thursday, November 19, 2026 2:10 PM
To: Tomas Novak
Subject: Re: Logistics Planner

Dear Mr Novak,

Thank you for your message. I regret to inform you that you have not been successful on this occasion.

Kind regards,
Magdalena Wróbel
Office Manager
Tatra Freight Sp. z o.o.
""",
        expect=dict(
            company="Tatra Freight",
            contact="Magdalena Wróbel",
            role="Logistics Planner",
            stage=None,
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w03-kinloch-recruiter-180days",
        kind="eml",
        sender="Kinloch Pacific Insurance <jobs@smartrecruiters.com>",
        subject="Your application for Claims Analyst",
        date="Wed, 25 Nov 2026 14:03:00 +0800",
        body="""Dear Wei Jie,

Thank you for taking the time to speak with our recruiter about the Claims Analyst position at Kinloch Pacific Insurance.

Our selection process also includes a hiring manager interview and an online assessment. After reviewing the notes from your conversation, we have decided not to progress your application to these stages.

Please note that you may reapply for roles with Kinloch Pacific after 180 days from the date of this email. Due to the volume of applicants we are unable to provide feedback.

Regards,
Talent Acquisition Team, APAC
Kinloch Pacific Insurance Limited
""",
        expect=dict(
            company="Kinloch Pacific Insurance",
            contact="",
            role="Claims Analyst",
            stage="phone_screen",
            date="2026-11-25",
            reapply_after="2027-05-24",
            feedback_invited=False,
        ),
    ),
    dict(
        id="w03-vantis-client-cv",
        kind="eml",
        sender="Declan Furlong <declan.furlong@vantisscientific.com>",
        subject="QA Validation Specialist - update",
        date="Tue, 10 Nov 2026 13:05:00 +0000",
        body="""Hi Adaeze,

Thanks for letting me put you forward last week. I shared your CV with my client, Brennick Pharma, and I've just heard back from their QA manager. Unfortunately they've decided not to take your application forward for the QA Validation Specialist contract, as they're specifically after someone with computer system validation experience under GAMP 5.

I'll keep you front of mind for other validation roles, and please feel free to call me if you'd like to talk through how to position your experience.

Regards,
Declan Furlong
Recruitment Consultant, Life Sciences
Vantis Scientific Recruitment
+353 1 555 0147
""",
        expect=dict(
            company="Brennick Pharma",
            contact="Declan Furlong",
            role="QA Validation Specialist",
            stage="application",
            date="2026-11-10",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]
