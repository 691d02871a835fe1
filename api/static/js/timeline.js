// A vis-timeline configured once for the explorer: numeric date labels (no English month
// names beside Vietnamese text), groups that wrap, a bounded height that scrolls.

import { loadLibrary } from "./vendor.js";

const DAY_MS = 24 * 60 * 60 * 1000;

// Numeric axis labels read the same in Vietnamese and English.
const AXIS_FORMAT = Object.freeze({
  minorLabels: { millisecond: "SSS", second: "s", minute: "HH:mm", hour: "HH:mm", weekday: "D", day: "D", week: "D", month: "M", year: "YYYY" },
  majorLabels: { millisecond: "HH:mm:ss", second: "D/M HH:mm", minute: "D/M/YYYY", hour: "D/M/YYYY", weekday: "M/YYYY", day: "M/YYYY", week: "M/YYYY", month: "YYYY", year: "" },
});

/** The first day a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) stands for, as a Date, or null. */
export function dateStart(iso) {
  const m = String(iso || "").match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
}

/** The day after the last day a partial ISO date stands for (an exclusive end), or null. */
export function dateEndExclusive(iso) {
  const m = String(iso || "").match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (day !== null) return new Date(Date.UTC(year, month - 1, day) + DAY_MS);
  if (month !== null) return new Date(Date.UTC(year, month, 1));
  return new Date(Date.UTC(year + 1, 0, 1));
}

/** A timeline in CONTAINER with GROUPS and ITEMS (vis DataSet-ready arrays); returns the Timeline. */
export async function makeTimeline(container, groups, items, extraOptions = {}) {
  const vis = await loadLibrary("vis");
  const options = {
    stack: false,
    orientation: { axis: "top", item: "top" },
    groupOrder: "order",
    verticalScroll: true,
    maxHeight: "70vh",
    zoomKey: "ctrlKey",
    zoomMin: 14 * DAY_MS,
    margin: { item: { horizontal: 0, vertical: 6 } },
    selectable: true,
    showCurrentTime: false,
    format: AXIS_FORMAT,
    tooltip: { followMouse: false, overflowMethod: "flip" },
    ...paddedWindow(items),
    ...extraOptions,
  };
  const timeline = new vis.Timeline(container, new vis.DataSet(items), new vis.DataSet(groups), options);
  await firstDrawn(timeline);
  if (fitPointLabels(timeline, container)) await firstDrawn(timeline);
  return timeline;
}

// The chart is drawn a frame after it is made; never wait for it longer than this.
const FIRST_DRAW_WAIT_MS = 2000;

function firstDrawn(timeline) {
  return new Promise((resolve) => {
    const done = () => {
      timeline.off("changed", done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, FIRST_DRAW_WAIT_MS);
    timeline.on("changed", done);
  });
}

/**
 * Widen the window on the right until the name written beside each dot fits: a phone's narrow
 * chart would otherwise cut the names of the latest holders at its edge. A dot X px into a chart
 * W px wide, its name N px long, fits once the window spans X/(W - N) of what it spans now.
 * Whether the window changed (and is drawn again).
 */
function fitPointLabels(timeline, container) {
  const panel = container.querySelector(".vis-panel.vis-center");
  if (!panel) return false;
  const box = panel.getBoundingClientRect();
  const { start, end } = timeline.getWindow();
  const span = end.getTime() - start.getTime();
  let needed = span;
  for (const item of panel.querySelectorAll(".vis-item.vis-point")) {
    const r = item.getBoundingClientRect();
    const room = box.width - r.width - 4;
    if (r.right <= box.right || r.left <= box.left || room <= 0) continue;
    needed = Math.max(needed, ((r.left - box.left) * span) / room);
  }
  if (needed <= span) return false;
  timeline.setWindow(start, new Date(start.getTime() + needed), { animation: false });
  return true;
}

// Every item with a margin, and never closer than a few months: one attestation alone would
// otherwise fill the width with hours.
const MIN_WINDOW_MS = 300 * DAY_MS;

function paddedWindow(items) {
  const times = items.flatMap((i) => [i.start, i.end].filter(Boolean).map((d) => new Date(d).getTime()));
  if (!times.length) return {};
  const [low, high] = [Math.min(...times), Math.max(...times)];
  const span = Math.max(high - low, MIN_WINDOW_MS);
  const middle = (low + high) / 2;
  return { start: new Date(middle - span * 0.6), end: new Date(middle + span * 0.6) };
}

/** Whether a holding attested from START to END (Dates) is too short to draw as a readable bar. */
export function tooShortForBar(start, end) {
  return end.getTime() - start.getTime() < 45 * DAY_MS;
}
