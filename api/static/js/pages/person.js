// A person: every post held, as a timeline (a bar from first to last seen, a dot per
// attestation); a dot or a date button shows the sentence and the article it came from.

import { api } from "../api.js";
import { emptyNote, fill, h, heading, labelled, rowsTable } from "../dom.js";
import { LABELS, href, showDate } from "../labels.js";
import { dateEndExclusive, dateStart, makeTimeline } from "../timeline.js";

export async function renderPerson(view, key, _query, signal) {
  fill(view, h("p", { className: "loading" }, LABELS.loading.vi));
  const who = await api.person(key, { signal });
  if (!who) {
    fill(view, h("h1", {}, key), emptyNote(LABELS.notFound));
    return null;
  }
  const holdings = await api.personTimeline(who.key, { signal });
  const evidence = h("section", { className: "evidence", id: "evidence", hidden: true, "aria-live": "polite" });
  const chart = h("div", { className: "timeline", id: "person-timeline" });
  const showEvidence = (holdingIndex, attestationIndex) =>
    showAttestation(evidence, holdings[holdingIndex], holdings[holdingIndex].attestations[attestationIndex]);

  fill(
    view,
    h("h1", { id: "person-name" }, who.name),
    h(
      "p",
      { className: "meta" },
      h("span", {}, `${who.posts} `, ...labelled(LABELS.posts)),
      h("span", {}, `${who.articles} `, ...labelled(LABELS.articles)),
    ),
    heading(LABELS.timeline),
    holdings.length ? [h("p", { className: "hint" }, LABELS.timelineHint.vi), chart, evidence] : emptyNote(LABELS.notFound),
    holdings.length ? [heading(LABELS.posts), holdingsTable(holdings, showEvidence)] : null,
  );
  if (!holdings.length) return null;

  const { groups, items } = timelineData(holdings);
  if (!items.length) {
    if (chart.previousElementSibling) chart.previousElementSibling.remove(); // the hint on reading the chart
    chart.replaceWith(emptyNote(LABELS.undated));
    return null;
  }
  const vis = await makeTimeline(chart, groups, items);
  vis.on("select", ({ items: selected }) => {
    const item = selected.length && items.find((i) => i.id === selected[0]);
    if (item && item.attestation !== undefined) showEvidence(item.group, item.attestation);
  });
  chart.dataset.ready = "true";
  return () => vis.destroy();
}

/** One group per holding, a bar from first to last seen, a dot per dated attestation. */
function timelineData(holdings) {
  const groups = [];
  const items = [];
  holdings.forEach((holding, g) => {
    groups.push({
      id: g,
      order: g,
      // Classes name the row and the day, so a reader's stylesheet or a test can find a dot.
      className: `holding holding-${g}`,
      content: h(
        "span",
        { className: "holding-label", dataset: { post: holding.post } },
        h("strong", {}, holding.title),
        " · ",
        h("a", { href: href("organization", holding.organization_key) }, holding.organization),
      ),
    });
    const start = dateStart(holding.start || holding.first_seen);
    const end = dateEndExclusive(holding.end || holding.last_seen);
    if (start && end) {
      items.push({
        id: `held-${g}`,
        group: g,
        start,
        end,
        type: "range",
        className: "held",
        content: "",
        selectable: false,
        title: `${holding.title} · ${holding.organization}: ${showDate(holding.first_seen)} – ${showDate(holding.last_seen)}`,
      });
    }
    holding.attestations.forEach((a, j) => {
      const at = dateStart(a.date);
      if (!at) return;
      items.push({
        id: `att-${g}-${j}`,
        group: g,
        attestation: j,
        start: at,
        type: "point",
        className: `attestation holding-${g} on-${a.date}`,
        content: "",
        // The ISO date first: what a reader copies and what a test looks for.
        title: `${a.date} · ${holding.title}, ${holding.organization}`,
      });
    });
  });
  return { groups, items };
}

function holdingsTable(holdings, showEvidence) {
  return rowsTable(
    [
      { label: LABELS.post, cell: (r) => h("strong", {}, r.holding.title) },
      { label: LABELS.organization, cell: (r) => h("a", { href: href("organization", r.holding.organization_key) }, r.holding.organization) },
      { label: LABELS.firstSeen, cell: (r) => h("time", { datetime: r.holding.first_seen || "" }, showDate(r.holding.first_seen)) },
      { label: LABELS.lastSeen, cell: (r) => h("time", { datetime: r.holding.last_seen || "" }, showDate(r.holding.last_seen)) },
      {
        label: LABELS.attestations,
        cell: (r) =>
          r.holding.attestations.map((a, j) =>
            h(
              "button",
              { type: "button", className: "evidence-btn", title: a.title || "", onclick: () => showEvidence(r.index, j) },
              a.date || a.published || "?",
            ),
          ),
      },
    ],
    holdings.map((holding, index) => ({ holding, index })),
  );
}

/** Fill PANEL with one attestation: the post, the date, the sentence and its article. */
export function showAttestation(panel, holding, attestation) {
  fill(
    panel,
    h("p", { className: "src" }, h("strong", {}, holding.title), " · ", holding.organization, " · ",
      h("time", { datetime: attestation.date || "" }, attestation.date || "?")),
    h("blockquote", { id: "evidence-sentence" }, attestation.evidence || "—"),
    h(
      "p",
      { className: "src" },
      ...labelled(LABELS.article),
      ": ",
      h("a", { href: href("article", attestation.article), id: "evidence-article" }, attestation.title || attestation.article),
      attestation.published ? ` (${showDate(attestation.published)})` : "",
    ),
  );
  panel.hidden = false;
  panel.scrollIntoView({ block: "nearest" });
}
