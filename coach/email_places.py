"""Whether a signature line only says where an office is ("London", "Leeds · Sheffield")."""

from __future__ import annotations

import re

# Towns and cities a signature names alone under its firm, and the countries and regions
# after them. A gazetteer is never whole: an unknown town is still weighed as a name.
_PLACE_NAMES = (
    # Britain and Ireland.
    r"london|manchester|birmingham|leeds|liverpool|sheffield|bristol|newcastle|nottingham|"
    r"leicester|coventry|bradford|hull|york|oxford|cambridge|brighton|reading|southampton|"
    r"portsmouth|plymouth|exeter|bath|norwich|ipswich|derby|stoke|wolverhampton|sunderland|"
    r"middlesbrough|preston|blackpool|bolton|stockport|salford|warrington|chester|lancaster|"
    r"harrogate|milton keynes|luton|slough|guildford|canterbury|maidstone|swindon|gloucester|"
    r"cheltenham|worcester|hereford|shrewsbury|lincoln|peterborough|northampton|bournemouth|"
    r"edinburgh|glasgow|aberdeen|dundee|inverness|stirling|perth|cardiff|swansea|newport|"
    r"bangor|wrexham|belfast|derry|dublin|cork|galway|limerick|waterford|kilkenny|"
    # Elsewhere.
    r"paris|lyon|marseille|toulouse|lille|bordeaux|nantes|berlin|munich|münchen|hamburg|"
    r"frankfurt|cologne|köln|stuttgart|düsseldorf|leipzig|dresden|vienna|wien|zurich|zürich|"
    r"geneva|genève|basel|bern|amsterdam|rotterdam|utrecht|the hague|den haag|eindhoven|"
    r"brussels|bruxelles|antwerp|ghent|luxembourg|copenhagen|stockholm|gothenburg|oslo|"
    r"helsinki|reykjavik|madrid|barcelona|valencia|seville|sevilla|bilbao|málaga|lisbon|lisboa|"
    r"porto|milan|milano|rome|roma|turin|torino|naples|napoli|florence|firenze|bologna|"
    r"warsaw|kraków|krakow|prague|praha|budapest|bucharest|athens|istanbul|"
    r"new york|nyc|boston|chicago|seattle|austin|dallas|houston|denver|atlanta|miami|"
    r"san francisco|los angeles|san diego|portland|philadelphia|washington|toronto|montreal|"
    r"montréal|vancouver|calgary|ottawa|sydney|melbourne|brisbane|adelaide|auckland|"
    r"wellington|singapore|hong kong|tokyo|seoul|shanghai|beijing|bangalore|bengaluru|mumbai|"
    r"delhi|new delhi|dubai|abu dhabi|cape town|johannesburg|nairobi|lagos|são paulo|"
    r"sao paulo|mexico city|buenos aires|santiago|bogotá|bogota|lima|"
    # Countries and regions.
    r"uk|u\.k\.|united kingdom|great britain|england|scotland|wales|northern ireland|ireland|"
    r"usa|u\.s\.a\.|us|u\.s\.|united states|canada|australia|new zealand|france|germany|"
    r"deutschland|spain|españa|italy|italia|portugal|netherlands|the netherlands|nederland|"
    r"belgium|switzerland|austria|sweden|norway|denmark|finland|poland|india|japan|"
    r"emea|apac|eu|europe|dach|nordics|benelux|americas|north america|latin america|latam|"
    r"north west|north east|south west|south east|east midlands|west midlands|midlands|"
    r"east anglia|yorkshire|the north|the south|home counties|"
    # How an office is said to be nowhere in particular.
    r"remote|hybrid|remote-first|worldwide|global|head office|hq"
)
_PLACE = re.compile(rf"(?:{_PLACE_NAMES})", re.IGNORECASE)
# A state's or province's two capitals after a town: "Austin, TX", "Toronto, ON".
_REGION_CODE = re.compile(r"[A-Z]{2}")
# "Leeds · Sheffield", "Dublin, Ireland", "London / Remote", "Bristol and Bath".
# Spaces are taken from the start of their run only: tried at each space of a long
# run, a split cost the square of its length (tests/unit/test_regex_shapes.py).
_PLACE_SPLIT = re.compile(r"(?:(?<!\s)\s+)?[,|·•/]\s*|(?<!\s)\s+[-–—]\s+|(?<!\s)\s+(?:and|&)\s+")


def place_line(line: str) -> bool:
    """Whether a line names only places: a town, its country, the offices of a firm."""
    pieces = [p.strip() for p in _PLACE_SPLIT.split(line.strip()) if p.strip()]
    if not pieces or not _PLACE.fullmatch(pieces[0]):
        return False
    return all(_PLACE.fullmatch(p) or _REGION_CODE.fullmatch(p) for p in pieces[1:])
