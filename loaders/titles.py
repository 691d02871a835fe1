"""The role-word lexicon of party and state news, as data with English glosses.

A post is a title (role words alone) in a body. Some titles carry their body
in the words themselves ("Tổng Bí thư", "Ủy viên Trung ương Đảng"); some
share their head word with the body that follows ("Trưởng ban Tổ chức" is the
head of "Ban Tổ chức"). Matching is case-insensitive on canonical text.
"""

from __future__ import annotations

CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng"
POLITBURO = "Bộ Chính trị"
SECRETARIAT = "Ban Bí thư"
STATE = "Nhà nước"
GOVERNMENT = "Chính phủ"
NATIONAL_ASSEMBLY = "Quốc hội"
STATE_BANK = "Ngân hàng Nhà nước Việt Nam"  # the central bank, whose head alone is "Thống đốc"

# Role words (title -> English gloss). Longer titles are tried first.
TITLES: dict[str, str] = {
    "Tổng Bí thư": "General Secretary",
    "Chủ tịch nước": "State President",
    "Phó Chủ tịch nước": "State Vice President",
    "Thủ tướng": "Prime Minister",
    "Phó Thủ tướng Thường trực": "Standing Deputy Prime Minister",
    "Phó Thủ tướng": "Deputy Prime Minister",
    "Bí thư": "Secretary",
    "Phó Bí thư Thường trực": "Standing Deputy Secretary",
    "Phó Bí thư": "Deputy Secretary",
    "Ủy viên dự khuyết": "alternate member",
    "Ủy viên": "member",
    "Thường trực": "standing member",
    "Trưởng ban": "head of a board",
    "Phó Trưởng ban Thường trực": "standing deputy head of a board",
    "Phó Trưởng ban": "deputy head of a board",
    "Chủ nhiệm": "chairman (of a commission)",
    "Phó Chủ nhiệm Thường trực": "standing vice chairman (of a commission)",
    "Phó Chủ nhiệm": "vice chairman (of a commission)",
    "Bộ trưởng": "minister",
    "Thứ trưởng Thường trực": "standing deputy minister",
    "Thứ trưởng": "deputy minister",
    "Chủ tịch Hội đồng quản trị": "chairman of the board of directors",
    "Chủ tịch HĐQT": "chairman of the board of directors",
    "Chủ tịch Hội đồng thành viên": "chairman of the members' council",
    "Chủ tịch HĐTV": "chairman of the members' council",
    "Chủ tịch Hội đồng trường": "chairman of the university council",
    "Chủ tịch HĐT": "chairman of the university council",
    "Thành viên Hội đồng quản trị": "member of the board of directors",
    "Thành viên HĐQT": "member of the board of directors",
    "Thành viên Hội đồng thành viên": "member of the members' council",
    "Thành viên HĐTV": "member of the members' council",
    "Kế toán trưởng": "chief accountant",
    "Phó Chủ tịch Thường trực": "standing vice chairman",
    "Phó Chủ tịch": "vice chairman",
    "Chủ tịch": "chairman, president",
    "Tổng Giám đốc": "general director",
    "Phó Tổng Giám đốc": "deputy general director",
    "Giám đốc": "director",
    "Phó Giám đốc": "deputy director",
    "Hiệu trưởng": "rector, principal",
    "Phó Hiệu trưởng": "vice rector",
    "Viện trưởng": "head of an institute or procuracy",
    "Phó Viện trưởng": "deputy head of an institute or procuracy",
    "Chánh án": "chief justice",
    "Phó Chánh án": "deputy chief justice",
    "Chánh Văn phòng": "chief of office",
    "Phó Chánh Văn phòng": "deputy chief of office",
    "Trưởng phòng": "head of a division",
    "Phó Trưởng phòng": "deputy head of a division",
    "Trưởng đoàn": "head of a delegation",
    "Phó Trưởng đoàn": "deputy head of a delegation",
    "Tổng cục trưởng": "head of a general department",
    "Phó Tổng cục trưởng": "deputy head of a general department",
    "Cục trưởng": "head of a department",
    "Phó Cục trưởng": "deputy head of a department",
    "Vụ trưởng": "head of a ministry department",
    "Phó Vụ trưởng": "deputy head of a ministry department",
    "Chính ủy": "political commissar",
    "Phó Chính ủy": "deputy political commissar",
    "Tư lệnh": "commander",
    "Phó Tư lệnh": "deputy commander",
    "Chỉ huy trưởng": "commander (of a provincial or district military command)",
    "Phó Chỉ huy trưởng": "deputy commander (of a provincial or district military command)",
    "Tổng Tham mưu trưởng": "chief of the general staff",
    "Tham mưu trưởng": "chief of staff",
    "Tổng Kiểm toán nhà nước": "state auditor general",
    "Thống đốc": "governor (of the State Bank)",
    "Phó Thống đốc": "deputy governor (of the State Bank)",
    "Tổng Thư ký": "secretary general",
    "Tổng Biên tập": "editor-in-chief",
    "Phó Tổng Biên tập": "deputy editor-in-chief",
    "Đại sứ": "ambassador",
    "Tổng Lãnh sự": "consul general",
    "Tổng Thanh tra": "inspector general",
    "Phó Tổng Thanh tra": "deputy inspector general",
    "Chánh Thanh tra": "chief inspector",
    "Phó Chánh Thanh tra": "deputy chief inspector",
    "Kiểm toán trưởng": "chief state auditor of a region",
    "Bí thư Thường trực": "standing secretary (of the Youth Union)",
    "Bí thư Thứ nhất": "first secretary (of the Youth Union)",
    "Trưởng Công an": "police chief",
    "Trưởng khoa": "dean",
    "Trưởng bộ phận": "head of a section",
    "Phó Trưởng bộ phận": "deputy head of a section",
    "Phó Trưởng khoa": "vice dean",
    "Trưởng tiểu ban": "head of a subcommittee (of a congress: documents, personnel, organisation)",
    "Phó Trưởng tiểu ban": "deputy head of a subcommittee",
}

# Titles whose last word is also the head of the body that follows:
# "Trưởng ban Tổ chức" -> (Trưởng ban, Ban Tổ chức). Title -> body head.
SHARED_HEAD: dict[str, str] = {
    "Trưởng ban": "Ban",
    "Phó Trưởng ban": "Ban",
    "Phó Trưởng ban Thường trực": "Ban",
    "Trưởng phòng": "Phòng",
    "Phó Trưởng phòng": "Phòng",
    "Trưởng đoàn": "Đoàn",
    "Phó Trưởng đoàn": "Đoàn",
    "Trưởng khoa": "Khoa",
    "Phó Trưởng khoa": "Khoa",
    "Trưởng bộ phận": "Bộ phận",
    "Phó Trưởng bộ phận": "Bộ phận",
    "Trưởng tiểu ban": "Tiểu ban",
    "Phó Trưởng tiểu ban": "Tiểu ban",
    "Chánh Văn phòng": "Văn phòng",
    "Chánh Thanh tra": "Thanh tra",
    "Tổng Thanh tra": "Thanh tra",
    "Phó Tổng Thanh tra": "Thanh tra",
    "Phó Chánh Thanh tra": "Thanh tra",
    "Phó Chánh Văn phòng": "Văn phòng",
}

# Titles that name their own body when no body follows.
IMPLIED_BODY: dict[str, str] = {
    "Tổng Bí thư": CENTRAL_COMMITTEE,
    "Chủ tịch nước": STATE,
    "Phó Chủ tịch nước": STATE,
    "Thủ tướng": GOVERNMENT,
    "Phó Thủ tướng": GOVERNMENT,
    "Phó Thủ tướng Thường trực": GOVERNMENT,
    "Tổng Tham mưu trưởng": "Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam",
    "Tổng Kiểm toán nhà nước": "Kiểm toán nhà nước",
    "Thống đốc": STATE_BANK,
    "Phó Thống đốc": STATE_BANK,
    "Tổng Thanh tra": "Thanh tra Chính phủ",
    "Phó Tổng Thanh tra": "Thanh tra Chính phủ",
}

# Titles that hold the body in their words: written form -> (title, body).
# A body of None is the committee of the place the article is about.
COMPOUND_TITLES: dict[str, tuple[str, str | None]] = {
    "Ủy viên Trung ương Đảng": ("Ủy viên", CENTRAL_COMMITTEE),
    "Ủy viên dự khuyết Trung ương Đảng": ("Ủy viên dự khuyết", CENTRAL_COMMITTEE),
    "Ủy viên Trung ương": ("Ủy viên", CENTRAL_COMMITTEE),
    "Ủy viên dự khuyết Trung ương": ("Ủy viên dự khuyết", CENTRAL_COMMITTEE),
    "Ủy viên Ban Chấp hành Trung ương Đảng": ("Ủy viên", CENTRAL_COMMITTEE),
    "Ủy viên Ban Chấp hành Trung ương": ("Ủy viên", CENTRAL_COMMITTEE),
    "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng": ("Ủy viên dự khuyết", CENTRAL_COMMITTEE),
    "Ủy viên dự khuyết Ban Chấp hành Trung ương": ("Ủy viên dự khuyết", CENTRAL_COMMITTEE),
    "Bí thư Trung ương Đảng": ("Bí thư", SECRETARIAT),
    "Thường trực Ban Bí thư": ("Thường trực", SECRETARIAT),
    "Thành ủy viên": ("Ủy viên", "Thành ủy"),
    "Tỉnh ủy viên": ("Ủy viên", "Tỉnh ủy"),
    "Huyện ủy viên": ("Ủy viên", "Huyện ủy"),
    "Quận ủy viên": ("Ủy viên", "Quận ủy"),
    "Đảng ủy viên": ("Ủy viên", "Đảng ủy"),
    "Cấp ủy viên": ("Ủy viên", "Đảng ủy"),
    "Chi ủy viên": ("Ủy viên", "Chi bộ"),
}

# A minister's title may name the ministry without "Bộ": "Bộ trưởng Ngoại giao" = (Bộ trưởng, Bộ Ngoại giao).
MINISTRY_TITLES = ("Bộ trưởng", "Thứ trưởng", "Thứ trưởng Thường trực")

# Words before a title that make it a former or future post, not one held at the time.
NOT_HELD_PREFIXES = ("nguyên", "cựu", "tân", "dự kiến")

# Words after a name that introduce the post the name was given ("... được bầu giữ chức Bí thư").
APPOINTMENT_CUES = (
    "được bầu giữ chức danh",
    "được bầu giữ chức vụ",
    "được bầu giữ chức",
    "được bầu làm",
    "bầu giữ chức danh",
    "bầu giữ chức vụ",
    "bầu giữ chức",
    "giữ chức danh",
    "giữ chức vụ",
    "giữ chức",
    "trúng cử chức",
    "trúng cử",
    "tái đắc cử chức",
    "tái đắc cử",
    "đắc cử chức",
    "đắc cử",
    "tái cử chức",
    "tái cử",
    "được bầu",
    "được bổ nhiệm giữ chức",
    "được bổ nhiệm làm",
    "được bổ nhiệm",
    "được chỉ định làm",
    "được chỉ định giữ chức",
)


# A lone "Thường trực" names a body ("Thường trực Tỉnh ủy"); it is a title only in compounds.
STANDALONE_EXCLUDED = frozenset({"Thường trực"})


def titles_longest_first() -> list[str]:
    """Every written title form (plain and compound), longest first, for greedy matching."""
    forms = (set(TITLES) - STANDALONE_EXCLUDED) | set(COMPOUND_TITLES)
    return sorted(forms, key=lambda t: (-len(t.split()), -len(t)))
