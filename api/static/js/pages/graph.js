// The congress-directive citation graph, a page of links at a time (never the whole graph:
// a page is at most MAX_PAGE links, so the browser stays responsive on a graph of any size),
// filterable by issuer and period; a node opens its page.

import { api } from "../api.js";
import { emptyNote, fill, h, labelled, rowsTable } from "../dom.js";
import { LABELS, RELATIONS, href } from "../labels.js";
import { loadLibrary } from "../vendor.js";

const PAGE_SIZES = [50, 100, 200, 500];
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE = PAGE_SIZES[PAGE_SIZES.length - 1];
// Force-directed layout looks best but costs O(n^2) per step: only for small pages.
const FORCE_LAYOUT_MAX_NODES = 150;
const LABEL_MAX_CHARS = 42;
const YEAR_RANGE = { min: 1930, max: 2100 };

/** The filters and page in the hash (#/graph?issuer_code=TW&from_year=2019&limit=100&offset=0), checked. */
export function graphState(query) {
  const year = (name) => {
    const value = Number.parseInt(query.get(name) || "", 10);
    return value >= YEAR_RANGE.min && value <= YEAR_RANGE.max ? value : null;
  };
  const limit = Number.parseInt(query.get("limit") || "", 10);
  const offset = Number.parseInt(query.get("offset") || "", 10);
  return {
    filters: { issuer_code: query.get("issuer_code") || null, from_year: year("from_year"), to_year: year("to_year") },
    limit: PAGE_SIZES.includes(limit) ? limit : DEFAULT_PAGE_SIZE,
    offset: offset > 0 ? offset : 0,
  };
}

function stateHash({ filters, limit, offset }) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== null && value !== "") params.set(key, value);
  if (limit !== DEFAULT_PAGE_SIZE) params.set("limit", limit);
  if (offset) params.set("offset", offset);
  const text = params.toString();
  return `#/graph${text ? "?" + text : ""}`;
}

export async function renderGraph(view, _key, query, signal) {
  const state = graphState(query);
  fill(view, h("h1", {}, ...labelled(LABELS.graphTitle)), h("p", { className: "loading" }, LABELS.loading.vi));
  const [summary, page] = await Promise.all([
    api.citationGraphSummary(state.filters, { signal }),
    api.citationGraph(state.filters, Math.min(state.limit, MAX_PAGE), state.offset, { signal }),
  ]);
  const links = page.rows;
  const container = h("div", { id: "cy", role: "img", "aria-label": LABELS.graphTitle.vi });
  fill(
    view,
    h("h1", {}, ...labelled(LABELS.graphTitle)),
    h("p", { className: "hint" }, LABELS.graphHint.vi),
    filtersForm(state, summary),
    pager(state, summary.links, links.length),
    links.length ? [legend(), container, linksTable(links)] : emptyNote(LABELS.noLinks),
  );
  if (!links.length) return null;

  const cytoscape = await loadLibrary("cytoscape");
  if (signal.aborted) return null;
  const elements = graphElements(links);
  const nodeCount = elements.filter((e) => e.group === "nodes").length;
  const cy = cytoscape({
    container,
    elements,
    style: GRAPH_STYLE,
    layout: layoutFor(nodeCount),
    minZoom: 0.05,
    maxZoom: 4,
    // Large pages: draw a cheaper frame while the user pans or zooms.
    hideEdgesOnViewport: nodeCount > 400,
    textureOnViewport: nodeCount > 400,
  });
  cy.on("tap", "node", (event) => {
    const node = event.target;
    location.hash = href(node.data("kind"), node.data("key"));
  });
  // The console and the browser tests reach the drawn graph here.
  window.partygraphExplorer = { ...(window.partygraphExplorer || {}), graph: cy };
  container.dataset.nodes = String(nodeCount);
  container.dataset.edges = String(links.length);
  container.dataset.ready = "true";
  return () => {
    cy.destroy();
    if (window.partygraphExplorer && window.partygraphExplorer.graph === cy) delete window.partygraphExplorer.graph;
  };
}

function shortLabel(text) {
  return text.length > LABEL_MAX_CHARS ? text.slice(0, LABEL_MAX_CHARS - 1) + "…" : text;
}

/** Cytoscape elements for a page of links: each congress and directive once, an edge per link. */
export function graphElements(links) {
  const nodes = new Map();
  const edges = [];
  for (const link of links) {
    const congressId = `c:${link.congress}`;
    const directiveId = `d:${link.directive}`;
    if (!nodes.has(congressId)) {
      nodes.set(congressId, {
        group: "nodes",
        data: { id: congressId, kind: "congress", key: link.congress, label: shortLabel(link.congress_name), full: link.congress_name },
      });
    }
    if (!nodes.has(directiveId)) {
      nodes.set(directiveId, {
        group: "nodes",
        data: { id: directiveId, kind: "directive", key: link.directive, label: link.code || link.directive, full: link.directive },
      });
    }
    edges.push({
      group: "edges",
      data: {
        id: `e:${link.congress}->${link.directive}`,
        source: congressId,
        target: directiveId,
        relation: link.relations.includes("concerns") ? "concerns" : "cites",
      },
    });
  }
  return [...nodes.values(), ...edges];
}

function layoutFor(nodeCount) {
  if (nodeCount <= FORCE_LAYOUT_MAX_NODES) return { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true, padding: 20 };
  // Concentric by degree: linear time, the most-cited directives in the middle.
  return {
    name: "concentric",
    concentric: (node) => node.degree(),
    // About five rings whatever the spread of degrees.
    levelWidth: (nodes) => Math.max(1, nodes.maxDegree() / 5),
    animate: false,
    padding: 10,
    minNodeSpacing: 4,
  };
}

const GRAPH_STYLE = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      // The page's stack (explorer.css): DejaVu Sans before Liberation Sans 1.x, which lacks ễ, ắ, ộ.
      "font-family": "Noto Sans, Segoe UI, Roboto, DejaVu Sans, Liberation Sans, Arial, sans-serif",
      "font-size": 10,
      "text-valign": "bottom",
      "text-margin-y": 3,
      "text-wrap": "ellipsis",
      "text-max-width": 160,
      "min-zoomed-font-size": 7,
      width: 14,
      height: 14,
      color: "#1d2330",
    },
  },
  { selector: "node[kind = 'congress']", style: { "background-color": "#1f5fa8", shape: "ellipse" } },
  { selector: "node[kind = 'directive']", style: { "background-color": "#b3261e", shape: "round-rectangle", width: 12, height: 12 } },
  { selector: "node:active, node:selected", style: { "border-width": 2, "border-color": "#111" } },
  {
    selector: "edge",
    style: { width: 1, "line-color": "#9aa3b2", "curve-style": "haystack", opacity: 0.7 },
  },
  { selector: "edge[relation = 'concerns']", style: { "line-color": "#b3261e", "line-style": "dashed" } },
];

function legend() {
  return h(
    "div",
    { className: "legend" },
    h("span", {}, h("i", { className: "congress" }), LABELS.congress.vi),
    h("span", {}, h("i", { className: "directive" }), LABELS.directive.vi),
    h("span", {}, "— ", RELATIONS.cites.vi, "; - - ", RELATIONS.concerns.vi),
  );
}

function filtersForm(state, summary) {
  const issuerSelect = h(
    "select",
    { name: "issuer_code", id: "filter-issuer" },
    h("option", { value: "" }, LABELS.allIssuers.vi),
    // Documents without an issuer code cannot be picked alone; "all" includes them.
    (summary.issuer_codes || []).filter((option) => option.issuer_code).map((option) =>
      h(
        "option",
        { value: option.issuer_code, selected: option.issuer_code === state.filters.issuer_code },
        `${option.issuer_code || "?"}${option.issuers.length ? " – " + option.issuers.join(", ") : ""} (${option.directives})`,
      ),
    ),
  );
  const yearInput = (name, label) =>
    h("label", {}, label.vi,
      h("input", { type: "number", name, id: `filter-${name}`, min: YEAR_RANGE.min, max: YEAR_RANGE.max, inputmode: "numeric",
        value: state.filters[name] ?? "" }));
  const sizeSelect = h(
    "select",
    { name: "limit", id: "filter-limit" },
    PAGE_SIZES.map((size) => h("option", { value: size, selected: size === state.limit }, String(size))),
  );
  const form = h(
    "form",
    { className: "filters card", id: "graph-filters" },
    h("label", {}, LABELS.issuer.vi, issuerSelect),
    yearInput("from_year", LABELS.fromYear),
    yearInput("to_year", LABELS.toYear),
    h("label", {}, LABELS.pageSize.vi, sizeSelect),
    h("button", { type: "submit" }, LABELS.apply.vi),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const query = new URLSearchParams();
    for (const [key, value] of data.entries()) if (value !== "") query.set(key, value);
    location.hash = stateHash({ ...graphState(query), offset: 0 });
  });
  return form;
}

function pager(state, total, shown) {
  const first = shown ? state.offset + 1 : 0;
  const last = state.offset + shown;
  const go = (offset) => () => {
    location.hash = stateHash({ ...state, offset });
  };
  return h(
    "nav",
    { className: "pager", id: "graph-pager" },
    h("button", { type: "button", id: "graph-prev", disabled: state.offset === 0, onclick: go(Math.max(0, state.offset - state.limit)) }, LABELS.previous.vi),
    h("span", { id: "graph-range" }, `${LABELS.showing.vi} ${first}–${last} ${LABELS.of.vi} ${total} ${LABELS.links.vi}`),
    h("button", { type: "button", id: "graph-next", disabled: last >= total, onclick: go(state.offset + state.limit) }, LABELS.next.vi),
  );
}

function linksTable(links) {
  return h(
    "details",
    { id: "graph-links" },
    h("summary", {}, `${links.length} ${LABELS.links.vi}`),
    rowsTable(
      [
        { label: LABELS.congress, cell: (r) => h("a", { href: href("congress", r.congress) }, r.congress_name) },
        { label: LABELS.relation, cell: (r) => r.relations.map((x) => (RELATIONS[x] ? RELATIONS[x].vi : x)).join(", ") },
        { label: LABELS.directive, cell: (r) => h("a", { href: href("directive", r.directive) }, r.code || r.directive) },
        { label: LABELS.issuer, cell: (r) => r.issuer || r.issuer_code || "" },
      ],
      links,
    ),
  );
}
