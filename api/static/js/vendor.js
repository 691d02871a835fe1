// The vendored libraries are loaded only by the pages that need them (a phone opening the search
// page never downloads the graph library).

const LIBRARIES = Object.freeze({
  vis: { scripts: ["static/vendor/vis-timeline/vis-timeline-graph2d.min.js"], styles: ["static/vendor/vis-timeline/vis-timeline-graph2d.min.css"], global: "vis" },
  cytoscape: { scripts: ["static/vendor/cytoscape/cytoscape.min.js"], styles: [], global: "cytoscape" },
});

const pending = new Map();

/** The global a vendored library defines (window.vis, window.cytoscape), loading it once. */
export function loadLibrary(name) {
  const lib = LIBRARIES[name];
  if (!pending.has(name)) {
    for (const href of lib.styles) {
      // Before our own stylesheet, so explorer.css can override the library's defaults.
      const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href });
      document.head.insertBefore(link, document.head.querySelector("link[rel=stylesheet]"));
    }
    const loads = lib.scripts.map(
      (src) =>
        new Promise((resolve, reject) => {
          const script = Object.assign(document.createElement("script"), { src, async: false });
          script.onload = resolve;
          script.onerror = () => reject(new Error(`could not load ${src}`));
          document.head.append(script);
        }),
    );
    pending.set(name, Promise.all(loads).then(() => window[lib.global]));
  }
  return pending.get(name);
}
