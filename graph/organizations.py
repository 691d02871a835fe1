"""What an organisation's name says: its kind, the body it is part of, the party organisation it leads.

Party bodies are named by a head word and the unit they belong to ("Ban Tuyên giáo" + "Đảng ủy Bộ
Ngoại giao"), so kind and structure can be read off the name. The tables below are the genre's
vocabulary (lower case, as name keys are), each with its English gloss; the functions only look them up.
"""

from __future__ import annotations

from functools import lru_cache

from loaders.keys import canonical_text, name_key

# Every function below is a pure function of a name, cached: a load asks about the same bodies
# thousands of times.

# Kinds, as stored in Organization.kind.
PARTY = "party"
PARTY_COMMITTEE = "party committee"
PARTY_ORGANISATION = "party organisation"
PARTY_LEADERSHIP = "party leadership body"
BOARD = "board"
MINISTRY = "ministry"
STATE_BODY = "state body"
ENTERPRISE = "enterprise"
INSTITUTION = "public institution"
MASS_ORGANISATION = "mass organisation"
ARMED_FORCES = "armed forces and police"
OTHER = "other"

NATIONAL_PARTY = "đảng cộng sản việt nam"  # the Communist Party of Vietnam
CENTRAL_COMMITTEE = "ban chấp hành trung ương đảng"  # the Central Committee

# Whole names with a fixed kind (the national bodies every article names).
KIND_BY_NAME: dict[str, str] = {
    NATIONAL_PARTY: PARTY,
    CENTRAL_COMMITTEE: PARTY_COMMITTEE,
    "bộ chính trị": PARTY_LEADERSHIP,  # Politburo
    "ban bí thư": PARTY_LEADERSHIP,  # Secretariat
    "quân ủy trung ương": PARTY_COMMITTEE,  # Central Military Commission
    "nhà nước": STATE_BODY,  # the State (for "Chủ tịch nước")
    "chính phủ": STATE_BODY,  # Government
    "quốc hội": STATE_BODY,  # National Assembly
}

# Head words a name starts with -> kind. The longest head that matches wins.
KIND_BY_HEAD: dict[str, str] = {
    "đảng ủy": PARTY_COMMITTEE,  # party committee (executive of a "Đảng bộ")
    "đảng ủy khối": PARTY_COMMITTEE,  # committee of a bloc of agencies or enterprises
    "tỉnh ủy": PARTY_COMMITTEE,  # provincial party committee
    "thành ủy": PARTY_COMMITTEE,  # city party committee
    "huyện ủy": PARTY_COMMITTEE,  # district party committee
    "quận ủy": PARTY_COMMITTEE,  # urban district party committee
    "thị ủy": PARTY_COMMITTEE,  # town party committee
    "chi ủy": PARTY_COMMITTEE,  # party cell committee
    "quân ủy": PARTY_COMMITTEE,  # military party committee
    "ban chấp hành": PARTY_COMMITTEE,  # executive committee
    "đảng bộ": PARTY_ORGANISATION,  # party organisation (all members of a unit)
    "đảng bộ khối": PARTY_ORGANISATION,  # party organisation of a bloc
    "chi bộ": PARTY_ORGANISATION,  # party cell
    "ban thường vụ": PARTY_LEADERSHIP,  # standing board of a committee
    "thường trực": PARTY_LEADERSHIP,  # permanent members of a committee
    "ban cán sự đảng": PARTY_LEADERSHIP,  # party caucus of a state body
    "ban": BOARD,  # a committee's board (Ban Tuyên giáo, Ban Tổ chức ...)
    "ủy ban kiểm tra": BOARD,  # inspection commission
    "văn phòng": BOARD,  # office
    "tiểu ban": BOARD,  # sub-committee of a congress
    "bộ": MINISTRY,  # ministry
    "ủy ban nhân dân": STATE_BODY,  # people's committee
    "hội đồng nhân dân": STATE_BODY,  # people's council
    "kiểm toán nhà nước": STATE_BODY,  # State Audit
    "tòa án": STATE_BODY,  # court
    "viện kiểm sát": STATE_BODY,  # procuracy
    "sở": STATE_BODY,  # provincial department
    "tổng cục": STATE_BODY,  # general department
    "cục": STATE_BODY,  # department
    "vụ": STATE_BODY,  # ministry department
    "tập đoàn": ENTERPRISE,  # state group
    "tổng công ty": ENTERPRISE,  # state corporation
    "công ty": ENTERPRISE,  # company
    "ngân hàng": ENTERPRISE,  # bank
    "học viện": INSTITUTION,  # academy
    "đại học": INSTITUTION,  # university
    "trường": INSTITUTION,  # school, college
    "viện": INSTITUTION,  # institute
    "bệnh viện": INSTITUTION,  # hospital
    "hội": MASS_ORGANISATION,  # association
    "liên hiệp": MASS_ORGANISATION,  # union of associations
    "mặt trận": MASS_ORGANISATION,  # Fatherland Front
    "đoàn": MASS_ORGANISATION,  # youth union, delegation
    "công an": ARMED_FORCES,  # police
    "bộ tư lệnh": ARMED_FORCES,  # military command
    "quân khu": ARMED_FORCES,  # military region
    "quân đoàn": ARMED_FORCES,  # army corps
}

# Heads of a body that sits inside another one named right after it:
# "Ban Tuyên giáo Đảng ủy Bộ Ngoại giao" is PART_OF "Đảng ủy Bộ Ngoại giao".
SUB_BODY_HEADS: tuple[str, ...] = (
    "ban", "ủy ban kiểm tra", "văn phòng", "tiểu ban", "ban thường vụ", "thường trực", "ban chấp hành",
    "ban cán sự đảng", "cục", "vụ", "tổng cục", "chi bộ",
)
# Heads that start the name of a body that has sub-bodies (where the parent part of a name begins).
PARENT_HEADS: tuple[str, ...] = (
    "đảng ủy", "đảng bộ", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "quân ủy", "chi bộ", "bộ",
    "ủy ban nhân dân", "tập đoàn", "tổng công ty",
)

# A committee's head -> the head of the party organisation it leads:
# "Đảng ủy X" leads "Đảng bộ X", "Tỉnh ủy X" leads "Đảng bộ tỉnh X".
ORGANISATION_HEAD_OF_COMMITTEE: dict[str, str] = {
    "đảng ủy": "đảng bộ",
    "tỉnh ủy": "đảng bộ tỉnh",
    "thành ủy": "đảng bộ thành phố",
    "huyện ủy": "đảng bộ huyện",
    "quận ủy": "đảng bộ quận",
    "thị ủy": "đảng bộ thị xã",
    "chi ủy": "chi bộ",
}

# How the national bodies are written, for the ones a name implies without writing them.
NATIONAL_NAMES: dict[str, str] = {
    NATIONAL_PARTY: "Đảng Cộng sản Việt Nam",
    CENTRAL_COMMITTEE: "Ban Chấp hành Trung ương Đảng",
}

# Fixed structure among the national bodies (child -> parent), as PART_OF.
NATIONAL_PART_OF: dict[str, str] = {
    "bộ chính trị": CENTRAL_COMMITTEE,
    "ban bí thư": CENTRAL_COMMITTEE,
    "ban tổ chức trung ương": CENTRAL_COMMITTEE,
    "ban tuyên giáo trung ương": CENTRAL_COMMITTEE,
    "ủy ban kiểm tra trung ương": CENTRAL_COMMITTEE,
}
# The national committee that leads the national party, as EXECUTIVE_OF.
NATIONAL_EXECUTIVE_OF: dict[str, str] = {CENTRAL_COMMITTEE: NATIONAL_PARTY}


def _head_of(key: str, heads) -> str | None:
    """The longest head among HEADS that KEY starts with, on a word boundary."""
    best = None
    for head in heads:
        if (key == head or key.startswith(head + " ")) and (best is None or len(head) > len(best)):
            best = head
    return best


@lru_cache(maxsize=65536)
def organization_kind(name: str) -> str:
    """The kind of body a name denotes (party committee, ministry, ...), from its head word."""
    key = name_key(name)
    if key in KIND_BY_NAME:
        return KIND_BY_NAME[key]
    head = _head_of(key, KIND_BY_HEAD)
    return KIND_BY_HEAD[head] if head else OTHER


@lru_cache(maxsize=65536)
def parent_of(name: str) -> str | None:
    """The key of the body NAME is part of, when the name shows it; else None."""
    key = name_key(name)
    if key in NATIONAL_PART_OF:
        return NATIONAL_PART_OF[key]
    head = _head_of(key, SUB_BODY_HEADS)
    if head is None:
        return None
    words = key.split()
    written = canonical_text(name).split()
    use_case = len(written) == len(words) and any(ch.isupper() for ch in name)
    # The parent is the rest of the name from the first word where a parent's head begins; body names
    # are capitalised, so "cán bộ" in "Vụ Tổ chức cán bộ Bộ Ngoại giao" does not start one.
    for start in range(len(head.split()), len(words)):
        if use_case and written[start][:1].islower():
            continue
        rest = " ".join(words[start:])
        parent_head = _head_of(rest, PARENT_HEADS)
        if parent_head and len(rest.split()) > len(parent_head.split()):
            return rest
    return None


def parent_name(name: str, parent_key: str) -> str:
    """The parent's name as NAME writes it (its own capitalisation), for a parent found by parent_of."""
    if parent_key in NATIONAL_NAMES:
        return NATIONAL_NAMES[parent_key]
    words = name.split()
    n = len(parent_key.split())
    if name_key(" ".join(words[-n:])) == parent_key:
        return " ".join(words[-n:])
    return parent_key


@lru_cache(maxsize=65536)
def led_organisation_of(name: str) -> str | None:
    """The key of the party organisation a committee leads ("Đảng ủy X" -> "đảng bộ x"); else None."""
    key = name_key(name)
    if key in NATIONAL_EXECUTIVE_OF:
        return NATIONAL_EXECUTIVE_OF[key]
    head = _head_of(key, ORGANISATION_HEAD_OF_COMMITTEE)
    if head is None or key == head:
        return None
    # "Đảng ủy Khối X" leads "Đảng bộ Khối X": the rest of the name carries over as it is.
    return ORGANISATION_HEAD_OF_COMMITTEE[head] + key[len(head):]


@lru_cache(maxsize=65536)
def leading_committees_of(name: str) -> tuple[str, ...]:
    """The keys of the committees that may lead the party organisation NAME ("Đảng bộ X" -> "đảng ủy x")."""
    key = name_key(name)
    found = [c for c, o in NATIONAL_EXECUTIVE_OF.items() if o == key]
    for committee_head, organisation_head in ORGANISATION_HEAD_OF_COMMITTEE.items():
        if key.startswith(organisation_head + " "):
            found.append(committee_head + key[len(organisation_head):])
    return tuple(found)
