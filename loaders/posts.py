"""Title chains in a sentence and the person each belongs to: one post per title, its body written out.

The genre writes posts three ways: a name then its titles ("đồng chí X,
Phó Bí thư ..."), titles then the name ("Thường trực Ban Bí thư X"), and a
title over a list ("các đồng chí Thứ trưởng: A, B và C"). A chain is a run of
titles separated by commas or dashes; each title may carry a body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.organizations import (
    COMMITTEE_BOARDS,
    NATIONAL_ACRONYMS,
    PARTY_HEADS,
    PREDICATE_WORDS,
    OrgContext,
    body_end,
    head_length,
    resolve_organization,
    span_text,
)
from loaders.persons import NameSpan
from loaders.places import ADMIN_LEVELS, CITIES, LEVEL_HEADS, PROVINCES
from loaders.titles import (
    APPOINTMENT_CUES,
    COMPOUND_TITLES,
    IMPLIED_BODY,
    MINISTRY_TITLES,
    NOT_HELD_PREFIXES,
    SHARED_HEAD,
    STANDALONE_EXCLUDED,
    TITLES,
)
from loaders.tokens import PhraseIndex, Token, words_match

# Titles of party committees: without a body they are the committee's posts, not the unit's.
PARTY_TITLES = {
    "Bí thư",
    "Phó Bí thư",
    "Phó Bí thư Thường trực",
    "Ủy viên",
    "Ủy viên dự khuyết",
    "Thường trực",
}
_TITLE_FORMS = sorted(
    [(t, t.lower().split()) for t in list(TITLES) + list(COMPOUND_TITLES) if t not in STANDALONE_EXCLUDED],
    key=lambda tw: (-len(tw[1]), -len(tw[0])),
)
# What joins the titles of one chain: commas, dashes and "kiêm" (concurrently: "Chủ tịch HĐQT kiêm Tổng
# Giám đốc Công ty X").
_CHAIN_SEPARATORS = {",", "-", "–", "—", "kiêm"}
_TITLE_BY_WORDS = {tuple(words): title for title, words in reversed(_TITLE_FORMS)}
_TITLE_INDEX = PhraseIndex([words for _title, words in _TITLE_FORMS])
_UNIT_HEADS = (
    "bộ",
    "công an",
    "tập đoàn",
    "tổng công ty",
    "công ty",
    "ngân hàng",
    "sở",
    "cục",
    "tổng cục",
    "viện",
    "học viện",
    "trường",
    "đại học",
    "bệnh viện",
    "bộ đội",
    "bộ tư lệnh",
    "quân khu",
    "quân đoàn",
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_APPOINTMENTS = sorted((c.split() for c in APPOINTMENT_CUES), key=len, reverse=True)
_LIST_BODY_INTRO = ("trong", "thuộc", "của")


@dataclass
class ChainItem:
    """One title of a chain: title, body as written (or given by the title), term, and whether held."""

    title: str
    body: str | None
    body_given: bool  # the body came with the title's words ("Ủy viên Trung ương Đảng")
    term: int | None = None
    held: bool = True


@dataclass
class Chain:
    """A run of titles at tokens START..END (exclusive)."""

    start: int
    end: int
    items: list[ChainItem] = field(default_factory=list)


def roman_to_int(text: str) -> int | None:
    """XIII -> 13; an Arabic number as itself; None for anything else."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _ROMAN for ch in text.upper()):
        return None
    total = 0
    values = [_ROMAN[ch] for ch in text.upper()]
    for k, v in enumerate(values):
        total += -v if k + 1 < len(values) and values[k + 1] > v else v
    return total


def match_title(tokens: list[Token], i: int, allow_lower: bool) -> tuple[str, int]:
    """The title written at token I and its token count, ("", 0) when none."""
    if i >= len(tokens) or not tokens[i].is_word:
        return "", 0
    if not allow_lower and not tokens[i].is_capitalised:
        return "", 0
    words = _TITLE_INDEX.match(tokens, i)
    return (_TITLE_BY_WORDS[tuple(words)], len(words)) if words else ("", 0)


def _term_at(tokens: list[Token], k: int) -> tuple[int | None, int]:
    """A term qualifier at token K ("khóa XII", "nhiệm kỳ VIII"): its number and the tokens it takes."""
    if k < len(tokens) and tokens[k].lower in ("khóa", "khoá") and k + 1 < len(tokens):
        n = roman_to_int(tokens[k + 1].text)
        if n:
            return n, 2
    if words_match(tokens, k, ["nhiệm", "kỳ"]) and k + 2 < len(tokens):
        n = roman_to_int(tokens[k + 2].text)
        if n and not tokens[k + 2].text.isdigit():
            return n, 3
    return None, 0


def _brand_end(tokens: list[Token], k: int, stops: frozenset[int]) -> int:
    """End of 1-3 capitalised words between a title and the name that follows them, else K.

    A state group's acronym alone ("Chủ tịch HĐTV EVN phát biểu") is its unit whatever follows it.
    """
    if k < len(tokens) and k not in stops and tokens[k].text in NATIONAL_ACRONYMS:
        return k + 1
    end = k
    while (
        end < len(tokens)
        and end - k < 3
        and end not in stops
        and tokens[end].is_word
        and tokens[end].is_capitalised
    ):
        end += 1
    return end if end > k and end in stops else k


def _body_head_at(tokens: list[Token], k: int) -> bool:
    """A body starts at token K: a capitalised head, or a lower-case one of two words ("chi bộ", "bệnh viện").

    A lone lower-case head word is more often a verb or a noun of the sentence ("ban hành", "báo cáo").
    """
    n = head_length(tokens, k)
    return bool(n) and (tokens[k].is_capitalised or n > 1)


_QUALIFIER_MAX_WORDS = 6


def _qualifier_end(tokens: list[Token], k: int, stops: frozenset[int]) -> int:
    """End of a short capitalised qualifier after a title when another title follows it, else K.

    The qualifier may hold the lower-case syllables of a name ("Tổng Tham mưu trưởng Quân đội nhân dân
    Việt Nam, Thứ trưởng ..."), not verbs or prepositions, and begins and ends capitalised.
    """
    end = k
    while (
        end < len(tokens)
        and end - k < _QUALIFIER_MAX_WORDS
        and end not in stops
        and tokens[end].is_word
        and (tokens[end].is_capitalised or (end > k and tokens[end].lower not in PREDICATE_WORDS))
    ):
        end += 1
    while end > k and not tokens[end - 1].is_capitalised:  # it ends on a capitalised word
        end -= 1
    if end == k or end + 1 >= len(tokens) or tokens[end].text not in _CHAIN_SEPARATORS:
        return k
    return end if match_title(tokens, end + 1, True)[0] else k


def parse_chain(tokens: list[Token], i: int, stops: frozenset[int], allow_lower: bool) -> Chain | None:
    """The chain of titles starting at token I, or None when no title starts there."""
    chain = Chain(i, i)
    j = i
    while j < len(tokens):
        held = True
        if tokens[j].lower in NOT_HELD_PREFIXES or words_match(tokens, j, ["dự", "kiến"]):
            held = False
            j += 2 if tokens[j].lower == "dự" else 1
        title, n = match_title(tokens, j, allow_lower or bool(chain.items))
        if not title:
            break
        k = j + n
        body, given = None, False
        if title in COMPOUND_TITLES:
            title, body = COMPOUND_TITLES[title]
            given = True
        elif (
            title in MINISTRY_TITLES
            and k < len(tokens)
            and k not in stops
            and tokens[k].is_capitalised
            and tokens[k].lower != "bộ"
        ):
            end = body_end(tokens, k, stops, head=1)
            body = "Bộ " + span_text(tokens, k, end)
            k = end
        elif (
            title in SHARED_HEAD
            and tokens[k - 1].lower == SHARED_HEAD[title].split()[-1].lower()
            and not (k < len(tokens) and tokens[k].lower == SHARED_HEAD[title].split()[0].lower())
        ):
            end = body_end(tokens, k - 1, stops, head=1)
            if end > k:
                body = SHARED_HEAD[title] + " " + span_text(tokens, k, end)
                k = end
        elif k < len(tokens) and k not in stops and _body_head_at(tokens, k):
            end = body_end(tokens, k, stops)
            if end > k:
                body = span_text(tokens, k, end)
                k = end
        if body is None and not given:
            brand = _brand_end(tokens, k, stops)
            if brand > k:  # "Tổng Giám đốc Vietcombank Nguyễn Thanh Tùng": a unit named without a head
                body = span_text(tokens, k, brand)
                k = brand
        term, used = _term_at(tokens, k)
        k += used
        qualifier = _qualifier_end(tokens, k, stops)
        if (
            qualifier > k
        ):  # "Tổng Tham mưu trưởng QĐND Việt Nam, Thứ trưởng ..." : a qualifier, then more titles
            if body is None and title not in IMPLIED_BODY:
                body = span_text(tokens, k, qualifier)
            k = qualifier
        chain.items.append(ChainItem(title, body, given, term, held))
        chain.end = k
        if k + 1 < len(tokens) and tokens[k].text in _CHAIN_SEPARATORS and k + 1 not in stops:
            nxt = k + 1
            if tokens[nxt].lower in NOT_HELD_PREFIXES:
                nxt += 1
            if match_title(tokens, nxt, True)[0]:
                j = k + 1
                continue
        break
    return chain if chain.items else None


def _place_in_chain(text: str) -> str | None:
    """The province or city a chain names ("... Ủy ban nhân dân tỉnh Lâm Đồng")."""
    for place in sorted(CITIES + PROVINCES, key=len, reverse=True):
        if re.search(r"(?<!\w)" + re.escape(place) + r"(?!\w)", text):
            return place
    return None


def _locality(chain_text: str, level: str) -> str | None:
    """The named place of LEVEL in the chain ("quận Kiến An" gives "Kiến An" for "quận")."""
    m = re.search(r"(?i:\b" + level + r")\s+([A-ZĐ]\w*(?:\s+\w+)?)", chain_text)
    if not m:
        return None
    words = m.group(1).split()
    if len(words) > 1 and (words[1].lower() in PREDICATE_WORDS or words[1].lower() in ADMIN_LEVELS):
        words = words[:1]
    return " ".join(words)


def _chain_unit(chain: Chain, ctx: OrgContext, place: str | None) -> str | None:
    """The unit the chain's bodies belong to: its first unit body ("Công an tỉnh X", "Bộ đội Biên phòng")."""
    for item in chain.items:
        if not item.body or item.body_given:
            continue
        low = item.body.lower()
        if item.body in NATIONAL_ACRONYMS:  # "Bí thư Đảng ủy, Chủ tịch HĐTV EVN": the group's committee
            return resolve_organization(item.body, ctx, None, place)
        if any(low == h or low.startswith(h + " ") for h in _UNIT_HEADS) and not low.startswith(
            "bộ chính trị"
        ):
            return resolve_organization(item.body, ctx, None, place)
    return None


_BOARDS_LONGEST = sorted(COMMITTEE_BOARDS, key=lambda b: -len(b))
_COMMITTEE_HEADS = tuple(h.lower() for h in PARTY_HEADS) + tuple(h.lower() for h in LEVEL_HEADS)


def _chain_committee(chain: Chain) -> str | None:
    """The party committee a board of the chain belongs to: "Trưởng Ban Tổ chức Đảng ủy Khối X" gives
    "Đảng ủy Khối X", the committee of a bare "Ban Thường vụ" earlier in the same chain."""
    for item in chain.items:
        if not item.body or item.body_given:
            continue
        for board in _BOARDS_LONGEST:
            if item.body.lower().startswith(board.lower() + " "):
                rest = item.body[len(board) + 1 :]
                if rest.lower().startswith(_COMMITTEE_HEADS):
                    return rest
                break
    return None


def _is_bare_board(body: str) -> bool:
    """A committee board named alone ("Ban Thường vụ", "Ủy ban Kiểm tra")."""
    return any(body.lower() == b.lower() for b in COMMITTEE_BOARDS)


def resolve_chain(
    chain: Chain, ctx: OrgContext, chain_text: str, sentence_text: str = ""
) -> list[tuple[str, str, int | None]]:
    """(title, organization, term) for every held title of the chain, bodies written out in full."""
    place = _place_in_chain(chain_text) or _place_in_chain(sentence_text)
    unit = _chain_unit(chain, ctx, place)
    committee = _chain_committee(chain)
    out = []
    for item in chain.items:
        if not item.held:
            continue
        body = item.body
        if body and committee and _is_bare_board(body):
            body = f"{body} {committee}"
        if body is None:
            if item.title in IMPLIED_BODY:
                org = IMPLIED_BODY[item.title]
            elif item.title in PARTY_TITLES:
                org = resolve_organization("Đảng ủy", ctx, unit, place)
            else:
                org = unit or ctx.main_unit or ""
        else:
            org = resolve_organization(_with_locality(body, chain_text, sentence_text), ctx, unit, place)
            if _inner_unit_of(body, ctx.main_unit) and len(org.split()) <= 5:
                org = f"{org} {ctx.main_unit}"
            org = _with_province(org, ctx, place)
        if org:
            out.append((item.title, org, item.term))
    return out


# Provincial departments named without their province ("Sở Nội vụ") belong to the article's province.
_PROVINCIAL_HEADS = ("Sở ",)


def _with_province(org: str, ctx: OrgContext, place: str | None) -> str:
    """A provincial department named without a place, given the chain's or the article's province."""
    where = place or ctx.place
    if not where or not org.startswith(_PROVINCIAL_HEADS) or _place_in_chain(org):
        return org
    level = "thành phố" if where in CITIES else "tỉnh"
    return f"{org} {level} {where}"


# Departments named without the unit they belong to ("Phòng Tổ chức cán bộ", "Vụ Pháp chế"): head ->
# heads of the article's main unit that has them (None: any unit). A division or faculty belongs to any
# unit; a "Vụ" (ministry department) to a ministry ("Bộ") or a central board ("Ban").
INNER_UNIT_HEADS: dict[str, tuple[str, ...] | None] = {
    "Phòng": None,
    "Khoa": None,
    "Vụ": ("Bộ", "Ban"),
}


def _inner_unit_of(body: str, main_unit: str | None) -> bool:
    """BODY is a department of the article's MAIN_UNIT, named without it."""
    if not main_unit:
        return False
    head = body.split()[0]
    if head not in INNER_UNIT_HEADS:
        return False
    parents = INNER_UNIT_HEADS[head]
    return parents is None or main_unit.split()[0] in parents


def _with_locality(body: str, chain_text: str, sentence_text: str) -> str:
    """A body ending in a bare level word ("Đảng ủy xã") given the place the chain or sentence names."""
    last = body.split()[-1].lower()
    if last in ADMIN_LEVELS and last not in ("tỉnh", "thành phố"):
        name = _locality(chain_text, last) or _locality(sentence_text, last)
        if name:
            return f"{body} {name}"
    return body


def find_chains(tokens: list[Token], names: list[NameSpan]) -> list[Chain]:
    """Every chain of titles in the sentence (none starts inside a name or right after a body head)."""
    stops = frozenset(n.start for n in names)
    inside = {k for n in names for k in range(n.start, n.end)}
    after_name = {
        n.end + 1 for n in names if n.end < len(tokens) and tokens[n.end].text in _CHAIN_SEPARATORS | {"("}
    }
    chains = []
    i = 0
    while i < len(tokens):
        if i in inside or (
            i > 0
            and tokens[i - 1].is_capitalised
            and head_length(tokens, i - 1)
            and tokens[i - 1].lower in ("ban", "đoàn", "hội")
        ):
            i += 1
            continue
        allow_lower = i in after_name or _after_appointment(tokens, i)
        chain = parse_chain(tokens, i, stops, allow_lower)
        if chain:
            chains.append(chain)
            i = max(chain.end, i + 1)
            continue
        i += 1
    return chains


def _after_appointment(tokens: list[Token], i: int) -> int:
    """Length of an appointment cue ("được bầu giữ chức") ending right before token I, 0 when none."""
    for words in _APPOINTMENTS:
        start = i - len(words)
        if start >= 0 and words_match(tokens, start, words):
            return len(words)
    return 0


def link_chains(
    tokens: list[Token], names: list[NameSpan], chains: list[Chain]
) -> list[tuple[NameSpan, Chain]]:
    """Which name each chain belongs to: the name right after it, the name before its separator, a list."""
    by_start = {n.start: n for n in names}
    by_end = {n.end: n for n in names}
    links: list[tuple[NameSpan, Chain]] = []
    for chain in chains:
        after = by_start.get(chain.end)
        if after is not None:
            links.append((after, chain))
            if _plural_before(tokens, chain.start):
                links.extend((n, chain) for n in _names_joined_after(tokens, after, names))
            continue
        s = chain.start
        while s > 0 and tokens[s - 1].lower in NOT_HELD_PREFIXES:
            s -= 1
        if s >= 2 and tokens[s - 1].text in _CHAIN_SEPARATORS | {"("} and s - 1 in by_end:
            links.append((by_end[s - 1], chain))
            continue
        if chain.end < len(tokens) and tokens[chain.end].text == ":":
            links.extend((n, chain) for n in list_members(tokens, chain.end + 1, names))
            continue
        cue = _after_appointment(tokens, s)
        if cue:
            before = [n for n in names if n.end <= s - cue]
            former = s - cue > 0 and tokens[s - cue - 1].lower in ("từng", "nguyên")
            if before and not former:
                links.extend((n, chain) for n in _joined_names(tokens, before, s - cue))
    return links


def _plural_before(tokens: list[Token], start: int) -> bool:
    """True when a plural honorific ("các đồng chí", "các ông") ends right before token START."""
    return any(
        start - len(words) - 1 >= 0
        and tokens[start - len(words) - 1].lower == PLURAL_MARKER
        and words_match(tokens, start - len(words), list(words))
        for words in _PLURAL_HONORIFICS
    )


def _names_joined_after(tokens: list[Token], first: NameSpan, names: list[NameSpan]) -> list[NameSpan]:
    """The names that follow FIRST joined to it by one "," or "và" each ("Phó Thống đốc A, B và C")."""
    by_start = {n.start: n for n in names}
    out: list[NameSpan] = []
    last = first
    while last.end + 1 < len(tokens) and (tokens[last.end].text == "," or tokens[last.end].lower == "và"):
        nxt = by_start.get(last.end + 1)
        if nxt is None:
            break
        out.append(nxt)
        last = nxt
    return out


def _joined_names(tokens: list[Token], before: list[NameSpan], cue_start: int) -> list[NameSpan]:
    """The last name before an appointment cue, with the names joined to it by "," or "và" when the cue
    follows them at once ("các đồng chí A và B được bầu giữ chức Phó Bí thư" elects both)."""
    group = [before[-1]]
    if before[-1].end != cue_start:
        return group
    for n in reversed(before[:-1]):
        between = tokens[n.end : group[0].start]
        if len(between) != 1 or between[0].text != "," and between[0].lower != "và":
            break
        group.insert(0, n)
    return group


# "các" (plural) before an honorific: the title after it is given to a list of names, with or
# without a colon ("các đồng chí Phó Thống đốc A, B và C"; spec: a role given to a list).
PLURAL_MARKER = "các"
_PLURAL_HONORIFICS = (("đồng", "chí"), ("ông",), ("bà",), ("vị",))

# Words that open a new person's entry after a semicolon: the list before it is over.
_ENTRY_CUES = (["đồng", "chí"], ["ông"], ["bà"])


def _list_end(tokens: list[Token], start: int) -> int:
    """Where a list starting at token START ends: "và đồng chí", or a semicolon after its closing "và"
    ("Thứ trưởng: A, B và C; ...") or before a new entry ("...; đồng chí D, Phó Bí thư ..."), else the end.
    """
    closed = False
    for k in range(start, len(tokens)):
        if words_match(tokens, k, ["và", "đồng", "chí"]):
            return k
        if tokens[k].lower == "và":
            closed = True
        if tokens[k].text == ";" and (closed or any(words_match(tokens, k + 1, cue) for cue in _ENTRY_CUES)):
            return k
    return len(tokens)


def list_members(tokens: list[Token], start: int, names: list[NameSpan]) -> list[NameSpan]:
    """The names of a list that starts at token START, up to where it ends (_list_end)."""
    stop = _list_end(tokens, start)
    return [n for n in names if start <= n.start < stop]


def list_body_members(
    tokens: list[Token], names: list[NameSpan], ctx: OrgContext
) -> list[tuple[NameSpan, str]]:
    """Members of a body over a list: "các cán bộ trong Thường vụ Quân ủy Trung ương: A, B" -> each one."""
    out = []
    for i, t in enumerate(tokens):
        if t.lower not in _LIST_BODY_INTRO or i + 1 >= len(tokens) or not head_length(tokens, i + 1):
            continue
        if not any(tokens[k].lower == "các" for k in range(max(0, i - 3), i)):
            continue
        end = body_end(tokens, i + 1, frozenset(n.start for n in names))
        if end < len(tokens) and tokens[end].text == ":":
            body = resolve_organization(span_text(tokens, i + 1, end), ctx)
            out.extend((n, body) for n in list_members(tokens, end + 1, names))
    return out


# "tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy X": joining a committee's boards makes
# the person a member (Ủy viên) of each; the committee is the one the sentence names after the boards.
JOIN_CUE = ("tham", "gia")  # join
JOINED_BOARDS = {
    ("ban", "chấp", "hành"): "",  # the executive committee: a member of the committee itself
    ("ban", "thường", "vụ"): "Ban Thường vụ",
    ("ủy", "ban", "kiểm", "tra"): "Ủy ban Kiểm tra",
}
_COMMITTEE_HEAD_WORDS = tuple(h.lower().split() for h in tuple(LEVEL_HEADS) + ("Đảng ủy",))
_NOT_JOINING = ("thôi", "không")  # "thôi tham gia": leaves the boards


def _board_at(tokens: list[Token], k: int) -> tuple[tuple[str, ...], int] | None:
    for words in JOINED_BOARDS:
        if words_match(tokens, k, list(words)) and tokens[k].is_capitalised:
            return words, len(words)
    return None


def joined_boards(tokens: list[Token], names: list[NameSpan], ctx: OrgContext) -> list[tuple[NameSpan, str]]:
    """(name, body) for each board a person joins ("tham gia Ban Chấp hành, Ban Thường vụ ... Tỉnh ủy X")."""
    out: list[tuple[NameSpan, str]] = []
    stops = frozenset(n.start for n in names)
    for k in range(len(tokens) - 2):
        if not words_match(tokens, k, list(JOIN_CUE)) or (k and tokens[k - 1].lower in _NOT_JOINING):
            continue
        boards, j = [], k + 2
        while (found := _board_at(tokens, j)) is not None:
            boards.append(found[0])
            j += found[1]
            joined = j < len(tokens) and (tokens[j].text == "," or tokens[j].lower == "và")
            if joined and _board_at(tokens, j + 1):
                j += 1
        before = [n for n in names if n.end <= k]
        if not boards or not before:
            continue
        committee = None
        for c in range(j, len(tokens)):
            if tokens[c].text in (";", "."):
                break
            head = any(words_match(tokens, c, list(w)) for w in _COMMITTEE_HEAD_WORDS)
            if tokens[c].is_capitalised and head:
                end = body_end(tokens, c, stops)
                committee = resolve_organization(span_text(tokens, c, end), ctx)
                break
        if not committee:
            continue
        for words in boards:
            board = JOINED_BOARDS[words]
            out.append((before[-1], f"{board} {committee}".strip()))
    return out
