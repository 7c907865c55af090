// The words the page uses for values, dates and event types, and its measures of time.
"use strict";

export const DAY = 1 / 365.25; // of a year
export const MIN_SPAN = 30 * DAY; // the closest zoom: a month across the chart

export const WORDS = {
  relations: {
    active: "in place", consular: "kept at consular level only", suspended: "frozen (suspended)",
    severed: "broken off", none: "never established", unknown: "not known from the texts",
  },
  representation: {
    ambassador: "an ambassador", minister: "a minister (below ambassador)",
    charge_d_affaires: "a chargé d'affaires (below ambassador)", consular: "consular staff only",
    none: "no envoy", unknown: "not known",
  },
  embassy: { open: "open", closed: "closed", unknown: "not known" },
};

// The words and tone of each event type come from the server's vocabulary (/api/types).
export const KINDS = new Map();
export const COUNTRIES = new Map();

export function countryName(code) { return COUNTRIES.get(code)?.name || code; }
export function eventWords(type) { return KINDS.get(type)?.label || String(type).replaceAll("_", " "); }
export function describe(kind, value) { return (WORDS[kind] || {})[value] || value || "none recognised"; }

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];

export function humanDate(text) {
  if (!text) return "date not known";
  if (text.includes("..")) { const [a, b] = text.split(".."); return `between ${humanDate(a)} and ${humanDate(b)}`; }
  const parts = text.split("-");
  if (parts.length === 1) return parts[0];
  if (parts.length === 2) return `${MONTHS[+parts[1] - 1]} ${parts[0]}`;
  return `${+parts[2]} ${MONTHS[+parts[1] - 1]} ${parts[0]}`;
}

// The first and the last day a date of the store may mean ("2019" -> 2019-01-01 .. 2019-12-31).
export function startOf(dateText) {
  if (!dateText) return null;
  const parts = dateText.split("..")[0].split("-");
  return `${parts[0]}-${parts[1] || "01"}-${parts[2] || "01"}`;
}
export function endOf(dateText) {
  if (!dateText) return null;
  const parts = dateText.split("..").pop().split("-");
  const month = parts[1] || "12";
  const day = parts[2] || String(new Date(Date.UTC(+parts[0], +month, 0)).getUTCDate()).padStart(2, "0");
  return `${parts[0]}-${month}-${day}`;
}

// Milliseconds of a UTC day; Date.UTC would read the years 0-99 as 1900-1999.
function utc(y, m, d) { const t = new Date(0); t.setUTCFullYear(y, m, d); return t.getTime(); }

// A day as a fractional year, and back.
export function yearOf(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const start = utc(y, 0, 1);
  return y + (utc(y, m - 1, d) - start) / (utc(y + 1, 0, 1) - start);
}
// The day a fractional year falls on, to the nearest day, as "YYYY-MM-DD".
export function dayOf(year) {
  const y = Math.floor(year);
  const start = utc(y, 0, 1);
  const days = Math.round(((year - y) * (utc(y + 1, 0, 1) - start)) / 86400000);
  const at = new Date(start + days * 86400000);
  return `${String(at.getUTCFullYear()).padStart(4, "0")}-${String(at.getUTCMonth() + 1).padStart(2, "0")}-${String(at.getUTCDate()).padStart(2, "0")}`;
}
