"""Provinces and centrally-run cities as data: a body named "tỉnh" or "Tỉnh ủy" takes its place from these."""

from __future__ import annotations

# Centrally-run cities (thành phố trực thuộc Trung ương): their committee is a "Thành ủy".
CITIES = (
    "Hà Nội",
    "Hồ Chí Minh",
    "Hải Phòng",
    "Đà Nẵng",
    "Cần Thơ",
    "Huế",
)

# Cities whose bare name is also a person's: their bodies write the level out
# ("Thành ủy Thành phố Hồ Chí Minh").
CITY_FULL_NAMES = {"Hồ Chí Minh": "Thành phố Hồ Chí Minh"}

# Provinces before and after the 2025 merger: their committee is a "Tỉnh ủy".
PROVINCES = (
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bà Rịa – Vũng Tàu",
    "Bạc Liêu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Dương",
    "Bình Định",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cao Bằng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Tĩnh",
    "Hải Dương",
    "Hậu Giang",
    "Hòa Bình",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lâm Đồng",
    "Lạng Sơn",
    "Lào Cai",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Thừa Thiên - Huế",
    "Tiền Giang",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
)

# Words naming an administrative level: "Đảng bộ tỉnh", "Ủy ban nhân dân quận" take a place after them.
ADMIN_LEVELS = ("tỉnh", "thành phố", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn", "đặc khu")

# Local levels below the province (district, town, commune, ward): an article names its own one most
# often ("huyện Châu Thành"), and a bare "Huyện ủy" or "UBND xã" there means that one.
LOCAL_LEVELS = ("quận", "huyện", "thị xã", "xã", "phường", "thị trấn", "đặc khu")

# Committees named by their level alone: head -> level ("Huyện ủy" is the district's party committee,
# "Huyện đoàn" its Youth Union committee). A bare head takes the chain's or the article's place of that level.
LEVEL_HEADS = {
    "Tỉnh ủy": "tỉnh",  # provincial party committee
    "Thành ủy": "thành phố",  # city party committee
    "Huyện ủy": "huyện",  # district party committee
    "Quận ủy": "quận",  # urban-district party committee
    "Thị ủy": "thị xã",  # town party committee
    "Tỉnh đoàn": "tỉnh",  # provincial Youth Union committee
    "Thành đoàn": "thành phố",  # city Youth Union committee
    "Huyện đoàn": "huyện",  # district Youth Union committee
    "Quận đoàn": "quận",  # urban-district Youth Union committee
    "Thị đoàn": "thị xã",  # town Youth Union committee
}

# The committee of each level ("Tỉnh ủy Lâm Đồng", "Quận ủy Kiến An").
LEVEL_COMMITTEES = {
    "tỉnh": "Tỉnh ủy",
    "thành phố": "Thành ủy",
    "quận": "Quận ủy",
    "huyện": "Huyện ủy",
    "thị xã": "Thị ủy",
    "xã": "Đảng ủy xã",
    "phường": "Đảng ủy phường",
}
