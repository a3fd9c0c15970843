"""Writer Y3, batch 05: extra hand-labelled rejection emails (eml and pasted, mixed languages)."""
# ruff: noqa: E501

from __future__ import annotations

TODAY = "2026-11-26"  # undated (pasted) emails are read as arriving on this day

CASES: list[dict] = [
    dict(
        id="y05-it-studio-commas-telefonico",
        kind="eml",
        sender="Elena Marchetti <selezione@studiobrc.it>",
        subject="Esito colloquio - Praticante Commercialista",
        date="Mon, 23 Nov 2026 16:58:13 +0100",
        body="""Gentile dottor Esposito,

la ringrazio per il colloquio telefonico conoscitivo di giovedì scorso per la posizione di Praticante Commercialista presso il nostro studio.

Dopo aver valutato con attenzione tutti i profili, abbiamo deciso di proseguire con un candidato che ha già svolto parte del tirocinio in ambito revisione legale.

Le auguro ogni bene per il suo percorso professionale.

Cordiali saluti

dott.ssa Elena Marchetti
Ufficio Personale
Studio Associato Bianchi, Rota e Colombo
Corso Magenta 56, 20123 Milano
""",
        expect=dict(
            company="Studio Associato Bianchi, Rota e Colombo",
            contact="Elena Marchetti",
            role="Praticante Commercialista",
            stage="phone_screen",
            date="2026-11-23",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y05-pt-hospital-rh-entrevista-final",
        kind="txt",
        body="""De: Recrutamento HSCM <recrutamento@hscm.min-saude.pt>
Enviado: sexta-feira, 13 de novembro de 2026 11:26
Para: Beatriz Carvalho
Assunto: Procedimento concursal - Técnico de Radiologia

Exma. Senhora Beatriz Carvalho,

Na sequência da entrevista final realizada no passado dia 5 de novembro, no âmbito do procedimento concursal para Técnico de Radiologia, informamos que V. Exa. não foi selecionada para o posto de trabalho.

Caso pretenda, poderá solicitar a fundamentação da avaliação e os resultados detalhados de cada fase, bastando para tal responder a este email.

Com os melhores cumprimentos,

Departamento de Recursos Humanos
Hospital Santa Clara do Mondego, E.P.E.
""",
        expect=dict(
            company="Hospital Santa Clara do Mondego",
            contact="",
            role="Técnico de Radiologia",
            stage="final",
            date="2026-11-13",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y05-de-at-gmbhcokg-evidenz",
        kind="eml",
        sender="Mag. Theresa Gruber <karriere@donauwerk-bau.at>",
        subject="Ihre Bewerbung als Bauleiter Hochbau (m/w/d)",
        date="Tue, 10 Nov 2026 08:31:50 +0100",
        encoding="8bit",
        body="""Sehr geehrter Herr DI Huber,

vielen Dank für Ihre Bewerbung als Bauleiter Hochbau (m/w/d) für unseren Standort Linz und das Vertrauen, das Sie uns damit entgegenbringen.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerber:innen entschieden haben, deren Profil noch besser zu den aktuellen Projekten passt.

Ihr Einverständnis vorausgesetzt, halten wir Ihre Unterlagen 7 Monate in Evidenz und kommen bei einer passenden Vakanz gerne auf Sie zurück.

Wir wünschen Ihnen für Ihre Zukunft alles Gute.

Freundliche Grüße

Mag. Theresa Gruber
Recruiting & Employer Branding
Donauwerk Bau GmbH & Co KG
FN 412233 k | Landesgericht Linz
""",
        expect=dict(
            company="Donauwerk Bau GmbH & Co KG",
            contact="Theresa Gruber",
            role="Bauleiter Hochbau",
            stage="application",
            date="2026-11-10",
            reapply_after="2027-06-10",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y05-fr-qc-evaluation-12mois",
        kind="txt",
        body="""Bonjour Jérémie,

Merci d'avoir complété l'évaluation en ligne (tests d'aptitudes et questionnaire de personnalité) pour le poste de Conseiller(ère) en services financiers.

Nous avons analysé vos résultats avec attention. Malheureusement, nous ne pourrons pas donner suite à votre candidature pour ce poste.

Sachez que vous pourrez postuler de nouveau à ce type de poste dans 12 mois.

Nous vous souhaitons bonne chance dans vos projets professionnels.

L'équipe Acquisition de talents
Caisse Populaire Rivière-Ouest

Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre.
""",
        expect=dict(
            company="Caisse Populaire Rivière-Ouest",
            contact="",
            role="Conseiller(ère) en services financiers",
            stage="technical",
            date=None,
            reapply_after="2027-11-26",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y05-html-logo-alt-initial",
        kind="eml",
        sender="J. Okonjo <jokonjo@tallisandcrane.law>",
        subject="Paralegal, Commercial Property",
        date="Thu, 12 Nov 2026 12:14:38 +0000",
        html_only=True,
        body="""<html><body>
<table width="600"><tr><td><img src="https://cdn.tallisandcrane.law/logo.png" alt="Tallis &amp; Crane logo" width="180"></td></tr>
<tr><td style="font-family:Georgia,serif;font-size:15px">
<p>Dear Ms Adeyinka,</p>
<p>Thank you for speaking with me on the phone on Tuesday about the Paralegal, Commercial Property vacancy.</p>
<p>I have now spoken to all of the candidates and, on balance, we will not be inviting you to the next stage. Your conveyancing knowledge was clear, but the team is looking for someone with more experience of commercial leases.</p>
<p>If you would like to talk through my notes from our call, please let me know and I will happily arrange a short call.</p>
<p>Yours sincerely,</p>
<p>J. Okonjo<br>HR Manager<br>Tallis &amp; Crane</p>
</td></tr></table>
<p style="font-size:10px;color:#999">Tallis &amp; Crane is authorised and regulated by the Solicitors Regulation Authority (SRA no. 611204).</p>
</body></html>
""",
        expect=dict(
            company="Tallis & Crane",
            contact="J. Okonjo",
            role="Paralegal, Commercial Property",
            stage="phone_screen",
            date="2026-11-12",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y05-outlook-on-behalf-surname-first",
        kind="txt",
        body="""From: Talent Acquisition <ta@ferrowind.com> on behalf of Nguyen Thi Mai <mai.nguyen@ferrowind.com>
Sent: Wednesday, 11 November 2026 6:40 PM
To: Ravi Subramaniam
Subject: Offshore Project Engineer - Interview Outcome

Dear Ravi,

Thank you for attending the technical interview with our engineering leads last Friday for the Offshore Project Engineer position.

We regret to inform you that you have not been selected to proceed further. We received strong interest in this role, and the panel has chosen candidates with more direct experience in jacket foundation installation.

Please note that we are unable to provide individual feedback.

Best regards,

Nguyen Thi Mai
Recruitment Lead, APAC
Ferrowind Energy Pte. Ltd.
1 Marina Boulevard, #20-01, Singapore 018989
""",
        expect=dict(
            company="Ferrowind Energy Pte. Ltd.",
            contact="Nguyen Thi Mai",
            role="Offshore Project Engineer",
            stage="technical",
            date="2026-11-11",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y05-nonprofit-ed-board-chair",
        kind="txt",
        body="""Dear Lauren,

Thank you so much for meeting with me and our board chair, Ellen Sato, last week. I know you had already been through two conversations with our team, and I appreciate the thought you put into the fundraising plan you brought to this last interview.

We have decided to offer the Development Coordinator position to another candidate. This was a very hard decision, and I hope you'll stay connected with Harbor Literacy Alliance. We'd love to see you at our spring read-a-thon.

With gratitude,

DeShawn Miller
Executive Director
Harbor Literacy Alliance
""",
        expect=dict(
            company="Harbor Literacy Alliance",
            contact="DeShawn Miller",
            role="Development Coordinator",
            stage="final",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y05-gmail-thread-feedback-declined",
        kind="txt",
        body="""Re: Transport Planner - second interview
Inbox

Priti Shah <priti.shah@quaysidelogistics.co.uk>
Thu, Nov 19, 2026, 9:07 AM
to me

Hi Adam,

Thanks for getting back to me, and I understand completely why you'd want to know. I'm afraid company policy is that we don't give interview feedback, even after second interviews, so I can't share the panel's notes with you.

Once again I'm sorry it wasn't better news on the Transport Planner role.

Kind regards,
Priti Shah
HR Advisor
Quayside Logistics Ltd

On Tue, Nov 17, 2026 at 6:12 PM Adam Kowalczyk <adam.kowalczyk88@gmail.com> wrote:
> Hi Priti,
> Thanks for letting me know the outcome of my second interview. Would it be possible to get any feedback on where I fell short? It would really help me.
> Best wishes,
> Adam
>
> On Tue, Nov 17, 2026 at 3:30 PM Priti Shah <priti.shah@quaysidelogistics.co.uk> wrote:
>> Dear Adam,
>> Thank you for attending your second and final interview for the Transport Planner position. Unfortunately, on this occasion you have not been successful.
>> Kind regards,
>> Priti
""",
        expect=dict(
            company="Quayside Logistics Ltd",
            contact="Priti Shah",
            role="Transport Planner",
            stage="final",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y05-taleo-utility-climb-test",
        kind="eml",
        sender="Granite State Power & Light <gspl@taleo.net>",
        subject="Lineworker Apprentice - Assessment Results",
        date="Fri, 20 Nov 2026 13:30:00 -0500",
        html=True,
        body="""Dear Tyler Beaulieu,

Thank you for participating in the pre-employment assessment process for the Lineworker Apprentice position (Requisition 26-0987). This process included the Construction and Skilled Trades (CAST) written test and a pole-climbing evaluation at our Concord training yard.

Based on your results, we regret to inform you that you will not be moving forward in the selection process. You will be eligible to reapply in 12 months.

Because these assessments are standardized, we do not provide individual score reports or feedback.

We appreciate your interest in a career with us.

Sincerely,

Talent Acquisition | Human Resources
Granite State Power & Light Co.

EEO/AA Employer/Vets/Disability
""",
        expect=dict(
            company="Granite State Power & Light Co.",
            contact="",
            role="Lineworker Apprentice",
            stage="technical",
            date="2026-11-20",
            reapply_after="2027-11-20",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y05-text-tradesman-loads-applied",
        kind="txt",
        body="""Sorry mate, had loads of applications for the apprentice electrician job and we've gone with someone else. Keep at it.

Gaz
Hendry Electrical
""",
        expect=dict(
            company="Hendry Electrical",
            contact="Gaz",
            role="Apprentice Electrician",
            stage="application",
            date=None,
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y05-lever-offer-on-hold-division",
        kind="eml",
        sender="Sunita Pillai <sunita.pillai@hollismedtech.com>",
        subject="Regarding your offer - Regulatory Affairs Specialist II",
        date="Tue, 17 Nov 2026 10:02:45 -0600",
        body="""Hi Oleksandr,

I'm sorry to be reaching out with this news. Yesterday our leadership team put the Regulatory Affairs Specialist II position on hold following changes to our 2027 product roadmap. Because the start date can no longer be confirmed, we've had to make the difficult decision to rescind the offer we extended to you on November 6.

I know you were excited about joining, and so were we. I'd really like to talk with you directly; please grab any time on my calendar this week or reply with a number I can reach you on.

With regret,

Sunita Pillai
Senior Talent Partner
Hollis MedTech, a division of Arkwright Group
""",
        expect=dict(
            company="Hollis MedTech",
            contact="Sunita Pillai",
            role="Regulatory Affairs Specialist II",
            stage="offer",
            date="2026-11-17",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y05-ashby-writing-samples-6mo",
        kind="eml",
        sender="Ashby <no-reply@ashbyhq.com>",
        subject="Your application to Ledgerly",
        date="Wed, 25 Nov 2026 11:11:11 -0500",
        body="""Hi Imani,

Thank you for applying for the Technical Writer role and for sending the writing samples we asked for. Our docs team read all three pieces.

We've decided not to move forward to interviews. We were looking for samples with more API reference and developer-onboarding content, which is the bulk of this role.

We'd be glad to consider you again after 6 months if you're still interested in working with us.

Ledgerly Talent
""",
        expect=dict(
            company="Ledgerly",
            contact="",
            role="Technical Writer",
            stage="portfolio",
            date="2026-11-25",
            reapply_after="2027-05-25",
            feedback_invited=False,
        ),
    ),
    dict(
        id="y05-outlook-hospital-req-closed",
        kind="txt",
        body="""From: Saint Columba Medical Center Careers <careers@stcolumbamc.org>
Sent: Monday, November 16, 2026 8:05 AM
To: Andre Mitchell
Subject: Requisition 11872 - Respiratory Therapist

Dear Andre Mitchell,

Please be advised that requisition 11872, Respiratory Therapist, has been closed and will not be filled at this time.

Thank you for your interest in Saint Columba Medical Center. We invite you to view current openings on our careers page.

Talent Acquisition Team
Saint Columba Medical Center
""",
        expect=dict(
            company="Saint Columba Medical Center",
            contact="",
            role="Respiratory Therapist",
            stage=None,
            date="2026-11-16",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
    dict(
        id="y05-yahoo-surname-comma-hr",
        kind="txt",
        body="""Yahoo Mail

Re: Warehouse Supervisor (Req 5512)

From: Delacroix, Jean-Baptiste (HR) <jb.delacroix@pellworth.com>
To: marcus_t_grant@yahoo.com
Thu, Nov 19, 2026 at 2:02 PM

Marcus,

Thanks for the phone screen on Monday. I shared my notes with the operations manager and we've decided not to move you to the in-person interview for the Warehouse Supervisor role. We're prioritizing candidates who have supervised a team of 20+ on a night shift.

If you have any questions, please reach out.

Jean-Baptiste Delacroix
HR Generalist | Pellworth Distribution
""",
        expect=dict(
            company="Pellworth Distribution",
            contact="Jean-Baptiste Delacroix",
            role="Warehouse Supervisor",
            stage="phone_screen",
            date="2026-11-19",
            reapply_after=None,
            feedback_invited=True,
        ),
    ),
    dict(
        id="y05-references-stage-cra2",
        kind="eml",
        sender="Rosalind Achterberg <r.achterberg@bellweather-ps.com>",
        subject="Clinical Research Associate II",
        date="Mon, 02 Nov 2026 17:50:00 +0100",
        body="""Dear Dr. Chukwu,

Thank you for your patience while we completed the reference stage for the Clinical Research Associate II position.

Having now reviewed the references together with the outcome of your interviews, we have decided not to proceed with your application. We are grateful to you and to your referees for the time given to this process.

We are not in a position to share further detail on our decision.

Kind regards,

Rosalind Achterberg
Talent Acquisition Manager, EMEA
Bellweather Pharma Services B.V.
""",
        expect=dict(
            company="Bellweather Pharma Services B.V.",
            contact="Rosalind Achterberg",
            role="Clinical Research Associate II",
            stage="final",
            date="2026-11-02",
            reapply_after=None,
            feedback_invited=False,
        ),
    ),
]
