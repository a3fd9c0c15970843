"""A notice of how long personal data is kept before it is deleted: no wait to apply again.

"We keep your CV on file for 12 months in case another role comes up" sets a
window (time on file counts); "we delete your data after 6 months" or "we must
retain it for six months for legal reasons" only says what happens to the data.
The two are told apart by their words.
"""

from __future__ import annotations

import re

# Deleting, or keeping because the law says so, in English and the six languages.
_DELETION = re.compile(
    r"\b(?:delet\w*|eras\w*|destroy\w*|purg\w*|anonymi[sz]\w*|remov\w+ from our|"
    r"legal (?:reasons|obligations?|requirements?|purposes)|required by law|statutory|"
    r"gelöscht|lösch\w*|vernicht\w*|gesetzlich\w*|aufbewahrungsfrist\w*|"
    r"supprim\w*|effac\w*|détrui\w*|obligations? légales?|"
    r"borra\w*|elimina\w*|suprimi\w*|obligaciones? legales?|"
    r"verwijder\w*|vernietig\w*|wettelijk\w*|"
    r"cancellat\w*|cancell\w*|distrutt\w*|obblighi di legge|"
    r"apagad\w*|excluíd\w*|eliminad\w*|obrigações? legais?)",
    re.IGNORECASE,
)

# Kept for the person's sake: in case a role comes up, for future vacancies, a pool.
_FOR_LATER = re.compile(
    r"\b(?:in case|should (?:a|another|any)|future|come[s]? up|suitable|opportunit\w+|"
    r"consider|talent pool|on file|"
    r"falls|künftig\w*|zukünftig\w*|passende\w*|talentpool|"
    r"au cas où|si un poste|futur\w*|vivier|opportunit\w+|"
    r"por si|en caso de|futur\w*|vacante|bolsa|"
    r"voor het geval|toekomst\w*|vacature|"
    r"qualora|nel caso|futur\w*|opportunità|"
    r"caso surja|futur\w*|oportunidade\w*|banco de talentos)",
    re.IGNORECASE,
)


def retention_only(sentence: str) -> bool:
    """Whether a sentence speaks of deleting or legally keeping data, not of keeping a CV
    for a future opening."""
    return bool(_DELETION.search(sentence)) and not _FOR_LATER.search(sentence)
