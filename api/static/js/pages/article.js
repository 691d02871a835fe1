// An article: its title, date and source, and every fact read from it with the sentence.

import { api } from "../api.js";
import { emptyNote, evidenceQuote, fill, h, heading, labelled, rowsTable } from "../dom.js";
import { KINDS, LABELS, RELATIONS, href, showDate } from "../labels.js";

export async function renderArticle(view, key, _query, signal) {
  fill(view, h("p", { className: "loading" }, LABELS.loading.vi));
  const art = await api.article(key, { signal });
  if (!art) {
    fill(view, h("h1", {}, key), emptyNote(LABELS.notFound));
    return null;
  }
  const source = safeUrl(art.source);
  fill(
    view,
    h("h1", { id: "article-title" }, art.title || art.id),
    h(
      "p",
      { className: "meta" },
      art.published ? h("span", {}, ...labelled(LABELS.published), ": ", showDate(art.published)) : null,
      art.source
        ? h("span", {}, ...labelled(LABELS.source), ": ",
            source ? h("a", { href: source, rel: "noopener noreferrer", target: "_blank" }, art.source) : art.source)
        : null,
    ),
    heading(LABELS.holdings),
    art.holdings.length
      ? rowsTable(
          [
            { label: LABELS.person, cell: (r) => h("a", { href: href("person", r.person_key) }, r.person) },
            { label: LABELS.post, cell: (r) => r.title },
            { label: LABELS.organization, cell: (r) => h("a", { href: href("organization", r.organization_key) }, r.organization) },
            { label: LABELS.date, cell: (r) => h("time", { datetime: r.date || "" }, showDate(r.date)) },
            { label: LABELS.evidence, cell: (r) => evidenceQuote(r.evidence) },
          ],
          art.holdings,
        )
      : emptyNote(LABELS.notFound),
    heading(LABELS.citations),
    art.citations.length
      ? rowsTable(
          [
            { label: LABELS.congress, cell: (r) => h("a", { href: href("congress", r.congress) }, r.congress_name || r.congress) },
            { label: LABELS.relation, cell: (r) => (RELATIONS[r.relation] ? RELATIONS[r.relation].vi : r.relation || "") },
            { label: LABELS.directive, cell: (r) => h("a", { href: href("directive", r.directive) }, r.code || r.directive) },
            { label: LABELS.evidence, cell: (r) => evidenceQuote(r.evidence) },
          ],
          art.citations,
        )
      : emptyNote(LABELS.notFound),
    heading(LABELS.mentions),
    h(
      "ul",
      { className: "results" },
      art.mentions
        .filter((m) => KINDS[m.kind])
        .map((m) =>
          h("li", {}, h("a", { href: href(m.kind, m.key) }, h("span", { className: `kind ${m.kind}` }, KINDS[m.kind].vi), m.name || m.key)),
        ),
    ),
  );
  return null;
}

/** SOURCE as a link target only when it is a web address (never javascript: or the like). */
function safeUrl(source) {
  try {
    const url = new URL(source);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
