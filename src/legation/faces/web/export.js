// What the page gives away: the chart as SVG and PNG, the pair's events as CSV, the view's link.
"use strict";

import { h } from "./dom.js";

// Presentation attributes carry the page's styles into a file that has no style sheet.
const STYLED = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "opacity", "font-size", "font-family", "font-weight"];

export function chartSvg(svg) {
  const copy = svg.cloneNode(true);
  const originals = svg.querySelectorAll("*");
  copy.querySelectorAll("*").forEach((el, i) => {
    const style = getComputedStyle(originals[i]);
    for (const name of STYLED) {
      const value = style.getPropertyValue(name);
      if (value) el.setAttribute(name, value);
    }
    el.removeAttribute("tabindex");
    el.removeAttribute("role");
  });
  copy.prepend(background(svg));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

function background(svg) {
  const rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  rect.setAttribute("width", svg.getAttribute("width"));
  rect.setAttribute("height", svg.getAttribute("height"));
  rect.setAttribute("fill", "#ffffff");
  return rect;
}

export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function saveSvg(svg, name) {
  download(`${name}.svg`, new Blob([chartSvg(svg)], { type: "image/svg+xml" }));
}

// The SVG drawn on a canvas at twice its size.
export function savePng(svg, name) {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([chartSvg(svg)], { type: "image/svg+xml" }));
    const image = new Image();
    image.onload = () => {
      const canvas = h("canvas", { width: image.width * 2, height: image.height * 2 });
      const context = canvas.getContext("2d");
      context.scale(2, 2);
      context.drawImage(image, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => { download(`${name}.png`, blob); resolve(); }, "image/png");
    };
    image.onerror = () => { URL.revokeObjectURL(url); reject(new Error("the chart could not be drawn as PNG")); };
    image.src = url;
  });
}

// A cell of CSV, quoted; one that a spreadsheet would take as a formula starts with a quote mark.
function cell(value) {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const CSV_COLUMNS = ["date", "type", "actor", "target", "directed", "person", "rank", "status", "source", "document_id", "ordinal", "sentence"];

export function eventsCsv(events) {
  const rows = events.map((e) => [e.date, e.type, e.actor, e.target, e.directed, e.person, e.rank, e.status, e.source, e.document_id, e.ordinal, e.evidence.text]);
  return [CSV_COLUMNS, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

export function saveCsv(events, name) {
  download(`${name}.csv`, new Blob([eventsCsv(events)], { type: "text/csv" }));
}
