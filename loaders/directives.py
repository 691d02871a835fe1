"""Numbered party documents ("Chỉ thị số 35-CT/TW", "Chỉ thị 45 của Bộ Chính trị") and their keys.

The key is NUMBER-TYPECODE/ISSUERCODE as the party writes it. Written codes win
over the word before them ("Công văn số 119-HD/ĐUB" is 119-HD/ĐUB); where the
text gives no code the key is built from the type word and the issuer. The
word, code and issuer tables below are data: a province's new code is a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders import dates
from loaders.document import Document, Sentence
from loaders.keys import canonical_text, directive_code_key, name_key

# Document types and their codes (spec table). English: directive, resolution,
# conclusion, regulation, decision, plan, guidance, official letter, notice,
# rules, programme.
TYPE_CODES: dict[str, str] = {
    "Chỉ thị": "CT",
    "Nghị quyết": "NQ",
    "Kết luận": "KL",
    "Quy định": "QĐ",
    "Quyết định": "QĐ",
    "Kế hoạch": "KH",
    "Hướng dẫn": "HD",
    "Công văn": "CV",
    "Thông báo": "TB",
    "Quy chế": "QC",
    "Chương trình": "CTr",
    "Thông tri": "TT",
}
# A written code names its type when no word stands before it.
CODE_TYPES: dict[str, str] = {
    "CT": "Chỉ thị",
    "NQ": "Nghị quyết",
    "KL": "Kết luận",
    "QĐ": "Quyết định",
    "QĐI": "Quy định",
    "KH": "Kế hoạch",
    "HD": "Hướng dẫn",
    "CV": "Công văn",
    "TB": "Thông báo",
    "QC": "Quy chế",
    "CTR": "Chương trình",
    "TT": "Thông tri",
}
# Types whose bare number ("Chỉ thị 45") names a document; the others need "số" or a code,
# because "Chương trình 135" or "Thông báo 2" are too often something else.
BARE_NUMBER_TYPES = {"Chỉ thị", "Nghị quyết", "Kết luận", "Quy định", "Hướng dẫn", "Kế hoạch", "Quyết định"}
# After a bare number these words say it counts something ("Kế hoạch 5 năm"), or names a
# plenum ("Nghị quyết 4 khóa XII"): not a document number.
NOT_A_NUMBER_AFTER = (
    "năm",
    "tháng",
    "ngày",
    "giai đoạn",
    "nhiệm kỳ",
    "khóa",
    "điểm",
    "nội dung",
    "bước",
    "nhóm",
    "nhiệm vụ",
    "giải pháp",
    "tiêu chí",
    "lần",
    "người",
    "đồng chí",
    "%",
)

# Issuer codes: the body a code stands for. A value ending in a kind ("Đảng ủy Bộ") is
# completed from the article ("Đảng ủy Bộ Ngoại giao"); None: the text must say which
# central body (Bộ Chính trị, Ban Bí thư or Ban Chấp hành Trung ương).
ISSUER_CODES: dict[str, str | None] = {
    "TW": None,  # Central Committee, Politburo or Secretariat
    "BTCTW": "Ban Tổ chức Trung ương",
    "BTGTW": "Ban Tuyên giáo Trung ương",
    "BDVTW": "Ban Dân vận Trung ương",
    "BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương",
    "UBKTTW": "Ủy ban Kiểm tra Trung ương",
    "BKTTW": "Ban Kinh tế Trung ương",
    "BNCTW": "Ban Nội chính Trung ương",
    "BĐNTW": "Ban Đối ngoại Trung ương",
    "VPTW": "Văn phòng Trung ương Đảng",
    "QUTW": "Quân ủy Trung ương",
    "BCĐTW": "Ban Chỉ đạo Trung ương",  # a central steering committee
    "ĐUQSTW": "Đảng ủy Quân sự Trung ương",
    "ĐUCA": "Đảng ủy Công an Trung ương",
    "ĐUK": "Đảng ủy Khối",  # bloc party committee
    "ĐUB": "Đảng ủy Bộ",  # ministry party committee
    "ĐU": "Đảng ủy",  # party committee
    "TU": "Tỉnh ủy",  # provincial (or city) committee
    "ThU": "Thành ủy",  # city committee
    "HU": "Huyện ủy",  # district committee
    "QU": "Quận ủy",  # urban district committee
    "TXU": "Thị ủy",  # town committee
    "BCSĐ": "Ban cán sự đảng",  # party caucus of a state body
    "BCS": "Ban cán sự đảng",
    "ĐĐ": "Đảng đoàn",  # party delegation of a mass organisation
}
# Building a code from a named issuer: first match wins (more specific first).
ISSUER_NAME_CODES: list[tuple[str, str]] = [
    (r"ban tổ chức trung ương", "BTCTW"),
    (r"ban tuyên giáo và dân vận trung ương", "BTGDVTW"),
    (r"ban tuyên giáo trung ương", "BTGTW"),
    (r"ban dân vận trung ương", "BDVTW"),
    (r"ủy ban kiểm tra trung ương", "UBKTTW"),
    (r"ban kinh tế trung ương", "BKTTW"),
    (r"ban nội chính trung ương", "BNCTW"),
    (r"văn phòng trung ương", "VPTW"),
    (r"quân ủy trung ương", "QUTW"),
    (r"đảng ủy công an trung ương", "ĐUCA"),
    (r"bộ chính trị|ban bí thư|ban chấp hành trung ương|trung ương", "TW"),
    (r"đảng ủy khối", "ĐUK"),
    (r"đảng ủy bộ", "ĐUB"),
    (r"tỉnh ủy|thành ủy", "TU"),
    (r"huyện ủy", "HU"),
    (r"quận ủy", "QU"),
    (r"thị ủy", "TXU"),
    (r"ban cán sự đảng", "BCSĐ"),
    (r"đảng đoàn", "ĐĐ"),
    (r"đảng ủy", "ĐU"),
]
# Central bodies with their canonical spelling (the text may write "Bộ chính trị").
CENTRAL_BODIES: dict[str, str] = {
    "bộ chính trị": "Bộ Chính trị",
    "ban bí thư": "Ban Bí thư",
    "ban bí thư trung ương đảng": "Ban Bí thư",
    "ban bí thư trung ương": "Ban Bí thư",
    "ban chấp hành trung ương": "Ban Chấp hành Trung ương Đảng",
    "ban chấp hành trung ương đảng": "Ban Chấp hành Trung ương Đảng",
    "trung ương": "Ban Chấp hành Trung ương Đảng",
    "trung ương đảng": "Ban Chấp hành Trung ương Đảng",
    "ban tổ chức trung ương": "Ban Tổ chức Trung ương",
    "ban tuyên giáo trung ương": "Ban Tuyên giáo Trung ương",
    "ban dân vận trung ương": "Ban Dân vận Trung ương",
}
# Heads of issuing bodies, to find an issuer named before "ban hành".
ISSUER_HEADS = (
    r"Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Ban Thường vụ|Ban Tổ chức|Ban Tuyên giáo|"
    r"Ban Dân vận|Ủy ban Kiểm tra|Đảng ủy|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Ban cán sự|"
    r"Đảng đoàn|Quân ủy|Chính phủ|Thủ tướng"
)
# Words and two-word verbs that end a body name written in running text (the name runs
# through lower-case words: "Đảng ủy Bộ Ngoại giao", so only these stop it).
NAME_STOP_WORDS = {
    "về",
    "đã",
    "đang",
    "sẽ",
    "vừa",
    "của",
    "tại",
    "trong",
    "với",
    "để",
    "nhằm",
    "là",
    "có",
    "được",
    "đến",
    "cho",
    "theo",
    "và",
    "ngày",
    "số",
    "khóa",
    "lần",
    "năm",
    "từ",
    "sau",
    "trước",
    "cùng",
    "nêu",
    "ký",
    "gồm",
    "do",
    "thì",
    "mà",
    "này",
    "đó",
    "nay",
    "cũng",
    "đều",
    "luôn",
    "rất",
    "vẫn",
    "còn",
    "như",
    "bao",
    "trên",
    "dưới",
    "khi",
    "họp",
    "dự",
    "bầu",
    "gửi",
    "nhận",
    "ra",
    "mở",
    "đạt",
    "tới",
    "hướng",
    "chào",
    "lên",
    "xuống",
    "vào",
    "qua",
}
NAME_STOP_PHRASES = {
    "sẵn sàng",
    "chuẩn bị",
    "hướng tới",
    "tiến tới",
    "bước vào",
    "thành công",
    "tập trung",
    "hoàn thành",
    "quyết tâm",
    "nỗ lực",
    "sơ kết",
    "tổng kết",
    "kỷ niệm",
    "phát động",
    "ký kết",
    "gặp mặt",
    "đón nhận",
    "làm việc",
    "trao tặng",
    "tuyên dương",
    "khen thưởng",
    "ban hành",
    "thực hiện",
    "tổ chức",
    "chỉ đạo",
    "thay mặt",
    "khẩn trương",
    "tiếp tục",
    "tích cực",
    "quyết định",
    "phối hợp",
    "lãnh đạo",
    "quán triệt",
    "triển khai",
    "hướng dẫn",
    "đề nghị",
    "yêu cầu",
    "nhiệm kỳ",
    "phát biểu",
    "trình bày",
    "thông qua",
    "chủ trì",
    "long trọng",
    "chính thức",
    "khai mạc",
    "bế mạc",
    "tiến hành",
    "tham dự",
    "báo cáo",
    "đánh giá",
    "kiểm tra",
    "chủ động",
    "nghiêm túc",
    "xác định",
    "công bố",
    "trao",
}
HONORIFICS = {"đồng chí", "các đồng"}
# Units named by a number ("Quân khu 7", "Quận 1", "Bệnh viện 108", "Khóm 1").
NUMBERED_UNIT_WORDS = {
    "khu",
    "quận",
    "phường",
    "khóm",
    "thôn",
    "ấp",
    "xóm",
    "bản",
    "tổ",
    "đội",
    "đoàn",
    "vùng",
    "viện",
    "nhà máy",
    "máy",
    "nghiệp",
    "nhánh",
    "phố",
    "trường",
    "hạm",
    "binh",
}
# After "và" these start a second body ("Đảng ủy Khối và Đảng ủy Bộ"), not the rest of one name.
NEW_BODY_WORDS = {
    "đảng",
    "ban",
    "chi",
    "tỉnh",
    "thành",
    "huyện",
    "quận",
    "ủy",
    "ubnd",
    "hđnd",
    "bộ",
    "tập",
    "tổng",
    "sở",
    "trường",
    "bệnh",
    "ngân",
    "cục",
    "hội",
}
_MAX_NAME_WORDS = 12
_TYPE_WORDS_LOWER = frozenset(w.lower() for w in TYPE_CODES)  # document type words end a body name after "và"
# "ngày" then a day/month is the document's own date ("Chỉ thị số 35 ngày 30/5/2019 của Bộ Chính
# trị"), not a count of days ("Kế hoạch 5 ngày"): the number before it is the document's number.
_DOCUMENT_DATE_AFTER = re.compile(r"ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)")

_TYPE_WORD = "|".join(sorted((re.escape(w) for w in TYPE_CODES), key=len, reverse=True))
_TYPE_CODE = r"QĐi|QĐ|CTr|CTR|CT|NQ|KL|KH|HD|CV|TB|QC|TT"
CODE = re.compile(
    rf"(?<![\w/])(?P<num>\d{{1,5}})\s?(?P<sep1>[-/])\s?(?P<tc>{_TYPE_CODE})\s?(?P<sep2>[/-])\s?"
    r"(?P<ic>[A-ZĐ][A-ZĐƯƠa-z]{0,11}(?:-[A-ZĐ][A-ZĐƯƠ]{1,9})?)(?![\w])"
)
# A compound issuer code names a body and its board: "215-KH/TĐTN-TCKT" (the Youth Union's central
# committee, its organisation and inspection board) is one code. A code ending in "TW" is a central
# party body's ("141/KH-BCĐTW", the central steering committee), whichever separators it is written with.
CENTRAL_CODE_SUFFIX = "TW"
# Spellings of an issuer code that stand for the party's own: "TƯ" is how some sites write TW.
ISSUER_CODE_SPELLINGS = {"TƯ": "TW"}
_WORD_BEFORE_CODE = re.compile(
    rf"(?P<word>{_TYPE_WORD})(?:\s+số)?\s*(?:(?P<more>(?:\d{{1,5}}\s*(?:,|và)\s*)+))?$", re.IGNORECASE
)
BARE = re.compile(
    rf"(?<!\w)(?P<word>{_TYPE_WORD})\s+(?P<so>số\s+)?(?P<num>\d{{1,5}})(?!\d)(?![/.,]\d|\s?[-/]\s?\w)",
    re.IGNORECASE,
)
_DOCUMENT_BEFORE_DATE = re.compile(
    rf"(?:{CODE.pattern}|(?:{_TYPE_WORD})\s+(?:số\s+)?\d{{1,5}})\s*,?\s*(?:\(|ban hành\s+)?$", re.IGNORECASE
)
_TAIL_DATE = re.compile(r"^\s*[,(]?\s*(?:ban hành\s+)?(?:ký\s+)?ngày\s+")
_TAIL_ISSUER = re.compile(r"^\s*,?\s*(?:của|do)\s+", re.IGNORECASE)
_BAN_HANH_BEFORE = re.compile(r"ban hành\s*(?:các văn bản\s*:?)?\s*(?:\(\d+\)\s*)?$")


@dataclass
class Mention:
    """One place a sentence names a numbered document."""

    sentence: Sentence
    start: int
    end: int
    type: str
    number: str
    type_code: str
    issuer_code: str | None
    issuer: str | None = None
    date: str | None = None
    written: str = ""
    directive: Directive | None = None  # the document it names, once the article is read

    @property
    def key(self) -> str:
        code = f"{self.number}-{self.type_code}"
        return f"{code}/{self.issuer_code}" if self.issuer_code else code


@dataclass
class Directive:
    """A numbered document as the facts format lists it, with every mention that names it."""

    key: str
    type: str
    number: str
    issuer_code: str | None
    issuer: str | None
    date: str | None
    evidence: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    def as_fact(self) -> dict:
        return {
            "key": self.key,
            "type": self.type,
            "number": self.number,
            "issuer_code": self.issuer_code,
            "issuer": self.issuer,
            "date": self.date,
            "evidence": self.evidence,
        }


def is_document_date(sentence: str, start: int) -> bool:
    """True when the date at START belongs to the document named just before it ("Chỉ thị 35, ngày ...")."""
    return bool(_DOCUMENT_BEFORE_DATE.search(sentence[max(0, start - 80) : start]))


def type_code_of(code: str) -> str:
    """A written type code in its canonical spelling (QĐi, CTr keep their lower-case letter)."""
    upper = code.upper()
    return {"QĐI": "QĐi", "CTR": "CTr"}.get(upper, upper)


def issuer_code_for(issuer: str | None) -> str | None:
    """The issuer code the party would write for ISSUER ("Bộ Chính trị" -> TW), or None."""
    if not issuer:
        return None
    key = re.sub(r"^ban thường vụ\s+", "", name_key(issuer))
    for pattern, code in ISSUER_NAME_CODES:
        if re.match(pattern, key):
            return code
    return None


def body_name_at(text: str) -> str:
    """The body name TEXT opens with ("Đảng ủy Bộ Ngoại giao đã ..." -> "Đảng ủy Bộ Ngoại giao").

    A plain word scan (no tagger call: this runs many times per article): the name runs
    through lower-case words ("Ngoại giao") and stops at the verbs, prepositions and
    honorifics listed above.
    """
    raw = text[:400].split()  # a name is never longer; callers pass the rest of a whole article
    words: list[str] = []
    for i, token in enumerate(raw):
        word = token.strip("“”\"'")
        bare = word.rstrip(",;:.)")
        lower = bare.lower()
        nxt = raw[i + 1].strip("“”\"',;:.)").lower() if i + 1 < len(raw) else ""
        if bare in {"-", "–"} and nxt[:1].isalpha() and i + 1 < len(raw) and raw[i + 1][0].isupper():
            words.append(bare)  # "Bệnh viện Phụ sản – Nhi Đà Nẵng"
            continue
        if bare.isdigit() and len(bare) <= 3 and words and words[-1].lower() in NUMBERED_UNIT_WORDS:
            words.append(bare)  # "Quân khu 7", "Quận 1"
            continue
        if not bare or bare[0].isdigit() or not bare[0].isalpha():
            break
        if lower == "và" and " ".join(raw[i + 1 : i + 3]).lower().strip(",;:.") in _TYPE_WORDS_LOWER:
            break  # "Hướng dẫn 25 của Ban Tổ chức Trung ương và Quy định 232 ...": the next document
        if (
            lower == "và"
            and i > 0
            and raw[i + 1 : i + 2]
            and raw[i + 1][0].isupper()
            and nxt not in NEW_BODY_WORDS
        ):
            words.append(bare)  # "Khoa học và Công nghệ", "Nông nghiệp và Phát triển Nông thôn"
            continue
        if i > 0 and f"{lower} {nxt}" in HONORIFICS:
            break  # "... Đại học GTVT Đồng chí X": a person starts here
        # Verbs and prepositions in running text are lower case; "Ban Tổ chức" is a name.
        if (
            i > 0
            and bare[0].islower()
            and (lower in NAME_STOP_WORDS or f"{lower} {nxt}" in NAME_STOP_PHRASES)
        ):
            break
        words.append(bare)
        if bare != word or len(words) >= _MAX_NAME_WORDS:
            break
    return " ".join(words)


def complete_body(name: str, doc: Document) -> str:
    """A body written short ("Đảng ủy Bộ") as the article writes it in full ("Đảng ủy Bộ Ngoại giao")."""
    best = name
    counts: dict[str, int] = {}
    for m in re.finditer(re.escape(name) + r"\s+", doc.text, re.IGNORECASE):
        longer = body_name_at(doc.text[m.start() :])
        if len(longer) > len(name) and name_key(longer).startswith(name_key(name)):
            counts[longer] = counts.get(longer, 0) + 1
    if counts:
        best = max(counts, key=lambda k: (counts[k], -len(k)))
    return best


def canonical_issuer(name: str | None, doc: Document) -> str | None:
    """The issuer's canonical name: central bodies spelled as the spec does, short names completed."""
    if not name:
        return None
    name = canonical_text(name).strip(" ,;:.")
    key = name_key(name)
    if key in CENTRAL_BODIES:
        return CENTRAL_BODIES[key]
    if "," in name:  # "Bộ Chính trị, Ban Bí thư": several central bodies sign together
        parts = [canonical_issuer(p, doc) for p in name.split(",")]
        return ", ".join(p for p in parts if p)
    return complete_body(name, doc)


def _issuer_after(tail: str) -> str | None:
    m = _TAIL_ISSUER.match(tail)
    if not m:
        return None
    rest = tail[m.end() :]
    if re.match(r"Hội nghị[^,;]{0,40}?Trung ương", rest):
        # "của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII", "của Hội nghị Trung ương 4"
        return "Ban Chấp hành Trung ương"
    central = re.match(
        r"(Bộ Chính trị|Ban Bí thư(?: Trung ương Đảng)?|Ban Chấp hành Trung ương(?: Đảng)?|"
        r"Trung ương(?: Đảng)?)(?:\s*(?:,|và)\s*(Ban Bí thư|Bộ Chính trị))?",
        rest,
        re.IGNORECASE,
    )
    if central:
        return ", ".join(g for g in central.groups() if g)
    body = body_name_at(rest)
    return body if body and body[0].isupper() else None


def _date_after(tail: str, published: str | None) -> tuple[str | None, int]:
    m = _TAIL_DATE.match(tail)
    if not m:
        return None, 0
    rest = tail[m.end() :]
    found = dates.find_date(rest[:30])
    if found and found[1].start() == 0:
        return found[0], m.end() + found[1].end()
    return None, 0


def _before(sentence: str, start: int) -> tuple[str | None, str | None]:
    """(issuer, date) named before the mention when the sentence says X "ban hành" it."""
    before = sentence[:start]
    if not _BAN_HANH_BEFORE.search(before):
        return None, None
    # Bodies after "của"/"do" issued an earlier document of the sentence, not this one.
    issuers = [
        m
        for m in re.finditer(rf"(?:{ISSUER_HEADS})", before)
        if not re.search(r"(?:của|do)\s+$", before[: m.start()])
    ]
    issuer = body_name_at(before[issuers[-1].start() :]) if issuers else None
    if issuer and re.match(r"(Bộ Chính trị|Ban Bí thư)", issuer):
        issuer = re.match(r"(Bộ Chính trị|Ban Bí thư)", issuer).group(1)
    found = None
    for m in re.finditer(r"ngày\s+", before, re.IGNORECASE):
        d = dates.find_date(before[m.end() : m.end() + 12])
        if d and d[1].start() == 0 and not is_document_date(sentence, m.start()):
            found = d[0]
    return issuer, found


def _mention(
    sentence: Sentence,
    start: int,
    end: int,
    word: str | None,
    number: str,
    type_code: str,
    issuer_code: str | None,
    doc: Document,
) -> Mention:
    text = sentence.text
    tail = text[end:]
    date, used = _date_after(tail, doc.published)
    issuer = _issuer_after(tail[used:])
    before_issuer, before_date = _before(text, start)
    issuer = issuer or before_issuer
    date = date or before_date
    type_word = canonical_text(word).capitalize() if word else CODE_TYPES.get(type_code.upper(), type_code)
    type_word = next((w for w in TYPE_CODES if w.lower() == type_word.lower()), type_word)
    return Mention(
        sentence=sentence,
        start=start,
        end=end,
        type=type_word,
        number=number,
        type_code=type_code,
        issuer_code=issuer_code,
        issuer=issuer,
        date=date,
        written=text[start:end],
    )


def mentions_in(sentence: Sentence, doc: Document) -> list[Mention]:
    """Every numbered document SENTENCE names, in order of appearance."""
    text = sentence.text
    found: list[Mention] = []
    covered: list[tuple[int, int]] = []
    for m in CODE.finditer(text):
        issuer_code = ISSUER_CODE_SPELLINGS.get(m.group("ic"), m.group("ic"))
        state_shape = m.group("sep1") == "/" and m.group("sep2") == "-"
        if state_shape and issuer_code not in ISSUER_CODES and not issuer_code.endswith(CENTRAL_CODE_SUFFIX):
            continue  # "05/CT-TTg", "12/KH-UBND": a state document, not a party one
        before = _WORD_BEFORE_CODE.search(text[max(0, m.start() - 40) : m.start()])
        start = m.start() - (len(before.group(0)) if before else 0)
        word = before.group("word") if before else None
        type_code = type_code_of(m.group("tc"))
        numbers = re.findall(r"\d{1,5}", before.group("more")) if before and before.group("more") else []
        for number in [*numbers, m.group("num")]:
            found.append(_mention(sentence, start, m.end(), word, number, type_code, issuer_code, doc))
        covered.append((start, m.end()))
    for m in BARE.finditer(text):
        if any(s <= m.start() < e for s, e in covered):
            continue
        word = canonical_text(m.group("word"))
        word = next((w for w in TYPE_CODES if w.lower() == word.lower()), word)
        if not m.group("so") and (
            word not in BARE_NUMBER_TYPES or re.fullmatch(r"(?:19|20)\d\d", m.group("num"))
        ):
            continue  # "Chương trình 135", "Kế hoạch 2025": not a document number
        after = text[m.end() :].lstrip().lower()
        if not _DOCUMENT_DATE_AFTER.match(after) and any(
            after.startswith(w) and (len(after) == len(w) or not after[len(w)].isalpha())
            for w in NOT_A_NUMBER_AFTER
        ):
            continue
        mention = _mention(sentence, m.start(), m.end(), word, m.group("num"), TYPE_CODES[word], None, doc)
        mention.issuer_code = issuer_code_for(mention.issuer)
        found.append(mention)
    return sorted(found, key=lambda x: x.start)


def _same_document(a: Directive, m: Mention) -> bool:
    if directive_code_key(a.key) != directive_code_key(m.key):
        return False
    return a.date is None or m.date is None or a.date[:4] == m.date[:4]


def extract_directives(doc: Document) -> tuple[list[Directive], list[Mention]]:
    """The article's directives (one per document) and every mention, each mention tied to its directive."""
    mentions = [m for s in doc.sentences for m in mentions_in(s, doc)]
    directives: list[Directive] = []
    full = [m for m in mentions if m.issuer_code]
    # A bare "Chỉ thị 05" is the "05-CT/TW" the article names in full elsewhere.
    for m in mentions:
        if m.issuer_code:
            continue
        same = {
            x.key for x in full if x.number.lstrip("0") == m.number.lstrip("0") and x.type_code == m.type_code
        }
        if len(same) == 1:
            m.issuer_code = next(x.issuer_code for x in full if x.key in same)
    for m in mentions:
        target = next((d for d in directives if _same_document(d, m)), None)
        if target is None:
            target = Directive(
                key=m.key,
                type=m.type,
                number=m.number,
                issuer_code=m.issuer_code,
                issuer=None,
                date=m.date,
                evidence=m.sentence.text,
            )
            directives.append(target)
        target.mentions.append(m)
        target.date = target.date or m.date
        if m.issuer and not target.issuer:
            target.issuer = m.issuer
        m.directive = target
    for d in directives:
        d.issuer = canonical_issuer(d.issuer, doc)
        if not d.issuer and d.issuer_code:
            known = ISSUER_CODES.get(d.issuer_code, ISSUER_CODES.get(d.issuer_code.upper()))
            d.issuer = complete_body(known, doc) if known else None
    return directives, mentions
