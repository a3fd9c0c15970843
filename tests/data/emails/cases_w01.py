"""Writer W4, batch 01: small businesses, agencies, founders, reply chains and forwards (Dutch, Italian, Portuguese)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="w01-bakkerij-proefdag",
        kind="txt",
        body="""Hoi Sanne,

Bedankt voor zaterdag! Je hebt hard gewerkt tijdens de proefdag en de croissants zagen er echt goed uit. Toch hebben we besloten om iemand anders aan te nemen als ochtendbakker, vooral omdat we iemand zoeken die al helemaal zelfstandig het deeg kan draaien.

Als je wilt weten waar je nog op kunt letten, bel me gerust even, dan loop ik het met je door.

Groetjes,
Femke
Bakkerij De Zoete Inval
06-41 87 22 90

Verzonden vanaf mijn iPhone
""",
        expect=dict(
            company="Bakkerij De Zoete Inval",
            contact="Femke",
            role="ochtendbakker",
            stage="technical",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w01-agency-harwick-final",
        kind="eml",
        sender="Rhiannon Pryce <rhiannon.pryce@ashgroverecruitment.co.uk>",
        subject="Harwick Foods - Financial Controller",
        date="Mon, 23 Nov 2026 17:48:00 +0000",
        body="""Hi Daniel,

I hope you're well. I tried to call this afternoon but kept missing you, so an email it is.

I've now had word back from Harwick following your final meeting with their CFO and the Chair last Wednesday. They were really complimentary about your technical knowledge, but in the end they've gone with the other finalist, who has more direct experience of running a year-end audit in a manufacturing business.

I know that's disappointing after getting so far. I'm very happy to go through the detailed notes they sent over - just let me know when suits for a call.

I'll keep you in mind for similar roles; I've got two controller briefs coming in January.

Kind regards,

Rhiannon Pryce
Senior Consultant, Finance & Accounting
Ashgrove Recruitment Ltd
0117 496 0321

Ashgrove Recruitment Ltd acts as an employment agency. Registered in England and Wales No. 08123456.
""",
        expect=dict(
            company="Harwick Foods",
            contact="Rhiannon Pryce",
            role="Financial Controller",
            stage="final",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w01-founder-contract-pulled",
        kind="eml",
        sender="Tomás Reyes <tomas@plinthly.io>",
        subject="Re: Next steps",
        date="Wed, 25 Nov 2026 21:17:00 -0800",
        body="""Hi Amara,

I've been putting off writing this and I'm sorry it's landing so late in the evening.

When I sent the contract over last Thursday I genuinely thought we'd be working together from January. Since then our lead investor has stepped back from the bridge round, and I can't add anyone to payroll until that's sorted, which realistically won't be before spring. So I have to take back what I put in front of you for the Founding Engineer position. That's on us, not on you, and I hate that you're the one paying for it.

If it helps at all, I'd be glad to introduce you to a couple of founders I know who are hiring, and to talk any of this through on a call whenever you like.

Tomás

--
Tomás Reyes
Co-founder & CEO, Plinthly
plinthly.io
""",
        expect=dict(
            company="Plinthly",
            contact="Tomás Reyes",
            role="Founding Engineer",
            stage="offer",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w01-cantina-cv-archivio",
        kind="txt",
        body="""Da: Cantine Morello - Risorse Umane <selezione@cantinemorello.it>
Inviato: lunedì 23 novembre 2026 10:14
A: giulia.ferrante@gmail.com
Oggetto: Candidatura - Addetto all'accoglienza enoturistica

Gentile Giulia Ferrante,

la ringraziamo per l'interesse dimostrato nei confronti della nostra azienda e per averci inviato la sua candidatura.

Dopo un'attenta valutazione del suo curriculum, le comunichiamo che il suo profilo non risulta in linea con le esigenze attuali della posizione di Addetto all'accoglienza enoturistica.

Conserveremo i suoi dati nel nostro archivio per 12 mesi, nel rispetto della normativa sulla privacy, e la contatteremo qualora si presentassero opportunità più adatte.

Cordiali saluti,

Ufficio Risorse Umane
Cantine Morello S.r.l.
Via dei Colli 14, 53024 Montalcino (SI)

Informativa ai sensi del Regolamento UE 2016/679: i dati personali forniti saranno trattati esclusivamente per finalità di selezione del personale.
""",
        expect=dict(
            company="Cantine Morello",
            contact="",
            role="Addetto all'accoglienza enoturistica",
            stage="application",
            date="2026-11-23",
            reapply_after="2027-11-23",
            feedback_invited=False,
        ),
    ),
    dict(
        id="w01-estudio-portfolio-pt",
        kind="eml",
        sender="Luana Carvalho <luana@estudiomare.com.br>",
        subject="Sua candidatura para Designer de Produto",
        date="Fri, 20 Nov 2026 11:05:00 -0300",
        charset="iso-8859-1",
        encoding="quoted-printable",
        body="""Olá, Rafael, tudo bem?

Obrigada por nos enviar seu portfólio. Passei um bom tempo com os projetos, principalmente o app de agendamento para clínicas, que tem uma pesquisa muito bem documentada.

Neste momento, porém, estamos buscando alguém com mais experiência em design systems, e por isso não vamos seguir com sua candidatura para a vaga de Designer de Produto. Nesta rodada não vamos marcar entrevistas com quem não avançou na análise de portfólio.

Se quiser, posso te mandar alguns comentários mais detalhados sobre o portfólio. É só responder este e-mail.

Um abraço,
Luana Carvalho
Diretora de Design | Estúdio Maré
São Paulo - SP
""",
        expect=dict(
            company="Estúdio Maré",
            contact="Luana Carvalho",
            role="Designer de Produto",
            stage="portfolio",
            date="2026-11-20",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w01-verrant-template-steps",
        kind="eml",
        sender="Verrant Careers <careers-noreply@verrant.com>",
        subject="Your application: Senior Data Engineer (REQ-20417)",
        date="Tue, 17 Nov 2026 09:02:11 +0000",
        html=True,
        body="""Dear Priyanka,

Thank you for applying for the Senior Data Engineer (REQ-20417) position at Verrant Systems.

Our hiring process normally has four steps: a conversation with a recruiter, a technical assessment, a panel interview and, for successful candidates, a reference check. We have now reviewed your application against the requirements of the role and, on this occasion, we will not be inviting you to the recruiter conversation.

We receive a very high number of applications and are unfortunately unable to provide individual feedback at this stage of the process.

You are welcome to apply for other positions with Verrant. Please note that candidates may re-apply for the same position after six months.

Kind regards,

Talent Acquisition, EMEA
Verrant Systems plc

Verrant Systems is an equal opportunity employer. All qualified applicants will receive consideration without regard to race, religion, sex, sexual orientation, gender identity, national origin, disability or age.
""",
        expect=dict(
            company="Verrant Systems",
            contact="",
            role="Senior Data Engineer",
            stage="application",
            date="2026-11-17",
            reapply_after="2027-05-17",
            feedback_invited=False,
        ),
    ),
    dict(
        id="w01-roaster-two-liner",
        kind="txt",
        body="""Hey Jonah, thanks for your interest, genuinely. We've decided to go in a different direction for now. All the best.

Kai
Fernhollow Coffee Roasters
""",
        expect=dict(
            company="Fernhollow Coffee Roasters",
            contact="Kai",
            role=None,
            stage=None,
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w01-tidewater-chased-reply",
        kind="txt",
        body="""Re: Checking in - Operations Coordinator
Inbox

Marisol Quintero <marisol@tidewaterlogistics.com>
Tue, Nov 24, 2026, 4:02 PM
to me

Hi Ben,

Thanks for chasing, and sorry for going quiet since our chat on the 12th. We've now finished the first conversations and I've picked three people to bring in for the in-person round. I'm afraid you're not one of them this time. It was close, and the main gap was warehouse management system experience.

If you'd like more detail, happy to jump on the phone for ten minutes next week.

Marisol

Marisol Quintero
Head of Operations
Tidewater Logistics
(843) 555-0142

On Mon, Nov 23, 2026 at 9:15 AM Ben Adeyemi <ben.adeyemi@gmail.com> wrote:
> Hi Marisol,
>
> I hope you had a good weekend. I wanted to check in on the Operations Coordinator role following our call on the 12th. Is there any update on timing?
>
> Thanks,
> Ben
""",
        expect=dict(
            company="Tidewater Logistics",
            contact="Marisol Quintero",
            role="Operations Coordinator",
            stage="phone_screen",
            date="2026-11-24",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w01-lumenridge-takehome-fwd",
        kind="txt",
        body="""fyi - the ML one. sigh.

---------- Forwarded message ---------
From: Lumen Ridge Careers <jobs@lumenridge.ai>
Date: Thu, Nov 19, 2026 at 6:41 PM
Subject: Your Lumen Ridge take-home
To: <t.nakamura.dev@gmail.com>


Hi Takeshi,

Thank you for the time you put into the take-home exercise for the Machine Learning Engineer role. Our reviewers have now looked at every submission, and we won't be moving forward with your candidacy at this stage.

Because of the number of submissions we receive, we're not able to share individual feedback on the exercise.

We'd be glad to see your name again in future openings.

- The Lumen Ridge Hiring Team
""",
        expect=dict(
            company="Lumen Ridge",
            contact="",
            role="Machine Learning Engineer",
            stage="technical",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w01-oakmere-working-interview",
        kind="eml",
        sender="Careers | Oakmere Dental Group <careers@oakmeredental.co.uk>",
        subject="Dental Nurse - Chorlton practice",
        date="Mon, 16 Nov 2026 08:30:00 +0000",
        body="""Dear Ellie,

Thank you for coming in for your working interview at our Chorlton practice on Saturday. The team enjoyed having you in surgery for the day.

After discussing the day with the treating dentists, we have decided not to offer you the Dental Nurse position on this occasion.

You are welcome to reapply to Oakmere Dental Group after 3 months. We are unable to provide individual feedback.

Best wishes,

Practice Operations, North West
Oakmere Dental Group
""",
        expect=dict(
            company="Oakmere Dental Group",
            contact="",
            role="Dental Nurse",
            stage="technical",
            date="2026-11-16",
            reapply_after="2027-02-16",
            feedback_invited=False,
        ),
    ),
    dict(
        id="w01-brightwell-startdate-undone",
        kind="txt",
        body="""Hi Lotte,

I'm really sorry to be writing this after we'd already settled your start date and salary last week.

Our biggest client told us on Monday that they won't renew in the new year, and the Account Manager post was built around their account. Without it we simply can't take on anyone new, and it wouldn't be fair to let you hand in your notice for a job that might not be there in March.

I know this is a rotten thing to hear and I'd completely understand if you're cross. Call me any time if you want to talk it through, and I'll give you a glowing reference to anyone who asks.

Warmly,
Cath

Cath Brennan | Managing Director
Brightwell & Hale | brand + social
07700 900 418
""",
        expect=dict(
            company="Brightwell & Hale",
            contact="Cath Brennan",
            role="Account Manager",
            stage="offer",
            date=None,
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w01-quillcask-at-this-stage",
        kind="eml",
        sender="Noor Haddad <noor@quillandcask.com>",
        subject="Operations Associate",
        date="Sat, 21 Nov 2026 10:12:00 +0400",
        body="""Hi Sam,

Thank you for your interest in the Operations Associate position at Quill & Cask.

At this stage we have decided to move forward with other candidates. We wish you every success.

Best,
Noor Haddad
Quill & Cask
""",
        expect=dict(
            company="Quill & Cask",
            contact="Noor Haddad",
            role="Operations Associate",
            stage=None,
            date="2026-11-21",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="w01-corvid-call-with-priya",
        kind="eml",
        sender="Owen Marsh <no-reply@hire.lever.co>",
        reply_to="owen.marsh@corvidhealth.com",
        subject="Corvid Health - Customer Success Manager",
        date="Thu, 26 Nov 2026 06:10:00 +1300",
        body="""Kia ora Hannah,

Thanks again for making time for your call with Priya last week. She enjoyed hearing about the onboarding programme you built at your last company.

We've talked it over as a team, and we've decided not to take your application for Customer Success Manager through to the next stage. We're prioritising people who've worked with hospital procurement teams before, and that came through as the main gap.

If you'd like to hear a bit more of Priya's thinking, just reply here and I'll set something up.

Ngā mihi,
Owen Marsh
Talent Partner, Corvid Health
Auckland
""",
        expect=dict(
            company="Corvid Health",
            contact="Owen Marsh",
            role="Customer Success Manager",
            stage="phone_screen",
            date="2026-11-26",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w01-hollowtree-thursday-afternoon",
        kind="txt",
        body="""From: Jakub Wiśniewski <jakub@hollowtree.design>
Subject: Thank you, and our decision
Date: 18 November 2026 at 14:22:07 GMT
To: Chloe Park <chloepark.design@icloud.com>

Hi Chloe,

Thanks for spending Thursday afternoon with us. I know four back-to-back conversations is a lot, and everyone came away with good things to say, especially about the critique session with Ade and Ruth.

We've now made a decision on the Staff Product Designer role and it's not going to be you this time. It came down to two people, and the other candidate has led a design system migration at a much larger scale.

I'd really like to give you proper feedback, so grab 20 minutes in my calendar if you want it: cal.com/jakub-w

Best,
Jakub

Jakub Wiśniewski (he/him)
VP Design, Hollowtree
""",
        expect=dict(
            company="Hollowtree",
            contact="Jakub Wiśniewski",
            role="Staff Product Designer",
            stage="final",
            date="2026-11-18",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="w01-saltmarsh-writing-samples",
        kind="txt",
        body="""From: Odile Marchetti <odile@saltmarsh.studio>
Sent: Wednesday, November 25, 2026 11:47 AM
To: Nell Garrity
Subject: Your Copywriter application

Hi Nell,

Thanks for sending through the three writing samples. I read them all, and the travel piece in particular made me want to book a ferry.

The honest reason we're not taking it further is that most of our work is B2B tech and financial services, and I didn't see anything in that register. Given that, I won't be setting up interviews for you this round.

Do send me something new if you write in that space. And if you want my notes on the samples, just reply.

Odile
Saltmarsh Studio
""",
        expect=dict(
            company="Saltmarsh Studio",
            contact="Odile Marchetti",
            role="Copywriter",
            stage="portfolio",
            date="2026-11-25",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
]
