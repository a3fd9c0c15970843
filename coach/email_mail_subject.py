"""A subject that speaks only of the mail itself or a step ("Invitation", "Votre candidature")."""

from __future__ import annotations

import re

# The words a subject uses to say what the mail is, in the languages the reader knows: its
# news ("Update", "Outcome", "Absage"), what it is about ("Your application", "Su
# candidatura"), a step of the hiring ("Phone screen", "Assessment centre"), or thanks. No
# job's name is made only of them: "Recruitment Coordinator" and "Information Officer" end in a
# job's own word. Articles, possessives and the small words between are among them.
_MAIL_WORDS = frozenset(
    """
    re fwd fw aw wg tr rv your our my the a an of to on for about regarding from and with by
    at in hr you we us
    invitation invite invited update updates application applications candidacy candidature
    outcome result results information info feedback recruitment recruiting careers career
    jobs job notification notice message news offer rejection reminder status thank thanks
    welcome hiring vacancy opportunity decision response reply follow up following next
    steps step important unsuccessful successful received confirmation confirm interview
    interviews assessment centre center day test tests screen screening phone call video
    online onsite site visit written coding technical final first second third panel
    virtual stage round schedule scheduling booking process selection good hello hi ref
    reference new
    votre vos ta ton su sus tu ihre ihr uw je la le les el los sua tua o de du des di da do
    del della dos das à au
    candidatura bewerbung sollicitatie invitación invitacion einladung uitnodiging invito
    convite résultat resultat resultado risultato réponse respuesta risposta resposta
    absage zusage bedankt grazie merci gracias obrigado obrigada danke
    actualización actualizacion mise jour aggiornamento atualização atualizacao
    entretien entrevista colloquio vorstellungsgespräch gesprek sollicitatiegesprek
    offre oferta angebot aanbod proposta informationen informatie informazioni
    información informacion informação informacao nachricht mensaje messaggio bericht
    mensagem rückmeldung retour esito selezione selección seleccion seleção selecao
    proceso processus prozess processo procedura statut estado stato terugkoppeling
    """.split()
)


def only_mail_words(subject: str) -> bool:
    """Whether a subject is made only of words about the mail or a step, naming no job."""
    words = re.findall(r"[^\W\d_]+", subject.lower())
    return bool(words) and all(word in _MAIL_WORDS for word in words)
