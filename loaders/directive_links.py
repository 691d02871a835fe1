"""Which party document a text says replaces, amends or carries out which other one.

"Chỉ thị số 45-CT/TW ... thay thế Chỉ thị số 35-CT/TW" (45 replaces 35), "Kế hoạch số 12-KH/TU
thực hiện Chỉ thị số 45-CT/TW" (12 implements 45), "Quy định số 22-QĐ/TW sửa đổi, bổ sung Quy
định số 105-QĐ/TW" (22 amends 105). A link is read only from one sentence shaped

    SUBJECT [its date, issuer, "về"/"để" ...] CUE [filler] OBJECT [, và OBJECT ...]

where SUBJECT is the document named first (or "Chỉ thị này/mới" standing for the one the article
has just named), CUE is a row of LINK_CUES, and OBJECT the document named right after it. What
may stand between SUBJECT and CUE is a closed grammar (SUBJECT_GAP): the subject's own date and
issuer, and "về (việc) ..." before the verb. Anything else there (a new clause, a body that
issued something, a negation) means the verb is not the subject's, and no link is made: a
missed link costs less than a wrong one. So "Thực hiện Chỉ thị 45, Đảng ủy đã ban hành Kế hoạch
12" (the article's own implementing documents, issued by the body the sentence is about) gives
no link: no document stands before the cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.directives import (
    ISSUER_HEADS,
    NAME_STOP_PHRASES,
    NAME_STOP_WORDS,
    TYPE_CODES,
    Directive,
    Mention,
)
from loaders.document import Document, Sentence

REPLACES = "replaces"
AMENDS = "amends"
IMPLEMENTS = "implements"
RELATIONS = (REPLACES, AMENDS, IMPLEMENTS)


@dataclass(frozen=True)
class LinkCue:
    """Words that link the document before them to the one after them."""

    pattern: str  # a regular expression over the sentence (case-insensitive)
    relation: str
    gloss: str  # what the words say, in English
    passive: bool = False  # "A được thay thế bởi B": B is the subject


# The cue words, longest first where one contains another ("được thay thế bởi" before "thay thế").
LINK_CUES: tuple[LinkCue, ...] = (
    LinkCue(r"được thay thế (?:bởi|bằng)", REPLACES, "is replaced by", passive=True),
    LinkCue(r"được sửa đổi,? bổ sung (?:bởi|bằng|tại)", AMENDS, "is amended and supplemented by",
            passive=True),
    LinkCue(r"được sửa đổi (?:bởi|bằng|tại)", AMENDS, "is amended by", passive=True),
    LinkCue(r"thay thế(?: cho)?", REPLACES, "replaces, supersedes"),
    LinkCue(r"bãi bỏ", REPLACES, "repeals"),
    LinkCue(r"sửa đổi,? bổ sung", AMENDS, "amends and supplements"),
    LinkCue(r"sửa đổi", AMENDS, "amends"),
    LinkCue(r"bổ sung", AMENDS, "supplements"),
    LinkCue(r"triển khai thực hiện", IMPLEMENTS, "deploys the implementation of"),
    LinkCue(r"triển khai", IMPLEMENTS, "deploys, rolls out"),
    LinkCue(r"thực hiện", IMPLEMENTS, "carries out, implements"),
    LinkCue(r"cụ thể h(?:óa|oá)", IMPLEMENTS, "makes concrete, puts into specific terms"),
    # "theo" alone is very common; a document directly followed by it is one made under another
    # ("Quy định số 50-QĐ/TU theo Kết luận số 21-KL/TW"). A comma before it is refused (see _subject).
    LinkCue(r"theo(?: đúng)?", IMPLEMENTS, "according to, under"),
)
_CUE_WORD_END = r"(?!\w)"

# Words between the cue and its object that do not change what it links: "thực hiện nghiêm túc tinh
# thần Chỉ thị ...", "sửa đổi, bổ sung một số điều của Quy định ...".
OBJECT_LEAD = re.compile(
    r"\s*(?:(?:nghiêm túc|có hiệu quả|tốt|đầy đủ|đúng)\s+)*(?:(?:tinh thần|nội dung)\s+)?"
    r"(?:(?:một số điều|một số nội dung|các điều|điều \d+)(?:,?\s*khoản \d+)?\s+(?:của|trong|tại)\s+)?$",
    re.IGNORECASE,
)

# What may stand between the subject and the cue: its date ("ngày 14/4/2025", "ngày 14 tháng 4 năm
# 2025", "(ngày ...)"), its issuer ("của Ban Thường vụ Tỉnh ủy"), then "về (việc)" / "để" / "nhằm"
# with an optional verb of steering ("lãnh đạo, chỉ đạo", "hướng dẫn") before the cue.
_DATE = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
_DATE_PART = rf"\s*,?\s*\(?\s*(?:ban hành\s+|ký\s+)?ngày\s+(?:{_DATE})\s*\)?"
STEERING_WORDS = r"lãnh đạo,?\s*chỉ đạo|lãnh đạo|chỉ đạo|hướng dẫn|tổ chức|tiếp tục"
SUBJECT_GAP = re.compile(
    rf"^(?:{_DATE_PART})?"
    r"(?:\s*,?\s*(?:của|do)\s+(?P<issuer>[^,;:()“”\"]+?))?"
    rf"(?:{_DATE_PART})?"
    rf"\s*(?P<comma>,)?\s*(?:(?:về|để|nhằm)\s+(?:việc\s+)?)?(?:(?:{STEERING_WORDS})\s+)*$",
    re.IGNORECASE,
)
_ISSUER_HEAD = re.compile(rf"(?:{ISSUER_HEADS}|Trung ương|Văn phòng)", re.IGNORECASE)
_MAX_ISSUER_WORDS = 14

# "Chỉ thị mới" (the new directive), "Chỉ thị này" (this directive), "... nói trên" (above): the
# document of that type the article named last, if it did so in this or the previous sentences.
_TYPE_WORD = "|".join(sorted((re.escape(w) for w in TYPE_CODES), key=len, reverse=True))
BACK_SUBJECT = re.compile(rf"(?<!\w)(?P<word>{_TYPE_WORD})\s+(?:mới|này|nói trên|trên)(?!\w)", re.IGNORECASE)
BACK_REFERENCE_SENTENCES = 2

# What joins the objects of one cue: "thay thế Chỉ thị số 35-CT/TW, ngày 14/6/2024 và Kết luận số
# 118-KL/TW". A bare comma joins only documents written with nothing but their date and issuer;
# after a "về ..." subject clause only an explicit "và" does (a comma there starts a list of
# other documents as often as not).
_AND_END = re.compile(r"(?:,\s*)?(?:\bvà|\bcùng|\bcũng như)\s*$")
_COMMA_END = re.compile(r",\s*$")
_NEW_CLAUSE = re.compile(r"\s(?:đã|đang|sẽ|vừa|ban hành|được)\s|[;:(]", re.IGNORECASE)
_MAX_OBJECT_GAP = 240


@dataclass
class DirectiveLink:
    """One document linked to another by a sentence: SOURCE RELATION TARGET ("45 replaces 35")."""

    source: Directive
    target: Directive
    relation: str
    evidence: str

    def as_fact(self) -> dict:
        # Dates ride along: one key can name two documents (35-CT/TW of 2019 and of 2024).
        return {
            "from": self.source.key,
            "from_date": self.source.date,
            "to": self.target.key,
            "to_date": self.target.date,
            "relation": self.relation,
            "evidence": self.evidence,
        }


def _issuer_ok(issuer: str | None) -> bool:
    """An issuer written between the subject and its verb is a body's name, nothing more."""
    if issuer is None:
        return True
    words = issuer.split()
    if not words or len(words) > _MAX_ISSUER_WORDS or not _ISSUER_HEAD.match(issuer):
        return False
    lower = [w.lower() for w in words]
    for i, word in enumerate(lower):
        if not words[i][0].islower():
            continue  # "Ban Tổ chức": a capital starts a word of the name, as body_name_at reads it
        pair = f"{word} {lower[i + 1]}" if i + 1 < len(lower) else ""
        if word in NAME_STOP_WORDS or pair in NAME_STOP_PHRASES:
            return False
    return True


def _gap_ok(gap: str, cue: LinkCue) -> bool:
    m = SUBJECT_GAP.match(gap)
    if not m or not _issuer_ok(m.group("issuer")):
        return False
    # "X, theo Y" is a new adverbial ("..., according to Y") more often than X being made under Y.
    return not (cue.relation == IMPLEMENTS and cue.pattern.startswith("theo") and m.group("comma"))


def _cues(text: str) -> list[tuple[int, int, LinkCue]]:
    """Every cue in TEXT as (start, end, cue), leftmost-longest, none overlapping."""
    found = []
    for cue in LINK_CUES:
        for m in re.finditer(rf"(?<!\w){cue.pattern}{_CUE_WORD_END}", text, re.IGNORECASE):
            found.append((m.start(), m.end(), cue))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, LinkCue]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def _groups(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions by span: "Chỉ thị số 35, 36-CT/TW" is one span naming two documents."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups and groups[-1][0].start == m.start and groups[-1][0].end == m.end:
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _objects(text: str, groups: list[list[Mention]], cue_end: int, cue_at: list[int]) -> list[Directive]:
    """The documents the cue ending at CUE_END names: the one right after it, and those joined to it."""
    following = [g for g in groups if g[0].start >= cue_end]
    if not following or not OBJECT_LEAD.match(text[cue_end : following[0][0].start]):
        return []
    chain = [following[0]]
    for group in following[1:]:
        gap = text[chain[-1][0].end : group[0].start]
        if len(gap) > _MAX_OBJECT_GAP or _NEW_CLAUSE.search(gap):
            break
        joined = _AND_END.search(gap) or (_COMMA_END.search(gap) and not re.search(r"\bvề\b", gap))
        # A document followed by a cue of its own is the subject of the next link, not an object.
        if not joined or any(group[0].end <= c <= group[0].end + _MAX_OBJECT_GAP for c in cue_at if
                             SUBJECT_GAP.match(text[group[0].end : c])):
            break
        chain.append(group)
    return [m.directive for g in chain for m in g if m.directive]


def _back_reference(
    text: str, before: int, sentence: Sentence, mentions: list[Mention], cue: LinkCue
) -> Directive | None:
    """The document "Chỉ thị này/mới" right before BEFORE stands for, or None."""
    for m in reversed(list(BACK_SUBJECT.finditer(text, 0, before))):
        if not _gap_ok(text[m.end() : before], cue):
            continue
        word = m.group("word").lower()
        earlier = [
            x
            for x in mentions
            if x.type.lower() == word
            and x.directive
            and (
                (x.sentence.index == sentence.index and x.end <= m.start())
                or sentence.index - BACK_REFERENCE_SENTENCES <= x.sentence.index < sentence.index
            )
        ]
        if earlier:
            last = max(earlier, key=lambda x: (x.sentence.index, x.start))
            return last.directive
        return None
    return None


def _subject(
    text: str,
    groups: list[list[Mention]],
    cue_start: int,
    cue: LinkCue,
    sentence: Sentence,
    mentions: list[Mention],
) -> Directive | None:
    """The document named first, whose verb the cue at CUE_START is: the one right before it."""
    before = [g for g in groups if g[0].end <= cue_start]
    if before:
        last = before[-1]
        if _gap_ok(text[last[0].end : cue_start], cue):
            # A span naming several documents ("Chỉ thị số 35, 36-CT/TW thay thế ...") is too
            # vague to say which one does it.
            return last[0].directive if len(last) == 1 else None
    # A back reference counts only when no document stands between it and the cue.
    start_from = before[-1][0].end if before else 0
    ref = _back_reference(text[start_from:], cue_start - start_from, sentence, mentions, cue)
    return ref


def links_in(sentence: Sentence, here: list[Mention], mentions: list[Mention]) -> list[DirectiveLink]:
    """The links SENTENCE states between the documents it names (HERE) or one named just before."""
    text = sentence.text
    groups = _groups(here)
    cues = _cues(text)
    cue_at = [start for start, _, _ in cues]
    out: list[DirectiveLink] = []
    for start, end, cue in cues:
        objects = _objects(text, groups, end, cue_at)
        if not objects:
            continue
        subject = _subject(text, groups, start, cue, sentence, mentions)
        if subject is None:
            continue
        for target in objects:
            source, obj = (target, subject) if cue.passive else (subject, target)
            if source is not obj:
                out.append(DirectiveLink(source, obj, cue.relation, text))
    return out


def extract_directive_links(
    doc: Document, directives: list[Directive], mentions: list[Mention]
) -> list[DirectiveLink]:
    """Every document-to-document link the article states, once per (from, to, relation)."""
    known = {id(d) for d in directives}
    seen: set[tuple[int, int, str]] = set()
    links: list[DirectiveLink] = []
    for sentence in doc.sentences:
        here = [m for m in mentions if m.sentence is sentence]
        if not here:
            continue
        for link in links_in(sentence, here, mentions):
            key = (id(link.source), id(link.target), link.relation)
            if key in seen or id(link.source) not in known or id(link.target) not in known:
                continue
            seen.add(key)
            links.append(link)
    return links
