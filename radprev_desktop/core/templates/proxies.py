"""Proxies: checklist wording that stands in for religion, identity or lawful opinion.

An item such as "Became very devout and reads holy texts all day", "Attends Friday
gatherings" or "Expresses strong political views about the government" names no
religion or nationality, so the identity word lists of core/safeguards.py let it
through, yet ticking it records faith, practice or opinion as a sign of
radicalisation. This is the maintained list the template checker refuses in the
title and label of every indicator domain and item (issue #14). Help texts are not
checked: they are where a template names the innocent explanations (fasting,
religious holidays, lawful protest) an officer must weigh.

Protective factors may name religious *support* — a person who gives it ("regular
contact with the prison chaplain or imam", `SUPPORT_PERSONS`) — but not religious
practice: going to church or praying is neither a risk nor a protective factor.

Each proxy is a set of regular expressions over text folded by
`safeguards.fold` (lower case, no diacritics, Cyrillic transliterated), in the
languages of the region. `tests/data/template_proxies.json` holds the corpus of good
and bad item texts the list is kept against; add the text that slipped through
there first, then the pattern here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from radprev_desktop.core.safeguards import fold


class ProxyKind(StrEnum):
    """What a proxy stands in for."""

    DEVOTION = "devotion or religious reading"
    PRAYER = "prayer or prayer times"
    FRIDAY = "Friday or holy-day gatherings"
    WORSHIP = "attendance at worship"
    APPEARANCE = "beard, veil or religious dress"
    DIET = "fasting or food rules"
    CONVERSION = "conversion"
    POLITICS = "political views or lawful protest"
    GROUPING = "language, nationality or ethnic grouping"


#: Stems (folded) of the people who give religious or pastoral support in prison: a
#: protective factor may name them ("contact with the chaplain or imam").
SUPPORT_PERSONS = (
    "chaplain", "imam", "priest", "pastor", "rabbi", "kapelan", "ksiadz", "ksiedz", "duchown",
    "svestenik", "svecenik", "hodz", "prift", "hoxh", "odza", "svesteni",
)  # fmt: skip


def names_a_support_person(word: str) -> bool:
    """Whether a sensitive word is the title of a person giving religious support."""
    return fold(word).startswith(SUPPORT_PERSONS)


_W = r"\w*"
# Patterns per kind; each line is one regular expression on folded text (word-bounded).
_PATTERNS: dict[ProxyKind, tuple[str, ...]] = {
    ProxyKind.DEVOTION: (
        rf"\bdevout{_W}", rf"\bdevotion{_W}", rf"\bpious{_W}", r"\bpiety\b",
        rf"\breligious{_W}", r"\breligiou?s?ly\b", r"\bholy (?:text|book|scripture|writing)s?\b",
        rf"\bscriptur{_W}", r"\b(?:quran|koran|bible|torah)\b", r"\bsermon",
        rf"\bpoboz{_W}", rf"\breligijn{_W}", rf"\bgorliw{_W} (?:wierz|religi|katol|muzul)",
        rf"\bswiet{_W} (?:ksieg|pism|tekst){_W}", rf"\bpobozn{_W}", rf"\breligiozn{_W}",
        rf"\bsvet{_W} (?:knjig|spis|tekst){_W}", rf"\bfetar{_W}", rf"\bdevotshm{_W}",
        rf"\bpobozhn{_W}",
    ),
    ProxyKind.PRAYER: (
        rf"\bpray{_W}", rf"\bprayer{_W}", rf"\bnamaz{_W}", r"\bsala[ht]\b", rf"\bmodl{_W}",
        rf"\bmolit{_W}", r"\bmoli(?:o|la|ti|tva)?\b", rf"\bklanja{_W}", rf"\blutj{_W}",
        rf"\bfal{_W} namaz",
    ),
    ProxyKind.FRIDAY: (
        rf"\bfriday{_W}", r"\bjum(?:u)?'?a(?:h)?\b", rf"\bjummah{_W}", rf"\bpiat{_W}",
        r"\bpet(?:ak|kom|ku|ka)\b", rf"\bdzum(?:a|e|u){_W}", rf"\bxhum{_W}", r"\be premte",
        rf"\bpetok{_W}", rf"\bsabbath{_W}", rf"\bszabas{_W}", r"\bholy day",
    ),
    ProxyKind.WORSHIP: (
        rf"\bmosque{_W}", rf"\bchurch{_W}", rf"\bsynagogue{_W}", rf"\bchapel{_W}",
        rf"\btemple{_W}", r"\b(?:religious|worship) (?:service|meeting|gathering)s?\b",
        r"\bworship", rf"\bmeczet{_W}", rf"\bmeczec{_W}", rf"\bkosciol{_W}", rf"\bkosciel{_W}",
        rf"\bcerkw?{_W}", rf"\bnabozen{_W}", r"\bmsz(?:a|e|y|ach)\b", rf"\bdzamij{_W}",
        rf"\bcrkv{_W}", rf"\bsinagog{_W}", rf"\bxhami{_W}", r"\bkish(?:e|a|es|en)\b",
    ),
    ProxyKind.APPEARANCE: (
        rf"\bbeard{_W}", rf"\bveil{_W}", rf"\bniqab{_W}", rf"\bhijab{_W}", rf"\bheadscar{_W}",
        rf"\bburqa{_W}", rf"\bturban{_W}", r"\bskull ?cap", rf"\bkufi{_W}", rf"\bbrod(?:a|e|y|zie|ow){_W}",
        rf"\bzarost{_W}", rf"\bchust(?:a|e|y|ke|ka){_W}", rf"\bhidzab{_W}", r"\bbrad(?:a|e|u|om)\b",
        rf"\bmaram{_W}", rf"\bferedz{_W}", rf"\bnikab{_W}", rf"\bmjekr{_W}", r"\bmjeker\b",
        rf"\bshami{_W}", rf"\bbradat{_W}",
    ),
    ProxyKind.DIET: (
        r"\bfast(?:s|ed|ing)\b", r"\bhalal\b", r"\bkosher\b", rf"\bpork{_W}",
        rf"\bposzcz{_W}", r"\bpo(?:scie|stu|sci)\b", rf"\bwieprzow{_W}", rf"\bramadan{_W}",
        rf"\bramazan{_W}", r"\bpost(?:i|io|ila|iti|ovi)\b", rf"\bsvinjetin{_W}", rf"\bagjer{_W}",
        rf"\bhallall{_W}",
    ),
    ProxyKind.CONVERSION: (
        r"\bconver(?:t|ts|ted|ting|sion|sions)\b", rf"\brevert{_W}",
        rf"\bembrac{_W} (?:islam|christian|a (?:new )?(?:religion|faith))", rf"\bnawroc{_W}",
        rf"\bnawraca{_W}", rf"\bkonwers{_W}", rf"\bpreobra[tc]{_W}", rf"\bpokrst{_W}",
        rf"\bkonvert{_W}", r"\bpresa?o na (?:islam|pravoslav|katoli)",
        r"\bprzesz(?:edl|la) na (?:islam|prawoslaw|katol)",
    ),
    ProxyKind.POLITICS: (
        rf"\bpolitic{_W} (?:view|opinion|belief|conviction|idea)s?\b",
        r"\bviews? (?:about|on|of) (?:the )?(?:government|state|authorities|politics)\b",
        rf"\bcriticis{_W} (?:of )?(?:the )?(?:government|state|authorities|prison)\b",
        r"\banti-government\b", r"\bopposition (?:party|views|politics)\b",
        rf"\bhunger[- ]strik{_W}", rf"\bpetition{_W}", r"\bcollective complaint",
        r"\bvot(?:e|es|ed|ing)\b", rf"\bpolityczn{_W} (?:poglad|opini|przekonan){_W}",
        rf"\bpoglad{_W} polityczn{_W}", rf"\bglodow[kc]{_W}", rf"\bpetycj{_W}",
        rf"\bpoliticka? (?:uverenj|stavov|misljenj){_W}", rf"\bpoliticki{_W} stavov{_W}",
        rf"\bstrajk{_W} glad{_W}", rf"\bstrajk{_W} glodow{_W}", rf"\bgrev{_W} urije",
        rf"\bpikepamj{_W} politik{_W}",
    ),
    ProxyKind.GROUPING: (
        r"\b(?:own|native|mother|foreign|home) (?:language|tongue)s?\b",
        r"\bspeaks? (?:only |mostly |in )?(?:arabic|albanian|russian|chechen|turkish|romani|"
        r"serbian|bosnian|macedonian|a foreign language|his language|her language|their language)",
        r"\b(?:same|own) (?:nationality|ethnicity|ethnic group|country|community|people)\b",
        rf"\bcompatriot{_W}", r"\bcountrym[ae]n\b", r"\bethnic (?:group|background|origin)s?\b",
        r"\bnationality\b", rf"\bjezyk{_W} (?:ojczyst|obc|wlasn|rodzim){_W}", rf"\brodak{_W}",
        rf"\bziomk{_W}", rf"\bnarodowos{_W}", rf"\bmaternj{_W} jezik{_W}", rf"\bsvoj{_W} jezik{_W}",
        rf"\bzemlja[kc]{_W}", rf"\bsunarodnik{_W}", rf"\bgjuh{_W} (?:e )?(?:amtare|tij|saj)",
        rf"\bbashkatdhetar{_W}", rf"\bmajcin{_W} jazik{_W}", rf"\bsvoj{_W} jazik{_W}",
    ),
}  # fmt: skip

_COMPILED: dict[ProxyKind, tuple[re.Pattern[str], ...]] = {
    kind: tuple(re.compile(p) for p in patterns) for kind, patterns in _PATTERNS.items()
}
# One alternation per kind finds whether any of its patterns matches anywhere in one pass
# (most texts name no proxy); only then is the list searched in order for the first one.
_ANY: dict[ProxyKind, re.Pattern[str]] = {
    kind: re.compile("|".join(f"(?:{p})" for p in patterns)) for kind, patterns in _PATTERNS.items()
}


@dataclass(frozen=True)
class ProxyMatch:
    """One proxy found in a text: what it stands for and the words that matched."""

    kind: ProxyKind
    words: str


def proxies_in(text: str) -> list[ProxyMatch]:
    """The proxies in an item's text (each kind once), in the list's order."""
    folded = fold(" ".join(text.split()))
    found: list[ProxyMatch] = []
    for kind, patterns in _COMPILED.items():
        if _ANY[kind].search(folded) is None:
            continue
        for pattern in patterns:
            match = pattern.search(folded)
            if match:
                found.append(ProxyMatch(kind, match.group(0)))
                break
    return found
