// The explorer's router: one page per hash route, e.g. #/person/<key>, #/graph?issuer_code=TW.

import { errorBox, fill } from "./dom.js";
import { renderArticle } from "./pages/article.js";
import { renderCongress } from "./pages/congress.js";
import { renderDirective } from "./pages/directive.js";
import { renderGraph } from "./pages/graph.js";
import { renderOrganization } from "./pages/organization.js";
import { renderPerson } from "./pages/person.js";
import { renderSearch } from "./pages/search.js";

const ROUTES = Object.freeze({
  "": renderSearch,
  search: renderSearch,
  person: renderPerson,
  organization: renderOrganization,
  directive: renderDirective,
  congress: renderCongress,
  article: renderArticle,
  graph: renderGraph,
});

const view = document.getElementById("view");
let current = { cleanup: null, controller: null };

/** The route in the hash: its page, the decoded key after it, and the ?query parameters. */
export function parseHash(hash) {
  const text = hash.replace(/^#\/?/, "");
  const [path, queryText = ""] = splitOnce(text, "?");
  const [page, rawKey = ""] = splitOnce(path, "/");
  let key = rawKey;
  try {
    key = decodeURIComponent(rawKey);
  } catch {
    // A hand-typed hash with a stray '%': keep it as written.
  }
  return { page, key, query: new URLSearchParams(queryText) };
}

function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}

async function route() {
  if (current.controller) current.controller.abort();
  if (current.cleanup) {
    try {
      current.cleanup();
    } catch {
      // A page that failed half-way may have nothing to tear down.
    }
  }
  const controller = new AbortController();
  current = { cleanup: null, controller };
  const { page, key, query } = parseHash(location.hash);
  // Which route the view shows; aria-busy turns false once it is fully drawn.
  view.dataset.route = location.hash;
  const render = ROUTES[page];
  view.setAttribute("aria-busy", "true");
  document.body.dataset.page = render ? page || "search" : "unknown";
  try {
    if (!render) throw new Error(`No page called "${page}".`);
    const cleanup = await render(view, key, query, controller.signal);
    if (controller.signal.aborted) {
      if (typeof cleanup === "function") cleanup();
    } else {
      current.cleanup = typeof cleanup === "function" ? cleanup : null;
    }
  } catch (err) {
    if (err.name !== "AbortError" && !controller.signal.aborted) fill(view, errorBox(err));
  } finally {
    if (!controller.signal.aborted) view.setAttribute("aria-busy", "false");
  }
}

window.addEventListener("hashchange", route);
route();
