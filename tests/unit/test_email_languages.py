"""Rejection emails in German, French, Spanish, Dutch, Italian and Portuguese give their fields."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_guess import guess_from_email

TODAY = date(2026, 11, 20)

# Each: the email as pasted, then role, stage, reapply_after, feedback_invited.
EMAILS = [
    (
        "Sehr geehrte Frau Brandt,\n\nvielen Dank für Ihre Bewerbung als Buchhalterin (m/w/d) "
        "und das angenehme Telefonat am Montag.\n\nLeider haben wir uns für eine andere "
        "Kandidatin entschieden. Gerne erläutere ich Ihnen unsere Entscheidung in einem kurzen "
        "Gespräch.\n\nBewerben Sie sich gern in sechs Monaten erneut bei uns.\n\n"
        "Mit freundlichen Grüßen\nKarin Vogt\nPersonalabteilung\nStahlmann GmbH\n"
        "Telefon: +49 30 1234567\n",
        "Buchhalterin",
        "phone_screen",
        "2027-05-20",
        True,
    ),
    (
        "Bonjour Julien,\n\nMerci pour le temps consacré à l'étude de cas et à l'entretien "
        "technique pour le poste de Développeur back-end (H/F).\n\nMalheureusement, nous ne "
        "pouvons pas donner suite à votre candidature. Nous ne sommes pas en mesure de vous "
        "faire un retour personnalisé.\n\nNous conservons votre CV dans notre vivier pendant "
        "douze mois.\n\nCordialement,\nSophie Marchal\nTalents, Ardoise Tech\n",
        "Développeur back-end",
        "technical",
        "2027-11-20",
        False,
    ),
    (
        "Hola Marta,\n\nGracias por tu tiempo en la entrevista final con nuestra directora "
        "para el puesto de Jefa de Producto.\n\nHemos decidido continuar con otros candidatos. "
        "Si quieres, estaré encantada de darte comentarios en una llamada.\n\nPuedes volver a "
        "postularte dentro de un año.\n\nUn saludo,\nLucía Gómez\nRecursos Humanos, Lumbre SL\n",
        "Jefa de Producto",
        "final",
        "2027-11-20",
        True,
    ),
    (
        "Beste Sem,\n\nBedankt voor je sollicitatie op de vacature van Accountmanager bij "
        "Dijkstra Logistiek.\n\nWe hebben besloten je niet uit te nodigen voor een eerste "
        "gesprek. Helaas kunnen we geen persoonlijke feedback geven.\n\nJe mag over zes "
        "maanden opnieuw solliciteren.\n\nMet vriendelijke groet,\nIris Bakker\nHR, "
        "Dijkstra Logistiek\n",
        "Accountmanager",
        "application",
        "2027-05-20",
        False,
    ),
    (
        "Gentile Paolo,\n\ngrazie per aver svolto la prova tecnica per la posizione di "
        "Sviluppatore Java presso Cerulea.\n\nPurtroppo abbiamo deciso di proseguire con altri "
        "candidati. Se lo desideri, sarò lieta di darti un riscontro più dettagliato.\n\n"
        "Potrai candidarti nuovamente tra sei mesi.\n\nCordiali saluti,\nElena Conti\nHR, "
        "Cerulea S.r.l.\n",
        "Sviluppatore Java",
        "technical",
        "2027-05-20",
        True,
    ),
    (
        "Olá Beatriz,\n\nObrigado pela conversa telefónica sobre a vaga de Analista de Dados "
        "na Ondamar.\n\nInfelizmente decidimos avançar com outros candidatos. Não nos é "
        "possível dar feedback individual.\n\nPoderá voltar a candidatar-se daqui a seis "
        "meses.\n\nCom os melhores cumprimentos,\nJoão Pires\nRecursos Humanos, Ondamar Lda.\n",
        "Analista de Dados",
        "phone_screen",
        "2027-05-20",
        False,
    ),
    (
        "Sehr geehrter Herr Kern,\n\nwir müssen Ihnen leider mitteilen, dass wir unser "
        "Vertragsangebot für die Stelle als Werkstattleiter zurückziehen müssen.\n\n"
        "Für Rückfragen stehe ich Ihnen gerne zur Verfügung.\n\nMit freundlichen Grüßen\n"
        "Uwe Held\nHeld & Partner KG\n",
        "Werkstattleiter",
        "offer",
        None,
        True,
    ),
    (
        "Bonjour Claire,\n\nAprès notre dernier entretien avec la direction pour le poste de "
        "Responsable marketing, nous avons retenu un autre profil.\n\nJe reste à votre "
        "disposition si vous souhaitez un retour.\n\nBien à vous,\nMarc Leroy\nOrbe SAS\n",
        "Responsable marketing",
        "final",
        None,
        True,
    ),
    (
        "Estimado Sr. Ruiz:\n\nHemos revisado su portafolio para la vacante de Arquitecto "
        "Técnico. Lamentablemente su perfil no se ajusta a lo que buscamos.\n\n"
        "Atentamente,\nCarmen Ortiz\nEstudio Ortiz Arquitectos\n",
        "Arquitecto Técnico",
        "portfolio",
        None,
        False,
    ),
]


@pytest.mark.parametrize(("text", "role", "stage", "reapply", "feedback"), EMAILS)
def test_an_email_in_another_language_gives_its_fields(
    text: str, role: str, stage: str, reapply: str | None, feedback: bool
) -> None:
    got = guess_from_email(text, TODAY).to_json()
    assert (got["role"], got["stage"], got["reapply_after"], got["feedback_invited"]) == (
        role,
        stage,
        reapply,
        feedback,
    )


def test_a_past_count_in_another_language_is_no_wait_to_apply_again() -> None:
    text = (
        "Hallo Tom,\n\nwir haben in den letzten zwei Wochen über 300 Bewerbungen erhalten "
        "und uns leider für jemand anderen entschieden.\n\nViele Grüße\nAnna\n"
    )
    assert guess_from_email(text, TODAY).reapply_after is None


def test_a_telephone_number_in_a_signature_is_no_phone_screen() -> None:
    text = (
        "Hallo Tom,\n\nleider passt Ihr Profil nicht zu unseren Anforderungen.\n\n"
        "Viele Grüße\nAnna Roth\nTelefon: +49 89 123456\nRoth AG\n"
    )
    assert guess_from_email(text, TODAY).stage is not None
    assert guess_from_email(text, TODAY).stage.value == "application"


def test_a_pasted_outlook_copy_in_german_gives_the_sender_date_and_subject() -> None:
    text = (
        "Von: Jonas Albrecht <j.albrecht@brandtwerk.de>\n"
        "Gesendet: Dienstag, 1. Dezember 2026 14:22\n"
        "An: lena@example.org\n"
        "Betreff: Ihre Bewerbung als Softwareentwicklerin\n\n"
        "Sehr geehrte Frau Schmitt,\n\nleider haben wir uns anders entschieden. "
        "Bewerben Sie sich gern in 12 Monaten erneut.\n\nMit freundlichen Grüßen\n"
        "Jonas Albrecht\nBrandtwerk AG\n"
    )
    got = guess_from_email(text, TODAY).to_json()
    assert got["date"] == "2026-12-01"
    assert got["reapply_after"] == "2027-12-01"  # from the day it was sent, not today
    assert got["role"] == "Softwareentwicklerin"
    assert got["contact"] == "Jonas Albrecht"


@pytest.mark.parametrize(
    ("line", "sent"),
    [
        ("Le mar. 10 nov. 2026 à 08:12, Ana Lopes <ana@acme.fr> a écrit :", "2026-11-10"),
        ("El mar, 10 nov 2026 a las 8:12, Ana Lopes <ana@acme.es> escribió:", "2026-11-10"),
        ("Op di 10 nov. 2026 om 08:12 schreef Ana Lopes <ana@acme.nl>:", "2026-11-10"),
        ("Il giorno mar 10 nov 2026 alle ore 08:12 Ana Lopes <ana@acme.it> ha scritto:", None),
        ("Em ter., 10 de nov. de 2026 às 08:12, Ana Lopes <ana@acme.pt> escreveu:", "2026-11-10"),
    ],
)
def test_a_reply_line_in_another_language_names_the_day_and_sender(
    line: str, sent: str | None
) -> None:
    text = f"{line}\n\nHi Jo,\n\nUnfortunately not this time.\n\nAna Lopes\nAcme\n"
    got = guess_from_email(text, TODAY).to_json()
    assert got["contact"] == "Ana Lopes"
    if sent:
        assert got["date"] == sent


@pytest.mark.parametrize(
    ("text", "company", "contact"),
    [
        (
            "Gentile Marco,\n\nabbiamo deciso di proseguire con un altro candidato.\n\n"
            "Cordiali saluti,\nUfficio Risorse Umane\nBellini S.p.A.\n",
            "Bellini",
            None,
        ),
        (
            "Olá Pedro,\n\nDecidimos não avançar com a sua candidatura.\n\nAbraço,\nMiguel\n"
            "Brisa Tech\n",
            "Brisa Tech",
            "Miguel",
        ),
        (
            "Bonjour,\n\nNous ne pouvons pas donner suite à votre candidature.\n\n"
            "Le Service Recrutement\nGroupe Verlaine Habitat\n",
            "Groupe Verlaine Habitat",
            None,
        ),
        (
            "Sehr geehrte Frau Steiner,\n\nwir haben uns für eine andere Bewerberin entschieden."
            "\n\nMit freundlichen Grüßen aus Graz\n\nMag. Verena Hofer\nLeitung Personal\n"
            "Murtal Energie\n",
            "Murtal Energie",
            "Verena Hofer",
        ),
    ],
)
def test_a_department_or_a_title_in_another_language_is_no_person(
    text: str, company: str, contact: str | None
) -> None:
    got = guess_from_email(text, TODAY).to_json()
    assert (got["company"], got["contact"]) == (company, contact)


def test_an_agency_in_another_language_hands_over_to_its_client() -> None:
    text = (
        "Hoi Mehmet,\n\nKoelewijn Installatietechniek heeft me vanochtend laten weten dat ze "
        "het aanbod intrekken. Bel me even als je wilt sparren.\n\nGroet,\nThijs van Dijk\n"
        "Van Dijk Werving & Selectie\n"
    )
    got = guess_from_email(text, TODAY).to_json()
    assert (got["company"], got["stage"], got["feedback_invited"]) == (
        "Koelewijn Installatietechniek",
        "offer",
        True,
    )


def test_a_notice_not_to_reply_in_french_is_no_signature() -> None:
    text = (
        "Madame,\n\nNous ne pouvons pas donner suite à votre candidature.\n\n"
        "La Direction des Ressources Humaines\nGroupe Beaulieu Distribution\n\n"
        "Ce message a été envoyé automatiquement, merci de ne pas y répondre.\n"
    )
    assert guess_from_email(text, TODAY).company == "Groupe Beaulieu Distribution"


@pytest.mark.parametrize(
    ("sentence", "invited"),
    [
        ("Wenn du magst, schreibe ich dir gern, was uns gefehlt hat.", True),
        ("Sag einfach Bescheid.", True),
        ("Si quieres comentar cualquiera de estos puntos, responde a este correo.", True),
        ("Fique à vontade para nos enviar suas dúvidas.", True),
        ("Se vuoi passare, ti dico volentieri cosa ho visto.", True),
        ("No dudes en escribirme si quieres comentarios.", True),
        ("Nous ne sommes pas en mesure de vous faire un retour personnalisé.", False),
        ("Ein individuelles Feedback können wir leider nicht geben.", False),
        ("Helaas kunnen we geen persoonlijke feedback geven.", False),
    ],
)
def test_feedback_offered_or_refused_in_other_languages(sentence: str, invited: bool) -> None:
    assert guess_from_email(f"Hallo,\n\n{sentence}\n", TODAY).feedback_invited is invited


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Gracias por tu candidatura para Técnico de Mantenimiento en Grupo Olivar.",
            "Técnico de Mantenimiento",
        ),
        (
            "Obrigado pelo processo seletivo para Analista de Marketing Pleno.",
            "Analista de Marketing Pleno",
        ),
        (
            "Danke für Ihre Bewerbung auf die Position Vertriebsmitarbeiter (w/m/d).",
            "Vertriebsmitarbeiter",
        ),
        (
            "Votre candidature au poste de Commerciale terrain n'a pas été retenue.",
            "Commerciale terrain",
        ),
        (
            "Obrigado pela candidatura à vaga de Desenvolvedor(a) Front-end Pleno aqui na Caju.",
            "Desenvolvedor Front-end Pleno",
        ),
    ],
)
def test_a_title_after_its_lead_in_ends_where_the_sentence_goes_on(
    sentence: str, role: str
) -> None:
    assert guess_from_email(f"Hallo,\n\n{sentence}\n", TODAY).role == role


@pytest.mark.parametrize(
    ("sentence", "after"),
    [
        ("La invitiamo a riprovare tra un anno.", "2027-11-20"),
        ("Probeer het over een jaar nog eens.", "2027-11-20"),
        ("Starte gern in zwei Jahren einen neuen Versuch.", "2028-11-20"),
        ("Vous pourrez retenter votre chance dans 6 mois.", "2027-05-20"),
        ("Puedes volver a intentarlo en un año.", "2027-11-20"),
        ("Pode tentar de novo daqui a um ano.", "2027-11-20"),
        ("Conserveremo il suo curriculum nella nostra banca dati per 12 mesi.", "2027-11-20"),
        ("Wij bewaren uw gegevens een half jaar in onze talentenpool.", "2027-05-20"),
    ],
)
def test_a_wait_to_try_again_in_other_languages(sentence: str, after: str) -> None:
    text = f"Hallo,\n\nleider nein.\n\n{sentence}\n"
    assert guess_from_email(text, TODAY).to_json()["reapply_after"] == after


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        (
            "Olá,\n\nA proposta fica sem efeito. Estou inteiramente disponível para falarmos.\n",
            "feedback_invited",
            True,
        ),
        (
            "Hallo,\n\nToch nodigen we je niet uit voor een gesprek. "
            "Als je wilt, licht ik het telefonisch toe.\n",
            "stage",
            "application",
        ),
        (
            "Gentile,\n\nla Fondazione ha deciso di affidare l'incarico di "
            "Responsabile Ufficio Stampa a un altro candidato.\n",
            "role",
            "Responsabile Ufficio Stampa",
        ),
        (
            "Hallo,\n\nleider nein.\n\nMit freundlichen Grüßen\nIm Auftrag\n\n"
            "Schröder\nPersonalamt\n",
            "contact",
            "Schröder",
        ),
    ],
)
def test_wordings_from_the_fifth_batch(text: str, field: str, want: object) -> None:
    assert guess_from_email(text, TODAY).to_json()[field] == want


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        ("Madame,\n\nmerci pour l'audition devant le jury. Non.\n", "stage", "final"),
        ("Hola,\n\nGracias por la dinámica de grupo. No.\n", "stage", "technical"),
        ("Olá,\n\nVimos o seu portefólio. Não.\n", "stage", "portfolio"),
        (
            "Hallo,\n\nIch stehe Ihnen jederzeit für ein persönliches Gespräch zur Verfügung.\n",
            "feedback_invited",
            True,
        ),
        (
            "Madame,\n\nau poste d'Ingénieur d'études en bioinformatique. Non.\n",
            "role",
            "Ingénieur d'études en bioinformatique",
        ),
    ],
)
def test_wordings_from_the_sixth_batch(text: str, field: str, want: object) -> None:
    assert guess_from_email(text, TODAY).to_json()[field] == want


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        (
            "Olá,\n\nObrigado por ter realizado o teste de competências. Não.\n",
            "stage",
            "technical",
        ),
        (
            "Gentile,\n\nle sue referenze, che abbiamo sentito, erano ottime. No.\n",
            "stage",
            "final",
        ),
        ("Hoi,\n\nWe moeten afzien van het aanbod dat we je hebben gedaan.\n", "stage", "offer"),
        ("Ciao,\n\nnon ti chiameremo per un colloquio.\n", "stage", "application"),
    ],
)
def test_wordings_from_the_seventh_batch(text: str, field: str, want: object) -> None:
    assert guess_from_email(text, TODAY).to_json()[field] == want
