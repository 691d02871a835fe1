// Search as you type: persons, bodies, directives and congresses, diacritics optional
// (the API folds them), a small page of results per keystroke pause.

import { api } from "../api.js";
import { errorBox, fill, h, heading, labelled } from "../dom.js";
import { KINDS, LABELS, href } from "../labels.js";

// Wait this long after the last keystroke before asking, so a fast typist sends one request.
const TYPING_PAUSE_MS = 180;
const RESULTS_PER_PAGE = 20;
const TOP_DIRECTIVES = 10;

export function renderSearch(view, _key, query, signal) {
  const initial = query.get("q") || "";
  const input = h("input", {
    type: "search",
    id: "search-input",
    name: "q",
    autocomplete: "off",
    spellcheck: "false",
    "aria-label": LABELS.searchTitle.vi,
    placeholder: LABELS.searchPlaceholder.vi,
    value: initial,
  });
  const results = h("ul", { className: "results", id: "search-results", "aria-live": "polite" });
  const status = h("p", { className: "hint", id: "search-status" }, LABELS.searchHint.vi);
  const landing = h("section", { id: "top-directives" });
  fill(
    view,
    h("h1", {}, ...labelled(LABELS.searchTitle)),
    h("form", { className: "search", role: "search", onsubmit: (e) => e.preventDefault() }, input),
    status,
    results,
    landing,
  );
  showTopDirectives(landing, signal);

  let timer = null;
  let inFlight = null;
  const search = async (text) => {
    if (inFlight) inFlight.abort();
    // Keep the words in the address so Back returns to the same results.
    history.replaceState(null, "", text ? `#/search?q=${encodeURIComponent(text)}` : "#/");
    view.dataset.route = location.hash;
    landing.hidden = Boolean(text);
    if (!/[\p{L}\p{N}]/u.test(text)) {
      fill(results);
      fill(status, LABELS.searchHint.vi);
      return;
    }
    inFlight = new AbortController();
    const mine = inFlight;
    try {
      const rows = await api.search(text, RESULTS_PER_PAGE, { signal: mine.signal });
      if (mine.signal.aborted) return;
      fill(results, rows.map(resultItem));
      fill(status, rows.length ? "" : LABELS.noResults.vi);
    } catch (err) {
      if (err.name === "AbortError") return;
      fill(results);
      fill(status, errorBox(err));
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value.trim()), TYPING_PAUSE_MS);
  });
  input.addEventListener("keydown", (e) => {
    // Enter opens the first hit, arrow down walks into the list.
    const first = results.querySelector("a");
    if (e.key === "Enter" && first) first.click();
    if (e.key === "ArrowDown" && first) {
      e.preventDefault();
      first.focus();
    }
  });
  results.addEventListener("keydown", (e) => {
    const item = document.activeElement && document.activeElement.closest("li");
    if (!item) return;
    const next = e.key === "ArrowDown" ? item.nextElementSibling : e.key === "ArrowUp" ? item.previousElementSibling : null;
    if (next) {
      e.preventDefault();
      next.querySelector("a").focus();
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      input.focus();
    }
  });

  input.focus();
  if (initial) search(initial.trim());
  return () => {
    clearTimeout(timer);
    if (inFlight) inFlight.abort();
  };
}

function resultItem(row) {
  const kind = KINDS[row.kind] || { vi: row.kind, en: row.kind };
  return h(
    "li",
    {},
    h(
      "a",
      { href: href(row.kind, row.key), className: "result", dataset: { kind: row.kind, key: row.key } },
      h("span", { className: `kind ${row.kind}`, title: kind.en }, kind.vi),
      row.name || row.key,
      row.kind === "directive" ? directiveYear(row.key) : "",
    ),
  );
}

// Directive keys are code|year: the same code in two terms are two documents, told apart by year.
function directiveYear(key) {
  const year = String(key).split("|")[1];
  return year ? h("span", { className: "gloss" }, ` (${year === "?" ? "?" : year})`) : "";
}

// With nothing typed yet, the page offers a way in: the documents most congresses cite.
async function showTopDirectives(section, signal) {
  try {
    const rows = await api.topDirectives(TOP_DIRECTIVES, { signal });
    if (!rows.length) return;
    fill(
      section,
      heading(LABELS.topDirectives),
      h(
        "ul",
        { className: "results" },
        rows.map((d) =>
          h(
            "li",
            {},
            h(
              "a",
              { href: href("directive", d.key), dataset: { kind: "directive", key: d.key } },
              h("span", { className: "kind directive" }, d.type || KINDS.directive.vi),
              d.code,
              directiveYear(d.key),
              h("span", { className: "sub" }, [d.issuer, `${d.congresses} ${LABELS.congressCount.vi}`].filter(Boolean).join(" · ")),
            ),
          ),
        ),
      ),
    );
  } catch {
    // The landing list is a convenience: the search box works without it.
  }
}
