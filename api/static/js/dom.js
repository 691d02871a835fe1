// Building the page: text always goes in through textContent, so names and sentences from
// articles can never inject markup.

/** An element: h("a", {href: "#/x", className: "y"}, "text", childNode, [more]). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "className") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replace everything inside EL with CHILDREN. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A Vietnamese label with its English gloss beside it. */
export function labelled(label) {
  return [label.vi, " ", h("span", { className: "gloss" }, label.en)];
}

/** A section heading in Vietnamese with an English gloss. */
export function heading(label, level = "h2") {
  return h(level, {}, ...labelled(label));
}

export function errorBox(err) {
  return h("p", { className: "error", role: "alert" }, err && err.message ? err.message : String(err));
}

export function emptyNote(label) {
  return h("p", { className: "empty" }, ...labelled(label));
}

/** A table of rows that stacks into labelled lines at phone width. */
export function rowsTable(columns, rows) {
  return h(
    "table",
    { className: "rows" },
    h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col" }, c.label.vi)))),
    h(
      "tbody",
      {},
      rows.map((row) => h("tr", {}, columns.map((c) => h("td", { "data-label": c.label.vi }, c.cell(row))))),
    ),
  );
}

/** A quoted evidence sentence, cut to a few lines until clicked (long sentences are common). */
export function evidenceQuote(text) {
  const q = h("q", { className: "clamp", title: "", tabindex: "0" }, text || "—");
  const toggle = () => q.classList.toggle("open");
  q.addEventListener("click", toggle);
  q.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      toggle();
    }
  });
  return q;
}
