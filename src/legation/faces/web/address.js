// The page's address: what it may hold, checked before anything is drawn from it, and written back
// as the view changes so that a link shows the same view.
"use strict";

const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .,'’()-]{0,79}$/u;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR = /^\d{4}$/;
const EVENT = /^[0-9a-f]{16}:\d{1,6}$/;
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 2100;

// A real calendar day "YYYY-MM-DD" within the years the page draws, or null.
export function validDay(text) {
  const m = DAY.exec(text || "");
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return y >= FIRST_YEAR && y <= LAST_YEAR ? text : null;
}

// A bound of the years shown: a day, or a year meaning its first day (for "from") or its last (for "to").
function validBound(text, end) {
  if (YEAR.test(text || "")) {
    const y = +text;
    if (y < FIRST_YEAR || y > LAST_YEAR) return null;
    return end ? `${text}-12-31` : `${text}-01-01`;
  }
  return validDay(text);
}

// What the address asks for, and a message for each value that cannot be used (and is left out).
export function readAddress(search) {
  const params = new URLSearchParams(search);
  const view = { a: null, b: null, on: null, from: null, to: null, event: null };
  const problems = [];
  const take = (key, check, what) => {
    const raw = params.get(key);
    if (raw === null || raw === "") return null;
    const value = check(raw);
    if (value === null) problems.push(`The link's ${key}= is not ${what}; it is left out.`);
    return value;
  };
  view.a = take("a", (v) => (NAME.test(v) ? v : null), "a state's name or code");
  view.b = take("b", (v) => (NAME.test(v) ? v : null), "a state's name or code");
  view.on = take("on", validDay, "a day (YYYY-MM-DD) between 1000 and 2100");
  view.from = take("from", (v) => validBound(v, false), "a year or a day between 1000 and 2100");
  view.to = take("to", (v) => validBound(v, true), "a year or a day between 1000 and 2100");
  view.event = take("event", (v) => (EVENT.test(v) ? v : null), "an event of the store");
  if (view.from && view.to && view.from >= view.to) {
    problems.push("The link's from= is not before its to=; the chart shows the events' span.");
    view.from = view.to = null;
  }
  return { view, problems };
}

// The address of a view, as a query string.
export function addressOf(view) {
  const params = new URLSearchParams();
  for (const key of ["a", "b", "on", "from", "to", "event"]) {
    if (view[key]) params.set(key, view[key]);
  }
  return `?${params}`;
}
