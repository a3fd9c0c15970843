"""Feedback offered or refused, in German, French, Spanish, Dutch, Italian and Portuguese emails."""

from __future__ import annotations

import re

# What feedback, reasons or an explanation are called.
_FEEDBACK = (
    r"(?:feedback|rückmeldung\w*|begründung\w*|gründe|retours?|commentaires?|motifs?|raisons|"
    r"retroalimentación|comentarios|valoraci[oó]n\w*|motivos|terugkoppeling|toelichting|"
    r"motivatie|redenen|riscontr[oi]|motivazion\w*|commenti|devolutiva|retorno|coment[aá]rios)"
)

# "Ein individuelles Feedback können wir leider nicht geben", "nous ne sommes
# pas en mesure de vous faire un retour personnalisé".
REFUSED = re.compile(
    rf"\b(?:nicht|kein\w*|pas|aucun\w*|no|niet|geen|non|não|nao|impossible|imposible)\b"
    rf"[^.\n]{{0,70}}\b{_FEEDBACK}\b|"
    rf"\b{_FEEDBACK}\b[^.\n]{{0,60}}\b(?:nicht möglich|leider nicht|pas possible|"
    r"no (?:es|nos es) posible|niet mogelijk|non (?:è|ci è) possibile|não (?:é|nos é) possível)",
    re.IGNORECASE,
)

# Questions are always welcome, even in a sentence that refuses feedback.
QUESTIONS = re.compile(
    r"\b(?:fragen|rückfragen|questions?|preguntas|dudas|vragen|domande|dubbi|chiarimenti|"
    r"dúvidas|perguntas|questões)\b",
    re.IGNORECASE,
)

# An offer to explain, give feedback or answer questions, in each language.
OFFERED = re.compile(
    "|".join(
        [
            # German: "gern erläutere ich Ihnen", "für Rückfragen stehe ich zur Verfügung".
            r"\bgerne?\b[^.\n]{0,80}\b(?:feedback|rückmeldung|erläuter\w*|erklär\w*|fragen|"
            r"besprech\w*|telefonisch|an(?:zu)?rufen|rufe|gespräch|austausch\w*)",
            rf"\b{_FEEDBACK}\b[^.\n]{{0,60}}\b(?:gerne?|melde dich|melden sie sich|bescheid)\b",
            r"\b(?:bei|für) (?:weitere |offene )?(?:fragen|rückfragen)\b|"
            r"\bstehe (?:ich )?(?:ihnen|dir|euch) [^.\n]{0,50}?zur verfügung\b|"
            r"\bwenn (?:sie|du) (?:möchte(?:n|st)|magst|mögen|willst|wollen)\b[^.\n]{0,80}"
            r"\b(?:feedback|erläuter\w*|erklär\w*|an(?:zu)?rufen|rufe|gespräch|sprechen|"
            r"telefon\w*|schreib\w*|erzähl\w*|gefehlt)",
            r"\b(?:sag|sagen sie|gib|geben sie)\b[^.\n]{0,20}\bbescheid\b",
            # French: "n'hésitez pas à me contacter", "je reste à votre disposition".
            r"\b(?:volontiers|avec plaisir|ravie?s?|heureu(?:x|se)s?)\b[^.\n]{0,80}"
            r"\b(?:retour|feedback|échanger|expliquer|appel|discuter|questions?|téléphon\w*)",
            r"\bn['’]hésite[zr]? pas à (?:me |nous |m['’])(?:contacter|écrire|solliciter|"
            r"recontacter|appeler|poser)|\brevenir vers (?:moi|nous)\b[^.\n]{0,60}\bquestions?\b|"
            r"\bsi vous avez (?:des|d['’]autres) questions\b|\b(?:me|nous|se) tien(?:s|t|nent|drai|"
            r"drons) à (?:votre|ta|vos) (?:entière |pleine )?disposition\b|"
            r"\b(?:je|nous) (?:reste|restons|suis|sommes) "
            r"(?:\w+ ){0,2}à (?:votre|ta|vos) "
            r"(?:entière )?disposition\b|\bpour toute (?:question|information)\b|"
            r"\bsi (?:vous|tu) (?:le )?souhait\w+\b[^.\n]{0,80}\b(?:retour|feedback|échanger|"
            r"expliquer|appel|discuter|appeler)",
            # Spanish: "no dudes en escribirme", "si quieres, te cuento".
            r"\b(?:con (?:mucho )?gusto|encantad[oa]s?|estaré encantad\w+|no dudes? en|"
            r"quedo a (?:tu|su) (?:entera )?disposición|quedamos a (?:tu|su) disposición|"
            r"si (?:lo )?(?:deseas|desea|quieres|quiere|te apetece)|si te (?:sirve|interesa))\b"
            r"[^.\n]{0,80}\b(?:feedback|comentarios|retroalimentación|valoraci[oó]n|llamada|"
            r"hablar\w*|explicar\w*|preguntas|dudas|contactar\w*|escribir\w*|llamar\w*|"
            r"contarte|comentar\w*|respond\w*|lo vemos|notas|apuntes|te mando|te envío|llám\w+|"
            r"te llamo|te cuento|"
            r"lo hablamos)",
            r"\b(?:para|responder|resolver) cualquier (?:duda|pregunta|consulta)\b|"
            r"\b(?:quedo|quedamos|estoy|estamos) (?:disponibles?|a (?:tu|su) disposición)\b",
            # Dutch: "ik geef je graag feedback", "als je wilt, licht ik het toe".
            r"\b(?:graag|als (?:je|u) (?:dat )?wil[td]?|mocht(?:en)? (?:je|u)|wil (?:je|u) weten|"
            r"aarzel niet|neem gerust|kun je altijd|kunt u altijd)\b[^.\n]{0,80}"
            r"\b(?:feedback|toelicht\w*|toe(?:\s|$)|terugkoppeling|contact|bel\w*|vragen|"
            r"uitleg\w*|bespreken|telefonisch|mail\w*|sparren|praten|spreken)",
            r"\bbel (?:me|mij|ons)\b|\b(?:(?:mag|kunt|kun) (?:je|u)|(?:je|u) (?:mag|kunt|kan)) "
            r"(?:\w+ )?(?:altijd |gerust |ook )?(?:bellen|mailen|contacteren|contact (?:met \w+ )?"
            r"opnemen)\b|\b(?:indien|als|mocht(?:en)?) (?:u|je) (?:nog )?vragen\b",
            r"\b(?:bel|mail|neem|stuur|vraag)\w*\b[^.\n]{0,30}\bgerust\b|"
            r"\b(?:heb|hebt|heeft) (?:je|u) (?:nog )?vragen\b",
            # Italian: "resto a disposizione per qualsiasi chiarimento".
            r"\b(?:volentieri|sarò liet[oa]|sarei felice|saremo lieti|non esit\w+|se (?:lo )?"
            r"desideri|se (?:lo )?desidera|se vuoi|se preferisce|(?:resto|rimango|restiamo|"
            r"rimaniamo) a (?:sua |tua |vostra )?(?:completa )?disposizione)\b[^.\n]{0,80}"
            r"\b(?:feedback|riscontro|spiegar\w*|chiamata|domande|contattar\w*|parlarne|"
            r"discuterne|chiariment\w*|telefon\w*|confronto)",
            r"\bper qualsiasi (?:domanda|chiarimento|dubbio)\b|"
            r"\b(?:ti|le|vi) (?:dico|spiego|racconto) volentieri\b",
            # Portuguese: "teremos todo o gosto em partilhar o feedback".
            r"\b(?:terei|teremos|tenho) (?:todo o )?gosto\b|\bcom (?:todo o )?prazer\b[^.\n]{0,80}"
            r"\b(?:feedback|retorno|explicar|conversar)|\b(?:fico|ficamos|estou|estamos) à "
            r"(?:sua |tua )?(?:inteira )?disposição\b|\bnão hesite\b|"
            r"\b(?:se quiser|se quiseres|se desejar|caso queira|caso deseje|se assim o desejar)\b"
            r"[^.\n]{0,80}"
            r"\b(?:feedback|retorno|explicar|conversar|chamada|ligação|dúvidas|perguntas|"
            r"comentários|notas|mandar|enviar|mando|envio|"
            r"contactar|contatar|ligar)|\b(?:para )?qualquer (?:dúvida|questão)\b|"
            r"\bao (?:seu |teu |vosso )?dispor\b|"
            # Available to talk it over: "estou inteiramente disponível para falarmos".
            r"\b(?:estou|estamos|fico|ficamos|estoy|estamos|sono|siamo|je suis|nous sommes|ik ben|"
            r"wij zijn|we zijn)\s+(?:\w+\s+){0,2}?(?:disponíve(?:l|is)|disponibles?|disponibili?|"
            r"beschikbaar)\s+(?:para|per|pour|voor|om|a|ad)\b",
            # "può chiamarmi", "Wenst u feedback?", "poderá solicitar a fundamentação".
            r"\b(?:può|puoi|potete) (?:chiamarmi|scrivermi|contattarmi)\b|"
            r"\b(?:wenst|wilt|wil) (?:u|je) (?:graag )?feedback\b|"
            r"\bpoder[áa]\w* solicitar\b[^.\n]{0,60}\b(?:fundamenta\w+|feedback|resultados|"
            r"avalia\w+)",
            r"\b(?:fique|sinta-se|fica|esteja) à vontade\b[^.\n]{0,80}\b(?:dúvidas|perguntas|"
            r"contat\w*|contact\w*|falar|conversar|escrever|feedback|retorno)",
        ]
    ),
    re.IGNORECASE,
)


# "Don't hesitate" says no to nothing.
_DO_NOT_HESITATE = re.compile(
    r"\bn['’]hésite\w* pas\b|\bno dud\w+|\bnon esit\w+|\bnão hesit\w+|\baarzel niet\b|"
    r"\bzöger\w* (?:sie |du )?nicht\b",
    re.IGNORECASE,
)


def offered_in(sentence: str) -> bool:
    """Whether a sentence of another language offers feedback or invites questions."""
    if REFUSED.search(_DO_NOT_HESITATE.sub(" ", sentence)) and not QUESTIONS.search(sentence):
        return False
    return bool(OFFERED.search(sentence))
