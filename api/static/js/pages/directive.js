// A directive: its issuer and date, the congresses that cite it (or that it concerns) with the
// linking sentence, and the articles that name it, a page at a time.

import { api } from "../api.js";
import { emptyNote, evidenceQuote, fill, h, heading, labelled, rowsTable } from "../dom.js";
import { LABELS, RELATIONS, href, showDate } from "../labels.js";

const ARTICLES_PER_PAGE = 20;

export async function renderDirective(view, key, query, signal) {
  fill(view, h("p", { className: "loading" }, LABELS.loading.vi));
  const articleOffset = Math.max(0, Number.parseInt(query.get("articles_from") || "0", 10) || 0);
  const candidates = await api.directivesByCode(key, { signal });
  if (!candidates.length) {
    fill(view, h("h1", {}, key), emptyNote(LABELS.notFound));
    return null;
  }
  if (candidates.length > 1) {
    // A code alone names several documents (numbers restart each term): let the reader pick one.
    fill(
      view,
      h("h1", {}, key),
      h("p", { className: "hint" }, ...labelled(LABELS.severalDirectives)),
      candidates.map((d) => directiveHeader(d, false, true)),
    );
    return null;
  }
  const directive = candidates[0];
  const [citations, articles] = await Promise.all([
    api.directiveCitations(directive.key, { signal }),
    api.directiveArticles(directive.key, ARTICLES_PER_PAGE + 1, articleOffset, { signal }),
  ]);
  fill(
    view,
    directiveHeader(directive, true, false),
    heading(LABELS.citedBy),
    citations.length ? citationsTable(citations) : emptyNote(LABELS.notFound),
    heading(LABELS.articles),
    articlesList(articles.slice(0, ARTICLES_PER_PAGE)),
    pager(key, articleOffset, articles.length > ARTICLES_PER_PAGE),
  );
  return null;
}

function directiveHeader(d, first, linked) {
  const title = [d.type, d.code].filter(Boolean).join(" ") || d.key;
  return h(
    "div",
    { className: "card directive-card", dataset: { key: d.key } },
    h(first ? "h1" : "h2", { className: "directive-title" }, linked ? h("a", { href: href("directive", d.key) }, title, ` (${d.year ?? "?"})`) : title),
    h(
      "p",
      { className: "meta" },
      h("span", { className: "directive-issuer" }, ...labelled(LABELS.issuer), ": ",
        d.issuer_key ? h("a", { href: href("organization", d.issuer_key) }, d.issuer) : d.issuer || d.issuer_code || "?"),
      h("span", { className: "directive-date" }, ...labelled(LABELS.date), ": ",
        d.date ? h("time", { datetime: d.date }, showDate(d.date)) : d.year ? String(d.year) : "?",
        d.year_inferred ? h("span", { className: "gloss" }, ` (${LABELS.yearInferred.vi})`) : ""),
    ),
    h("p", { className: "meta" },
      h("span", {}, `${d.citations} `, ...labelled(LABELS.citations)),
      h("span", {}, `${d.articles} `, ...labelled(LABELS.articles))),
  );
}

function citationsTable(rows) {
  const columns = [
    {
      label: LABELS.congress,
      cell: (r) => h("a", { href: href("congress", r.congress), className: "citing-congress" }, r.congress_name || r.congress),
    },
    { label: LABELS.relation, cell: (r) => (RELATIONS[r.relation] ? RELATIONS[r.relation].vi : r.relation || "") },
    { label: LABELS.evidence, cell: (r) => evidenceQuote(r.evidence) },
    {
      label: LABELS.article,
      cell: (r) => (r.article ? h("a", { href: href("article", r.article) }, r.article_title || r.article) : ""),
    },
  ];
  return h("div", { id: "citations" }, rowsTable(columns, rows));
}

function articlesList(rows) {
  if (!rows.length) return emptyNote(LABELS.notFound);
  return h(
    "ul",
    { id: "directive-articles" },
    rows.map((r) =>
      h(
        "li",
        {},
        h("a", { href: href("article", r.article) }, r.title || r.article),
        r.published ? ` (${showDate(r.published)})` : "",
        (r.evidence || []).length ? h("div", { className: "hint" }, h("q", {}, [].concat(r.evidence)[0])) : null,
      ),
    ),
  );
}

function pager(key, offset, hasMore) {
  if (!offset && !hasMore) return null;
  const to = (from) => `${href("directive", key)}?articles_from=${from}`;
  return h(
    "nav",
    { className: "pager" },
    offset ? h("a", { href: to(Math.max(0, offset - ARTICLES_PER_PAGE)) }, LABELS.previous.vi) : null,
    hasMore ? h("a", { href: to(offset + ARTICLES_PER_PAGE) }, LABELS.next.vi) : null,
  );
}
