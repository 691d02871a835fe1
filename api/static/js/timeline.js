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
    ...extraOptions,
  };
  const timeline = new vis.Timeline(container, new vis.DataSet(items), new vis.DataSet(groups), options);
  padWindow(timeline, items);
  return timeline;
}

// Fit every item with a margin, and never zoom closer than a few months: one attestation
// alone would otherwise fill the width with hours.
function padWindow(timeline, items) {
  const times = items.flatMap((i) => [i.start, i.end].filter(Boolean).map((d) => new Date(d).getTime()));
  if (!times.length) return;
  let [low, high] = [Math.min(...times), Math.max(...times)];
  const span = Math.max(high - low, 180 * DAY_MS);
  const middle = (low + high) / 2;
  low = middle - span * 0.6;
  high = middle + span * 0.6;
  timeline.setWindow(new Date(low), new Date(high), { animation: false });
}
