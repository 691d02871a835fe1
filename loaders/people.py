"""The people half of the loaders: persons, their posts and the bodies those posts belong to."""

from __future__ import annotations

from loaders.credits import rule_text
from loaders.document import Document, Sentence
from loaders.keys import name_key
from loaders.organizations import OrgContext, build_context, span_text
from loaders.persons import NameSpan, find_names
from loaders.posts import Chain, find_chains, joined_boards, link_chains, list_body_members, resolve_chain
from loaders.tokens import Token, tokenize

_MEMBER = "Ủy viên"


class _Collector:
    """Persons and posts of one article, each fact once, in first-seen order."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.persons: dict[str, str] = {}
        self.posts: dict[tuple[str, str, str], dict] = {}
        self.defaulted: set[tuple[str, str, str]] = set()

    def person(self, name: str) -> None:
        self.persons.setdefault(name_key(name), name)

    def post(
        self, name: str, title: str, org: str, term: int | None, sentence: Sentence, defaulted: bool
    ) -> None:
        key = (name_key(name), name_key(title), name_key(org))
        if key in self.posts:
            if not defaulted:
                self.defaulted.discard(key)
            return
        post = {
            "person": name,
            "title": title,
            "organization": org,
            "date": self.doc.date_for(sentence),
            "evidence": sentence.text,
        }
        if term:
            post["term"] = term
        self.posts[key] = post
        if defaulted:
            self.defaulted.add(key)

    def result(self) -> dict:
        explicit = {(k[0], k[1]) for k in self.posts if k not in self.defaulted}
        posts = [p for k, p in self.posts.items() if not (k in self.defaulted and (k[0], k[1]) in explicit)]
        orgs: dict[str, str] = {}
        for p in posts:
            orgs.setdefault(name_key(p["organization"]), p["organization"])
        return {
            "persons": [{"name": n} for n in self.persons.values()],
            "posts": posts,
            "organizations": [{"name": o} for o in orgs.values()],
        }


_SHORT_NAME_SYLLABLES = 2
_CHAIN_SEPARATORS = (",", "-", "–")


def _names_ending_a_body(tokens: list[Token], names: list[NameSpan], chains: list[Chain]) -> list[tuple]:
    """Uncued two-syllable "names" right after the body that ends a chain a name already owns.

    A chain after a name and a comma or dash is that name's ("ông A, Tổng Giám đốc Công ty X"); a
    capitalised pair right after its body ("... Cao su Đồng Phú", "... Điện lực Hoàng Mai") is then the
    end of the body's name (a place), not a second person the chain would go to.
    """
    starts = {n.end: n for n in names}
    out = []
    for n in names:
        if n.cued or n.end - n.start != _SHORT_NAME_SYLLABLES:
            continue
        for chain in chains:
            owner = starts.get(chain.start - 1)
            if (
                chain.end == n.start
                and owner is not None
                and owner is not n
                and tokens[chain.start - 1].text in _CHAIN_SEPARATORS
                and chain.items
                and chain.items[-1].body
            ):
                out.append((n, chain))
    return out


def read_sentence(sentence: Sentence, ctx: OrgContext, out: _Collector) -> None:
    """Add the persons and posts one sentence names to OUT."""
    text = rule_text(sentence.text)
    names = find_names(tokenize(text))
    if not names:
        return
    tokens = tokenize(text, tag=True)  # the same tokens, now with the tagger's word classes (slow: only here)
    chains = find_chains(tokens, names)
    for n, chain in _names_ending_a_body(tokens, names, chains):
        # "ông A, Tổng Giám đốc Công ty CP Cao su Đồng Phú": the place ends the body, no second person.
        names = [m for m in names if m is not n]
        chain.items[-1].body = f"{chain.items[-1].body} {span_text(tokens, n.start, n.end)}"
        chain.end = n.end
    for name, chain in link_chains(tokens, names, chains):
        person = span_text(tokens, name.start, name.end)
        out.person(person)
        chain_text = span_text(tokens, chain.start, chain.end)
        bodiless = {item.title for item in chain.items if item.body is None}
        for title, org, term in resolve_chain(chain, ctx, chain_text, span_text(tokens, 0, len(tokens))):
            out.post(person, title, org, term, sentence, defaulted=title in bodiless)
    for name, body in list_body_members(tokens, names, ctx) + joined_boards(tokens, names, ctx):
        person = span_text(tokens, name.start, name.end)
        out.person(person)
        out.post(person, _MEMBER, body, None, sentence, defaulted=False)
    for name in names:
        if name.cued:
            out.person(span_text(tokens, name.start, name.end))


def extract_people(doc: Document) -> dict:
    """Persons, posts and organizations read from DOC, each fact once, in the facts-format shapes."""
    ctx = build_context(doc)
    out = _Collector(doc)
    for sentence in doc.sentences:
        read_sentence(sentence, ctx, out)
    return out.result()
