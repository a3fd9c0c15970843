"""How far an application got, in German, French, Spanish, Dutch, Italian and Portuguese emails."""

from __future__ import annotations

import re

from coach.model import Stage

# Each stage's cues, one line a language, written the way companies in those
# countries tend to phrase it. They are read after the English cues of the
# same stage, in the same order of precedence (an offer taken back beats a
# final round, which beats a technical step, and so on).


def _cues(*lines: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{line})" for line in lines), re.IGNORECASE)


# "the offer" in each language, but never a job advert ("offre d'emploi").
_OFFER_WORD = (
    r"\b(?:(?:vertrags|job|arbeits)?angebot|(?:einstellungs)?zusage|offre|proposition|"
    r"promesse d['’]embauche|oferta|propuesta|(?:job)?aanbod|aanbieding|offerta|proposta)\b"
    r"(?!\s+(?:d['’]emploi|de (?:empleo|trabajo|emprego)|di lavoro|de vaga))"
)
TAKE_BACK = (
    r"\b(?:zurück\w*|widerruf\w*|annul\w*|retir\w*|révoqu\w*|revoc\w*|revog\w*|cancel\w*|"
    r"ingetrokken|intrekken|trekken|ritir\w*|annull\w*|sin efecto|sem efeito|"
    r"nicht (?:mehr )?aufrecht\w*|(?:plus|pas) maintenir|no (?:podemos )?mantener|"
    r"não (?:podemos )?manter|niet (?:langer )?(?:handhaven|door)|non (?:possiamo )?mantenere|"
    r"revenir sur|afzien|afgezien|af te zien)"
)

_NOT_A_LABEL = r"(?!\w|\s*[:.(+\d])"

# A call named as one, in each language ("Telefonat", "entrevista telefónica", "visio").
PHONE_NAMED = (
    rf"\btelefon\w*{_NOT_A_LABEL}|\btéléphon\w*{_NOT_A_LABEL}|\btelef[oó]n\w*{_NOT_A_LABEL}|"
    r"\bvideo(?:call|gespräch|interview|anruf|telefonat|llamada|chiamata|chamada)\w*|"
    r"\bvisio(?:conférence)?\b|\bllamada\b|\b(?:video)?chiamata\b|\b(?:video)?chamada\b|"
    r"\bligação\b|\bbelletje\b"
)

CUES: dict[Stage, re.Pattern[str]] = {
    Stage.OFFER: _cues(
        rf"{_OFFER_WORD}[^.\n]{{0,80}}{TAKE_BACK}",
        rf"{TAKE_BACK}[^.\n]{{0,40}}{_OFFER_WORD}",
        r"\bproposta di assunzione\b[^.\n]{0,200}\b(?:ritir|revoc|annull)\w*",
    ),
    Stage.FINAL: _cues(
        # References taken up: "le sue referenze, che abbiamo sentito".
        r"\b(?:referenz\w*|referencias|références|referenties|referências)\b[^.\n]{0,60}"
        r"\b(?:sentit\w*|contattat\w*|contactad\w*|contacté\w*|gesproken|kontaktiert|eingeholt|"
        r"contatad\w*|consultad\w*|vérifi\w*|nagebeld|gebeld|chiamat\w*|hablado|falado)",
        # German and Austrian.
        r"\b(?:letzte[nrs]?|finale[nrs]?|zweite[nrs]?) (?:runde|\w*gespräch\w*|auswahlrunde|"
        r"auswahlgespräch|interview|phase|etappe)\b|\b(?:final|end)runde\b|\bzweitgespräch\b|"
        r"\bvor ort\b|\bprobetag\b|"
        r"\b\w*(?:gespräch|treffen|termin|kennenlernen)\w* mit (?:der |dem |unserer |unserem |"
        r"unseren )?(?:\w+ )?(?:geschäftsführ\w*|vorstand|inhaber\w*|bereichsleit\w*|"
        r"abteilungsleit\w*|gründer\w*)",
        # French.
        r"\bderniers? (?:entretiens?|tours?|échanges?|rendez-vous)\b|"
        r"\bdernière (?:étape|phase|ronde)\b|"
        r"\bentretiens? fina(?:l|ux)\b|\b(?:étape|phase) finale\b|\baudition\w*\b|"
        r"\b(?:devant|avec) (?:le|un) jury\b|\bdevant (?:la|une) commission\b|"
        r"\b(?:deux|trois) dern(?:iers|ières)\b|\b(?:deuxième|second) (?:entretien|tour)\b|"
        r"\bsur site\b|\bdans nos locaux\b|"
        r"\b(?:(?:entretien|échange|rendez-vous|rencontre) avec|rencontr\w+)\s+(?:[\w'’]+\s+){0,3}?"
        r"(?:direction|directeur|directrice|dirigeants?|fondat(?:eur|rice)s?|associés?|"
        r"comité de direction)\b|\b(?:toute l['’]|l['’]ensemble de l['’])équipe\b",
        # Spanish.
        r"\b(?:últimas?|ultimas?|final) (?:entrevistas?|fase|etapa|ronda)\b|"
        r"\bentrevistas? fina(?:l|les)\b|"
        r"\b(?:fase|etapa|ronda) final\b|\bsegundas? entrevistas?\b|"
        r"\b(?:(?:entrevista|reunión|conversación|charla) con|conocer a|conociste a)\s+"
        r"(?:\w+\s+){0,3}?(?:dirección|director\w*|"
        r"gerente general|socios|fundador\w*|ceo)\b|\ben nuestras oficinas\b",
        # Dutch.
        r"\blaatste (?:gesprek\w*|ronde|fase|sollicitatiegesprek|selectiegesprek)\b|"
        r"\btweede (?:gesprek|ronde|sollicitatiegesprek)\b|\beindgesprek\b|"
        r"\bfinale (?:ronde|gesprek)\b|\bop (?:locatie|kantoor)\b|"
        r"\b(?:gesprek|kennismaking|afspraak) met\s+(?:\w+\s+){0,3}?(?:directie|directeur|"
        r"bestuur|oprichters?|partners)\b",
        # Italian.
        r"\b(?:colloqui[o]?|fase|incontr[oi]) final[ei]\b|"
        r"\bultim[oaie] (?:colloqui[o]?|fase|incontr[oi]|"
        r"step|tappa)\b|\bsecondo colloquio\b|\bin sede\b|"
        r"\b(?:(?:colloquio|incontro|conversazione) con|incontrato|conosciuto)\s+"
        r"(?:\w+\s+){0,3}?(?:direzione|direttore|direttrice|"
        r"amministratore delegato|fondator\w*|soci)\b",
        # Portuguese.
        r"\b(?:entrevistas?|fase|etapa) finais?\b|\b(?:entrevistas?|fase|etapa) final\b|"
        r"\búltim[ao]s? (?:entrevistas?|fase|etapa)\b|\bsegundas? entrevistas?\b|"
        r"\bconversa final\b|"
        r"\b(?:(?:entrevista|conversa|reunião) com|conhecer)\s+(?:\w+\s+){0,3}?"
        r"(?:diretoria|direção|diretor\w*|fundador\w*|sócios|ceo)\b",
    ),
    Stage.TECHNICAL: _cues(
        r"\btechnisch\w* (?:interview|gespräch|aufgabe|test|runde|challenge|assessment)\w*|"
        r"\bfach(?:gespräch|interview)\w*|\b\w{3,}(?:aufgabe|übung)\b|"
        r"\bcoding[- ]?(?:challenge|aufgabe|test|interview)(?:s|n)?\b|"
        r"\bassessment[- ]?cent(?:er|re)s?\b|\bprogrammier(?:aufgabe|test|übung)\w*|"
        # A day on the ward or in the shop: the trial shift of the format.
        r"\bhospitation\w*|\bmeeloopdag\w*|\bsnuffeldag\w*|\bjornada de prueba\b|"
        r"\bjournée (?:d['’]immersion|découverte)\b|\bgiornata di prova\b|\bdia de experiência\b|"
        r"\b(?:probe|test|fall|praxis|case)aufgabe\w*|"
        r"\bprobearbeit\w*|\bfallstudien?\b|\bcase[- ]?stud(?:y|ien?)\b|\beignungstests?\b|"
        r"\bonline-?tests?\b|\b(?:klein|technisch|praktisch)en? aufgaben?\b|"
        r"\barbeitsauftr[aä]ge?\b",
        r"\bentretiens? techniques?\b|"
        r"\btest\w* (?:technique|en ligne|de code|pratique|d['’]aptitude)|"
        r"\bexercice\w* (?:technique|pratique|à la maison)|\bétudes? de cas\b|\bcas pratiques?\b|"
        r"\bmises? en situation\b|\bépreuve\w* (?:technique|écrite|pratique)|"
        r"\bchallenges? techniques?\b|"
        r"\b(?:journée|période)s? d['’]essai\b",
        r"\bentrevistas? técnicas?\b|\bprueba\w* (?:técnica|práctica|de código|online|en línea)|"
        r"\bcasos? prácticos?\b|\bejercicios? (?:técnicos?|prácticos?)\b|"
        r"\b(?:reto|desafío)s? técnicos?\b|"
        r"\btests? técnicos?\b|\b(?:la|una|esta|las|todas las) pruebas?\b|\bdinámicas? de grupo\b|"
        r"\bejercicio de \w+",
        r"\btechnisch\w* (?:gesprek|interview|test|opdracht|ronde|assessment)\w*|"
        r"\b(?:praktijk|thuis|case|programmeer|test|proef)opdracht(?:en)?\b|"
        r"\bproef(?:werk)?dag(?:en)?\b|"
        r"\bassessments?\b(?!\s+(?:unit|team|afdeling|centrum|center|centre)\b)|\bcasus(?:sen)?\b|"
        r"\bschriftelijke (?:proef|proeven|tests?)\b|\b(?:uw|je|de) proef\b|"
        r"\b\w*(?:capaciteiten|vaardigheids|persoonlijkheids|"
        r"intelligentie|reken|taal|programmeer)tests?\b|\bonline[- ](?:tests?|toets(?:en)?)\b",
        r"\bcolloqui[o]? tecnic[oi]\b|"
        r"\b(?:prov[ae]|test|esercizi[o]?|esercitazion[ei]) (?:tecnic\w*|"
        r"pratic\w*|scritt[oaie]|di programmazione)\b|\bcas[oi] (?:di studio|pratic[oi])\b|"
        r"\bsfid[ae] tecnic(?:a|he)\b|\b(?:la|una|le) prov[ae]\b",
        r"\bentrevistas? técnicas?\b|\b(?:teste|desafio|exercício|prova|case)s? (?:técnic[oa]s?|"
        r"prátic[oa]s?|de código)\b|\bestudos? de caso\b|\btestes? (?:online|de programação)\b|"
        r"\bdinâmicas? de grupo\b|\btestes? de \w+",
    ),
    Stage.PHONE_SCREEN: _cues(
        # A telephone number's label ("Telefon: +49 ...") is no call.
        rf"\btelefon\w*{_NOT_A_LABEL}|\bvideo(?:call|gespräch|interview|anruf|telefonat)\w*|"
        r"\bkennenlern\w*|"
        r"\b\w*gespräch\w*|\btelefonat\b|\b(?:unser\w*|dem) (?:austausch|call)\b",
        rf"\btéléphon\w*{_NOT_A_LABEL}|"
        r"\b(?:notre|votre|cet|l['’]|un|nos) ?(?:échanges?|appel|entretiens?|conversation)\b"
        r"|\bvisio(?:conférence)?\b|\bentretien\w*|\b(?:vous|nous) (?:avons |avez )?rencontr\w+",
        rf"\bllamada\b|\btelef[oó]nic\w*{_NOT_A_LABEL}|\bvideollamada\b|\bentrevista\w*|"
        r"\b(?:nuestra|la) (?:conversación|charla|reunión)\b|\bconocerte\b|\bconocerle\b|"
        r"\bhablar contigo\b",
        rf"\btelefo\w*{_NOT_A_LABEL}|\b\w+gesprek\w*|\bgesprek\w*|\bbelletje\b|\bvideocall\b|\bkennismaking\w*",
        rf"\btelefon\w*{_NOT_A_LABEL}|\b(?:video)?chiamata\b|\bcolloqu\w*|\bconversazione\b|"
        r"\b(?:nostro|il) (?:incontro|confronto)\b|\bconoscert[ie]\b|\bconoscerla\b",
        rf"\btelefón\w*{_NOT_A_LABEL}|\b(?:video)?chamada\b|\bligação\b|\bentrevista\w*|"
        r"\b(?:nossa|a) conversa\b|"
        r"\bconversamos\b|\bconhecer-te\b|\bconhecê-l[oa]\b",
    ),
    Stage.PORTFOLIO: _cues(
        r"\barbeitsproben\b|\bmappe\b|\bportf[oó]lios?\b|\bportef[oó]lios?\b|\bporfolio\b|"
        r"\bportafolios?\b|"
        r"\béchantillons?\b|\bréalisations\b|\b(?:votre|ton|du|le|il|tuo|suo) book\b|"
        r"\bmuestras? de (?:tu|su|\w+ción|redacción|escritura|traducción)\b|\b\w*proben\b|"
        r"\bwerkvoorbeelden\b|\b\w*proeven\b|\bcampioni\b|\bamostras\b|"
        r"\besempi (?:di|dei) (?:tuoi |suoi )?lavori\b|"
        r"\bamostras de trabalho\b|\btrabalhos anteriores\b",
    ),
    # Saying they read it, not only naming it ("vielen Dank für Ihre Bewerbung" says
    # nothing of how far it got).
    Stage.APPLICATION: _cues(
        r"\b(?:unterlagen|bewerbung\w*|lebenslauf|profil)\b[^.\n]{0,40}\b(?:geprüft|gesichtet|"
        r"angeschaut|angesehen|durchgesehen|geprüft|bewertet)|\b(?:prüfung|sichtung|durchsicht)\b|"
        r"\bnach (?:sorgfältiger |eingehender |gründlicher )?(?:prüfung|durchsicht|sichtung)\b",
        r"\baprès (?:une )?(?:attentive |étude|examen|analyse|lecture)|\bétude (?:attentive )?de "
        r"(?:votre|ton) (?:dossier|candidature|cv|profil)|\b(?:examiné|étudié|analysé|lu)\b"
        r"[^.\n]{0,30}\b(?:dossier|candidature|cv|profil)",
        r"\b(?:tras|después de) (?:revisar|analizar|estudiar|valorar)|\b(?:revisado|analizado|"
        r"estudiado|valorado)\b[^.\n]{0,30}\b(?:cv|candidatura|perfil|currículum|solicitud)",
        r"\bna (?:zorgvuldige |uitgebreide )?(?:overweging|beoordeling|bestudering)\b|"
        r"\b(?:cv|brief|sollicitatie|brieven|motivatie)\w*\b[^.\n]{0,40}\b(?:bekeken|beoordeeld|"
        r"gelezen|bestudeerd)",
        r"\bdopo (?:un['’] ?)?(?:attenta |accurata )?(?:valutazione|analisi|lettura)\b|"
        r"\b(?:valutato|esaminato|analizzato|letto)\b[^.\n]{0,30}\b(?:curriculum|cv|profilo|"
        r"candidatura)",
        r"\bapós (?:a |uma )?(?:cuidadosa |atenta )?análise\b|\b(?:analisámos|analisamos|"
        r"avaliamos|avaliámos|revimos)\b[^.\n]{0,30}\b(?:currículo|cv|candidatura|perfil)|"
        r"\banálise (?:do seu |de seu |do )?(?:currículo|cv|perfil)|"
        # The first sift of the CVs: "triagem curricular", "Vorauswahl", "présélection".
        r"\btriagem\b|\btriaje\b|\bcribado\b|\bvorauswahl\b|\bpré-?sélection\b|"
        r"\bpreselezione\b|\bvoorselectie\b|\b(?:análise|selección|selezione) curricular\w*",
        # "Ihr Profil passt nicht", "votre profil ne correspond pas": they weighed it.
        r"\b(?:profil|perfil|profiel|profilo|erfahrung|expérience|experiencia|ervaring|"
        r"esperienza|experiência)\w*\b[^.\n]{0,40}\b(?:pass\w*|entsprich\w*|correspond\w*|"
        r"ajusta\w*|encaja\w*|aansl\w*|sluit\w*|in linea|adequa\w*|répond\w*|match\w*)|"
        r"\b(?:passt|entspricht|correspond|ajusta|encaja|sluit|adequa)\w*\b[^.\n]{0,30}"
        r"\b(?:profil|perfil|profiel|profilo)\b",
    ),
}


# A step they did NOT take you to ("nicht zu einem Gespräch einladen", "ne pas
# vous convier à un entretien") is taken out before the stage is read.
_NOT = (
    r"\b(?:nicht|keine?[nmrs]?|ohne|pas|plus|sans|no|sin|niet|geen|zonder|non|senza|não|nao|"
    r"sem|nur (?:wenige|einige)|seul(?:e?s)? quelques|solo (?:unos|algunos|unas|algunas)|"
    r"slechts (?:enkele|een paar)|solo alcuni|apenas alguns)\b"
)
_TAKE_YOU = (
    r"\b(?:ein(?:zu)?laden|eingeladen|einladung\w*|berücksichtig\w*|weiterkommen|anbieten|"
    r"propos\w+|ofrec\w+|offrir\w*|offri\w+|oferec\w+|aanbieden|"
    r"convi\w+|invit\w+|convoqu\w+|retenu\w*|passer|présélectionn\w*|"
    r"convoc\w+|avanz\w+|pasar|continuar|seleccion\w+|selecion\w+|sélectionn\w+|"
    r"selezionat\w+|geselecteerd|ausgewählt|"
    # Dutch splits the verb: "nodigen we je niet uit voor een gesprek".
    r"uit(?: te)? ?nodig\w*|uitgenodigd|uitnodiging\w*|nodigen|uit|door(?:gaan|laten|gaat)|"
    r"ammess\w*|procedere|passare|prosegui\w*|"
    r"convid\w+|avanç\w+|segui\w*|prossegui\w*|chamar|chiam\w+|llam\w+|appel\w+|"
    r"bellen)"
)
_STEP = (
    r"(?:\w*gespräch\w*|interviews?|(?:nächste|zweite|weitere)\w* (?:runde|phase|schritt)|"
    r"entretiens?|(?:étape|phase) suivante|prochaine étape|entrevistas?|"
    r"(?:siguiente|próxima|seguinte) (?:fase|etapa)|fase de entrevistas|\w*gesprek\w*|"
    r"volgende (?:ronde|fase|stap)|colloqui\w*|(?:fase|step) successiv[oa]|prossima fase)"
)
NOT_REACHED = re.compile(
    rf"{_NOT}[^.\n]{{0,60}}?{_TAKE_YOU}[^.\n]{{0,50}}?\b{_STEP}|"
    rf"{_NOT}[^.\n]{{0,40}}?\b{_STEP}[^.\n]{{0,30}}?{_TAKE_YOU}",
    re.IGNORECASE,
)
