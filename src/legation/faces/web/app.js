// Legation's page: choose a pair, see its relations over time, read the sentence behind each mark.
// Everything comes from the HTTP API of the same server; nothing is loaded from elsewhere, and no
// value from the address or the store is ever read as HTML (see dom.js).
"use strict";

import { $, h, fill, activate } from "./dom.js";
import { readAddress, addressOf, validDay } from "./address.js";
import { COUNTRIES, KINDS, countryName, describe, eventWords, humanDate, yearOf } from "./words.js";
import { Chart } from "./chart.js";
import { saveSvg, savePng, saveCsv } from "./export.js";
import { showFacts } from "./facts.js";

const view = { a: null, b: null, on: null, from: null, to: null, event: null };
const page = { timeline: null, loaded: null, chart: null, problems: [] };

async function api(path) {
  const response = await fetch(path, { headers: { accept: "application/json" } });
  let body = null;
  try { body = await response.json(); } catch { body = null; }
  if (!response.ok) throw new Error(body?.error || `the server answered ${response.status}`);
  return body;
}

function showMessage(...lines) {
  const box = $("message");
  fill(box, ...lines.filter(Boolean).flatMap((line, i) => (i ? [h("br"), line] : [line])));
  box.hidden = !lines.some(Boolean);
}

function codeFrom(input) {
  const text = input.trim();
  const m = text.match(/\(([A-Z]{3})\)\s*$/);
  return m ? m[1] : text;
}

function pairPath(suffix) {
  return `/api/pairs/${encodeURIComponent(view.a)}/${encodeURIComponent(view.b)}/${suffix}`;
}

let writing = 0;
function flushUrl() {
  clearTimeout(writing);
  history.replaceState(null, "", `${location.pathname}${addressOf(view)}`);
  $("share-link").value = location.href;
  return location.href;
}
function writeUrl() {
  // The address follows the view, at most a few times a second while it moves.
  clearTimeout(writing);
  writing = setTimeout(flushUrl, 120);
}

// ---------------------------------------------------------------- evidence

function spansOf(event) {
  const all = [event.evidence, ...(event.mentions || [])];
  const seen = new Set();
  return all.filter((m) => !seen.has(`${m.start}:${m.end}`) && seen.add(`${m.start}:${m.end}`)).sort((p, q) => p.start - q.start);
}

// The paragraphs that hold the spans, each span marked; the main one marked as such.
function quoted(text, spans, main) {
  const paragraphs = [];
  for (const span of spans) {
    // A paragraph break before the span, or the text's start where there is none.
    const brk = span.start > 0 ? text.lastIndexOf("\n\n", span.start - 1) : -1;
    const from = brk < 0 ? 0 : brk + 2;
    let to = text.indexOf("\n\n", span.end);
    if (to < 0) to = text.length;
    const last = paragraphs[paragraphs.length - 1];
    if (last && from <= last.to) { last.to = Math.max(last.to, to); last.spans.push(span); } else paragraphs.push({ from, to, spans: [span] });
  }
  return paragraphs.map((p) => {
    const parts = [];
    let at = p.from;
    for (const span of p.spans) {
      if (span.start < at) continue;
      parts.push(text.slice(at, span.start));
      const isMain = span.start === main.start && span.end === main.end;
      parts.push(h("mark", { class: isMain ? "main" : "mention" }, text.slice(span.start, span.end)));
      at = span.end;
    }
    parts.push(text.slice(at, p.to));
    return h("blockquote", { class: "evidence-text", lang: main.language || "en" }, parts);
  });
}

// The evidence is shown as written, in its own language; the page says which where it is not English.
const LANGUAGE_NAMES = { en: "English", es: "Spanish" };
function languageNote(evidence) {
  const lang = evidence.language || "en";
  return lang === "en" ? "" : ` (in ${LANGUAGE_NAMES[lang] || lang})`;
}

// Shows a record's sentence (and every other span that states it) in its text.
async function showEvidence(record, lead, heading) {
  const doc = await api(`/api/documents/${encodeURIComponent(record.document_id)}`);
  const spans = record.mentions ? spansOf(record) : [record.evidence];
  const { start, end } = record.evidence;
  fill($("evidence"),
    h("h3", { id: "evidence-title" }, "Evidence"),
    lead ? h("p", {}, lead) : null,
    heading,
    spans.length > 1 ? h("p", { class: "hint" }, `The text states it ${spans.length} times; each is marked.`) : null,
    quoted(doc.text, spans, record.evidence),
    h("p", { class: "source" }, `Source${languageNote(record.evidence)}: ${doc.title || ""} — ${doc.source}, characters ${start}–${end}`));
  $("evidence").scrollIntoView({ block: "nearest" });
}

function eventHeading(event) {
  const who = `${countryName(event.actor)} ${event.directed ? "→" : "and"} ${countryName(event.target)}`;
  const extra = [event.person, event.rank && event.rank.replaceAll("_", " "), event.status].filter(Boolean).join(", ");
  return h("p", {}, h("strong", {}, eventWords(event.type)), `, ${humanDate(event.date)}: ${who}${extra ? ` (${extra})` : ""}`);
}

function showEvent(event, lead) {
  view.event = `${event.document_id}:${event.ordinal}`;
  page.chart.select(view.event);
  writeUrl();
  return showEvidence(event, lead, eventHeading(event)).catch((e) => showMessage(e.message));
}

function showEvidenceText(text) {
  fill($("evidence"), h("h3", { id: "evidence-title" }, "Evidence"), h("p", {}, text));
}

function showCluster(events) {
  fill($("evidence"), h("h3", { id: "evidence-title" }, "Evidence"),
    h("p", {}, `${events.length} events on the same days; choose one:`),
    h("ul", { class: "cluster-list" }, events.map((e) =>
      h("li", {}, activate(h("button", { type: "button", class: "link" }, `${humanDate(e.date)}: ${eventWords(e.type)}, ${countryName(e.actor)} ${e.directed ? "to" : "and"} ${countryName(e.target)}`), () => showEvent(e))))));
}

// ---------------------------------------------------------------- the state, at a glance and on a day

// One sentence of what holds today: the relations and since when, the envoys, the embassies.
function glanceText(s) {
  const [a, b] = s.pair;
  const since = s.reasons.relations?.since;
  const parts = [`Relations ${describe("relations", s.relations)}${since ? ` since ${humanDate(since)}` : ""}`];
  const envoys = [s.representation[`${a}>${b}`], s.representation[`${b}>${a}`]];
  if (envoys.every((v) => v === "none")) parts.push("no envoys");
  else if (envoys[0] === envoys[1] && envoys[0] !== "unknown") parts.push(`${describe("representation", envoys[0]).replace(/^an? /, "")}s on both sides`);
  else {
    envoys.forEach((v, k) => {
      if (v !== "unknown") parts.push(`${countryName(k ? b : a)}'s envoy: ${describe("representation", v)}`);
    });
  }
  const embassies = [s.embassy[`${a}>${b}`], s.embassy[`${b}>${a}`]];
  if (embassies[0] === embassies[1] && embassies[0] !== "unknown") parts.push(`embassies ${embassies[0]}`);
  else embassies.forEach((v, k) => { if (v !== "unknown") parts.push(`${countryName(k ? b : a)}'s embassy ${v}`); });
  return `${parts.join("; ")}.`;
}

async function showGlance() {
  const today = new Date().toISOString().slice(0, 10);
  const s = await api(`${pairPath("state")}?on=${today}`);
  const reason = s.reasons.relations;
  const why = reason?.event ? activate(h("button", { type: "button", class: "why", id: "glance-why" }, "why?"), () =>
    showEvent(reason.event, `Why: since ${humanDate(reason.since)}, because of this sentence.`)) : null;
  fill($("glance"), h("span", { id: "glance-text" }, glanceText(s)), s.certain ? null : h("span", { class: "uncertain" }, " (not certain: dated only roughly)"), " ", why);
}

async function showState() {
  if (!view.a || !view.b || !view.on) return;
  const s = await api(`${pairPath("state")}?on=${view.on}`);
  const [a, b] = s.pair;
  const uncertain = new Set(s.uncertain);
  const item = (label, field, kind, value) => {
    const reason = s.reasons[field];
    const why = reason && reason.event ? activate(h("button", { type: "button", class: "why", "data-field": field }, "why?"), () =>
      showEvent(reason.event, `Why: since ${humanDate(reason.since)}, because of this sentence.`)) : null;
    return [h("dt", {}, label), h("dd", {}, describe(kind, value),
      uncertain.has(field) ? h("span", { class: "uncertain" }, " (not certain: dated only roughly)") : null, why ? " " : null, why)];
  };
  const rows = [
    item("Relations", "relations", "relations", s.relations),
    item(`${countryName(a)}'s envoy in ${countryName(b)}`, `representation:${a}>${b}`, "representation", s.representation[`${a}>${b}`]),
    item(`${countryName(b)}'s envoy in ${countryName(a)}`, `representation:${b}>${a}`, "representation", s.representation[`${b}>${a}`]),
    item(`${countryName(a)}'s embassy in ${countryName(b)}`, `embassy:${a}>${b}`, "embassy", s.embassy[`${a}>${b}`]),
    item(`${countryName(b)}'s embassy in ${countryName(a)}`, `embassy:${b}>${a}`, "embassy", s.embassy[`${b}>${a}`]),
  ];
  for (const [x, y] of [[a, b], [b, a]]) {
    if (s.recognizes[`${x}>${y}`]) rows.push(item(`${countryName(x)} recognises as leader of ${countryName(y)}`, `recognizes:${x}>${y}`, "", s.recognizes[`${x}>${y}`]));
  }
  fill($("summary"), h("p", {}, h("strong", {}, `On ${humanDate(s.on)}`)), h("dl", {}, rows));
}

async function showCountry(code) {
  const list = await api(`/api/countries/${encodeURIComponent(code)}/relations?on=${view.on}`);
  const rows = list.map((s) => {
    const other = s.pair[1];
    return h("tr", {},
      h("td", {}, h("a", { href: addressOf({ a: code, b: other, on: view.on }) }, countryName(other))),
      h("td", {}, describe("relations", s.relations)),
      h("td", {}, describe("representation", s.representation[`${code}>${other}`])),
      h("td", {}, describe("representation", s.representation[`${other}>${code}`])));
  });
  fill($("country-table"), h("table", {},
    h("caption", {}, `${countryName(code)} on ${humanDate(view.on)}`),
    h("thead", {}, h("tr", {}, ["With", "Relations", `${countryName(code)}'s envoy there`, "Their envoy"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, rows.length ? rows : h("tr", {}, h("td", { colspan: 4 }, "No relations in the store.")))));
}

// ---------------------------------------------------------------- putting it together

async function showPair() {
  showMessage(...page.problems);
  await page.loaded;
  try {
    page.timeline = await api(pairPath("timeline"));
  } catch (err) {
    showMessage(err.message);
    return;
  }
  [view.a, view.b] = page.timeline.pair;
  $("state-a").value = `${countryName(view.a)} (${view.a})`;
  $("state-b").value = `${countryName(view.b)} (${view.b})`;
  $("day").value = view.on;
  $("pair-view").hidden = false;
  $("pair-title").textContent = `${countryName(view.a)} – ${countryName(view.b)}`;
  $("country-a").textContent = `All of ${countryName(view.a)}'s relations`;
  $("country-b").textContent = `All of ${countryName(view.b)}'s relations`;
  const asked = view.from && view.to ? [yearOf(view.from), yearOf(view.to)] : null;
  page.chart.setTimeline(page.timeline, asked);
  page.chart.setDay(view.on);
  writeUrl();
  fill($("country-table"));
  const selected = view.event && page.timeline.events.find((e) => `${e.document_id}:${e.ordinal}` === view.event);
  if (view.event && !selected) {
    page.problems.push("The link's event= is not an event of this pair; it is left out.");
    showMessage(...page.problems);
    view.event = null;
  }
  const work = [showGlance(), showState(), showFacts(view, factsContext)];
  if (selected) work.push(showEvent(selected));
  const results = await Promise.allSettled(work);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) showMessage(failed.reason.message);
}

const factsContext = { api, showEvidence, countryName, showMessage };

function exportName() { return `legation-${view.a}-${view.b}`; }

function wire() {
  page.chart = new Chart({
    main: $("chart"), overview: $("overview"),
    onView: ([lo, hi]) => {
      view.from = page.chart.dayText(lo);
      view.to = page.chart.dayText(hi);
      writeUrl();
    },
    onSelect: (event) => showEvent(event),
    onBand: (interval, label, el) => {
      if (interval.event) showEvent(interval.event, `${label}. It began with:`);
      else showEvidenceText(`${label}. No event in the texts set this value: it is where the reading starts.`);
      document.querySelectorAll(".band.selected").forEach((b) => b.classList.remove("selected"));
      el.classList.add("selected");
    },
    onCluster: showCluster,
  });
  $("choose").addEventListener("submit", (ev) => {
    ev.preventDefault();
    page.problems = [];
    view.a = codeFrom($("state-a").value);
    view.b = codeFrom($("state-b").value);
    view.on = validDay($("day").value) || view.on;
    view.from = view.to = view.event = null;
    showPair();
  });
  $("day").addEventListener("change", () => {
    const day = validDay($("day").value);
    if (!day) return;
    view.on = day;
    writeUrl();
    if (page.timeline) {
      page.chart.setDay(day);
      Promise.all([showState(), showFacts(view, factsContext)]).catch((e) => showMessage(e.message));
    }
  });
  $("zoom-in").addEventListener("click", () => page.chart.zoom(1 / 1.5));
  $("zoom-out").addEventListener("click", () => page.chart.zoom(1.5));
  $("pan-left").addEventListener("click", () => page.chart.pan(-0.25));
  $("pan-right").addEventListener("click", () => page.chart.pan(0.25));
  $("zoom-events").addEventListener("click", () => page.chart.showEvents());
  $("zoom-all").addEventListener("click", () => page.chart.showAll());
  $("save-svg").addEventListener("click", () => saveSvg($("chart").querySelector("svg"), exportName()));
  $("save-png").addEventListener("click", () => savePng($("chart").querySelector("svg"), exportName()).catch((e) => showMessage(e.message)));
  $("save-csv").addEventListener("click", () => saveCsv([...page.timeline.events, ...page.timeline.undated], exportName()));
  $("copy-link").addEventListener("click", async () => {
    const link = flushUrl();
    $("share-link").select();
    try {
      await navigator.clipboard.writeText(link);
      $("copy-state").textContent = "Copied.";
    } catch {
      $("copy-state").textContent = "Select the link and copy it.";
    }
  });
  $("country-a").addEventListener("click", () => showCountry(view.a).catch((e) => showMessage(e.message)));
  $("country-b").addEventListener("click", () => showCountry(view.b).catch((e) => showMessage(e.message)));
}

async function start() {
  // Listen first: a person may type and press Show before the lists below have loaded.
  wire();
  const asked = readAddress(location.search);
  Object.assign(view, asked.view);
  page.problems = asked.problems;
  showMessage(...page.problems);
  view.on = view.on || new Date().toISOString().slice(0, 10);
  $("day").value = view.on;
  page.loaded = Promise.all([api("/api/countries"), api("/api/pairs"), api("/api/types")]);
  const [countries, pairs, kinds] = await page.loaded;
  kinds.forEach((k) => KINDS.set(k.name, k));
  countries.forEach((c) => COUNTRIES.set(c.code, c));
  fill($("countries"), countries.map((c) => h("option", { value: `${c.name} (${c.code})` })));
  fill($("pairs"), pairs.map((p) => h("li", {}, h("a", { href: addressOf({ a: p.pair[0], b: p.pair[1] }) },
    `${p.names[0]} – ${p.names[1]} `, h("span", { class: "hint" }, `(${p.events} ${p.events === 1 ? "event" : "events"})`)))));
  if (view.a && view.b && !page.timeline) await showPair();
  else if (view.a || view.b) showMessage(...page.problems, "The link names one state; choose the other.");
}

start()
  .catch((err) => showMessage(err.message))
  .finally(() => { document.body.dataset.ready = "true"; });
