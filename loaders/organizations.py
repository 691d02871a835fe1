"""Body names: where one ends in a sentence, and the full name a short mention stands for in its article.

Party news names a body in full once ("Đảng ủy Bộ Ngoại giao") and short
afterwards ("Đảng ủy Bộ", "Ban Thường vụ", "Đảng ủy"). OrgContext gathers what
the article names in full (its bodies, its main unit, its province) and
resolve_organization writes a short mention out against it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from loaders.credits import rule_text
from loaders.document import Document
from loaders.keys import canonical_text, name_key
from loaders.names import FAMILY_NAMES
from loaders.places import ADMIN_LEVELS, CITIES, CITY_FULL_NAMES, LEVEL_HEADS, LOCAL_LEVELS, PROVINCES
from loaders.titles import CENTRAL_COMMITTEE, SECRETARIAT, titles_longest_first
from loaders.tokens import DASHES, PhraseIndex, Token, tokenize, words_match

# Words a body name starts with (lower case). Longest first when matched.
BODY_HEADS = (
    "đảng ủy khối",
    "đảng bộ khối",
    "đảng ủy",
    "đảng bộ",
    "đảng đoàn",
    "chi bộ",
    "chi ủy",
    "ban cán sự đảng",
    "ban cán sự",
    "ban chấp hành",
    "ban thường vụ",
    "thường vụ",
    "ban",
    "ủy ban",
    "bộ",
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quận ủy",
    "thị ủy",
    "quân ủy",
    "tỉnh đoàn",
    "thành đoàn",
    "huyện đoàn",
    "quận đoàn",
    "thị đoàn",
    "tập đoàn",
    "tổng công ty",
    "công ty",
    "ngân hàng",
    "công an",
    "sở",
    "tổng cục",
    "cục",
    "vụ",
    "viện",
    "học viện",
    "trường",
    "đại học",
    "bệnh viện",
    "hội đồng",
    "văn phòng",
    "phòng",
    "khoa",
    "đoàn",
    "tiểu ban",
    "quốc hội",
    "chính phủ",
    "nhà nước",
    "mặt trận",
    "liên hiệp",
    "kiểm toán",
    "thanh tra",
    "trung ương đoàn",
    "trung ương hội",
    "báo",
    "đài",
    "tạp chí",
    "thông tấn xã",
    "liên đoàn",
    "công đoàn",
    "tòa án",
    "bộ đội",
    "bộ tư lệnh",
    "quân khu",
    "quân đoàn",
    "hội",
    "btv",
    "bch",
    "ubkt",
    "ubnd",
    "hđnd",
    "ub",
    "cơ quan",
)
_HEADS = PhraseIndex([h.split() for h in BODY_HEADS])

# Heads of the party bodies that stand for their unit: "Đảng ủy X", "Đảng bộ X", "Chi bộ X", and the party
# groups of state bodies and mass organisations ("Ban Cán sự đảng Bộ X", "Đảng đoàn Hội Y").
PARTY_HEADS = ("Đảng ủy", "Đảng bộ", "Chi bộ", "Ban Cán sự đảng", "Đảng đoàn")

# Lower-case words that occur inside body names ("Ủy ban nhân dân tỉnh", "Giao thông vận tải").
BODY_LOWER_WORDS = frozenset(
    "nhân dân nhà nước quốc gia trung ương đảng vận tải chi nhánh khối tỉnh thành phố quận huyện "
    "xã phường thị trấn khóm ấp thôn bản đặc khu dân tộc hội đồng chuyên trách".split()
)
# Lower-case phrases inside body names when a capitalised word follows them: "Đoàn đại biểu Quốc hội
# tỉnh" (the province's delegation of National Assembly deputies).
BODY_LOWER_PHRASES = (("đại", "biểu"),)
# Words that end a body name: verbs and function words that start what the sentence says about it.
PREDICATE_WORDS = frozenset(
    "phát chủ dự tham cho nhấn tặng báo trình đã đọc điều khẳng ký vừa công được giữ yêu đề là có tại trong "
    "về với của thay chỉ trao nêu đánh ghi tiếp làm lên thăm quán bày chúc gửi nói cùng đến từ để theo "
    "sẽ đang cũng thì mà nhưng như khi sau trước bầu trúng nhận kiểm tổ thực lãnh ban hành "
    "cho biết đồng chí ông bà này đó năm tháng ngày nhiệm khóa khoá lần tiến tới hướng vì bởi do nhằm "
    "chào mừng sơ kết khai phối hợp long vinh".split()
)
# Words that follow a name or body at once ("... Hồ Chí Minh dự", "... nhiệm kỳ"): the tagger may glue
# them to the name's last word, so they end a body even inside a tagged word.
_WORDS_AFTER_NAMES = frozenset(
    "dự phát chủ cho nhấn khẳng đề yêu tặng trao báo trình đọc ký gửi nói thăm chúc điều tham "
    "nhiệm khóa khoá lần năm ngày tháng lúc vào tại".split()
)
_COMMITTEE_PREFIXES = frozenset({"đảng", "chi", "tỉnh", "thành", "huyện", "quận", "quân", "thị"})
_CONNECTORS = frozenset({"và", "các", "của"})

# Abbreviations every party text uses, written out.
ABBREVIATIONS = {
    "BTV": "Ban Thường vụ",
    "BCH": "Ban Chấp hành",
    "UBKT": "Ủy ban Kiểm tra",
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "HĐT": "Hội đồng trường",
    "HĐQT": "Hội đồng quản trị",
    "HĐTV": "Hội đồng thành viên",
    "ĐBQH": "đại biểu Quốc hội",
    "TCCB": "Tổ chức cán bộ",
    "T.Ư": "Trung ương",
    "TƯ": "Trung ương",
    "TW": "Trung ương",
    "MTTQ": "Mặt trận Tổ quốc",
    "UB": "Ủy ban",
    "TP": "Thành phố",
    "TP.HCM": "Thành phố Hồ Chí Minh",
    "TPHCM": "Thành phố Hồ Chí Minh",
    "HCM": "Hồ Chí Minh",
}

# Commands whose party organisation is named after the force, not the command: the committee of the
# "Bộ Chỉ huy Quân sự tỉnh X" (provincial military command) is the "Đảng ủy Quân sự tỉnh X".
# Unit head -> the head its party body takes instead.
PARTY_UNIT_HEADS = {
    "Bộ Chỉ huy Quân sự": "Quân sự",
    "Bộ Chỉ huy Bộ đội Biên phòng": "Bộ đội Biên phòng",
}


def party_unit(unit: str) -> str:
    """The unit as its party body names it ("Bộ Chỉ huy Quân sự tỉnh X" -> "Quân sự tỉnh X")."""
    for head, party_head in PARTY_UNIT_HEADS.items():
        if name_key(unit) == name_key(head) or name_key(unit).startswith(name_key(head) + " "):
            return party_head + unit[len(head) :]
    return unit


# State groups and corporations the genre names by their acronym alone, often without spelling it out
# ("Chủ tịch HĐTV EVN"): acronym -> full name. An article's own spelling-out wins over this table.
NATIONAL_ACRONYMS = {
    "EVN": "Tập đoàn Điện lực Việt Nam",  # Vietnam Electricity
    "PVN": "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam",  # Petrovietnam
    "TKV": "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam",  # Vinacomin
    "VNPT": "Tập đoàn Bưu chính Viễn thông Việt Nam",  # Vietnam Posts and Telecommunications
    "VRG": "Tập đoàn Công nghiệp Cao su Việt Nam",  # Vietnam Rubber Group
    "VNR": "Tổng công ty Đường sắt Việt Nam",  # Vietnam Railways
    "VIMC": "Tổng công ty Hàng hải Việt Nam",  # Vietnam Maritime Corporation
    "ACV": "Tổng công ty Cảng hàng không Việt Nam",  # Airports Corporation of Vietnam
    "VEC": "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam",  # Vietnam Expressway Corporation
    "SCIC": "Tổng công ty Đầu tư và Kinh doanh vốn nhà nước",  # State Capital Investment Corporation
    "BIDV": "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam",  # BIDV
    "VBSP": "Ngân hàng Chính sách xã hội",  # Vietnam Bank for Social Policies
}

# Spellings of the canonical national bodies (keys) -> canonical name.
NATIONAL_BODIES = {
    "trung ương": CENTRAL_COMMITTEE,
    "trung ương đảng": CENTRAL_COMMITTEE,
    "ban chấp hành trung ương": CENTRAL_COMMITTEE,
    "ban chấp hành trung ương đảng": CENTRAL_COMMITTEE,
    "ban bí thư": SECRETARIAT,
    "ban bí thư trung ương đảng": SECRETARIAT,
    "ban bí thư trung ương": SECRETARIAT,
    "bộ chính trị": "Bộ Chính trị",
    "quốc hội": "Quốc hội",
    "chính phủ": "Chính phủ",
    "nhà nước": "Nhà nước",
    "ban tổ chức trung ương": "Ban Tổ chức Trung ương",
    "ban tuyên giáo trung ương": "Ban Tuyên giáo Trung ương",
    "ủy ban kiểm tra trung ương": "Ủy ban Kiểm tra Trung ương",
    # The Central Party Office keeps "Đảng" in its name ("Chánh Văn phòng Trung ương Đảng").
    "văn phòng trung ương": "Văn phòng Trung ương Đảng",
    "văn phòng trung ương đảng": "Văn phòng Trung ương Đảng",
}

# Boards inside a party committee: "Ban Tuyên giáo Đảng ủy Bộ" is the Ban Tuyên giáo of that committee.
COMMITTEE_BOARDS = (
    "Ban Thường vụ",
    "Thường vụ",
    "Ban Chấp hành",
    "Ủy ban Kiểm tra",
    "Ban Tổ chức",
    "Ban Tuyên giáo",
    "Ban Dân vận",
    "Ban Nội chính",
    "Ban Kinh tế",
    "Ban Đối ngoại",
    "Ban Tuyên giáo và Dân vận",
    "Văn phòng",
)
_BOARDS = sorted(COMMITTEE_BOARDS, key=lambda b: -len(b.split()))
# Board whose parent is the party organisation ("Ban Chấp hành Đảng bộ X"), not its committee.
_BOARDS_OF_PARTY_ORGANISATION = {"ban chấp hành"}
_TITLE_WORDS = PhraseIndex([t.lower().split() for t in titles_longest_first()])
_PLACES = sorted(CITIES + PROVINCES, key=len, reverse=True)
_PLACE_WORDS = sorted((p.split() for p in CITIES + PROVINCES), key=len, reverse=True)
_PARTY_HEAD_WORDS = {"đảng ủy", "đảng bộ", "chi bộ"}
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐƯ.]{1,9}$")


_NOT_A_BODY_AFTER_HOI = {"nghị", "thảo", "diễn", "thi", "chợ", "đàm", "đồng"}


def head_length(tokens: list[Token], i: int) -> int:
    """How many tokens of a body head start at token I (0 when none does)."""
    head = _HEADS.match(tokens, i)
    if head is None:
        return 0
    if head == ["hội"] and (i + 1 >= len(tokens) or tokens[i + 1].lower in _NOT_A_BODY_AFTER_HOI):
        return 0
    if head == ["hội"] and i > 0 and tokens[i - 1].lower == "đại":
        return 0
    return len(head)


def starts_title(tokens: list[Token], i: int) -> bool:
    """True where a title ("Bí thư", "Ủy viên", "Bộ trưởng"...) starts at token I."""
    if not tokens[i].is_capitalised:
        return False
    return _TITLE_WORDS.match(tokens, i) is not None


def _lower_run(tokens: list[Token], i: int, j: int) -> int:
    """How many lower-case words outside BODY_LOWER_WORDS the body already holds just before token J."""
    k, run = j - 1, 0
    while (
        k >= i
        and tokens[k].is_word
        and not tokens[k].is_capitalised
        and tokens[k].lower not in BODY_LOWER_WORDS
    ):
        run += 1
        k -= 1
    return run


def _tail_before_boundary(tokens: list[Token], j: int) -> bool:
    """One or two lower-case words right before punctuation or the end close a body ("Bộ xây dựng;")."""
    if tokens[j - 1].text.isupper() and len(tokens[j - 1].text) > 1:
        return False  # an acronym is a whole name: "Đảng ủy ĐHQGHN quan tâm" ends at it
    for k in (j, j + 1):
        if k >= len(tokens):
            return True
        t = tokens[k]
        if not t.is_word:
            return t.text not in DASHES or k > j
        if t.is_capitalised or t.lower in PREDICATE_WORDS:
            return False
    return j + 2 >= len(tokens) or not tokens[j + 2].is_word


def _place_at(tokens: list[Token], i: int) -> int:
    """Length of a province or city name starting at token I (case as written), 0 when none."""
    for words in _PLACE_WORDS:
        if all(i + k < len(tokens) and tokens[i + k].text == w for k, w in enumerate(words)):
            return len(words)
    return 0


# Words after which a capitalised run names a place or a namesake, not a person:
# "Huyện ủy Yên Thành", "Trường Tiểu học Kim Đồng".
PLACE_BEFORE_WORDS = frozenset(
    {
        "tỉnh",
        "huyện",
        "quận",
        "xã",
        "phường",
        "trấn",
        "thành",
        "phố",
        "ủy",
        "khóm",
        "ấp",
        "thôn",
        "bản",
    }
)
NAMESAKE_BEFORE_WORDS = frozenset({"học", "thpt", "thcs", "non", "đường", "phố", "chuyên", "thông", "viện"})


def named_after(tokens: list[Token], i: int, size: int) -> bool:
    """True where a capitalised run of SIZE words at token I is a place or a namesake (by the word before)."""
    if i == 0:
        return False
    before = tokens[i - 1].lower
    if before in NAMESAKE_BEFORE_WORDS:
        return True
    return before in PLACE_BEFORE_WORDS and size <= 2


def _name_word(t: Token) -> bool:
    """A word that can be part of a name: capitalised, not an all-capitals acronym (one letter is fine)."""
    return (
        t.is_word and t.is_capitalised and (len(t.text) == 1 or not t.text.isupper()) and not t.text.isdigit()
    )


def _breaks_run(tokens: list[Token], k: int) -> bool:
    """A capitalised word that cannot be inside a name: a title, or a body head going on into a body."""
    if starts_title(tokens, k):
        return True
    n = head_length(tokens, k)
    return (
        bool(n) and tokens[k].text not in FAMILY_NAMES and k + n < len(tokens) and _name_word(tokens[k + n])
    )


def _name_in_run(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """Where the name is in the capitalised run A..B: the whole run when it is one, else its tail.

    A run led by a family name of 2-4 words is a name; a longer run, or one led by a place or another
    word, ends in the name ("Hà Nội Vương Đình Huệ", "thôn Đồng Tâm Nguyễn Thị Lành"): its last three
    words, else two, else four, led by a family name.
    """
    a += _place_at(tokens, a)
    if b - a < 2:
        return None
    if tokens[a].text in FAMILY_NAMES and b - a <= 4 and not named_after(tokens, a, b - a):
        return a, b
    for size in (3, 2, 4):
        start = b - size
        if start > a and tokens[start].text in FAMILY_NAMES and not _place_at(tokens, start - 1) > 1:
            return start, b
    return None


def uncued_name_end(tokens: list[Token], i: int) -> int:
    """End of a name that starts at token I without a cue (family name first, 2-4 words), or I."""
    if i >= len(tokens) or tokens[i].text not in FAMILY_NAMES or not _name_word(tokens[i]):
        return i
    a = i
    while a > 0 and _name_word(tokens[a - 1]) and not _breaks_run(tokens, a - 1):
        a -= 1
    b = i + 1
    while b < len(tokens) and _name_word(tokens[b]) and not _breaks_run(tokens, b):
        b += 1
    if b < len(tokens) and len(tokens[b - 1].text) == 1:
        return i  # a cut-off last syllable ("Nông Đức M") is no name's end
    span = _name_in_run(tokens, a, b)
    if span is None or span[0] != i:
        return i
    if head_length(tokens, i) and b - i < 3:  # "Đoàn Thanh niên": a family name that is also a head
        return i
    return b


def starts_name(tokens: list[Token], i: int) -> bool:
    """True where a person's name starts at token I (without a cue): see uncued_name_end."""
    return uncued_name_end(tokens, i) > i


_RANK_SECOND_WORDS = frozenset({"tướng", "tá", "úy", "đô"})


def _person_follows(tokens: list[Token], k: int) -> bool:
    """True where token K opens a person: an honorific, a rank, an academic prefix ("và PGS.TS ...")."""
    if k >= len(tokens):
        return False
    t = tokens[k]
    if t.lower in ("đồng", "ông", "bà") or (
        t.text.isupper() and len(t.text) > 1 and not head_length(tokens, k)
    ):
        return True
    return k + 1 < len(tokens) and tokens[k + 1].lower in _RANK_SECOND_WORDS


def body_end(
    tokens: list[Token], i: int, stops: frozenset[int] = frozenset(), head: int | None = None
) -> int:
    """End (exclusive token index) of the body name that starts at token I, I itself when none does.

    STOPS are token indexes a body cannot reach (where a person's name starts).
    HEAD overrides the head length found at I (a title sharing its last word with the body).
    """
    n = head_length(tokens, i) if head is None else head
    if n == 0:
        return i
    j = i + n
    while j < len(tokens) and j not in stops:
        t = tokens[j]
        if not t.is_word:
            joined = (
                t.text in DASHES
                and j + 1 < len(tokens)
                and tokens[j - 1].end == t.start == tokens[j + 1].start - 1
            )
            if joined:  # "Công nghiệp-Viễn thông" is one name
                j += 1
                continue
            if t.text == "," and _comma_continues(tokens, j, stops):
                j += 1
                continue
            if t.text in DASHES and _dash_continues(tokens, j, stops):  # "Công nghiệp Than - Khoáng sản"
                j += 1
                continue
            break
        if starts_title(tokens, j) and j > i + n:
            break
        if t.lower in ("và", "các") and (
            j + 1 >= len(tokens)
            or not tokens[j + 1].is_capitalised
            or head_length(tokens, j + 1)
            and t.lower == "và"
        ):
            if not (
                t.lower == "các"
                and j + 1 < len(tokens)
                and tokens[j + 1].lower in BODY_LOWER_WORDS | {"trường", "cơ"}
            ):
                break
        if t.is_capitalised and starts_name(tokens, j):
            break
        if t.lower == "và" and _person_follows(tokens, j + 1):
            break
        phrase = next((p for p in BODY_LOWER_PHRASES if words_match(tokens, j, list(p))), None)
        if phrase and j + len(phrase) < len(tokens) and tokens[j + len(phrase)].is_capitalised:
            j += len(phrase)
            continue
        inner_head = head_length(tokens, j) if t.is_capitalised else 0
        if inner_head > 1:  # a unit inside a body ("Đảng bộ Tổng công ty ...") keeps its head's words
            j += inner_head
            continue
        committee_word = t.lower in ("ủy", "bộ") and tokens[j - 1].lower in _COMMITTEE_PREFIXES
        if (
            t.is_capitalised
            or t.text.isdigit()
            or t.lower in BODY_LOWER_WORDS
            or t.lower in _CONNECTORS
            or committee_word
        ):
            j += 1
            continue
        prev = tokens[j - 1]
        same_word = t.inner and prev.is_word and not (prev.text.isupper() and len(prev.text) > 1)
        if same_word and t.lower not in _WORDS_AFTER_NAMES:  # "Kiểm tra", "đại biểu": the rest of a word
            j += 1
            continue
        if t.lower in PREDICATE_WORDS or not t.noun or _lower_run(tokens, i + n, j) >= 2:
            if not _tail_before_boundary(tokens, j):
                break
        j += 1
    while j > i + n and (tokens[j - 1].lower in _CONNECTORS or not tokens[j - 1].is_word):
        j -= 1
    return j


def _dash_continues(tokens: list[Token], j: int, stops: frozenset[int]) -> bool:
    """A spaced dash inside a body name: a capitalised word after it, not a title, name, cue or body."""
    k = j + 1
    if k >= len(tokens) or k in stops or not tokens[j - 1].is_word or not _is_name_like(tokens[k]):
        return False
    if (
        starts_title(tokens, k)
        or head_length(tokens, k)
        or starts_name(tokens, k)
        or _person_follows(tokens, k)
    ):
        return False
    return not (tokens[k].text.isupper() and len(tokens[k].text) > 1)


def _is_name_like(t: Token) -> bool:
    """A capitalised word."""
    return t.is_word and t.is_capitalised


def _comma_continues(tokens: list[Token], j: int, stops: frozenset[int]) -> bool:
    """A comma inside a body name: "Khối các trường Đại học, Cao đẳng Hà Nội" (short run, no title)."""
    k = j + 1
    if k >= len(tokens) or k in stops:
        return False
    if not tokens[k].is_capitalised and tokens[k].lower not in ("chi", "tỉnh", "thành", "huyện", "quận"):
        return False
    if starts_title(tokens, k) or head_length(tokens, k):
        return False
    run = []
    while k < len(tokens) and tokens[k].is_word and k not in stops:
        run.append(tokens[k])
        k += 1
    if not run or len(run) > 4 or all(t.is_capitalised for t in run):
        return False  # an all-capitalised run is a name or a place list, not the tail of a body
    return k >= len(tokens) or tokens[k].text in {",", ";", ".", ")", "-", "–"}


def bodies_in(text: str) -> list[str]:
    """Every body named in the sentence TEXT with a capitalised head, as written (canonical spelling)."""
    text = canonical_text(text)
    plain = tokenize(text)
    if not any(t.is_capitalised and head_length(plain, k) for k, t in enumerate(plain)):
        return []  # no body here: spare the tagger
    tokens = tokenize(text, tag=True)
    out = []
    i = 0
    while i < len(tokens):
        n = head_length(tokens, i)
        party_head_before_unit = (
            n
            and i + n < len(tokens)
            and tokens[i + n].is_capitalised
            and " ".join(t.lower for t in tokens[i : i + n]) in _PARTY_HEAD_WORDS
        )
        if n and (tokens[i].is_capitalised or party_head_before_unit) and not tokens[i].text.isupper():
            end = body_end(tokens, i)
            if end > i + n:
                out.append(span_text(tokens, i, end))
                i = end
                continue
        i += 1
    return out


def span_text(tokens: list[Token], i: int, end: int) -> str:
    """The words of tokens I..END joined as written (no space before a comma, none around a joining dash)."""
    out = ""
    for k in range(i, end):
        t = tokens[k]
        if k > i and t.start > tokens[k - 1].end and t.text != ",":
            out += " "
        out += t.text
    return out


@dataclass
class OrgContext:
    """What an article names in full: the bodies, the main unit it is about, its province or city."""

    units: Counter = field(default_factory=Counter)  # unit name -> mentions ("Bộ Ngoại giao")
    bodies: Counter = field(default_factory=Counter)  # every full body name -> mentions
    main_unit: str | None = None
    main_party_body: str | None = None  # "Đảng ủy X" or "Chi bộ X": the committee the article is about
    place: str | None = None  # province or city
    province: str | None = None  # the province named most often
    city: str | None = None  # the centrally-run city named most often
    acronyms: dict[str, str] = field(default_factory=dict)
    localities: dict[str, str] = field(default_factory=dict)  # level -> its place named most ("huyện" -> ...)

    @property
    def main_party_organization(self) -> str | None:
        """The party organisation ("Đảng bộ X") whose congress an article about X reports."""
        if self.main_party_body and self.main_party_body.startswith("Đảng ủy "):
            return "Đảng bộ " + self.main_party_body[len("Đảng ủy ") :]
        return self.main_party_body

    @property
    def place_committee(self) -> str | None:
        """The province's or city's committee ("Tỉnh ủy Lâm Đồng", "Thành ủy Hải Phòng")."""
        if not self.place:
            return None
        return ("Thành ủy " if self.place in CITIES else "Tỉnh ủy ") + self.place


def _split_party_head(name: str) -> tuple[str, str]:
    """("Đảng ủy", "Bộ Ngoại giao") from "Đảng ủy Bộ Ngoại giao"; ("", name) when no party head."""
    low = name.lower()
    for head in sorted(PARTY_HEADS + ("Ban cán sự",), key=len, reverse=True):
        h = head.lower()
        full = head if head != "Ban cán sự" else "Ban Cán sự đảng"
        if low == h:
            return full, ""
        if low.startswith(h + " "):
            return full, name[len(h) + 1 :]
    return "", name


def _acronyms_in(text: str) -> dict[str, str]:
    """Acronyms the article spells out somewhere: "GTVT" for "Giao thông vận tải" (initials of a word run)."""
    words = re.findall(r"\w+", text)
    wanted = {w for w in words if _ACRONYM.match(w) and w not in ABBREVIATIONS and len(w) >= 3}
    # A spelled-out form never crosses punctuation or a line.
    segments = [re.findall(r"\w+", part) for part in re.split(r"[^\w\s]|\n", text)]
    found: dict[str, str] = {}
    for acronym in sorted(wanted):
        letters = acronym.replace(".", "").replace("Ư", "W")
        size = len(letters)
        runs = (seg[k : k + size] for seg in segments for k in range(len(seg) - size + 1))
        for run in runs:
            if not run[0][0].isupper() or any(w.isupper() and len(w) > 1 for w in run):
                continue
            initials = "".join(w[0].upper() for w in run).replace("Ư", "W")
            if initials == letters.replace("Ư", "W") or initials == acronym.replace("Ư", "W"):
                found[acronym] = " ".join(run)
                break
    return found


_BRACKETED = re.compile(r"\(([A-ZĐ][A-ZĐ0-9&.-]{1,11})\)")


def _without_board(name: str) -> str:
    """NAME without a leading committee board: "Ban Thường vụ Đảng ủy X" -> "Đảng ủy X"."""
    low = name.lower()
    for board in _BOARDS:
        if low.startswith(board.lower() + " "):
            return name[len(board) + 1 :]
    return name


def _bracketed_acronyms(sentence: str) -> dict[str, str]:
    """Acronyms a sentence defines in brackets after a unit: "Tập đoàn Điện lực Việt Nam (EVN)" gives EVN."""
    found: dict[str, str] = {}
    for m in _BRACKETED.finditer(sentence):
        before = sentence[: m.start()].rstrip()
        bodies = [b for b in bodies_in(before) if before.endswith(b)]
        if bodies:
            _head, unit = _split_party_head(_without_board(bodies[-1]))
            if unit and m.group(1) not in ABBREVIATIONS:
                found[m.group(1)] = unit
    return found


def _expand_acronyms(name: str, acronyms: dict[str, str]) -> str:
    """Words of NAME that are abbreviations written out (generic ones, then the article's own)."""

    def expand(m: re.Match) -> str:
        word = m.group(0)
        return ABBREVIATIONS.get(word) or acronyms.get(word) or NATIONAL_ACRONYMS.get(word) or word

    return re.sub(r"[\wĐđ]+(?:\.[\wĐđ]+)*", expand, name)


# Ho Chi Minh City as written in text (the bare "Hồ Chí Minh" is the person).
_HCMC = r"(?:(?:phố|TP\.?) Hồ Chí Minh|TP\.? ?HCM|TPHCM)"


def _place_in(text: str, among: tuple[str, ...] = CITIES + PROVINCES) -> str | None:
    """The province or city (one of AMONG) the article names most often."""
    counts = Counter()
    for place in sorted(among, key=len, reverse=True):
        pattern = re.escape(place) if place != "Hồ Chí Minh" else _HCMC
        c = len(re.findall(r"(?<!\w)" + pattern + r"(?!\w)", text))
        if c:
            counts[place] += c
    if not counts:
        return None
    best = counts.most_common(1)[0][0]
    return best.replace("–", "-")


# A local place's name: 1-3 capitalised words (or a number), on one line ("Huyện ủy" ending a section
# label is not named by the headline under it).
_LOCAL_NAME = r"((?:[A-ZĐ]\w*|\d+)(?: +(?:[A-ZĐ]\w*|\d+)){0,2})"
_LEVEL_HEAD_PATTERN = "|".join(sorted(LEVEL_HEADS, key=len, reverse=True))


def _localities_in(text: str) -> dict[str, str]:
    """The place of each local level the article names most often ("huyện Châu Thành", "Huyện ủy X")."""
    counts: dict[str, Counter] = {}
    for level in LOCAL_LEVELS:
        guard = r"(?<![Tt]hị )" if level == "xã" else ""
        written = f"[{level[0].upper()}{level[0]}]{level[1:]}"  # "huyện X", "Huyện X" opening a headline
        pattern = r"(?<!\w)" + guard + written + r" +" + _LOCAL_NAME
        for m in re.finditer(pattern, text):
            counts.setdefault(level, Counter())[m.group(1)] += 1
    for m in re.finditer(r"(?<!\w)(" + _LEVEL_HEAD_PATTERN + r") +" + _LOCAL_NAME, text):
        level = LEVEL_HEADS[m.group(1)]
        if level in LOCAL_LEVELS:
            counts.setdefault(level, Counter())[m.group(2)] += 1
    return {level: c.most_common(1)[0][0] for level, c in counts.items()}


def build_context(doc: Document) -> OrgContext:
    """The article's context for resolving short body names: its full bodies, main unit and place."""
    text = canonical_text(doc.text)
    lines = "\n".join(canonical_text(line) for line in doc.text.split("\n"))
    ctx = OrgContext(acronyms=_acronyms_in(text), place=_place_in(text), localities=_localities_in(lines))
    ctx.province, ctx.city = _place_in(text, PROVINCES), _place_in(text, CITIES)
    if doc.site and not ctx.place:  # a page that names its province only in its masthead
        ctx.place = _place_in(doc.site)
        ctx.province, ctx.city = _place_in(doc.site, PROVINCES), _place_in(doc.site, CITIES)
    sentences = [rule_text(s.text) for s in doc.sentences]
    for sentence in sentences:
        ctx.acronyms.update(_bracketed_acronyms(sentence))
    lead = [canonical_text(doc.title or "")] + sentences[:2]
    pieces = [(s, 1) for s in sentences] + [(s, 3) for s in lead if s]
    party_units: Counter = Counter()
    for piece, weight in pieces:
        for body in bodies_in(piece):
            body = _expand_acronyms(body, ctx.acronyms)
            head, unit = _split_party_head(body)
            if weight == 1:
                ctx.bodies[body] += 1
            if head and unit:
                party_units[(head if head != "Đảng bộ" else "Đảng ủy", unit)] += weight
                if weight == 1:
                    ctx.units[unit] += 1
            elif not head and weight == 1:
                ctx.units[body] += 1
    if party_units:
        merged: Counter = Counter()
        spelling: dict[tuple[str, str], str] = {}
        for (head, unit), c in party_units.items():
            full = _longest_unit(unit, ctx)
            merged[(head, name_key(full))] += c
            spelling.setdefault((head, name_key(full)), full)
        best, _ = max(merged.items(), key=lambda kv: kv[1])
        head, unit = best[0], spelling[best]
        ctx.main_unit = unit
        ctx.main_party_body = f"{'Chi bộ' if head == 'Chi bộ' else 'Đảng ủy'} {unit}"
    return ctx


def _longest_unit(unit: str, ctx: OrgContext) -> str:
    """A unit named short ("Bộ", "Trường", "bệnh viện") as the fullest unit of the article it begins."""
    key = name_key(unit)
    if not key:
        return unit
    candidates = [(c, u) for u, c in ctx.units.items() if name_key(u).startswith(key + " ")]
    if ctx.main_unit and name_key(ctx.main_unit).startswith(key + " "):
        return ctx.main_unit
    if not candidates:
        return unit
    return max(candidates, key=lambda cu: (cu[0], len(cu[1])))[1]


_ADMIN_WORDS = re.compile(r"\b(" + "|".join(ADMIN_LEVELS) + r")\b\s*")


def _strip_admin(key: str) -> str:
    """A key without administrative-level words: "Khối Doanh nghiệp Nghệ An" meets "... tỉnh Nghệ An"."""
    return _ADMIN_WORDS.sub("", key).strip()


def _levels_fit(short: str, full: str) -> bool:
    """The level words of SHORT are all in FULL: "Ủy ban nhân dân xã" is not "Ủy ban nhân dân huyện"."""
    return set(m.group(1) for m in _ADMIN_WORDS.finditer(short)) <= set(
        m.group(1) for m in _ADMIN_WORDS.finditer(full)
    )


def _with_local_place(unit: str, ctx: OrgContext) -> str:
    """A unit ending in a bare local level ("Ủy ban nhân dân huyện") given the article's place of it."""
    low = unit.lower()
    for level in sorted(LOCAL_LEVELS, key=len, reverse=True):  # "thị xã" before "xã"
        if low == level or low.endswith(" " + level):
            place = ctx.localities.get(level)
            return f"{unit} {place}" if place else unit
    return unit


def _place_of_level(level: str, ctx: OrgContext, chain_place: str | None) -> str | None:
    """The place a bare "tỉnh" (province) or "thành phố" (city) means: the chain's, else the article's."""
    kind = PROVINCES if level == "tỉnh" else CITIES
    if chain_place in kind:
        return chain_place
    return (ctx.province if level == "tỉnh" else ctx.city) or chain_place or ctx.place


# Unit heads that, ending a longer body, stand for the article's unit of that head: "Ban Kiểm soát Tập
# đoàn" in an article about one group is that group's supervisory board.
SHORT_UNIT_HEADS = ("Tập đoàn", "Tổng công ty", "Công ty", "Ngân hàng", "Học viện", "Bệnh viện", "Trường")


def _with_main_unit(unit: str, ctx: OrgContext) -> str:
    """UNIT ending in a bare unit head ("Ban Kiểm soát Tập đoàn") completed with the article's main unit."""
    main = ctx.main_unit
    if not main:
        return unit
    for head in SHORT_UNIT_HEADS:
        h = head.lower()
        if unit.lower().endswith(" " + h) and main.lower().startswith(h + " "):
            return unit[: -len(head)] + main
    return unit


def _resolve_unit(unit: str, ctx: OrgContext, chain_place: str | None) -> str:
    """A unit name written out: acronyms, a trailing "tỉnh" given its place, a short form its full form."""
    if not unit:
        return unit
    unit = re.sub(r"^(Quận|Huyện|Thị xã) (quận|huyện|thị xã) ", r"\1 ", unit, flags=re.I)
    unit = _with_main_unit(unit, ctx)
    if unit == "Trung ương Hội":  # the central committee of the association the article names
        return f"Trung ương {_longest_unit('Hội', ctx)}"
    last = unit.split()[-1].lower()
    if last == "tỉnh" and _place_of_level("tỉnh", ctx, chain_place):
        unit = f"{unit} {_place_of_level('tỉnh', ctx, chain_place)}"
    elif unit.lower().endswith("thành phố") and _place_of_level("thành phố", ctx, chain_place):
        unit = f"{unit} {_place_of_level('thành phố', ctx, chain_place)}"
    else:
        unit = _with_local_place(unit, ctx)
    unit = _longest_unit(unit, ctx)
    stripped = _strip_admin(name_key(unit))
    for known in sorted(ctx.units, key=lambda u: -ctx.units[u]):
        if (
            _strip_admin(name_key(known)) == stripped
            and len(known) > len(unit)
            and _levels_fit(name_key(unit), name_key(known))
        ):
            return known
    return unit


def resolve_organization(
    name: str, context: OrgContext, chain_unit: str | None = None, chain_place: str | None = None
) -> str:
    """The full name a body mention stands for in its article ("Đảng ủy Bộ" -> "Đảng ủy Bộ Ngoại giao").

    CHAIN_UNIT is the unit named elsewhere in the same chain of titles ("Bí thư Đảng ủy, Giám đốc Công an
    tỉnh X" makes the bare "Đảng ủy" that of "Công an tỉnh X"); CHAIN_PLACE the place the chain names.
    """
    name = _expand_acronyms(canonical_text(name).strip(" ,;:-–"), context.acronyms)
    if not name:
        return name
    key = name_key(name)
    if key in NATIONAL_BODIES:
        return NATIONAL_BODIES[key]
    low = name.lower()
    for board in _BOARDS:
        b = board.lower()
        if low == b or low.startswith(b + " "):
            rest = name[len(b) :].strip()
            if rest[:1] in DASHES:  # "Ban Kinh tế - Ngân sách ...": a council's board, its name goes on
                break
            if name_key(rest) in ("trung ương", "trung ương đảng") and b != "thường vụ":
                return NATIONAL_BODIES.get(name_key(board + " Trung ương"), board + " Trung ương")
            if not rest:
                parent = _default_parent(b, context, chain_unit)
                return f"{board} {parent}" if parent else board
            return f"{board} {resolve_organization(rest, context, chain_unit, chain_place)}"
    head, unit = _split_party_head(name)
    if head:
        if not unit:
            if chain_unit:
                return f"{head} {party_unit(chain_unit)}"
            if head == "Đảng ủy" and context.main_party_body:
                return context.main_party_body
            if head == "Chi bộ" and context.main_party_body and context.main_party_body.startswith("Chi bộ"):
                return context.main_party_body
            if context.main_unit:
                return f"{head} {context.main_unit}"
            return head
        if head == "Ban Cán sự đảng" and name_key(unit).startswith("đảng bộ"):
            unit = unit[len("đảng bộ") :].strip() or "Bộ"
            unit = "Bộ " + unit if unit != "Bộ" else unit
        return f"{head} {_resolve_unit(unit, context, chain_place)}"
    committee = re.match(r"^(" + _LEVEL_HEAD_PATTERN + r")\b\s*(.*)$", name, flags=re.I)
    if committee:
        level, rest = committee.group(1), committee.group(2)
        level = level[0].upper() + level[1:].lower()
        rest = re.sub(r"^(tỉnh|thành phố|quận|huyện|thị xã)\s+(?!\d)", "", rest, flags=re.I)  # "Quận 1" stays
        level_word = LEVEL_HEADS.get(level, "")
        if not rest and level_word in ("tỉnh", "thành phố"):
            rest = _place_of_level(level_word, context, chain_place) or chain_place or context.place or ""
        if level_word == "thành phố":
            rest = CITY_FULL_NAMES.get(rest, rest)
        elif not rest:
            rest = context.localities.get(level_word, "")
        return f"{level} {rest}".strip()
    return _resolve_unit(name, context, chain_place)


def _default_parent(board: str, context: OrgContext, chain_unit: str | None) -> str | None:
    """The committee a board named alone belongs to: the chain's unit's, else the article's."""
    if chain_unit:
        committee = f"Đảng ủy {party_unit(chain_unit)}"
    else:
        committee = context.main_party_body
    if committee and board in _BOARDS_OF_PARTY_ORGANISATION and committee.startswith("Đảng ủy "):
        return "Đảng bộ " + committee[len("Đảng ủy ") :]
    return committee
