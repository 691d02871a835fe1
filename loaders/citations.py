"""Which congress each directive is linked to, and how: "concerns" or "cites" (spec, Citations).

- concerns: the directive's own subject clause ("... về đại hội đảng bộ các cấp tiến
  tới Đại hội XIII của Đảng") names the congress.
- cites: a sentence about congress work opens with carrying the directive out
  ("Thực hiện Chỉ thị số 35-CT/TW ..., Đảng ủy Bộ X đã chỉ đạo công tác tổ chức đại
  hội"): the congress is the local one the sentence names, else the one the article is
  about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.congresses import Congress, CongressMention
from loaders.directives import TYPE_CODES, Directive, Mention
from loaders.document import Document, Sentence
from loaders.keys import congress_org_key, name_key

CONCERNS = "concerns"
CITES = "cites"

# Words that carry a document out (carry out, deploy, on the basis of, study and apply,
# in the spirit of), optionally "continue to" before and "seriously / well" after.
IMPLEMENTATION_CUES = (
    r"thực hiện|triển khai(?:\s+thực hiện)?|căn cứ(?:\s+vào)?|quán triệt(?:\s+và\s+thực hiện)?|theo|"
    r"trên cơ sở|bám sát|cụ thể hóa"
)
# A congress held, run or taking place "theo (đúng) ..." (according to) a document carries it out
# ("Đại hội được tổ chức theo đúng Chỉ thị số 45-CT/TW ..."), wherever in the sentence it stands.
# So is congress work done, built or issued on the basis of one ("Công tác chuẩn bị Đại hội được triển khai
# theo đúng Chỉ thị ...", "được thực hiện đúng Chỉ thị ...", "Kế hoạch được xây dựng trên cơ sở Chỉ thị ...").
# The verb may take the congress as its object first, and preparing it counts ("chuẩn bị Đại hội theo đúng
# Chỉ thị 45", "tổ chức đại hội theo đúng Chỉ thị ...").
HELD_UNDER_CUES = r"tổ chức|tiến hành|diễn ra|triển khai|thực hiện|xây dựng|ban hành|chuẩn bị"
HELD_UNDER_OBJECT = r"(?:\s+(?:công tác\s+)?(?:tổ chức\s+)?(?:các\s+)?đại hội)?"
# The congress itself carrying a document out ("Đại hội đã quán triệt Chỉ thị số 45-CT/TW ..."): lookbehinds
# of fixed width, one per form.
CONGRESS_AS_SUBJECT = r"(?<=\bđại hội )|(?<=\bđại hội đã )|(?<=\bđại hội cũng )|(?<=\bđại hội cũng đã )"
HELD_UNDER_LINKS = r"(?:đúng\s+)?theo(?:\s+đúng)?|đúng|trên cơ sở|căn cứ(?:\s+vào)?"
CUE = re.compile(
    rf"(?:^|(?<=[,;:])\s*|(?<=\d[.)])\s*|(?<=\(\d\))\s*|(?<=\s-)\s*|{CONGRESS_AS_SUBJECT})"
    rf"(?:tiếp tục\s+)?(?:{IMPLEMENTATION_CUES})"
    r"(?:\s+(?:nghiêm túc|tốt|có hiệu quả|nghiêm|đầy đủ|sâu rộng))*(?:\s+tinh thần)?\s+"
    r"|theo (?:đúng )?tinh thần\s+"
    rf"|(?:{HELD_UNDER_CUES}){HELD_UNDER_OBJECT}\s+(?:{HELD_UNDER_LINKS})(?:\s+tinh thần)?\s+",
    re.IGNORECASE,
)
# "Chỉ thị của Trung ương", "Chỉ thị này": a document named earlier, without its number.
_TYPE_WORD = "|".join(sorted((re.escape(w) for w in TYPE_CODES), key=len, reverse=True))
BACK_REFERENCE = re.compile(
    rf"(?P<word>{_TYPE_WORD})\s+(?:này|trên|nói trên|của Trung ương|của Bộ Chính trị|của Ban Bí thư)(?!\w)",
    re.IGNORECASE,
)
# "Thực hiện các văn bản trên, ...": every document the last sentence naming documents named.
DOCUMENTS_ABOVE = re.compile(r"(?:các\s+)?văn bản\s+(?:trên|nói trên|này|đó)(?!\w)", re.IGNORECASE)
# Where a cue may stand that carries a document out for the congress whatever else its clause says:
# the opening of the sentence, after a list number ("1.", "(2)") at most.
_SENTENCE_OPENING = re.compile(r"^\s*(?:\(?\d{1,2}[.)]\s*|[-+•*]\s*)?$")
# What joins the documents one cue carries out ("Chỉ thị 35 ... và Kế hoạch 155 ...").
_CONNECTOR_END = re.compile(r"(?:,|;|\bvà|\bcùng|\bcũng như)\s*[“\"]?\s*$")
# A new clause with its own verb ends a document's subject clause ("..., Đảng ủy Bộ X đã ...").
_NEW_CLAUSE = re.compile(r"[,;]\s+[^,;]{0,80}?\s(?:đã|đang|sẽ|vừa)\s")
_ABOUT = re.compile(r"\bvề\b")
# A subject clause that is the congresses themselves: "về đại hội đảng bộ các cấp ...", "về “Đại hội ...".
_ABOUT_CONGRESSES = re.compile(r"về\s+(?:việc\s+)?(?:tổ chức\s+)?[“\"]?đại hội", re.IGNORECASE)
# The end of a clause that carries the next document out ("về triển khai thực hiện ").
_CARRIES_OUT_END = re.compile(r"(?:thực hiện|triển khai|quán triệt)\s*$", re.IGNORECASE)
_CONGRESS_WORD = re.compile(r"đại hội", re.IGNORECASE)
PARTY_BODY_HEADS = ("đảng bộ", "đảng ủy")  # a party organisation and its committee, as keys

# A congress's documents (its drafts, political report, resolution) that take up a directive ("các dự thảo
# văn kiện trình Đại hội XIV đã kết tinh tinh thần Nghị quyết 57-NQ/TW", "dự thảo đã bám sát Nghị quyết
# 57-NQ/TW"): the congress refers to it, so it cites it (spec, Citations).
CONGRESS_DOCUMENTS = re.compile(
    r"(?<!\w)(?:(?:các\s+)?dự thảo(?:\s+các)?(?:\s+văn kiện|\s+báo cáo chính trị)?|văn kiện|"
    r"báo cáo chính trị|nghị quyết đại hội)(?!\w)",
    re.IGNORECASE,
)
# Verbs by which a document takes another up (embody, express, make concrete, follow closely, absorb).
TAKES_UP = re.compile(
    r"(?:đã\s+|được\s+|sẽ\s+)?(?:kết tinh|thể hiện|cụ thể hóa|bám sát|tiếp thu|thể chế hóa)"
    r"(?:\s+(?:đầy đủ|sâu sắc|rõ|đúng))*(?:\s+(?:tinh thần|nội dung|quan điểm)(?:\s+của)?)?\s+",
    re.IGNORECASE,
)
_ENDS_CLAUSE = re.compile(r"[;.]")
_TAKES_UP_GAP = 120  # characters at most between the documents' word and the verb, in one clause
# The article speaks of a congress's draft documents ("cho ý kiến vào dự thảo văn kiện Đại hội ...").
_DRAFTS_OF_A_CONGRESS = re.compile(r"(?:dự thảo|văn kiện)[^.;\n]{0,100}?đại hội", re.IGNORECASE)


@dataclass
class Citation:
    """One (congress, directive) link with its relation and the sentence that states it."""

    congress: Congress
    directive: Directive
    relation: str
    evidence: str

    def as_fact(self) -> dict:
        # The directive's date rides along: one key can name two documents (35-CT/TW of 2019 and of 2024).
        return {
            "congress": {"organization": self.congress.organization, "ordinal": self.congress.ordinal},
            "directive": self.directive.key,
            "directive_date": self.directive.date,
            "relation": self.relation,
            "evidence": self.evidence,
        }


def _subject_clause_end(text: str, mention: Mention, next_start: int) -> int:
    """Where the subject clause of MENTION ("về ...") ends: next document, ";" or a new clause."""
    end = min(next_start, len(text))
    semicolon = text.find(";", mention.end, end)
    if semicolon != -1:
        end = semicolon
    about = _ABOUT.search(text, mention.end, end)
    if about:
        clause = _NEW_CLAUSE.search(text, about.end(), end)
        if clause:
            end = clause.start()
    return end


def subject_clauses(text: str, doc_mentions: list[Mention]) -> list[tuple[int, int] | None]:
    """Per document mention, the span of its own subject clause ("về ...") in TEXT, None when it has none."""
    spans: list[tuple[int, int] | None] = []
    for i, mention in enumerate(doc_mentions):
        next_start = doc_mentions[i + 1].start if i + 1 < len(doc_mentions) else len(text)
        end = _subject_clause_end(text, mention, next_start)
        about = _ABOUT.search(text, mention.end, end)
        spans.append((about.start(), end) if about else None)
    return spans


def concerned(
    sentence: Sentence, doc_mentions: list[Mention], congress_mentions: list[CongressMention]
) -> list[tuple[Congress, Directive]]:
    """(congress, directive) pairs where the directive's "về ..." clause in SENTENCE names the congress."""
    text = sentence.text
    named: list[list[Congress]] = []  # per mention: the congresses its own subject clause names
    about_congresses: list[bool] = []  # per mention: its subject is the congresses themselves
    for span in subject_clauses(text, doc_mentions):
        named.append([cm.congress for cm in congress_mentions if span and span[0] < cm.start < span[1]])
        about_congresses.append(bool(span and _ABOUT_CONGRESSES.match(text, span[0])))
    out = []
    for i, mention in enumerate(doc_mentions):
        congresses = list(named[i])
        # "Kế hoạch ... về triển khai thực hiện Chỉ thị 35 ... về đại hội ... tiến tới Đại hội XIII": a plan
        # to carry out a directive about the congresses is about them too (not one about cadre work).
        if i + 1 < len(doc_mentions) and about_congresses[i + 1]:
            gap = text[mention.end : doc_mentions[i + 1].start]
            if _ABOUT.search(gap) and _CARRIES_OUT_END.search(gap):
                congresses += named[i + 1]
        out.extend((congress, mention.directive) for congress in congresses if mention.directive)
    return out


def _back_reference(text: str, at: int, earlier: list[Mention]) -> Directive | None:
    m = BACK_REFERENCE.match(text, at)
    if not m:
        return None
    word = m.group("word").lower()
    same_type = [x for x in earlier if x.type.lower() == word]
    return same_type[-1].directive if same_type else None


def _about_congress_work(text: str, cue_start: int) -> bool:
    """A cue opening the sentence, or one whose own clause (between semicolons) speaks of a congress:
    "...; triển khai thực hiện Nghị quyết số 12-NQ/TW ..." after a clause on a congress's resolution is
    the organisation's other work, not the congress's."""
    if _SENTENCE_OPENING.match(text[:cue_start]):
        return True
    start = text.rfind(";", 0, cue_start) + 1
    end = text.find(";", cue_start)
    return bool(_CONGRESS_WORD.search(text[start : end if end != -1 else len(text)]))


def _documents_above(earlier: list[Mention]) -> list[Directive]:
    """The documents of the last sentence before this one that names any."""
    if not earlier:
        return []
    last = earlier[-1].sentence
    return [m.directive for m in earlier if m.sentence is last and m.directive]


def carried_out(sentence: Sentence, doc_mentions: list[Mention], earlier: list[Mention]) -> list[Directive]:
    """Directives a cue in SENTENCE says are carried out ("Thực hiện Chỉ thị 35 ... và Kế hoạch 155 ...")."""
    text = sentence.text
    out: list[Directive] = []
    for cue in CUE.finditer(text):
        if not _about_congress_work(text, cue.start()):
            continue
        if DOCUMENTS_ABOVE.match(text, cue.end()):
            out.extend(_documents_above(earlier))
            continue
        following = [m for m in doc_mentions if m.start >= cue.end()]
        if following and following[0].start == cue.end():
            chain = [following[0]]
            for nxt in following[1:]:
                gap = text[chain[-1].end : nxt.start]
                if not _CONNECTOR_END.search(gap) or _NEW_CLAUSE.search(gap):
                    break
                chain.append(nxt)
            out.extend(m.directive for m in chain if m.directive)
        else:
            referenced = _back_reference(text, cue.end(), earlier)
            if referenced:
                out.append(referenced)
    seen: list[Directive] = []
    for d in out:
        if all(d is not s for s in seen):
            seen.append(d)
    return seen


def _chained(text: str, first: Mention, following: list[Mention]) -> list[Mention]:
    """FIRST and the documents joined to it ("Nghị quyết 57-NQ/TW và Nghị quyết 59-NQ/TW")."""
    chain = [first]
    for nxt in following:
        gap = text[chain[-1].end : nxt.start]
        if not _CONNECTOR_END.search(gap) or _NEW_CLAUSE.search(gap):
            break
        chain.append(nxt)
    return chain


def taken_up(
    sentence: Sentence, doc_mentions: list[Mention], congress_mentions: list[CongressMention]
) -> list[tuple[Congress | None, Directive]]:
    """(congress or None, directive) where a congress's documents take the directive up; None: the
    sentence names no congress between the documents' word and the verb ("dự thảo đã bám sát ...")."""
    text = sentence.text
    out: list[tuple[Congress | None, Directive]] = []
    for word in CONGRESS_DOCUMENTS.finditer(text):
        verbs = TAKES_UP.finditer(text, word.end(), word.end() + _TAKES_UP_GAP + 40)
        verb = next(
            (
                v
                for v in verbs
                if v.start() - word.end() <= _TAKES_UP_GAP
                and not _ENDS_CLAUSE.search(text, word.end(), v.start())
            ),
            None,
        )
        if verb is None:
            continue
        following = [m for m in doc_mentions if m.start >= verb.end()]
        if not following or following[0].start != verb.end():
            continue
        named = [c.congress for c in congress_mentions if word.end() <= c.start < verb.start()]
        congress = named[0] if named else None
        chain = _chained(text, following[0], following[1:])
        out.extend((congress, m.directive) for m in chain if m.directive)
    return out


def main_congress(congresses: list[Congress], doc: Document) -> Congress | None:
    """The local congress the article is about: the headline's, else the most named (latest on a tie)."""
    local = [c for c in congresses if not c.national]
    if not local:
        return None
    if doc.title:
        title = name_key(doc.title)
        in_title = [
            c
            for c in local
            if name_key(c.name) in title
            or any(s.text in doc.title or doc.title in s.text for s in c.sentences)
        ]
        if in_title:
            return max(in_title, key=lambda c: c.ordinal)
    # On a tie, the congress of the party organisation the article names most, as "Đảng bộ X" or its
    # committee "Đảng ủy X" ("Đảng ủy Bộ Y tế" over a hospital's party organisation in one sentence).
    text = name_key(doc.text)

    def named(c: Congress) -> int:
        core = congress_org_key(c.organization)
        return sum(text.count(f"{head} {core}") for head in PARTY_BODY_HEADS) if core else 0

    return max(local, key=lambda c: (len(c.sentences), named(c), c.ordinal))


def extract_citations(
    doc: Document,
    congresses: list[Congress],
    congress_mentions: list[CongressMention],
    mentions: list[Mention],
) -> list[Citation]:
    """Every (congress, directive) link the article states, once per pair and relation."""
    citations: list[Citation] = []
    pairs: set[tuple[str, str]] = set()
    about = main_congress(congresses, doc)

    def add(congress: Congress, directive: Directive, relation: str, evidence: str) -> None:
        pair = (congress.key, directive.key + "|" + str(directive.year))
        if pair in pairs:
            return
        pairs.add(pair)
        citations.append(Citation(congress, directive, relation, evidence))

    cites: list[tuple[Congress, Directive, str]] = []
    for index, sentence in enumerate(doc.sentences):
        here = [m for m in mentions if m.sentence is sentence]
        congress_here = [c for c in congress_mentions if c.sentence is sentence]
        for congress, directive in concerned(sentence, here, congress_here):
            add(congress, directive, CONCERNS, sentence.text)
        for named, directive in taken_up(sentence, here, congress_here):
            drafts = about if about and _DRAFTS_OF_A_CONGRESS.search(doc.text) else None
            if named or drafts:
                cites.append((named or drafts, directive, sentence.text))
        if not _CONGRESS_WORD.search(sentence.text):
            continue
        earlier = [m for m in mentions if m.sentence.index < index]
        carried = carried_out(sentence, here, earlier)
        if not carried:
            continue
        # The congress carried out is not one a document's own "về ..." clause names (that one it concerns).
        clauses = [span for span in subject_clauses(sentence.text, here) if span]
        outside = [c for c in congress_here if not any(a < c.start < b for a, b in clauses)]
        # "Thực hiện Chỉ thị 35, Đảng ủy đã ban hành Kế hoạch 09 về ... tiến tới Đại hội Đảng bộ X lần thứ
        # XXII": the local congress of the document issued (not one carried out) is the one prepared.
        issued = [
            c
            for m, span in zip(here, subject_clauses(sentence.text, here), strict=True)
            if span and m.directive and all(m.directive is not d for d in carried)
            for c in congress_here
            if span[0] < c.start < span[1]
        ]
        local = (
            next((c.congress for c in outside if not c.congress.national), None)
            or next((c.congress for c in issued if not c.congress.national), None)
            or about
        )
        if local is None:
            continue
        cites.extend((local, d, sentence.text) for d in carried)
    # "cites" only where the text does not already say the directive is about that congress.
    for congress, directive, evidence in cites:
        add(congress, directive, CITES, evidence)
    return citations
