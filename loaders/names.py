"""Vietnamese family names as data: a person's name starts with one (a genre rule, not a list of people)."""

from __future__ import annotations

# Family names (họ) in use, the common ones and the rarer ones officials carry.
FAMILY_NAMES = frozenset(
    """
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Đinh Lương Trịnh Lâm Mai
Trương Tô Hà Tạ Cao Chu Châu Thái Lưu Quách Tăng Kiều Mạc Nghiêm Thân Tôn Từ Vương Khổng Khúc Lại Lò Lục Mã
Nông Ông Phùng Quan Tống Triệu Văn Vi Y H Hầu Giang Kim Âu Bạch Bế Cù Diệp Đàm Đồng Hứa Kha La Lã Liêu Lữ
Mẫn Nhữ Ninh Phí Phương Sầm Thạch Thiều Tiêu Trình Trang Ưng Viên Đậu Điểu Cầm Hầu Lường Hứa Giáp Bạc
Lạc Lạng Tòng Sơn Quang Doãn Đồng Đào Ma Mông Nhâm Ôn Quản Thiệu Tiết Uông Vy Chế Chúc Danh Đôn Hàn Hoa Kha
""".split()
)
