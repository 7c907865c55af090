// The chart of a pair's relations over time: coloured bands for each value of its state, a lane of
// events (clustered where they crowd), an axis, and an overview strip of the whole history with a
// brush. The view (the years shown) moves by dragging, the wheel, the keys, the buttons and the brush
// (gestures.js).
"use strict";

import { s, fill, activate } from "./dom.js";
import { wireGestures } from "./gestures.js";
import { DAY, KINDS, MIN_SPAN, WORDS, countryName, dayOf, eventWords, humanDate, startOf, endOf, yearOf } from "./words.js";

const VAGUE = 2; // years: an event dated to a longer span is placed by its start
const CLUSTER_PX = 16; // events closer than this share a marker
const LABEL_GAP = 6;
const LABEL_LANES = 3;

// Steps of the axis, in years, and how a tick of each is written.
const STEPS = [1 / 12, 3 / 12, 6 / 12, 1, 2, 5, 10, 20, 25, 50, 100, 200, 500];
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function textWidth(text, size) { return text.length * size * 0.56; }

function tone(type) {
  const t = KINDS.get(type)?.tone;
  return t === "break" ? "kind-break" : t === "mend" ? "kind-mend" : "";
}

export class Chart {
  constructor({ main, overview, onView, onSelect, onBand, onCluster }) {
    Object.assign(this, { main, overview, onView, onSelect, onBand, onCluster });
    this.timeline = null;
    this.view = [0, 1];
    this.selected = null;
    this.day = null;
    this.frame = 0;
    wireGestures(this);
  }

  // ------------------------------------------------------------ data and view

  setTimeline(timeline, view) {
    this.timeline = timeline;
    this.events = timeline.events
      .map((e) => ({ e, key: `${e.document_id}:${e.ordinal}`, at: startOf(e.date), until: endOf(e.date) }))
      .filter((m) => m.at)
      .map((m) => ({ ...m, x0: yearOf(m.at), x1: yearOf(m.until) + DAY }))
      // An event dated only to a span of years ("1900..1999") reaches no further than its first year
      // when the chart chooses its years: else one vague date would stretch the chart a century.
      .map((m) => ({ ...m, reach: m.x1 - m.x0 > VAGUE ? m.x0 + 1 : m.x1 }));
    const starts = [...this.events.map((m) => m.x0), ...timeline.intervals.filter((i) => i.since).map((i) => yearOf(i.since))];
    const ends = this.events.map((m) => m.reach);
    const now = new Date().getUTCFullYear() + new Date().getUTCMonth() / 12;
    const first = starts.length ? Math.min(...starts) : now - 10;
    const last = Math.max(now, ...ends);
    const whole = last - first;
    this.full = [first - Math.max(1, whole * 0.02), last + Math.max(0.5, whole * 0.02)];
    this.span = this.eventSpan();
    this.setView(view ? view[0] : this.span[0], view ? view[1] : this.span[1], { quiet: true });
  }

  // Where the events are: from the first (leaving out the earliest tenth, where a few old ones lie
  // far from the rest) to the last, with a margin. Events dated only to a span of years do not
  // choose the years, where others do.
  eventSpan() {
    if (!this.events.length) return [...this.full];
    const precise = this.events.filter((m) => m.x1 - m.x0 <= VAGUE);
    const chosen = precise.length ? precise : this.events;
    const xs = chosen.map((m) => m.x0).sort((p, q) => p - q);
    const first = xs.length >= 10 ? xs[Math.floor(xs.length * 0.1)] : xs[0];
    const last = Math.max(...chosen.map((m) => m.reach));
    const margin = Math.max((last - first) * 0.05, 0.5);
    return this.clamp(first - margin, last + margin);
  }

  clamp(lo, hi) {
    const [first, last] = this.full;
    let span = Math.min(Math.max(hi - lo, MIN_SPAN), last - first);
    let a = Math.max(first, Math.min(lo, last - span));
    return [a, a + span];
  }

  setView(lo, hi, { quiet = false } = {}) {
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || !this.timeline) return;
    this.view = this.clamp(lo, hi);
    this.schedule();
    if (!quiet && this.onView) this.onView(this.view);
  }

  zoom(factor, at) {
    const [lo, hi] = this.view;
    const centre = at ?? (lo + hi) / 2;
    this.setView(centre - (centre - lo) * factor, centre + (hi - centre) * factor);
  }

  pan(fraction) {
    const [lo, hi] = this.view;
    const by = (hi - lo) * fraction;
    this.setView(lo + by, hi + by);
  }

  showEvents() { this.setView(...this.span); }
  showAll() { this.setView(...this.full); }

  select(key) { this.selected = key; this.schedule(); }
  setDay(day) { this.day = day; this.schedule(); }

  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => { this.frame = 0; this.render(); });
  }

  // ------------------------------------------------------------ drawing

  layout() {
    const width = Math.max(this.main.clientWidth || 0, 300);
    const narrow = width < 640;
    const left = narrow ? 6 : 180;
    return { width, narrow, left, right: width - 10, top: 26, rowH: narrow ? 34 : 26 };
  }

  x(year, L) {
    const [lo, hi] = this.view;
    return L.left + ((year - lo) / (hi - lo)) * (L.right - L.left);
  }

  render() {
    if (!this.timeline) return;
    this.renderMain();
    this.renderOverview();
  }

  rows() {
    const [a, b] = this.timeline.pair;
    return [
      { field: "relations", label: "Relations" },
      { field: `representation:${a}>${b}`, label: `${countryName(a)}'s envoy in ${countryName(b)}` },
      { field: `representation:${b}>${a}`, label: `${countryName(b)}'s envoy in ${countryName(a)}` },
      { field: `embassy:${a}>${b}`, label: `${countryName(a)}'s embassy` },
      { field: `embassy:${b}>${a}`, label: `${countryName(b)}'s embassy` },
    ];
  }

  renderMain() {
    const L = this.layout();
    const [lo, hi] = this.view;
    const rows = this.rows();
    const bandsTop = L.top + 8;
    const eventsY = bandsTop + rows.length * L.rowH + 18;
    const parts = [];
    const defs = s("defs", {}, s("clipPath", { id: "plot-clip" },
      s("rect", { x: L.left, y: 0, width: L.right - L.left, height: 2000 })));
    parts.push(defs);
    const axis = this.axis(L, bandsTop - 4, eventsY + 14 + LABEL_LANES * 14);
    parts.push(axis);
    rows.forEach((row, r) => parts.push(this.bandRow(row, r, L, bandsTop)));
    const { markers, labels, lanes } = this.markers(L, eventsY);
    parts.push(s("text", { class: "row-label", x: L.narrow ? L.left : 0, y: eventsY - (L.narrow ? 12 : -4) }, "Events"));
    parts.push(s("g", { class: "markers", "clip-path": "url(#plot-clip)" }, markers, labels));
    const height = eventsY + 16 + Math.max(lanes, 1) * 14 + 8;
    if (this.day) {
      const dx = this.x(yearOf(this.day), L);
      if (dx >= L.left && dx <= L.right) {
        parts.push(s("line", { class: "day-line", x1: dx, x2: dx, y1: L.top, y2: height - 4, "aria-hidden": "true" }));
      }
    }
    const outside = this.events.filter((m) => m.x0 < lo).length;
    const after = this.events.filter((m) => m.x0 > hi).length;
    // On a narrow screen the row's name stands where the count of earlier events would.
    const beyondX = L.narrow ? L.left + textWidth("Events", 13) + 12 : L.left + 2;
    if (outside) parts.push(s("text", { class: "beyond", x: beyondX, y: eventsY - 12 }, `‹ ${outside} earlier`));
    if (after) parts.push(s("text", { class: "beyond", x: L.right - 2, y: eventsY - 12, "text-anchor": "end" }, `${after} later ›`));
    const [a, b] = this.timeline.pair;
    const svg = s("svg", {
      xmlns: "http://www.w3.org/2000/svg", width: L.width, height, viewBox: `0 0 ${L.width} ${height}`,
      role: "group", "aria-label": `${countryName(a)} – ${countryName(b)}, ${humanDate(this.dayText(lo))} to ${humanDate(this.dayText(hi))}`,
      "data-from": this.dayText(lo), "data-to": this.dayText(hi),
    }, s("title", {}, `Relations between ${countryName(a)} and ${countryName(b)}`), parts);
    fill(this.main, svg);
  }

  dayText(year) { return dayOf(year); }

  axis(L, y, bottom) {
    const [lo, hi] = this.view;
    const plot = L.right - L.left;
    const step = STEPS.find((st) => (st / (hi - lo)) * plot >= (st < 1 ? 74 : 48)) || 1000;
    const g = s("g", { class: "axis", "aria-hidden": "true" });
    const first = Math.ceil(lo / step - 1e-9) * step;
    for (let t = first; t <= hi + 1e-9; t += step) {
      const px = this.x(t, L);
      const yearPart = Math.floor(t + 1e-6);
      const month = Math.round((t - yearPart) * 12) % 12;
      const label = step < 1 ? `${SHORT_MONTHS[month]} ${yearPart}` : String(Math.round(t));
      g.append(s("line", { x1: px, x2: px, y1: y, y2: bottom }));
      if (px - textWidth(label, 12) / 2 >= L.left - 2 && px + textWidth(label, 12) / 2 <= L.right + 8) {
        g.append(s("text", { x: px, y: y - 6, "text-anchor": "middle" }, label));
      }
    }
    return g;
  }

  bandRow(row, r, L, bandsTop) {
    const [lo, hi] = this.view;
    const kind = row.field.split(":")[0];
    const y = bandsTop + r * L.rowH + (L.narrow ? 14 : 0);
    const h = L.narrow ? L.rowH - 16 : L.rowH - 4;
    const g = s("g", { class: "band-row" });
    g.append(s("text", { class: "row-label", x: L.narrow ? L.left : 0, y: L.narrow ? y - 3 : y + h / 2 + 5 }, row.label));
    this.timeline.intervals.filter((i) => i.field === row.field).forEach((i, k) => {
      const since = i.since ? yearOf(i.since) : this.full[0];
      const until = i.until ? yearOf(i.until) : this.full[1];
      if (until < lo || since > hi) return;
      const x0 = Math.max(this.x(since, L), L.left);
      const x1 = Math.min(this.x(until, L), L.right);
      const value = i.value ?? "unknown";
      const words = (WORDS[kind] || {})[value] || value;
      const span = `${i.since ? humanDate(i.since) : "the start"} to ${i.until ? humanDate(i.until) : "now"}`;
      const label = `${row.label}: ${words}, ${span}${i.certain ? "" : " (not certain)"}`;
      const band = s("rect", {
        class: `band k-${kind} v-${value}${i.certain ? "" : " uncertain-band"}`,
        x: x0, y, width: Math.max(x1 - x0, 2), height: h, tabindex: 0, role: "button",
        "data-field": row.field, "data-value": value, "data-since": i.since || "", "data-until": i.until || "",
        "data-index": k, "aria-label": label,
      }, s("title", {}, label));
      activate(band, () => this.onBand && this.onBand(i, label, band));
      g.append(band);
      // A band's words are written in it only where they fit.
      const text = words.replace(/ \(.*\)$/, "");
      if (x1 - x0 > textWidth(text, 11) + 10) {
        g.append(s("text", { class: `band-text v-${value}`, x: x0 + 5, y: y + h / 2 + 4, "aria-hidden": "true" }, text));
      }
    });
    return g;
  }

  clusters(L) {
    const [lo, hi] = this.view;
    // An event stands where its date starts; one that started before the years shown is counted
    // among the earlier ones, not pinned to the edge.
    const shown = this.events
      .filter((m) => m.x0 >= lo && m.x0 <= hi)
      .map((m) => ({ ...m, px: this.x(m.x0, L), px1: this.x(Math.min(m.x1, hi), L) }))
      .sort((p, q) => p.px - q.px);
    const out = [];
    for (const m of shown) {
      const last = out[out.length - 1];
      if (last && m.px - last.first < CLUSTER_PX) last.members.push(m);
      else out.push({ first: m.px, members: [m] });
    }
    return out.map((c) => ({ ...c, px: c.members.reduce((t, m) => t + m.px, 0) / c.members.length }));
  }

  markers(L, y) {
    const markers = [];
    const labels = [];
    const placed = Array.from({ length: LABEL_LANES }, () => []);
    const clusters = this.clusters(L);
    // Labels go to the markers that change the state first, then left to right; one that would
    // overlap another in every lane is left out (its marker still has its name).
    const order = [...clusters].sort((p, q) => this.weight(q) - this.weight(p) || p.px - q.px);
    const laneOf = new Map();
    for (const c of order) {
      const text = c.members.length > 1 ? `${c.members.length} events` : eventWords(c.members[0].e.type);
      const w = textWidth(text, 11);
      const x0 = Math.min(Math.max(c.px - w / 2, L.left), L.right - w);
      const lane = placed.findIndex((taken) => taken.every(([a, b]) => x0 + w + LABEL_GAP <= a || x0 >= b + LABEL_GAP));
      if (lane < 0) continue;
      placed[lane].push([x0, x0 + w]);
      laneOf.set(c, { lane, x0, text });
    }
    let lanes = 0;
    for (const c of clusters) {
      const single = c.members.length === 1;
      const m0 = c.members[0];
      const selected = c.members.some((m) => m.key === this.selected);
      if (single && m0.px1 - m0.px > 8) {
        markers.push(s("line", { class: "range", x1: m0.px, x2: m0.px1, y1: y, y2: y, "aria-hidden": "true" }));
      }
      const label = single ? this.eventLabel(m0.e) : this.clusterLabel(c);
      const g = s("g", {
        class: `marker ${single ? tone(m0.e.type) : "cluster"}${selected ? " selected" : ""}`, tabindex: 0, role: "button",
        "data-event": single ? m0.key : null, "data-type": single ? m0.e.type : null, "data-date": single ? m0.e.date : null,
        "data-count": c.members.length, "data-events": single ? null : c.members.map((m) => m.key).join(" "), "aria-label": label,
      }, s("circle", { cx: c.px, cy: y, r: single ? 6 : 10 }),
      single ? null : s("text", { class: "count", x: c.px, y: y + 4, "text-anchor": "middle" }, String(c.members.length)),
      s("title", {}, label));
      activate(g, () => (single ? this.onSelect(m0.e) : this.expand(c)));
      markers.push(g);
      const place = laneOf.get(c);
      if (place) {
        lanes = Math.max(lanes, place.lane + 1);
        labels.push(s("text", { class: "marker-label", x: place.x0, y: y + 24 + place.lane * 14, "aria-hidden": "true" }, place.text));
      }
    }
    return { markers, labels, lanes };
  }

  weight(c) {
    return Math.max(...c.members.map((m) => (KINDS.get(m.e.type)?.state ? 2 : 1)));
  }

  eventLabel(e) {
    return `${eventWords(e.type)}, ${humanDate(e.date)}: ${countryName(e.actor)} ${e.directed ? "to" : "and"} ${countryName(e.target)}`;
  }

  clusterLabel(c) {
    const dates = c.members.map((m) => m.e.date);
    const days = new Set(c.members.map((m) => m.at)).size;
    const what = days > 1 ? "select to spread them out" : "select to list them";
    const first = dates[0], last = dates[dates.length - 1];
    const when = first === last ? humanDate(first) : `${humanDate(first)} to ${humanDate(last)}`;
    return `${c.members.length} events, ${when}: ${what}`;
  }

  // A cluster opens by zooming in on its days, as far as they need to stand apart; events that
  // start on the same day cannot, and are listed instead.
  expand(c) {
    const xs = [...new Set(c.members.map((m) => m.x0))].sort((p, q) => p - q);
    if (xs.length < 2) {
      this.onCluster(c.members.map((m) => m.e));
      return;
    }
    const gap = Math.min(...xs.slice(1).map((x, i) => x - xs[i]));
    const L = this.layout();
    const wanted = (gap * (L.right - L.left)) / (CLUSTER_PX * 1.5);
    const extent = xs[xs.length - 1] - xs[0];
    // Never wider than what is shown now: opening a cluster zooms in.
    const span = Math.min(Math.max(extent * 1.25, Math.min(wanted, extent * 3)), (this.view[1] - this.view[0]) * 0.8);
    const centre = (xs[0] + xs[xs.length - 1]) / 2;
    this.setView(centre - span / 2, centre + span / 2);
  }

  // ------------------------------------------------------------ overview and brush

  renderOverview() {
    const width = Math.max(this.overview.clientWidth || 0, 300);
    const L = { left: 6, right: width - 6 };
    const [first, last] = this.full;
    const ox = (year) => L.left + ((year - first) / (last - first)) * (L.right - L.left);
    const g = [];
    this.timeline.intervals.filter((i) => i.field === "relations").forEach((i) => {
      const x0 = ox(i.since ? yearOf(i.since) : first);
      const x1 = ox(i.until ? yearOf(i.until) : last);
      g.push(s("rect", { class: `band v-${i.value ?? "unknown"}`, x: x0, y: 6, width: Math.max(x1 - x0, 1), height: 12 }));
    });
    for (const m of this.events) g.push(s("line", { class: `tick ${tone(m.e.type)}`, x1: ox(m.x0), x2: ox(m.x0), y1: 22, y2: 34 }));
    const step = STEPS.find((st) => (st / (last - first)) * (L.right - L.left) >= 48) || 1000;
    for (let t = Math.ceil(first / step) * step; t <= last; t += step) {
      g.push(s("text", { class: "overview-year", x: ox(t), y: 46, "text-anchor": "middle" }, String(Math.round(t))));
    }
    const [lo, hi] = this.view;
    const bx0 = ox(lo), bx1 = ox(hi);
    const brush = s("rect", { class: "brush", x: bx0, y: 2, width: Math.max(bx1 - bx0, 3), height: 34 });
    const handles = [bx0, bx1].map((hx, k) => s("rect", { class: "brush-handle", x: hx - 3, y: 8, width: 6, height: 22, "data-edge": k ? "end" : "start" }));
    const svg = s("svg", {
      xmlns: "http://www.w3.org/2000/svg", width, height: 50, viewBox: `0 0 ${width} 50`,
      "aria-hidden": "true",
    }, g, brush, handles);
    this.overviewScale = { ox, L, first, last };
    fill(this.overview, svg);
  }
}
