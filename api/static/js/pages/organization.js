// A body: where it sits (part of, committee of), its parts, its congresses, and its posts with
// the holders of each over time (one timeline row per post, one bar per holder).

import { api } from "../api.js";
import { emptyNote, fill, h, heading, rowsTable } from "../dom.js";
import { LABELS, href, showDate } from "../labels.js";
import { dateEndExclusive, dateStart, makeTimeline, tooShortForBar } from "../timeline.js";

export async function renderOrganization(view, key, _query, signal) {
  fill(view, h("p", { className: "loading" }, LABELS.loading.vi));
  const org = await api.organization(key, { signal });
  if (!org) {
    fill(view, h("h1", {}, key), emptyNote(LABELS.notFound));
    return null;
  }
  const rows = await api.organizationHolders(org.key, { signal });
  const chart = h("div", { className: "timeline", id: "holders-timeline" });
  fill(
    view,
    h("h1", { id: "organization-name" }, org.name),
    org.kind ? h("p", { className: "meta" }, h("span", {}, org.kind)) : null,
    linkList(LABELS.partOf, org.part_of),
    linkList(LABELS.executiveOf, org.executive_of),
    linkList(LABELS.executives, org.executives),
    linkList(LABELS.parts, org.parts, "organization-parts"),
    org.congresses.length
      ? [
          heading(LABELS.congresses),
          h("ul", {}, org.congresses.map((c) => h("li", {}, h("a", { href: href("congress", c.key) }, c.name || c.key),
            c.term ? ` (${c.term})` : ""))),
        ]
      : null,
    heading(LABELS.holders),
    rows.length ? [h("p", { className: "hint" }, LABELS.holdersHint.vi), chart, holdersTable(rows, org.key)] : emptyNote(LABELS.notFound),
  );
  if (!rows.length) return null;

  const { groups, items } = holdersTimelineData(rows, org.key);
  if (!items.length) {
    if (chart.previousElementSibling) chart.previousElementSibling.remove(); // the hint on reading the chart
    chart.replaceWith(emptyNote(LABELS.undated));
    return null;
  }
  const timeline = await makeTimeline(chart, groups, items, { stack: true });
  timeline.on("select", ({ items: selected }) => {
    const item = selected.length && items.find((i) => i.id === selected[0]);
    if (item) location.hash = href("person", item.person);
  });
  chart.dataset.ready = "true";
  return () => timeline.destroy();
}

function linkList(label, bodies, id) {
  if (!bodies || !bodies.length) return null;
  return [
    heading(label),
    h("ul", { id }, bodies.map((b) => h("li", {}, h("a", { href: href("organization", b.key) }, b.name || b.key)))),
  ];
}

function postLabel(row, orgKey) {
  // A post of one of the body's parts names that part; the body's own posts need no name.
  return row.organization_key === orgKey ? row.title : `${row.title} · ${row.organization}`;
}

function holdersTimelineData(rows, orgKey) {
  const groupIds = new Map();
  const groups = [];
  const items = [];
  rows.forEach((row, i) => {
    if (!groupIds.has(row.post)) {
      groupIds.set(row.post, groups.length);
      groups.push({ id: groups.length, order: groups.length, content: postLabel(row, orgKey) });
    }
    const start = dateStart(row.start || row.first_seen);
    const end = dateEndExclusive(row.end || row.last_seen);
    if (!start || !end) return;
    // A holding seen on one day only is a named dot; a longer one a named bar.
    const short = tooShortForBar(start, end);
    items.push({
      id: `holder-${i}`,
      group: groupIds.get(row.post),
      person: row.person_key,
      start,
      end: short ? undefined : end,
      type: short ? "point" : "range",
      className: "holder",
      content: row.person,
      title: `${row.person}: ${showDate(row.first_seen)} – ${showDate(row.last_seen)}`,
    });
  });
  return { groups, items };
}

function holdersTable(rows, orgKey) {
  return rowsTable(
    [
      { label: LABELS.post, cell: (r) => postLabel(r, orgKey) },
      { label: LABELS.person, cell: (r) => h("a", { href: href("person", r.person_key) }, r.person) },
      { label: LABELS.firstSeen, cell: (r) => h("time", { datetime: r.first_seen || "" }, showDate(r.first_seen)) },
      { label: LABELS.lastSeen, cell: (r) => h("time", { datetime: r.last_seen || "" }, showDate(r.last_seen)) },
      { label: LABELS.attestations, cell: (r) => String(r.attestations ?? "") },
    ],
    rows,
  );
}
