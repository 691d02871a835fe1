"""Article text as it comes off the web, made into the Document every rule family reads.

Steps: refuse what is not an article (ArticleRejected), normalise (CRLF, NBSP,
NFC, one tone-mark convention), drop page furniture (menus, breadcrumbs,
comment forms, list headings) and credits (bylines, "Ảnh: ...", agency tags),
find the headline and the publication date, split paragraphs into sentences
and give each sentence the event date its context settles.

Related-article lists stay: the spec counts them as article text (they name
congresses and people); only their headings go.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from loaders import dates
from loaders.document import Document, Sentence
from loaders.errors import ArticleRejected
from loaders.keys import canonical_text

# --- input checks -----------------------------------------------------------

# Letters only Vietnamese uses among Latin scripts (French shares é, è, ê, à...).
VIETNAMESE_LETTERS = set("ăâđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủứừửữựũỳỵỷỹ")
# Words that run through any Vietnamese news text (of, and, the plural, is, in, has, with).
VIETNAMESE_FUNCTION_WORDS = frozenset(
    "của và các là trong có được với những đã cho về tại này không một đến từ theo để người năm vào sẽ đang "
    "cũng nhiều như khi nhằm qua trên sau do".split()
)
_FUNCTION_WORD_CHECK_MIN_WORDS = 80  # a short note may lack them; a page of prose never does
_MIN_VIETNAMESE_WORD_SHARE = 0.2
_HTML_TAG = re.compile(
    r"<\s*/?\s*(?:html|head|body|div|span|p|a|script|style|meta|link|br|li|ul|table|tr|td|h[1-6])\b[^>]*>",
    re.IGNORECASE,
)
_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<\?xml)", re.IGNORECASE)
_MAX_HTML_TAGS = 5


def read_article(path: Path, max_bytes: int) -> str:
    """The text of the article file PATH, or ArticleRejected saying why it is not one."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ArticleRejected(f"cannot read the file ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise ArticleRejected(f"file too large ({size:,} bytes; the limit is {max_bytes:,})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleRejected(f"cannot read the file ({exc.strerror or exc})") from None
    return decode_article(data)


def decode_article(data: bytes) -> str:
    """UTF-8 article bytes as text, checked (see check_article)."""
    if not data.strip():
        raise ArticleRejected("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleRejected("UTF-16 text, not UTF-8 (save the article as UTF-8)")
    if b"\x00" in data:
        raise ArticleRejected("binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleRejected(f"not UTF-8 text (bad byte at offset {exc.start})") from None
    check_article(text)
    return text


def check_article(text: str) -> None:
    """Raise ArticleRejected unless TEXT reads as a Vietnamese article in plain text."""
    if not text.strip():
        raise ArticleRejected("empty file")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(3, len(text) // 100):
        raise ArticleRejected("binary data, not text")
    if _HTML_START.match(text) or len(_HTML_TAG.findall(text)) > _MAX_HTML_TAGS:
        raise ArticleRejected("an HTML page, not article text (save the article's text)")
    words = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", text).lower())
    if not words:
        raise ArticleRejected("no words in the text")
    marked = sum(1 for w in words if VIETNAMESE_LETTERS.intersection(w))
    function_words = sum(1 for w in words if w in VIETNAMESE_FUNCTION_WORDS)
    if marked / len(words) < _MIN_VIETNAMESE_WORD_SHARE or (
        function_words == 0 and len(words) >= _FUNCTION_WORD_CHECK_MIN_WORDS
    ):
        raise ArticleRejected("not Vietnamese text (no Vietnamese diacritics or words)")


# --- normalisation ----------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Old encodings converted to Unicode write the Icelandic eth for Vietnamese "đ".
_LOOKALIKES = {ord("Ð"): "Đ", ord("ð"): "đ"}
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")


def normalise_lines(text: str) -> list[str]:
    """Lines in NFC, one tone-mark convention, single spaces; CR, NBSP and invisible marks gone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE).translate(_LOOKALIKES)
    text = _SPACES.sub(" ", text)
    return [canonical_text(line) for line in text.split("\n")]


# --- page furniture -----------------------------------------------------------

# Whole lines that are the site, not the article (case-insensitive full match).
FURNITURE_LINES: list[tuple[str, str]] = [
    (r"skip to (?:main )?content|truy cập nội dung luôn|bỏ qua nội dung", "skip-to-content link"),
    (
        r"xem với cỡ chữ.*|cỡ chữ.*|in bài(?: viết)?|chia sẻ|lưu bài|quay lại|về đầu trang|trở về|bản in",
        "page tools",
    ),
    (
        r"phản hồi|thông tin người gửi phản hồi|gửi phản hồi|bình luận|gửi bình luận|ý kiến bạn đọc.*|"
        r"ý kiến của bạn\s*:?\s*\*?|viết bình luận|gửi ý kiến",
        "comment form",
    ),
    (
        r"(?:họ và tên|họ tên|địa chỉ|e-?mail|điện thoại|số điện thoại|tiêu đề|nội dung|mã bảo vệ|"
        r"mã xác nhận)"
        r"\s*:?\s*\*?\s*",
        "comment form field",
    ),
    (
        r"mới nhất|xem nhiều nhất|đọc nhiều nhất|tin mới|tin nổi bật|liên kết website|liên kết|"
        r"video(?: clips?)?|"
        r"xem toàn bộ|xem thêm|đọc thêm|tags?\s*:.*|từ khóa\s*:.*|thông báo mới|quốc tế|tin ảnh|podcast",
        "site menus and boxes",
    ),
    (r"giới thiệu tạp chí in|tra cứu tạp chí in.*|số \d+\s*[-–]\s*\d{4}", "print-edition box"),
    (r"\d{1,3}", "pager"),
    (
        r"đăng nhập|đăng ký|tìm kiếm|menu|english|liên hệ|sơ đồ (?:trang|site)|sitemap|rss|trang trước|"
        r"trang sau|xem tiếp|in trang|gửi email|lên đầu trang|theo dõi chúng tôi trên.*|chia sẻ bài viết.*|"
        r"facebook|zalo|twitter|in|gửi|hủy|lưu|copy link|sao chép liên kết|bình luận\s*\(\d+\)|"
        r"\d+\s*bình luận|bình chọn|đánh giá bài viết.*|góp ý.*bài viết.*",
        "site menus",
    ),
    (r"(?:trang chủ|home)\s*(?:[>»›/|].*)?", "breadcrumb"),
    (r".*\s[>»›]\s.*\s[>»›]\s?.*", "breadcrumb"),
    (r"(?:[^\s>»›]+\s){0,5}[>»›](?:\s[^\s>»›]+){1,6}\s*[>»›]?", "breadcrumb of two short steps"),
    (r"[^|.;]{1,40}(?:\|[^|.;]{1,40}){2,}\|?", "menu of three or more items split by '|'"),
    (
        r"(?:cổng|trang) thông tin điện tử(?:\s.*)?|.*\s[-–]\s(?:cổng|trang) thông tin điện tử|"
        r"báo\s.{1,40}\sđiện tử",
        "masthead: the site's name",
    ),
]
# Headings of related-article lists: the heading goes, the list stays (it is article text).
RELATED_LIST_HEADINGS = (
    r"các bài viết khác|bài viết khác|các tin khác|tin khác|tin liên quan|bài viết liên quan|bài liên quan|"
    r"tin cùng chuyên mục|bài cùng chuyên mục|cùng chuyên mục|có thể bạn quan tâm|tin đã đưa|các tin đã đưa|"
    r"tin tức liên quan|xem tiếp"
)
# "2 ngày trước", "(17 ngày trước)": when a related item was posted.
RELATIVE_TIME = re.compile(r"\(?\b\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước\)?", re.IGNORECASE)
_LIST_BULLET = re.compile(r"^[•·▪►▸●◦*]\s*")

_FURNITURE = re.compile(
    "|".join(f"(?:{p})" for p, _gloss in FURNITURE_LINES) + f"|(?:{RELATED_LIST_HEADINGS})\\s*:?",
    re.IGNORECASE,
)

# The site's name line ("Cổng thông tin điện tử Đảng bộ tỉnh Hưng Yên"): furniture, but it may be the only
# place the page names its province, so the Document keeps it apart.
_MASTHEAD_LINE = re.compile(
    next(p for p, gloss in FURNITURE_LINES if gloss.startswith("masthead")), re.IGNORECASE
)
_MASTHEAD_SEARCH_LINES = 8


def site_name(text: str) -> str | None:
    """The site's masthead line among the page's first lines, None when it shows none."""
    for line in normalise_lines(text)[:_MASTHEAD_SEARCH_LINES]:
        line = line.strip()
        if line and _MASTHEAD_LINE.fullmatch(line):
            return canonical_text(line)
    return None


_RELATED_HEADING = re.compile(f"(?:{RELATED_LIST_HEADINGS})\\s*:?", re.IGNORECASE)

# --- credits ------------------------------------------------------------------

# Labels of credits: photo, text, source, video ("Ản" is a typo sites make). Credits are
# capitalised ("Ảnh:", "ẢNH:"); a lower-case "thông tin:" inside a sentence is not one.
CREDIT_LABEL_WORDS = [
    "Tin, ảnh",
    "Tin và ảnh",
    "Tin - ảnh",
    "Tin/ảnh",
    "Bài, ảnh",
    "Bài và ảnh",
    "Bài/ảnh",
    "Ảnh",
    "Ản",
    "Tin",
    "Bài",
    "Nguồn",
    "Video",
    "Clip",
    "Đồ họa",
    "Thực hiện",
    "Theo",
]
CREDIT_LABELS = "|".join(re.escape(w) for w in CREDIT_LABEL_WORDS + [w.upper() for w in CREDIT_LABEL_WORDS])
_CREDIT_LABEL = re.compile(rf"(?:(?<=^)|(?<=[\s.(\[]))(?:{CREDIT_LABELS})\s*:")
_GLUED_LABEL = re.compile(r"(?<=[a-zà-ỹ])(?=(?:Ảnh|Tin|Nguồn)\s*:)")
# A caption that says who is in the photo starts with an honorific or a role word: keep it.
CAPTION_STARTS = re.compile(
    r"^(?:đồng chí|các đồng chí|ông|bà|thủ tướng|tổng bí thư|chủ tịch|bí thư|phó|bộ trưởng|thứ trưởng|"
    r"ủy viên|trưởng|đại tướng|thượng tướng|trung tướng|thiếu tướng|đại biểu|lãnh đạo|quang cảnh|"
    r"toàn cảnh)\b",
    re.IGNORECASE,
)
_MAX_CREDIT_WORDS = 7
_BODY_MIN_WORDS = 8  # shorter lines after the body are signatures, titles, captions
_LEAD_PARAGRAPHS = 2
_AGENCY_SUFFIX = re.compile(r"\s*\([^()]{1,40}\)\.?$")
_NAME_SEPARATORS = re.compile(r"\s*[-–,&]\s*")
_MAX_BYLINE_NAMES = 3


def _is_credit(who: str) -> bool:
    who = who.strip(" .;,)")
    if not who or CAPTION_STARTS.match(who):
        return False
    return len(who.split()) <= _MAX_CREDIT_WORDS


def strip_credits(line: str) -> str:
    """LINE without its credits ("Ảnh: Lâm Khánh/TTXVN", "(Nguồn: ...)", "Tin: X"); captions kept."""
    line = _GLUED_LABEL.sub(" ", line)
    line = re.sub(
        rf"\((?:{CREDIT_LABELS})\s*:([^()]*)\)", lambda m: "" if _is_credit(m.group(1)) else m.group(0), line
    )
    # From the last label back: a trailing "Ảnh: Mai Hoa" goes; "Ảnh: Đồng chí X phát biểu" keeps its text.
    for m in reversed(list(_CREDIT_LABEL.finditer(line))):
        tail = line[m.end() :]
        if _is_credit(tail) and ":" not in tail:
            line = line[: m.start()]
        elif m.start() == 0:
            line = tail
    return canonical_text(line)


def is_byline(line: str) -> bool:
    """True for a line that only names the author(s): "Minh An", "HỒ VĂN - HOÀNG PHẠM", "X (TTXVN)"."""
    line = _AGENCY_SUFFIX.sub("", line).rstrip(".")
    names = [n for n in _NAME_SEPARATORS.split(line) if n]
    if not names or len(names) > _MAX_BYLINE_NAMES:
        return False
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 4 or not all(w.isalpha() and w[0].isupper() for w in words):
            return False
    return True


# --- sentences ----------------------------------------------------------------

# "PGS.Ts.Bs.", "TS.", "TP.", "Th.S.": academic, medical and honorary titles and "city" a sentence
# splitter takes for a full stop (a list: "Việt Nam." ends a sentence).
TITLE_ABBREVIATIONS = (
    "PGS",
    "GS",
    "TS",
    "Ts",
    "ThS",
    "Ths",
    "Th",
    "S",
    "BS",
    "Bs",
    "BSCKI",
    "BSCKII",
    "CKI",
    "CKII",
    "DS",
    "KS",
    "CN",
    "NCS",
    "TP",
    "Tp",
    "NSND",
    "NSƯT",
    "NGND",
    "NGƯT",
    "TTND",
    "TTƯT",
)
_ABBREVIATION_END = re.compile(rf"(?:^|\s|\.)(?:(?:{'|'.join(TITLE_ABBREVIATIONS)})\.){{1,4}}$")
_CLOSING = "\"”’'»)"


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph (underthesea's splitter, mended for titles like "PGS.TS.")."""
    from underthesea import sent_tokenize

    pieces = [p.strip() for p in sent_tokenize(paragraph) if p.strip()]
    out: list[str] = []
    for piece in pieces:
        while piece and piece[0] in _CLOSING and out:
            out[-1] += piece[0]
            piece = piece[1:].lstrip()
        if not piece:
            continue
        if out and _ABBREVIATION_END.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


# --- the headline ---------------------------------------------------------------

_HEADER_LINES = 6
_SECTION_LABEL_MAX_WORDS = 5
_HEADLINE_MAX_WORDS = 45


def _heading_like(line: str) -> bool:
    return not line.rstrip().endswith((".", "…", ":", ";")) and len(line.split()) <= _HEADLINE_MAX_WORDS


def _masthead(line: str, later: list[str]) -> bool:
    """A site's name in capitals ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM") above a headline in mixed case, or a
    site's name the headline below repeats ("Tập đoàn X" above "Đại hội đại biểu Đảng bộ Tập đoàn X ...")."""
    if later and _heading_like(later[0]) and len(later[0].split()) > len(line.split()):
        if re.search(r"(?<!\w)" + re.escape(line.casefold()) + r"(?!\w)", later[0].casefold()):
            return True
    return line.isupper() and any(
        _heading_like(x) and not x.isupper() and len(x.split()) > _SECTION_LABEL_MAX_WORDS for x in later
    )


def choose_title(paragraphs: list[str]) -> str | None:
    """The headline: the first heading-like line that is not a section label, else the first sentence."""
    header = paragraphs[:_HEADER_LINES]
    for i, line in enumerate(header):
        nxt = header[i + 1] if i + 1 < len(header) else None
        if i == 0 and _masthead(line, header[1:]):
            continue  # the site's name
        short = len(line.split()) <= _SECTION_LABEL_MAX_WORDS
        if (
            short
            and nxt is not None
            and _heading_like(line)
            and _heading_like(nxt)
            and len(nxt.split()) > len(line.split())
        ):
            continue  # a section label ("Thời sự - Chính trị") above the headline
        if _heading_like(line):
            return line
        sentences = split_sentences(line)
        return sentences[0] if sentences else line
    return None


# --- the Document ------------------------------------------------------------------


def clean_paragraphs(text: str) -> tuple[list[str], str | None]:
    """(paragraphs of article text, publication date) from raw page text."""
    published: str | None = None
    paragraphs: list[str] = []
    seen: set[str] = set()
    in_related_list = False  # dates under "Tin liên quan" are the related items', not this page's
    names_only: set[int] = set()  # lines that only name people: bylines if no body text follows
    body_end = 0  # paragraphs before the related lists
    for raw in normalise_lines(text):
        line = raw
        if not paragraphs and published is None:
            marker = dates.page_date_marker(line)
            if marker:
                published, line = marker[0], marker[1].strip()
        line = _LIST_BULLET.sub("", RELATIVE_TIME.sub(" ", line)).strip()
        if _RELATED_HEADING.fullmatch(line):
            in_related_list = True
            body_end = body_end or len(paragraphs)
            continue
        if not line or _FURNITURE.fullmatch(line):
            continue
        on_date_line = dates.date_line(line)
        if on_date_line:
            if not in_related_list:
                published = published or on_date_line
            continue
        line = strip_credits(line)
        if not line or _FURNITURE.fullmatch(line):
            continue
        if len(line.split()) <= 3 and line.isupper() and not re.search(r"\d", line):
            continue  # a short menu entry in capitals ("QUỐC TẾ")
        key = line.casefold()
        if key in seen:
            continue  # the same caption or list item printed twice
        seen.add(key)
        if is_byline(line) and not in_related_list:
            names_only.add(len(paragraphs))
        paragraphs.append(line)
    # A name on its own line is the author's unless body text follows it (a list of names does).
    body_end = body_end or len(paragraphs)
    last_body = max((i for i in range(body_end) if len(paragraphs[i].split()) >= _BODY_MIN_WORDS), default=-1)
    bylines = {i for i in names_only if i > last_body}
    return [p for i, p in enumerate(paragraphs) if i not in bylines], published


def build_document(source: str, text: str) -> Document:
    """The Document for one article's raw text (checked, cleaned, split, dated)."""
    from loaders.directives import is_document_date

    check_article(text)
    paragraphs, published = clean_paragraphs(text)
    if not paragraphs:
        raise ArticleRejected("no article text left after removing page furniture")
    doc = Document(
        source=source,
        text="\n".join(paragraphs),
        title=choose_title(paragraphs),
        published=published,
        site=site_name(text),
    )
    # The lead (first body paragraphs) states the day of the article's event; a sentence with no
    # date of its own nor in the paragraph before it reports that event.
    lead_date: str | None = None
    body_seen = 0
    previous_paragraph_date: str | None = None
    for p_index, paragraph in enumerate(paragraphs):
        if len(paragraph.split()) >= _BODY_MIN_WORDS and not _heading_like(paragraph):
            body_seen += 1  # prose, not the headline or a caption above the lead
        paragraph_date: str | None = None
        for sentence_text in split_sentences(paragraph):
            found = [
                dates.resolve_event(e, published, sentence_text)
                for e in dates.event_dates(
                    sentence_text, lambda start, s=sentence_text: is_document_date(s, start)
                )
            ]
            own = next((d for d in found if d), None)
            if own:
                paragraph_date = own
                if lead_date is None and body_seen <= _LEAD_PARAGRAPHS:
                    lead_date = own
            date = own or paragraph_date or previous_paragraph_date
            doc.sentences.append(
                Sentence(index=len(doc.sentences), text=sentence_text, date=date, paragraph=p_index)
            )
        previous_paragraph_date = paragraph_date
    for sentence in doc.sentences:
        sentence.date = sentence.date or lead_date
    return doc
