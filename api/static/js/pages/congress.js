// A congress: the party organisation holding it, its term, the directives it cites or that
// concern it (with the sentence), and the officials attested in articles about it.

import { api } from "../api.js";
import { emptyNote, evidenceQuote, fill, h, heading, labelled, rowsTable } from "../dom.js";
import { LABELS, RELATIONS, href, showDate } from "../labels.js";

export async function renderCongress(view, key, _query, signal) {
  fill(view, h("p", { className: "loading" }, LABELS.loading.vi));
  const c = await api.congress(key, { signal });
  if (!c) {
    fill(view, h("h1", {}, key), emptyNote(LABELS.notFound));
    return null;
  }
  const links = await api.congressDirectives(c.key, { signal });
  fill(
    view,
    h("h1", { id: "congress-name" }, c.name || c.key),
    h(
      "p",
      { className: "meta" },
      h("span", {}, ...labelled(LABELS.organization), ": ",
        c.organization_key ? h("a", { href: href("organization", c.organization_key) }, c.organization) : c.organization),
      c.term ? h("span", {}, ...labelled(LABELS.term), `: ${c.term}`) : null,
    ),
    heading(LABELS.directives),
    links.length
      ? h("div", { id: "congress-directives" }, rowsTable(
          [
            { label: LABELS.directive, cell: (r) => h("a", { href: href("directive", r.directive) }, r.type ? `${r.type} ` : "", h("span", { className: "code" }, r.code || r.directive)) },
            { label: LABELS.issuer, cell: (r) => r.issuer || "" },
            { label: LABELS.relation, cell: (r) => (RELATIONS[r.relation] ? RELATIONS[r.relation].vi : r.relation || "") },
            { label: LABELS.evidence, cell: (r) => evidenceQuote(r.evidence) },
            { label: LABELS.article, cell: (r) => (r.article ? h("a", { href: href("article", r.article) }, r.article_title || r.article) : "") },
          ],
          links,
        ))
      : emptyNote(LABELS.notFound),
    heading(LABELS.officials),
    c.officials.length
      ? rowsTable(
          [
            { label: LABELS.person, cell: (r) => h("a", { href: href("person", r.person_key) }, r.person) },
            { label: LABELS.post, cell: (r) => r.title },
            { label: LABELS.organization, cell: (r) => h("a", { href: href("organization", r.organization_key) }, r.organization) },
            { label: LABELS.date, cell: (r) => h("time", { datetime: r.date || "" }, showDate(r.date)) },
          ],
          c.officials,
        )
      : emptyNote(LABELS.notFound),
  );
  return null;
}
