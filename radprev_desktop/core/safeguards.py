"""Bias safeguards for free text: the sensitive-term nudge and the non-indicators banner.

Officers describe behaviour; words about religion, ethnicity, nationality or
politics are rarely needed for that and are the usual route by which prejudice
enters a record. The GUI uses `sensitive_terms` to ask gently "is this necessary
to describe the behaviour?" — it never blocks: quoting what a person said can be
exactly the behaviour that matters. The template validator uses the same word
lists (religion and ethnicity/nationality only) to refuse checklist items about a
person's identity as such.

Matching works on stems, ignores case and diacritics, and reads Serbian and
Macedonian Cyrillic through a Latin transliteration, so one list covers both
scripts. The lists are deliberately short and plain; a false alarm costs one
click, a missed word costs nothing worse than today's paper form.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Source


class Category(StrEnum):
    """What a sensitive word is about."""

    RELIGION = "religion"
    ETHNICITY = "ethnicity"  # includes nationality and "race"
    POLITICS = "politics"


SUPPORTED_LANGUAGES = ("en", "pl", "sr", "sq", "mk")

# Language tags that read with another language's word list (Bosnian, Croatian
# and Montenegrin share the Serbian stems; script variants share one list).
LANGUAGE_ALIASES = {
    "sr-latn": "sr",
    "sr-cyrl": "sr",
    "bs": "sr",
    "hr": "sr",
    "cnr": "sr",
    "mk-cyrl": "mk",
}

# Cyrillic → Latin (Serbian and Macedonian letters), applied after lower-casing.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "d", "ѓ": "g", "е": "e",
    "ж": "z", "з": "z", "ѕ": "dz", "и": "i", "ј": "j", "к": "k", "ќ": "k", "л": "l",
    "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "џ": "dz",
    "ш": "s", "й": "j", "ы": "y", "э": "e", "ю": "ju", "я": "ja", "ь": "", "ъ": "",
    "щ": "sc", "ё": "e", "і": "i", "ї": "i", "є": "e",
}  # fmt: skip
# Letters NFKD does not decompose.
_LATIN_EXTRA = {"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "ß": "ss", "ı": "i"}

# Word lists. "stem*" matches any word starting with the stem; a bare word
# matches only itself (short words that would otherwise match too much).
_TERMS: dict[str, dict[Category, str]] = {
    "en": {
        Category.RELIGION: """religio* faith* islam* muslim* moslem* christian* catholic*
            orthodox* protestant* jew jews jewish judais* hindu* buddhis* sikh* mosque*
            church* synagogue* imam* priest* pray prayer* prays praying quran* koran* bible*
            conversion convert converts converted ramadan* fasting halal kosher hijab*
            headscarf* beard* salafi* sunni* shia shiite* atheis* god allah* jihad* chaplain*
            sharia* caliphate*""",
        Category.ETHNICITY: """ethnic* race races racial* roma romani* gypsy gypsies
            nationality* nationalities foreigner* immigrant* migrant* refugee* asylum* arab*
            albanian* serb* croat* bosnia* bosniak* macedonia* kosov* chechen* turk* kurd*
            african* asian* ukrainian* russian* polish""",
        Category.POLITICS: """politic* communis* socialis* fascis* nazi* anarchis*
            nationalis* separatis* leftist* left-wing right-wing far-right far-left
            """,
    },
    "pl": {
        Category.RELIGION: """religi* wiara wiary wierze wiare wiara wierzac* wyznani*
            islam* muzulman* chrzescijan* katoli* prawoslaw* protestan* zyd*
            judaizm* meczet* meczec* kosciol* kosciel* cerkiew* cerkwi* synagog* synagodz* imam*
            ksiadz ksiedz* duchown* modl* koran* biblia* biblii nawroc* nawraca* poscie
            poszcz* ramadan* halal koszern* hidzab* chust* brod* broda salafi* sunni* szyi*
            ateis* bog boga bogu allah* dzihad* kapelan* szariat* kalifat*""",
        Category.ETHNICITY: """etnicz* narodowos* rasa rasy rasie rase rasow* rasis* rom roma
            romowie romow* romom romach romami romsk* romk* cygan* cudzoziem* imigran* migran* uchodzc* arab*
            albanczyk* albansk* serb* chorwa* bosnia* bosniac* macedon* kosow* czeczen*
            turek turcy turec* kurd* ukrain* rosjan* rosyjsk* polak polacy polakow""",
        Category.POLITICS: """polityk* politycz* komunis* komunizm* socjali* faszy* nazi* nazist*
            anarchi* nacjonali* separaty* partia partii partie partyjn* lewic* prawic*""",
    },
    "sr": {
        Category.RELIGION: """religij* vera vere veru veri verom vernik* vjer* islam*
            musliman* hriscan* krscan* katoli* pravoslav* protestant* jevrej* zidov*
            dzamij* crkv* sinagog* imam* svestenik* hodza* molit* molitv* namaz* kuran*
            biblij* posti postio postiti ramazan* ramadan* halal hidzab* marama brada
            brade bradu salafi* selefi* ateis* bog boga bogu alah* dzihad* serijat*""",
        Category.ETHNICITY: """etnic* etnick* nacij* nacionalnost* narod* rasa rase rasi
            rasu rasis* rasiz* rasn* rom romi roma romsk* cigan* stranac stranci stranaca
            stranc* migrant* izbeglic* izbjeglic* arap* albanac* albanc* albansk* siptar*
            srb* srpsk* hrvat* bosnjak* bosansk* makedon* kosov* cecen* turc*
            tursk* kurd*""",
        Category.POLITICS: """politi* komunis* socijalis* fasis* nacis* nacist* anarhi*
            nacionalis* separatis* partij* levic* ljevic* desnic*""",
    },
    "mk": {
        Category.RELIGION: """religij* vera veri verata vernik* islam* musliman*
            hristijan* katoli* pravoslav* protestant* evrej* evrei* dzamij* crkv* sinagog*
            imam* svestenik* odza* molit* molitv* namaz* kuran* biblij* postot posti
            ramazan* halal hidzab* brada bradata ateis* bog boga gospod* alah* dzihad*""",
        Category.ETHNICITY: """etnic* nacij* nacionalnost* narod* rasa rasi rasata
            rasis* rom romi romsk* cigan* stranec stranci migrant* begalc* begalec arap*
            albanec albanc* albansk* srb* srpsk* hrvat* bosnjak* makedon* kosov*
            turc* tursk* kurd*""",
        Category.POLITICS: """politi* komunis* socijalis* fasis* nacis* anarhis*
            nacionalis* separatis* partij* levic* desnic*""",
    },
    "sq": {
        Category.RELIGION: """fe fene feja fese fetar* besimtar* islam* mysliman*
            musliman* krishter* katolik* ortodoks* protestant* hebre* cifut* xhami* kishe
            kisha kishes kishen sinagog* imam* hoxh* prift* lutj* namaz* kuran* bibl*
            ramazan* agjer* hallall* hixhab* shami* mjekr* mjeker selefi* salafi* ateis* zot
            allah* xhihad* sheriat*""",
        Category.ETHNICITY: """etni* kombesi* kombetar* race raca races racis* rom rome
            romet romeve egjiptian* ashkali* cigan* migrant* refugjat* arab* shqiptar* serb*
            maqedon* kosovar* boshnjak* turk* kroat* kurd*""",
        Category.POLITICS: """politik* komunis* socialis* fashis* nazis* anarkis*
            nacionalis* separatis* parti partia partise partite""",
    },
}


@dataclass(frozen=True)
class SensitiveMatch:
    """One word of the text that touches a sensitive category."""

    word: str  # as written in the text
    category: Category
    start: int  # character offsets in the original text, for highlighting
    end: int


def fold(text: str) -> str:
    """Lower-case, drop diacritics and transliterate Cyrillic: the form terms are matched in."""
    lowered = text.casefold()
    out: list[str] = []
    for ch in lowered:
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
            continue
        if ch in _LATIN_EXTRA:
            out.append(_LATIN_EXTRA[ch])
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


@dataclass(frozen=True)
class _Lexicon:
    stems: dict[str, tuple[tuple[str, Category], ...]]  # by their first 3 letters
    words: dict[str, Category]


def _build(languages: tuple[str, ...]) -> _Lexicon:
    stems: list[tuple[str, Category]] = []
    words: dict[str, Category] = {}
    for lang in languages:
        for category, spec in _TERMS[lang].items():
            for term in spec.split():
                term = fold(term)
                if term.endswith("*"):
                    stems.append((term[:-1], category))
                else:
                    words.setdefault(term, category)
    stems.sort(key=lambda s: -len(s[0]))
    by_prefix: dict[str, list[tuple[str, Category]]] = {}
    for stem, category in stems:
        if len(stem) < _PREFIX:
            raise ValueError(f"stem {stem!r} is shorter than {_PREFIX} letters")
        by_prefix.setdefault(stem[:_PREFIX], []).append((stem, category))
    return _Lexicon({k: tuple(v) for k, v in by_prefix.items()}, words)


_CACHE: dict[tuple[str, ...], _Lexicon] = {}
_PREFIX = 3  # stems are indexed by their first letters; every stem is at least this long
_WORD = re.compile(r"\w+(?:-\w+)*")


def normalise_languages(languages: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Map language tags onto the word lists; ValueError for a language we have no list for."""
    result: list[str] = []
    for tag in languages:
        key = tag.strip().lower()
        key = LANGUAGE_ALIASES.get(key, key)
        if key not in _TERMS:
            raise ValueError(f"No sensitive-term list for language {tag!r}.")
        if key not in result:
            result.append(key)
    return tuple(result)


def _lexicon(languages: tuple[str, ...]) -> _Lexicon:
    key = normalise_languages(languages)
    if key not in _CACHE:
        _CACHE[key] = _build(key)
    return _CACHE[key]


def _classify(folded: str, lexicon: _Lexicon) -> Category | None:
    if folded in lexicon.words:
        return lexicon.words[folded]
    for stem, category in lexicon.stems.get(folded[:_PREFIX], ()):
        if folded.startswith(stem):
            return category
    return None


def sensitive_matches(
    text: str,
    languages: tuple[str, ...] | list[str] = SUPPORTED_LANGUAGES,
    categories: frozenset[Category] | None = None,
) -> list[SensitiveMatch]:
    """Every word of `text` about religion, ethnicity/nationality or politics, in order."""
    lexicon = _lexicon(tuple(languages))
    found: list[SensitiveMatch] = []
    for match in _WORD.finditer(text):
        token = match.group(0)
        # "far-right" is listed whole; "neo-nazi" is caught by its parts.
        parts = [token, *token.split("-")] if "-" in token else [token]
        for part in parts:
            category = _classify(fold(part), lexicon)
            if category is not None and (categories is None or category in categories):
                found.append(SensitiveMatch(token, category, match.start(), match.end()))
                break
    return found


def sensitive_terms(
    text: str, languages: tuple[str, ...] | list[str] = SUPPORTED_LANGUAGES
) -> list[str]:
    """The sensitive words of `text` as written, each once, in order of appearance.

    An empty list means no nudge. The GUI asks "Is this necessary to describe the
    behaviour?" and lets the officer keep the text unchanged.
    """
    seen: list[str] = []
    for m in sensitive_matches(text, languages):
        if m.word not in seen:
            seen.append(m.word)
    return seen


#: The gentle question (context "safeguards" of the catalogues).
NUDGE = QT_TRANSLATE_NOOP("safeguards", "Is this necessary to describe the behaviour?")

#: Shown when no template is installed yet (and the reference wording); translated
#: through the catalogues (context "safeguards").
NON_INDICATORS: tuple[Source, ...] = (
    QT_TRANSLATE_NOOP("safeguards", "Religious conversion or a change to a different faith"),
    QT_TRANSLATE_NOOP("safeguards", "More religious practice, prayer or attendance at worship"),
    QT_TRANSLATE_NOOP("safeguards", "Fasting, diet or food rules"),
    QT_TRANSLATE_NOOP("safeguards", "A beard, head covering or style of dress"),
    QT_TRANSLATE_NOOP("safeguards", "Having religious books or objects"),
    QT_TRANSLATE_NOOP("safeguards", "The language a person speaks"),
    QT_TRANSLATE_NOOP("safeguards", "Nationality, ethnicity or skin colour"),
    QT_TRANSLATE_NOOP("safeguards", "Lawful political opinions that do not advocate violence"),
    QT_TRANSLATE_NOOP("safeguards", "Authorised religious teaching, worship or chaplaincy contact"),
)
