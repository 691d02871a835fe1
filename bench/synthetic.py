"""Synthetic party-news articles in the genre's shapes, for benchmarks (load, API, RDF).

Each article is a page as it comes off the web: a section line, a headline, a date line, a congress
or conference report naming officials with their posts (title before or after the name, a list
under one title), numbered documents with dates and issuers, citations of them, photo captions,
a byline and a related-articles list. Names, bodies, posts, congress numbers and document codes
are drawn at random from the tables below, so the real extractor reads them as it reads news.

    .venv/bin/python bench/synthetic.py 1000 /tmp/synthetic   # writes 00000.txt ... 00999.txt
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

FAMILY_NAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
                "Dương", "Lý", "Phan", "Trương", "Đinh", "Lương", "Mai", "Tạ")
MIDDLE_NAMES = ("Văn", "Thị", "Hữu", "Đức", "Quang", "Minh", "Thanh", "Đắc", "Xuân", "Ngọc", "Hồng",
                "Thu", "Công", "Tiến", "Hải", "Anh", "Bá", "Trọng")
GIVEN_NAMES = ("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Khoa", "Lâm", "Long", "Nam",
               "Phong", "Quân", "Sơn", "Thành", "Trung", "Tuấn", "Vinh", "Hằng", "Lan", "Mai", "Thảo",
               "Hưng", "Khánh", "Lộc", "Phúc", "Tâm", "Thắng", "Toàn", "Việt", "Yến", "Hiếu", "Đông")
PROVINCES = ("Bắc Ninh", "Nghệ An", "Lâm Đồng", "Cà Mau", "Thái Bình", "Quảng Ninh", "Đắk Lắk", "Bình Định",
             "Hà Tĩnh", "Tây Ninh", "Lào Cai", "An Giang", "Phú Thọ", "Khánh Hòa", "Sóc Trăng", "Yên Bái")
MINISTRIES = ("Tài chính", "Y tế", "Công Thương", "Ngoại giao", "Tư pháp", "Xây dựng", "Nội vụ",
              "Giáo dục và Đào tạo", "Khoa học và Công nghệ", "Tài nguyên và Môi trường")
ENTERPRISES = ("Tập đoàn Điện lực Việt Nam", "Tập đoàn Dầu khí Việt Nam", "Tổng công ty Hàng không Việt Nam",
               "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", "Tổng công ty Đường sắt Việt Nam",
               "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam")
COMMITTEE_TITLES = ("Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực", "Ủy viên Ban Thường vụ")
BOARD_TITLES = (("Trưởng Ban Tuyên giáo", "Ban Tuyên giáo"), ("Trưởng Ban Tổ chức", "Ban Tổ chức"),
                ("Chủ nhiệm Ủy ban Kiểm tra", "Ủy ban Kiểm tra"), ("Trưởng Ban Dân vận", "Ban Dân vận"))
NATIONAL_POSTS = ("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Ủy viên Trung ương Đảng",
                  "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng")
DOCUMENT_TYPES = (("Chỉ thị", "CT"), ("Nghị quyết", "NQ"), ("Kết luận", "KL"), ("Quy định", "QĐ"),
                  ("Kế hoạch", "KH"), ("Hướng dẫn", "HD"))
CENTRAL_ISSUERS = ("Bộ Chính trị", "Ban Bí thư")
ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
         "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV")
# National congress -> the year it is held; its run-up documents come two years before.
NATIONAL_CONGRESSES = {12: 2016, 13: 2021, 14: 2026}
SECTIONS = ("Xây dựng Đảng", "Thời sự - Chính trị", "Tin tức - Sự kiện", "Đảng - Đoàn thể")
FACTS_SUFFIX = ".json"
BYLINES = ("Tin, ảnh: Minh Hà", "Thu Trang", "Hoàng Lan (TTXVN)", "Văn Khoa", "Ảnh: Quốc Việt")


@dataclass
class Unit:
    """A party organisation, its committee, and the short form the text uses after the first mention."""

    organisation: str
    committee: str
    short: str


def _units() -> list[Unit]:
    units = [Unit(f"Đảng bộ tỉnh {p}", f"Tỉnh ủy {p}", "Tỉnh ủy") for p in PROVINCES]
    units += [Unit(f"Đảng bộ Bộ {m}", f"Đảng ủy Bộ {m}", "Đảng ủy Bộ") for m in MINISTRIES]
    units += [Unit(f"Đảng bộ {e}", f"Đảng ủy {e}", "Đảng ủy") for e in ENTERPRISES]
    return units


UNITS = _units()


def person_name(rng: random.Random) -> str:
    """A Vietnamese full name: family, middle and given name."""
    return f"{rng.choice(FAMILY_NAMES)} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"


def _date(rng: random.Random, year: int) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), year


# A national post as written -> (title, body) in the facts format.
NATIONAL_POST_FACTS = {
    "Ủy viên Bộ Chính trị": ("Ủy viên", "Bộ Chính trị"),
    "Bí thư Trung ương Đảng": ("Bí thư", "Ban Bí thư"),
    "Ủy viên Trung ương Đảng": ("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng": ("Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng"),
}
BOARD_ROLE = {"Trưởng Ban Tuyên giáo": "Trưởng ban", "Trưởng Ban Tổ chức": "Trưởng ban",
              "Chủ nhiệm Ủy ban Kiểm tra": "Chủ nhiệm", "Trưởng Ban Dân vận": "Trưởng ban"}
NATIONAL_PARTY = "Đảng Cộng sản Việt Nam"


def _distinct_names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = person_name(rng)
        if name not in names:
            names.append(name)
    return names


def article(rng: random.Random) -> tuple[str, dict]:
    """One synthetic article and the facts planted in it (facts format), for writer-only runs."""
    unit = rng.choice(UNITS)
    national = rng.choice(list(NATIONAL_CONGRESSES))
    held = NATIONAL_CONGRESSES[national]
    term_start = held - 1
    term = f"{term_start}-{term_start + 5}"
    ordinal = rng.randint(1, 25)
    day, month, year = _date(rng, term_start)
    event = f"{year}-{month:02d}-{day:02d}"
    leader, guest, deputy, board_head, *others = _distinct_names(rng, 8)
    board_title, board = rng.choice(BOARD_TITLES)
    national_post = rng.choice(NATIONAL_POSTS)
    leader_title = rng.choice(COMMITTEE_TITLES[:2])
    central_number = rng.randint(1, 60)
    central_type, central_code = rng.choice(DOCUMENT_TYPES[:3])
    central_issuer = rng.choice(CENTRAL_ISSUERS)
    cd, cm, cy = _date(rng, held - 2)
    local_number = rng.randint(100, 1999)
    local_issuer_code = "TU" if unit.short == "Tỉnh ủy" else "ĐU"
    ld, lm, ly = _date(rng, term_start - 1)  # the plan comes before the congress
    congress = (f"Đại hội đại biểu {unit.organisation} lần thứ {ROMAN[ordinal]}, "
                f"nhiệm kỳ {term_start} - {term_start + 5}")
    deputies = ", ".join(others[:-1]) + f" và {others[-1]}"
    opening = (
        f"Phát biểu khai mạc, đồng chí {leader}, {leader_title} {unit.committee} nêu rõ: "
        f"thực hiện {central_type} số {central_number}-{central_code}/TW, ngày {cd}/{cm}/{cy} của "
        f"{central_issuer} về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần "
        f"thứ {ROMAN[national]} của Đảng, Ban Chấp hành Đảng bộ đã lãnh đạo đại hội các cấp hoàn thành đúng "
        f"kế hoạch."
    )
    plan = (f"Theo Kế hoạch số {local_number}-KH/{local_issuer_code}, ngày {ld}/{lm}/{ly} "
            f"của {unit.committee}, việc chuẩn bị văn kiện và nhân sự được tiến hành chặt chẽ.")
    reports = (f"Đồng chí {deputy}, Phó Bí thư Thường trực {unit.short} trình bày báo cáo chính trị; "
               f"đồng chí {board_head}, {board_title} {unit.committee} báo cáo kiểm điểm của Ban Chấp hành.")
    guest_line = f"Đồng chí {guest}, {national_post}, dự và phát biểu chỉ đạo Đại hội."
    standing = f"Cùng dự có các đồng chí Ủy viên Ban Thường vụ: {deputies}."
    paragraphs = [
        f"Trang chủ > {rng.choice(SECTIONS)}",
        f"{congress.replace('Đại hội đại biểu', 'Khai mạc Đại hội đại biểu')}",
        f"{day:02d}/{month:02d}/{year} {rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}",
        f"Ngày {day}/{month}, {unit.organisation} long trọng tổ chức {congress} với {rng.randint(150, 400)} "
        f"đại biểu chính thức, đại diện cho hơn {rng.randint(5, 90)}.000 đảng viên.",
        guest_line, opening, plan, reports, standing,
        f"Ảnh: Đồng chí {leader} phát biểu khai mạc Đại hội.",
        rng.choice(BYLINES),
        "Tin liên quan",
        f"• Đại hội đại biểu {rng.choice(UNITS).organisation} lần thứ {ROMAN[rng.randint(1, 25)]} "
        "thành công tốt đẹp",
    ]
    guest_title, guest_body = NATIONAL_POST_FACTS[national_post]
    standing_board = f"Ban Thường vụ {unit.committee}"
    posts = [
        (guest, guest_title, guest_body, guest_line), (leader, leader_title, unit.committee, opening),
        (deputy, "Phó Bí thư Thường trực", unit.committee, reports),
        (board_head, BOARD_ROLE[board_title], f"{board} {unit.committee}", reports),
        *((name, "Ủy viên", standing_board, standing) for name in others),
    ]
    central_key = f"{central_number}-{central_code}/TW"
    local_key = f"{local_number}-KH/{local_issuer_code}"
    facts = {
        "article": {"title": paragraphs[1], "published": event},
        "persons": [{"name": name} for name in (guest, leader, deputy, board_head, *others)],
        "posts": [{"person": person, "title": title, "organization": body, "date": event,
                   "evidence": sentence} for person, title, body, sentence in posts],
        "organizations": [{"name": body} for body in dict.fromkeys(
            [unit.organisation, unit.committee, guest_body, f"{board} {unit.committee}", standing_board,
             central_issuer])],
        "congresses": [
            {"organization": unit.organisation, "ordinal": ordinal, "term": term, "name": congress},
            {"organization": NATIONAL_PARTY, "ordinal": national},
        ],
        "directives": [
            {"key": central_key, "type": central_type, "number": str(central_number), "issuer_code": "TW",
             "issuer": central_issuer, "date": f"{cy}-{cm:02d}-{cd:02d}", "evidence": opening},
            {"key": local_key, "type": "Kế hoạch", "number": str(local_number),
             "issuer_code": local_issuer_code, "issuer": unit.committee,
             "date": f"{ly}-{lm:02d}-{ld:02d}", "evidence": plan},
        ],
        "citations": [
            {"congress": {"organization": NATIONAL_PARTY, "ordinal": national}, "directive": central_key,
             "relation": "concerns", "evidence": opening},
            {"congress": {"organization": unit.organisation, "ordinal": ordinal}, "directive": central_key,
             "relation": "cites", "evidence": opening},
            {"congress": {"organization": unit.organisation, "ordinal": ordinal}, "directive": local_key,
             "relation": "concerns", "evidence": plan},
        ],
    }
    return "\n\n".join(paragraphs) + "\n", facts


def article_text(rng: random.Random) -> str:
    """One synthetic article's text."""
    return article(rng)[0]


def planted_facts_path(article_path: Path) -> Path:
    """Where generate() keeps the facts planted in an article (beside it, .json)."""
    return article_path.with_suffix(FACTS_SUFFIX)


def planted_facts(source: str, text: str) -> dict:
    """An extractor that returns the facts generate() planted (to time the writer without extraction)."""
    return json.loads(planted_facts_path(Path(source)).read_text(encoding="utf-8"))


def generate(count: int, out_dir: Path, seed: int = 2020) -> list[Path]:
    """Write COUNT synthetic articles into OUT_DIR (00000.txt, ...) with their planted facts (.json).

    The same seed gives the same files.
    """
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(count - 1)))
    paths = []
    for i in range(count):
        path = out_dir / f"{i:0{width}d}.txt"
        text, facts = article(rng)
        path.write_text(text, encoding="utf-8")
        planted_facts_path(path).write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=2020)
    args = parser.parse_args()
    paths = generate(args.count, args.out_dir, args.seed)
    print(f"{len(paths)} articles in {args.out_dir}")


if __name__ == "__main__":
    main()
