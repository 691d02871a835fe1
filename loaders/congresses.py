"""Numbered party congresses: "Đại hội Đảng bộ X lần thứ XVII", the national congress under its names.

A congress is (party organisation, ordinal). The national congress is written
"Đại hội XIII của Đảng", "Đại hội đại biểu toàn quốc lần thứ XIII", "Đại hội
Đảng toàn quốc lần thứ 14", "Đại hội Đảng lần thứ XIII"; a local one names its
organisation ("Đại hội đại biểu Đảng bộ tỉnh X lần thứ XVII"), or leaves it to
the sentence's subject ("Đảng bộ X đã tổ chức Đại hội lần thứ III") or to the
article ("Đại hội lần thứ II, nhiệm kỳ 2015 - 2020"). "Đại hội đảng bộ các cấp"
and committee terms ("khóa XVIII") name no congress.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from loaders.directives import body_name_at
from loaders.document import Document, Sentence
from loaders.keys import canonical_text, congress_key, name_key

NATIONAL_PARTY = "Đảng Cộng sản Việt Nam"
# The national congresses held so far (XIV opened in January 2026): a bare "Đại hội XIII"
# with a number in this range is the national one; a larger bare number is a local congress.
LATEST_NATIONAL_CONGRESS = 14
# Ordinals written as words ("lần thứ tư").
WORD_ORDINALS = {
    "nhất": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
# Heads of a party organisation's name in a congress ("Đại hội Đảng bộ X", "Đại hội Chi bộ Y").
PARTY_ORGANISATION_HEADS = {"đảng bộ": "Đảng bộ", "chi bộ": "Chi bộ", "đảng ủy": "Đảng bộ"}
# Words after the head that say "every level" or "a pilot", not one organisation.
NOT_ONE_ORGANISATION = ("các cấp", "cơ sở", "các", "cấp trên", "điểm", "trực thuộc", "bộ phận")
# ... except the one organisation of a province's or the centre's party agencies (2025): "Đảng bộ các cơ
# quan Đảng tỉnh", "Đảng bộ các cơ quan Đảng Trung ương" (case-sensitive: "Đảng" is capitalised).
ONE_ORGANISATION_OF_AGENCIES = re.compile(r"^các cơ quan Đảng\b")
# Short names that stand for a unit the article names in full ("Đảng bộ Trường" = the university's).
GENERIC_UNIT_HEADS = {
    "trường",
    "bộ",
    "khối",
    "tỉnh",
    "huyện",
    "bệnh viện",
    "tập đoàn",
    "tổng công ty",
    "công ty",
    "viện",
    "học viện",
    "ngân hàng",
    "cục",
    "sở",
    "cơ quan",
    "quận",
    "phường",
    "xã",
    "thành phố",
    "thị xã",
    "tổng cục",
    "đại học",
    "ban",
    "văn phòng",
    "quân khu",
    "quân đoàn",
    "quân chủng",
    "binh chủng",
    "bộ tư lệnh",
    "trung tâm",
}

# Capitalised heads a unit's full name starts with, for acronyms defined in brackets.
UNIT_HEAD_WORDS = (
    r"(?<!\w)(?:Tập đoàn|Tổng công ty|Công ty|Ngân hàng|Bộ|Trường|Viện|Học viện|Bệnh viện|Cục|Tổng cục|"
    r"Đại học|Ban|Văn phòng|Sở|Ủy ban|Hội|Liên hiệp|Tổng liên đoàn|Quân khu|Quân chủng|Binh chủng|"
    r"Bộ đội|Cảnh sát|Công an|Trung tâm|Chi cục|Kho bạc|Viện kiểm sát|Tòa án|Bảo hiểm xã hội)\s"
)
_ROMAN = r"[ivxlc]+"  # matched on lower-cased text; the original must be upper case


def _ordinal(group: str, words: bool) -> str:
    spelled = "|" + "|".join(WORD_ORDINALS) if words else ""
    return rf"(?<!\w)(?P<{group}>{_ROMAN}|\d{{1,3}}{spelled})(?!\w)"


# Matched on the lower-cased sentence; the ordinal is read back from the original text.
# "lần thứ" takes any ordinal (XIII, 13, tư); a bare number only a Roman or Arabic one.
# "Đại hội điểm Đảng bộ X lần thứ XI": a pilot congress (held first, as a model) is still X's congress.
PILOT = r"điểm"
CONGRESS = re.compile(
    rf"(?<!\w)đại hội\s+(?:{PILOT}\s+(?=đảng bộ|chi bộ|đảng ủy|đại biểu))?(?:(?P<delegates>đại biểu)\s+)?(?:"
    rf"(?P<national>(?:đại biểu\s+)?(?:đảng\s+)?toàn quốc)\s+(?:lần thứ\s+{_ordinal('n_ord', True)}"
    rf"|{_ordinal('n_bare', False)})"
    rf"|(?P<party>đảng)\s+(?!bộ|ủy)(?:lần thứ\s+{_ordinal('p_ord', True)}|{_ordinal('p_bare', False)})"
    r"|(?P<head>đảng bộ|chi bộ|đảng ủy)(?P<name>(?:(?!đại hội|lần thứ)[^,;:.()\n\"“”])*?)\s*"
    rf"lần thứ\s+{_ordinal('h_ord', True)}"
    rf"|lần thứ\s+{_ordinal('l_ord', True)}"
    rf"|{_ordinal('b_bare', False)})"
)
_ORDINAL_GROUPS = ("n_ord", "n_bare", "p_ord", "p_bare", "h_ord", "l_ord", "b_bare")
_OF_PARTY = re.compile(r"^\s*của\s+(?:đảng(?: cộng sản việt nam)?)(?!\s*(?:bộ|ủy))(?!\w)")
# "Đại hội lần thứ XIII của Đảng bộ X", "Đại hội đại biểu lần thứ XIX Đảng bộ tỉnh Y".
_OF_ORGANISATION = re.compile(r"^\s*(?:của\s+)?(?P<head>đảng bộ|chi bộ|đảng ủy)\s+")
_OF_ORGANISATION_AFTER_TERM = re.compile(r"^\s*\)?\s*,?\s*của\s+(?P<head>đảng bộ|chi bộ|đảng ủy)\s+")
# "nhiệm kỳ 2020 - 2025", "(nhiệm kỳ 2015-2020)", a headline's "nhiệm ký" typo, or a bare "(2025 - 2030)".
TERM = re.compile(
    r"^\s*[,(–-]?\s*\(?\s*(?:nhiệm\s+k[ỳý]\s+)?(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)(?!\d)"
)
_SUBJECT = re.compile(r"(?<!\w)(Đảng bộ|Chi bộ|Đảng ủy)\s+(?=[A-ZĐ\w])")
_ACRONYM = re.compile(r"^[A-ZĐ]{2,}[A-Za-zĐ]{0,8}$")  # "BĐBP", "TKV", "VNPost"


@dataclass
class Congress:
    """One congress: its organisation, number and term, the name as written, and the sentences naming it."""

    organization: str
    ordinal: int
    term: str | None
    name: str
    evidence: str
    sentences: list[Sentence]

    @property
    def key(self) -> str:
        return congress_key(self.organization, self.ordinal)

    @property
    def national(self) -> bool:
        return self.organization == NATIONAL_PARTY

    def as_fact(self) -> dict:
        return {
            "organization": self.organization,
            "ordinal": self.ordinal,
            "term": self.term,
            "name": self.name,
            "evidence": self.evidence,
        }


@dataclass
class CongressMention:
    """One place a sentence names a congress (the span lets citations tell whose clause it is in)."""

    sentence: Sentence
    start: int
    end: int
    congress: Congress


def roman_to_int(text: str) -> int | None:
    """XIII -> 13; None for text that is not a Roman numeral."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    if not text or any(ch not in values for ch in text):
        return None
    total = 0
    for i, ch in enumerate(text):
        v = values[ch]
        total += -v if i + 1 < len(text) and values[text[i + 1]] > v else v
    return total


def parse_ordinal(written: str) -> int | None:
    """The number of "XIII", "13" or "tư"; None when it is none of these."""
    if written.isdigit():
        return int(written)
    if written.lower() in WORD_ORDINALS:
        return WORD_ORDINALS[written.lower()]
    return roman_to_int(written) if written.isupper() else None


def _initials(words: list[str]) -> str:
    out = []
    for w in words:
        out.append("W" if w.lower() == "ương" else w[0].upper())
    return "".join(out)


def expand_acronym(acronym: str, doc: Document) -> str | None:
    """The phrase an acronym stands for in this article ("BĐBP" -> "Bộ đội Biên phòng"), or None."""
    defined = re.search(rf"([^()]{{3,80}}?)\s*\(\s*{re.escape(acronym)}\s*\)", doc.text)
    words = re.findall(r"[^\W\d_]+", doc.text)
    n = len(acronym)
    counts: Counter[str] = Counter()
    for i in range(len(words) - n + 1):
        window = words[i : i + n]
        if window[0][0].isupper() and _initials(window) == acronym.upper().replace("TW", "TW"):
            counts[" ".join(window)] += 1
    if defined:
        tail = defined.group(1).split()
        for size in range(min(len(tail), 12), 0, -1):
            if _initials(tail[-size:]) == acronym:
                # "Tổng công ty Đường sắt Việt Nam (ĐSVN)": the bracket names the whole unit, its head too.
                prefix = " ".join(tail[:-size]) + " "
                head = next((h for h in re.finditer(UNIT_HEAD_WORDS, prefix) if h.end() == len(prefix)), None)
                return (prefix[head.start() :] if head else "") + " ".join(tail[-size:])
        # "Tập đoàn Điện lực Việt Nam (EVN)": initials from another language; the unit it follows.
        heads = list(re.finditer(UNIT_HEAD_WORDS, defined.group(1)))
        if heads:
            return defined.group(1)[heads[-1].start() :].strip()
    return counts.most_common(1)[0][0] if counts else None


# Abbreviations of a company's legal form, written as they stand ("Công ty CP Vận tải" is a joint-stock
# company, not the Government's): never expanded from the article's other phrases.
COMPANY_FORM_ABBREVIATIONS = {
    "CP": "cổ phần (joint-stock)",
    "TMCP": "thương mại cổ phần (joint-stock commercial)",
    "TNHH": "trách nhiệm hữu hạn (limited liability)",
    "MTV": "một thành viên (single-member)",
}


def _expand_acronyms(name: str, doc: Document) -> str:
    out = []
    for word in name.split():
        if word in COMPANY_FORM_ABBREVIATIONS:
            out.append(word)
            continue
        # "BĐBP", or a short name the article defines in brackets ("... Việt Nam (Agribank)").
        defined = re.search(rf"\(\s*{re.escape(word)}\s*\)", doc.text) and word[:1].isupper()
        expanded = expand_acronym(word, doc) if _ACRONYM.match(word) or defined else None
        out.append(expanded or word)
    return " ".join(out)


# Administrative units and their committees: "Đảng bộ tỉnh" in an article on "Tỉnh ủy Quảng Ninh"
# is "Đảng bộ tỉnh Quảng Ninh".
ADMIN_UNIT_COMMITTEES = {
    "tỉnh": "Tỉnh ủy",
    "thành phố": "Thành ủy",
    "huyện": "Huyện ủy",
    "quận": "Quận ủy",
    "thị xã": "Thị ủy",
    "xã": "Đảng ủy xã",
    "phường": "Đảng ủy phường",
}
_PLACE_NAME = r"(\w+(?:\s+\w+){0,3})"


def _known_places() -> tuple[str, ...]:
    try:
        from loaders.places import CITIES, PROVINCES
    except ImportError:
        return ()
    return tuple(CITIES) + tuple(PROVINCES)


def _place_of(unit: str, doc: Document) -> str | None:
    """The place an article means by a bare "tỉnh", "huyện"...: its committee's or the unit's full name."""
    committee = ADMIN_UNIT_COMMITTEES[unit]
    counts: Counter[str] = Counter()
    pattern = rf"(?<!\w)(?:{re.escape(committee)}|{re.escape(unit)})\s+{_PLACE_NAME}"
    for m in re.finditer(pattern, doc.text, re.IGNORECASE):
        words = []
        for word in m.group(1).split():
            if not word[0].isupper() or (len(word) > 1 and word.isupper()):
                break  # a place is named in words, not by an abbreviation ("Thành ủy TP.HCM")
            words.append(word)
        if words:
            counts[" ".join(words)] += 1
    known = [p for p in _known_places() if p in doc.text]
    for place in list(counts):
        full = next((k for k in known if place.startswith(k)), None)
        if full and full != place:
            counts[full] += counts.pop(place)
    if unit == "tỉnh":
        # A province is one of the listed ones: after "tỉnh" the words may be a person's name
        # ("Chủ tịch HĐND tỉnh Y Khâm Ênuôl"), and a page may name its province only in its masthead.
        provinces = _provinces()
        listed = Counter({p: c for p, c in counts.items() if p in provinces})
        if not listed:
            listed = Counter({p: doc.text.count(p) for p in provinces if p in doc.text})
        if not listed and doc.site:  # named only in the masthead line, which is not article text
            listed = Counter({p: 1 for p in provinces if p in doc.site})
        if listed:
            return listed.most_common(1)[0][0]
    return counts.most_common(1)[0][0] if counts else None


def _provinces() -> tuple[str, ...]:
    try:
        from loaders.places import PROVINCES
    except ImportError:
        return ()
    return PROVINCES


def _complete_unit(name: str, doc: Document) -> str:
    """A short unit ("Trường", "tỉnh") as the article names it in full (the university, the province)."""
    if name.lower() in ADMIN_UNIT_COMMITTEES:
        place = _place_of(name.lower(), doc)
        return f"{name} {place}" if place else name
    if name.lower() in GENERIC_UNIT_HEADS:
        counts: Counter[str] = Counter()
        for m in re.finditer(rf"(?<!\w){re.escape(name)}\s+", doc.text):
            longer = body_name_at(doc.text[m.start() :])
            if len(longer) > len(name) and longer.startswith(name):
                counts[_expand_acronyms(longer, doc)] += 1
        if counts:
            name = max(counts, key=lambda k: (counts[k], -len(k)))
    # A unit of the place ending in its bare level ("Khối các cơ quan tỉnh", "Ban Chỉ huy Quân sự huyện")
    # is that place's: the article's province or district.
    unit = next((u for u in ADMIN_UNIT_COMMITTEES if name.lower().endswith(" " + u)), None)
    if unit:
        place = _place_of(unit, doc)
        return f"{name} {place}" if place else name
    return name


def organisation_name(head: str, name: str, doc: Document) -> str | None:
    """The canonical party organisation for head + NAME ("Đảng ủy X" becomes "Đảng bộ X"), or None."""
    name = canonical_text(name).strip(" -–")
    if not name:
        return None
    lowered = name.lower()
    if any(
        lowered == w or lowered.startswith(w + " ") for w in NOT_ONE_ORGANISATION
    ) and not ONE_ORGANISATION_OF_AGENCIES.match(name):
        return None
    name = _expand_acronyms(_complete_unit(name, doc), doc)
    return f"{PARTY_ORGANISATION_HEADS[head.lower()]} {name}"


def _subject_before(text: str, doc: Document) -> str | None:
    """The last party organisation the sentence names before a congress without one."""
    found = None
    for m in _SUBJECT.finditer(text):
        body = body_name_at(text[m.end() :])
        words = body.split()
        named = bool(words) and (
            any(w[0].isupper() for w in words) or words[0].lower() in ADMIN_UNIT_COMMITTEES
        )
        if not named:
            continue  # "Đảng bộ đã lãnh đạo ...": the organisation is not named here
        org = organisation_name(m.group(1), body, doc)
        if org:
            found = org
    return found


# What a unit does right before a congress it leaves unnamed ("Công an huyện X tổ chức Đại hội Đảng bộ
# lần thứ XX"): hold (tổ chức, tiến hành), open (khai mạc) or close (bế mạc) it, with adverbs before.
HOLDING_VERBS = ("tổ chức", "tiến hành", "khai mạc", "bế mạc")
HOLDING_ADVERBS = ("đã", "vừa", "sẽ", "long trọng", "trọng thể", "trang trọng", "chính thức", "thành công")
_HOLDS = re.compile(
    r"^\s*(?:(?:" + "|".join(HOLDING_ADVERBS) + r")\s+)*(?:" + "|".join(HOLDING_VERBS) + r")\s+$"
)
_UNIT_HEAD = re.compile(UNIT_HEAD_WORDS)
_UNIT_HEAD_BEFORE = re.compile(UNIT_HEAD_WORDS + "$")


def _unit_subject_before(text: str, doc: Document) -> str | None:
    """The party organisation of the unit whose name opens the clause and ends just before "tổ chức" and
    the congress ("Công an huyện X tổ chức Đại hội Đảng bộ lần thứ XX"; not "Đảng bộ cơ quan Hội X")."""
    for m in reversed(list(_UNIT_HEAD.finditer(text))):
        if _UNIT_HEAD_BEFORE.search(text[: m.start()]):
            continue  # "Đại học" inside "Trường Đại học Y Dược X": the unit starts at the earlier head
        body = body_name_at(text[m.start() :])
        if len(body.split()) < 2 or not text.startswith(body, m.start()):
            continue
        opens_clause = not text[: m.start()].strip() or not text[: m.start()].rstrip()[-1].isalpha()
        if opens_clause and _HOLDS.match(text[m.start() + len(body) :]):
            return organisation_name("đảng bộ", body, doc)
        return None  # only the unit nearest the congress can be its subject
    return None


@dataclass
class _Raw:
    sentence: Sentence
    start: int
    end: int
    organization: str | None  # None: left to the article's context
    ordinal: int
    term: str | None
    name: str
    from_subject: bool = False


def _scan(sentence: Sentence, doc: Document) -> list[_Raw]:
    text = sentence.text
    low = text.lower()
    if len(low) != len(text):
        low = text
    out: list[_Raw] = []
    for m in CONGRESS.finditer(low):
        group = next(g for g in _ORDINAL_GROUPS if m.group(g))
        written = text[m.start(group) : m.end(group)]
        ordinal = parse_ordinal(written)
        if ordinal is None or ordinal == 0:
            continue
        bare = group.endswith("bare")
        after = low[m.end() :]
        if bare and not (written.isupper() or (written.isdigit() and _OF_PARTY.match(after))):
            continue  # without "lần thứ" only "Đại hội XIII" or "Đại hội 14 của Đảng" name a congress
        organization: str | None
        if m.group("national") or m.group("party"):
            organization = NATIONAL_PARTY
        elif m.group("head"):
            name = text[m.start("name") : m.end("name")]
            organization = organisation_name(m.group("head"), name, doc) if name.strip() else None
            if name.strip() and organization is None:
                continue  # "Đại hội đảng bộ các cấp"
        else:
            organization = None
        of_party = _OF_PARTY.match(after)
        of_org = _OF_ORGANISATION.match(after)
        end = m.end()
        if organization is None and of_party:
            organization = NATIONAL_PARTY
            end += of_party.end()
        elif organization is None and of_org:
            body = body_name_at(text[m.end() + of_org.end() :])
            organization = organisation_name(of_org.group("head"), body, doc)
            end += of_org.end() + len(body)
        if bare and organization is None and ordinal <= LATEST_NATIONAL_CONGRESS:
            organization = NATIONAL_PARTY  # "Đại hội XIII"; a larger bare number is the article's own
        term_m = TERM.match(low[end:])
        term = f"{term_m.group('a')}-{term_m.group('b')}" if term_m else None
        if organization is None and term_m:
            # "Đại hội lần thứ XIII, nhiệm kỳ 2020-2025 của Đảng bộ huyện X"
            after_term = end + term_m.end()
            of_org = _OF_ORGANISATION_AFTER_TERM.match(low[after_term:])
            if of_org:
                body = body_name_at(text[after_term + of_org.end() :])
                organization = organisation_name(of_org.group("head"), body, doc) if body else None
        from_subject = False
        if organization is None:
            before = text[: m.start()]
            organization = _unit_subject_before(before, doc) or _subject_before(before, doc)
            from_subject = organization is not None
        out.append(
            _Raw(
                sentence,
                m.start(),
                end,
                organization,
                ordinal,
                term,
                text[m.start() : end].strip(),
                from_subject,
            )
        )
    return out


def _in_capitals(organization: str) -> bool:
    """True for "Đảng bộ CÔNG TY X" (a headline in capitals): a body mention spells it better."""
    return organization.split(" ", 2)[-1].isupper()


def main_organisation(raws: list[_Raw], doc: Document) -> str | None:
    """The party organisation the article is about: the one whose congresses it names most (headline 3x)."""
    counts: Counter[str] = Counter()
    for raw in raws:
        if raw.organization and raw.organization != NATIONAL_PARTY:
            weight = 3 if doc.title and raw.sentence.text in doc.title else 1
            counts[raw.organization] += weight
    if doc.title:
        for raw in raws:
            if raw.organization and raw.organization != NATIONAL_PARTY and raw.name in doc.title:
                counts[raw.organization] += 2
    return counts.most_common(1)[0][0] if counts else None


def extract_congresses(doc: Document) -> tuple[list[Congress], list[CongressMention]]:
    """The article's congresses (one per organisation and number) and every mention of them."""
    raws = [r for s in doc.sentences for r in _scan(s, doc)]
    named = sorted(
        {r.organization for r in raws if r.organization and not r.from_subject}, key=len, reverse=True
    )
    for raw in raws:
        if raw.from_subject and raw.organization:
            # A subject read from running text may run on ("Đảng bộ X sẵn sàng cho ..."):
            # the organisation a congress names outright wins when it starts the same.
            snapped = next((n for n in named if name_key(raw.organization).startswith(name_key(n))), None)
            raw.organization = snapped or raw.organization
    context = main_organisation(raws, doc)
    by_key: dict[str, Congress] = {}
    mentions: list[CongressMention] = []
    for raw in raws:
        organization = raw.organization or context
        if organization is None:
            continue
        key = congress_key(organization, raw.ordinal)
        congress = by_key.get(key)
        if congress is None:
            congress = Congress(organization, raw.ordinal, raw.term, raw.name, raw.sentence.text, [])
            by_key[key] = congress
        else:
            congress.term = congress.term or raw.term
            if _in_capitals(congress.organization) and not _in_capitals(organization):
                congress.organization, congress.name = organization, raw.name
        if raw.sentence not in congress.sentences:
            congress.sentences.append(raw.sentence)
        mentions.append(CongressMention(raw.sentence, raw.start, raw.end, congress))
    return list(by_key.values()), mentions


def find_congress(congresses: list[Congress], organization: str, ordinal: int) -> Congress | None:
    """The congress of ORGANIZATION numbered ORDINAL among CONGRESSES (names compared as keys)."""
    key = congress_key(organization, ordinal)
    return next((c for c in congresses if c.key == key), None)


__all__ = [
    "Congress",
    "CongressMention",
    "extract_congresses",
    "find_congress",
    "main_organisation",
    "name_key",
    "parse_ordinal",
    "roman_to_int",
    "NATIONAL_PARTY",
]
