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


def article_text(rng: random.Random) -> str:
    """One synthetic article."""
    unit = rng.choice(UNITS)
    national = rng.choice(list(NATIONAL_CONGRESSES))
    held = NATIONAL_CONGRESSES[national]
    term_start = held - 1
    ordinal = rng.randint(1, 25)
    day, month, year = _date(rng, term_start)
    names = list(dict.fromkeys(person_name(rng) for _ in range(8)))
    leader, guest, deputy, board_head, *others = names
    board_title, board = rng.choice(BOARD_TITLES)
    central_number = rng.randint(1, 60)
    central_type, central_code = rng.choice(DOCUMENT_TYPES[:3])
    cd, cm, cy = _date(rng, held - 2)
    local_number = rng.randint(100, 1999)
    ld, lm, _ = _date(rng, term_start)
    congress = (f"Đại hội đại biểu {unit.organisation} lần thứ {ROMAN[ordinal]}, "
                f"nhiệm kỳ {term_start} - {term_start + 5}")
    deputies = ", ".join(others[:-1]) + f" và {others[-1]}" if len(others) > 1 else others[0]
    paragraphs = [
        f"Trang chủ > {rng.choice(SECTIONS)}",
        f"{congress.replace('Đại hội đại biểu', 'Khai mạc Đại hội đại biểu')}",
        f"{day:02d}/{month:02d}/{year} {rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}",
        f"Ngày {day}/{month}, {unit.organisation} long trọng tổ chức {congress} với {rng.randint(150, 400)} "
        f"đại biểu chính thức, đại diện cho hơn {rng.randint(5, 90)}.000 đảng viên.",
        f"Đồng chí {guest}, {rng.choice(NATIONAL_POSTS)}, dự và phát biểu chỉ đạo Đại hội.",
        f"Phát biểu khai mạc, đồng chí {leader}, {rng.choice(COMMITTEE_TITLES[:2])} {unit.committee} nêu rõ: "
        f"thực hiện {central_type} số {central_number}-{central_code}/TW, ngày {cd}/{cm}/{cy} của "
        f"{rng.choice(CENTRAL_ISSUERS)} về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần "
        f"thứ {ROMAN[national]} của Đảng, Ban Chấp hành Đảng bộ đã lãnh đạo đại hội các cấp hoàn thành đúng "
        f"kế hoạch.",
        f"Theo Kế hoạch số {local_number}-KH/{'TU' if unit.short == 'Tỉnh ủy' else 'ĐU'}, "
        f"ngày {ld}/{lm}/{term_start} "
        f"của {unit.committee}, việc chuẩn bị văn kiện và nhân sự được tiến hành chặt chẽ.",
        f"Đồng chí {deputy}, Phó Bí thư Thường trực {unit.short} trình bày báo cáo chính trị; đồng chí "
        f"{board_head}, {board_title} {unit.committee} báo cáo kiểm điểm của Ban Chấp hành.",
        f"Cùng dự có các đồng chí Ủy viên Ban Thường vụ: {deputies}.",
        f"Ảnh: Đồng chí {leader} phát biểu khai mạc Đại hội.",
        rng.choice(BYLINES),
        "Tin liên quan",
        f"• Đại hội đại biểu {rng.choice(UNITS).organisation} lần thứ {ROMAN[rng.randint(1, 25)]} "
        "thành công tốt đẹp",
    ]
    return "\n\n".join(paragraphs) + "\n"


def generate(count: int, out_dir: Path, seed: int = 2020) -> list[Path]:
    """Write COUNT synthetic articles into OUT_DIR (00000.txt, ...); the same seed gives the same files."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    width = max(5, len(str(count - 1)))
    paths = []
    for i in range(count):
        path = out_dir / f"{i:0{width}d}.txt"
        path.write_text(article_text(rng), encoding="utf-8")
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
