// How the chart moves: the wheel zooms around the pointer, a drag pans (a press that does not move
// stays a click), the keys move and zoom the focused chart, and the brush on the overview strip moves,
// resizes or is drawn anew.
"use strict";

import { MIN_SPAN } from "./words.js";

export function wireGestures(chart) {
  // Wheel: zoom around the pointer (a sideways wheel or Shift pans).
  chart.main.addEventListener("wheel", (ev) => {
    if (!chart.timeline) return;
    ev.preventDefault();
    const L = chart.layout();
    const px = ev.clientX - chart.main.getBoundingClientRect().left;
    const at = chart.view[0] + ((px - L.left) / (L.right - L.left)) * (chart.view[1] - chart.view[0]);
    if (ev.shiftKey || Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) chart.pan((ev.deltaX || ev.deltaY) / 800);
    else chart.zoom(Math.pow(1.0015, ev.deltaY), at);
  }, { passive: false });
  // Drag: pan; a press that does not move stays a click.
  let drag = null;
  chart.main.addEventListener("pointerdown", (ev) => {
    if (!chart.timeline || ev.button !== 0) return;
    drag = { x: ev.clientX, view: [...chart.view], moved: false, id: ev.pointerId };
  });
  chart.main.addEventListener("pointermove", (ev) => {
    if (!drag || ev.pointerId !== drag.id) return;
    const dx = ev.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < 4) return;
    if (!drag.moved) { drag.moved = true; chart.main.setPointerCapture(ev.pointerId); chart.main.classList.add("dragging"); }
    const L = chart.layout();
    const by = (-dx / (L.right - L.left)) * (drag.view[1] - drag.view[0]);
    chart.setView(drag.view[0] + by, drag.view[1] + by);
  });
  const end = (ev) => {
    if (!drag || ev.pointerId !== drag.id) return;
    // The click that may end a drag selects nothing (the browser sends it, if at all, right after).
    if (drag.moved) {
      chart.afterDrag = true;
      setTimeout(() => { chart.afterDrag = false; }, 0);
    }
    chart.main.classList.remove("dragging");
    drag = null;
  };
  chart.main.addEventListener("click", (ev) => { if (chart.afterDrag) ev.stopPropagation(); }, { capture: true });
  chart.main.addEventListener("pointerup", end);
  chart.main.addEventListener("pointercancel", end);
  // Keys on the focused chart.
  chart.main.addEventListener("keydown", (ev) => {
    const keys = {
      ArrowLeft: () => chart.pan(-0.1), ArrowRight: () => chart.pan(0.1),
      "+": () => chart.zoom(1 / 1.5), "=": () => chart.zoom(1 / 1.5), "-": () => chart.zoom(1.5), _: () => chart.zoom(1.5),
      Home: () => chart.showEvents(), "0": () => chart.showAll(),
    };
    if (keys[ev.key] && !ev.altKey && !ev.ctrlKey && !ev.metaKey) { ev.preventDefault(); keys[ev.key](); }
  });
  wireBrush(chart);
  new ResizeObserver(() => chart.schedule()).observe(chart.main);
}

function wireBrush(chart) {
  let drag = null;
  const yearAt = (ev) => {
    const { L, first, last } = chart.overviewScale;
    const rect = chart.overview.getBoundingClientRect();
    return first + ((ev.clientX - rect.left - L.left) / (L.right - L.left)) * (last - first);
  };
  chart.overview.addEventListener("pointerdown", (ev) => {
    if (!chart.timeline || ev.button !== 0) return;
    ev.preventDefault();
    const at = yearAt(ev);
    const [lo, hi] = chart.view;
    const { ox } = chart.overviewScale;
    const px = ev.clientX - chart.overview.getBoundingClientRect().left;
    const edge = ev.target.dataset?.edge || (Math.abs(px - ox(lo)) < 6 ? "start" : Math.abs(px - ox(hi)) < 6 ? "end" : null);
    // Outside the brush, a press moves it there, and a drag then carries it on.
    if (!edge && !(at > lo && at < hi)) chart.setView(at - (hi - lo) / 2, at + (hi - lo) / 2);
    drag = { mode: edge || "move", at, view: [...chart.view], id: ev.pointerId };
    chart.overview.setPointerCapture(ev.pointerId);
  });
  chart.overview.addEventListener("pointermove", (ev) => {
    if (!drag || ev.pointerId !== drag.id) return;
    const at = yearAt(ev);
    const [lo, hi] = drag.view;
    if (drag.mode === "move") chart.setView(lo + at - drag.at, hi + at - drag.at);
    else if (drag.mode === "start") chart.setView(Math.min(at, hi - MIN_SPAN), hi);
    else chart.setView(lo, Math.max(at, lo + MIN_SPAN));
  });
  const end = (ev) => { if (drag && ev.pointerId === drag.id) drag = null; };
  chart.overview.addEventListener("pointerup", end);
  chart.overview.addEventListener("pointercancel", end);
}
