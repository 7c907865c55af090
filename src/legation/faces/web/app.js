// Legation's page: choose a pair, see its relations over time, read the sentence behind each mark.
// Everything comes from the HTTP API of the same server; nothing is loaded from elsewhere.
"use strict";

const WORDS = {
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
const KINDS = new Map();

const $ = (id) => document.getElementById(id);
const state = { countries: new Map(), a: null, b: null, on: null, timeline: null, from: null, to: null, loaded: null };

function esc(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}
function countryName(code) { return state.countries.get(code)?.name || code; }
function eventWords(type) { return KINDS.get(type)?.label || type.replaceAll("_", " "); }
function humanDate(text) {
  if (!text) return "date not known";
  if (text.includes("..")) { const [a, b] = text.split(".."); return `between ${humanDate(a)} and ${humanDate(b)}`; }
  const parts = text.split("-");
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  if (parts.length === 1) return parts[0];
  if (parts.length === 2) return `${months[+parts[1] - 1]} ${parts[0]}`;
  return `${+parts[2]} ${months[+parts[1] - 1]} ${parts[0]}`;
}

async function api(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `request failed (${response.status})`);
  return body;
}

function showMessage(text) {
  const box = $("message");
  box.textContent = text || "";
  box.hidden = !text;
}

function codeFrom(input) {
  const text = input.trim();
  const m = text.match(/\(([A-Z]{3})\)\s*$/);
  return m ? m[1] : text;
}

function writeUrl() {
  const params = new URLSearchParams();
  if (state.a) params.set("a", state.a);
  if (state.b) params.set("b", state.b);
  if (state.on) params.set("on", state.on);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  history.replaceState(null, "", `${location.pathname}?${params}`);
}

// ---------------------------------------------------------------- the chart

const ROWS_TOP = 28, ROW_H = 26, LABEL_W = 190, LANE_GAP = 15;

function years(iso) { const d = new Date(iso + "T00:00:00Z"); return d.getUTCFullYear() + (d.getUTCMonth() * 31 + d.getUTCDate()) / 372; }
function endOf(dateText) {
  if (!dateText) return null;
  const last = dateText.split("..").pop();
  const parts = last.split("-");
  const month = parts[1] || "12";
  const day = parts[2] || String(new Date(Date.UTC(+parts[0], +month, 0)).getUTCDate());
  return `${parts[0]}-${month}-${day}`;
}
function startOf(dateText) {
  if (!dateText) return null;
  const first = dateText.split("..")[0];
  const parts = first.split("-");
  return `${parts[0]}-${parts[1] || "01"}-${parts[2] || "01"}`;
}

function drawChart(timeline) {
  const [a, b] = timeline.pair;
  const rows = [
    { field: "relations", label: "Relations" },
    { field: `representation:${a}>${b}`, label: `${countryName(a)}'s envoy in ${countryName(b)}` },
    { field: `representation:${b}>${a}`, label: `${countryName(b)}'s envoy in ${countryName(a)}` },
    { field: `embassy:${a}>${b}`, label: `${countryName(a)}'s embassy` },
    { field: `embassy:${b}>${a}`, label: `${countryName(b)}'s embassy` },
  ];
  const dated = timeline.events.map((e) => startOf(e.date)).filter(Boolean);
  const since = timeline.intervals.map((i) => i.since).filter(Boolean);
  const all = [...dated, ...since].map(years);
  const today = new Date().getUTCFullYear() + 1;
  const lo = state.from ? +state.from : Math.floor((Math.min(...all, today - 10) - 5) / 10) * 10;
  const hi = state.to ? +state.to + 1 : Math.max(...all, today);
  $("from-year").value = lo;
  $("to-year").value = hi - (state.to ? 1 : 0);
  const inside = (p, q) => q >= lo && p <= hi;
  const width = 1100, plotW = width - LABEL_W - 10;
  const x = (y) => LABEL_W + ((Math.min(Math.max(y, lo), hi) - lo) / (hi - lo)) * plotW;
  const markerY = ROWS_TOP + rows.length * ROW_H + 18;
  // Events close in time are stacked in lanes so that each dot can be seen and selected.
  const lanes = [];
  const placed = timeline.events.map((e, k) => ({ e, k, at: startOf(e.date), until: endOf(e.date) }))
    .filter((m) => m.at && inside(years(m.at), years(m.until)))
    .map((m) => ({ ...m, cx: x(years(m.at)), cx2: x(years(m.until)) }))
    .sort((p, q) => p.cx - q.cx)
    .map((m) => {
      let lane = lanes.findIndex((last) => m.cx - last >= LANE_GAP);
      if (lane < 0) { lanes.push(m.cx); lane = lanes.length - 1; } else { lanes[lane] = m.cx; }
      return { ...m, cy: markerY + lane * LANE_GAP };
    });
  const height = markerY + Math.max(lanes.length, 1) * LANE_GAP + 20;
  const parts = [`<svg viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">`];
  // axis
  const step = hi - lo > 150 ? 25 : hi - lo > 60 ? 10 : 5;
  parts.push('<g class="axis" aria-hidden="true">');
  for (let y = Math.ceil(lo / step) * step; y <= hi; y += step) {
    parts.push(`<line x1="${x(y)}" x2="${x(y)}" y1="${ROWS_TOP - 6}" y2="${height - 10}"/><text x="${x(y)}" y="${ROWS_TOP - 10}" text-anchor="middle">${y}</text>`);
  }
  parts.push("</g>");
  rows.forEach((row, r) => {
    const y = ROWS_TOP + r * ROW_H;
    parts.push(`<text class="row-label" x="0" y="${y + ROW_H / 2 + 4}">${esc(row.label)}</text>`);
    timeline.intervals.filter((i) => i.field === row.field).forEach((i, k) => {
      if (!inside(i.since ? years(i.since) : lo, i.until ? years(i.until) : hi)) return;
      const x0 = i.since ? x(years(i.since)) : x(lo);
      const x1 = i.until ? x(years(i.until)) : x(hi);
      const w = Math.max(x1 - x0, 2);
      const value = i.value ?? "unknown";
      const kind = row.field.split(":")[0];
      const words = (WORDS[kind] || {})[value] || value;
      const span = `${i.since ? humanDate(i.since) : "the start"} to ${i.until ? humanDate(i.until) : "now"}`;
      parts.push(`<rect class="band k-${esc(kind)} v-${esc(value)}${i.certain ? "" : " uncertain-band"}" x="${x0}" y="${y + 2}" width="${w}" height="${ROW_H - 4}"
        tabindex="0" role="button" data-field="${esc(row.field)}" data-value="${esc(value)}" data-since="${i.since || ""}" data-until="${i.until || ""}" data-index="${k}"
        aria-label="${esc(row.label)}: ${esc(words)}, ${esc(span)}${i.certain ? "" : " (not certain)"}"><title>${esc(row.label)}: ${esc(words)} (${esc(span)})</title></rect>`);
    });
  });
  placed.forEach(({ e, k, cx, cx2, cy }) => {
    if (cx2 - cx > 8) parts.push(`<line class="range" x1="${cx}" x2="${cx2}" y1="${cy}" y2="${cy}" aria-hidden="true"/>`);
    const tone = KINDS.get(e.type)?.tone;
    const kind = tone === "break" ? "kind-break" : tone === "mend" ? "kind-mend" : "";
    const label = `${eventWords(e.type)}, ${humanDate(e.date)}: ${countryName(e.actor)} ${e.directed ? "to" : "and"} ${countryName(e.target)}`;
    parts.push(`<g class="marker ${kind}" tabindex="0" role="button" data-event="${k}" data-type="${esc(e.type)}" data-date="${esc(e.date)}"
      aria-label="${esc(label)}"><circle cx="${cx}" cy="${cy}" r="6"/><title>${esc(label)}</title></g>`);
  });
  if (state.on) {
    const dx = x(years(state.on));
    parts.push(`<line class="day-line" x1="${dx}" x2="${dx}" y1="${ROWS_TOP - 4}" y2="${height - 10}" aria-hidden="true"/>`);
  }
  parts.push(`<text class="row-label" x="0" y="${markerY + 4}">Events</text></svg>`);
  $("chart").innerHTML = parts.join("");
  // On a narrow screen the chart scrolls sideways: bring the chosen day into view.
  if (state.on) {
    const svg = $("chart").querySelector("svg");
    const scale = svg.getBoundingClientRect().width / width;
    $("chart").scrollLeft = Math.max(0, x(years(state.on)) * scale - $("chart").clientWidth / 2);
  }
  $("chart").querySelectorAll(".band").forEach((el) => activate(el, () => {
    const list = timeline.intervals.filter((i) => i.field === el.dataset.field);
    const interval = list[+el.dataset.index];
    select(el);
    if (interval.event) showEvidence(interval.event, `${el.getAttribute("aria-label")}. It began with:`);
    else showEvidenceText(`${el.getAttribute("aria-label")}. No event in the texts set this value: it is where the reading starts.`);
  }));
  $("chart").querySelectorAll(".marker").forEach((el) => activate(el, () => {
    select(el);
    showEvidence(timeline.events[+el.dataset.event]);
  }));
}

function activate(el, handler) {
  el.addEventListener("click", handler);
  el.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); handler(); }
  });
}
function select(el) {
  document.querySelectorAll(".selected").forEach((s) => s.classList.remove("selected"));
  el.classList.add("selected");
}

// ---------------------------------------------------------------- evidence

function showEvidenceText(text) {
  $("evidence").innerHTML = `<h3 id="evidence-title">Evidence</h3><p>${esc(text)}</p>`;
}

async function showEvidence(event, lead) {
  const doc = await api(`/api/documents/${encodeURIComponent(event.document_id)}`);
  const { start, end } = event.evidence;
  const text = doc.text;
  const from = Math.max(0, text.lastIndexOf("\n\n", start) + 2);
  let to = text.indexOf("\n\n", end);
  if (to < 0) to = text.length;
  const quoted = `${esc(text.slice(from, start))}<mark>${esc(text.slice(start, end))}</mark>${esc(text.slice(end, to))}`;
  const who = `${countryName(event.actor)} ${event.directed ? "→" : "and"} ${countryName(event.target)}`;
  const extra = [event.person, event.rank && event.rank.replaceAll("_", " ")].filter(Boolean).join(", ");
  $("evidence").innerHTML = `<h3 id="evidence-title">Evidence</h3>
    ${lead ? `<p>${esc(lead)}</p>` : ""}
    <p><strong>${esc(eventWords(event.type))}</strong>, ${esc(humanDate(event.date))}: ${esc(who)}${extra ? ` (${esc(extra)})` : ""}</p>
    <blockquote id="evidence-text">${quoted}</blockquote>
    <p class="source">Source: ${esc(doc.title || "")} — ${esc(doc.source)}, characters ${start}–${end}</p>`;
}

// ---------------------------------------------------------------- state on a day

function describe(kind, value) { return (WORDS[kind] || {})[value] || value || "none recognised"; }

async function showState() {
  if (!state.a || !state.b || !state.on) return;
  const s = await api(`/api/pairs/${state.a}/${state.b}/state?on=${state.on}`);
  const [a, b] = s.pair;
  const uncertain = new Set(s.uncertain);
  const item = (label, field, kind, value) => {
    const reason = s.reasons[field];
    const because = reason && reason.event ? ` <button type="button" class="why" data-field="${esc(field)}">why?</button>` : "";
    const mark = uncertain.has(field) ? ' <span class="uncertain">(not certain: dated only roughly)</span>' : "";
    return `<dt>${esc(label)}</dt><dd>${esc(describe(kind, value))}${mark}${because}</dd>`;
  };
  $("summary").innerHTML = `<p><strong>On ${esc(humanDate(s.on))}</strong></p><dl>
    ${item("Relations", "relations", "relations", s.relations)}
    ${item(`${countryName(a)}'s envoy in ${countryName(b)}`, `representation:${a}>${b}`, "representation", s.representation[`${a}>${b}`])}
    ${item(`${countryName(b)}'s envoy in ${countryName(a)}`, `representation:${b}>${a}`, "representation", s.representation[`${b}>${a}`])}
    ${item(`${countryName(a)}'s embassy in ${countryName(b)}`, `embassy:${a}>${b}`, "embassy", s.embassy[`${a}>${b}`])}
    ${item(`${countryName(b)}'s embassy in ${countryName(a)}`, `embassy:${b}>${a}`, "embassy", s.embassy[`${b}>${a}`])}
    ${s.recognizes[`${a}>${b}`] ? item(`${countryName(a)} recognises as leader of ${countryName(b)}`, `recognizes:${a}>${b}`, "", s.recognizes[`${a}>${b}`]) : ""}
    ${s.recognizes[`${b}>${a}`] ? item(`${countryName(b)} recognises as leader of ${countryName(a)}`, `recognizes:${b}>${a}`, "", s.recognizes[`${b}>${a}`]) : ""}
  </dl>`;
  $("summary").querySelectorAll(".why").forEach((btn) => btn.addEventListener("click", () => {
    const reason = s.reasons[btn.dataset.field];
    showEvidence(reason.event, `Why: since ${humanDate(reason.since)}, because of this sentence.`);
  }));
}

async function showCountry(code) {
  const list = await api(`/api/countries/${code}/relations?on=${state.on}`);
  const rows = list.map((s) => {
    const other = s.pair[1];
    return `<tr><td><a href="?a=${code}&b=${other}&on=${state.on}">${esc(countryName(other))}</a></td>
      <td>${esc(describe("relations", s.relations))}</td>
      <td>${esc(describe("representation", s.representation[`${code}>${other}`]))}</td>
      <td>${esc(describe("representation", s.representation[`${other}>${code}`]))}</td></tr>`;
  }).join("");
  $("country-table").innerHTML = `<table><caption>${esc(countryName(code))} on ${esc(humanDate(state.on))}</caption>
    <thead><tr><th scope="col">With</th><th scope="col">Relations</th><th scope="col">${esc(countryName(code))}'s envoy there</th><th scope="col">Their envoy</th></tr></thead>
    <tbody>${rows || '<tr><td colspan="4">No relations in the store.</td></tr>'}</tbody></table>`;
}

// ---------------------------------------------------------------- putting it together

async function showPair() {
  showMessage("");
  await state.loaded;
  try {
    state.timeline = await api(`/api/pairs/${encodeURIComponent(state.a)}/${encodeURIComponent(state.b)}/timeline`);
  } catch (err) {
    showMessage(err.message);
    return;
  }
  [state.a, state.b] = state.timeline.pair;
  $("state-a").value = `${countryName(state.a)} (${state.a})`;
  $("state-b").value = `${countryName(state.b)} (${state.b})`;
  $("day").value = state.on;
  writeUrl();
  $("pair-view").hidden = false;
  $("pair-title").textContent = `${countryName(state.a)} – ${countryName(state.b)}`;
  $("country-a").textContent = `All of ${countryName(state.a)}'s relations`;
  $("country-b").textContent = `All of ${countryName(state.b)}'s relations`;
  drawChart(state.timeline);
  await showState();
  $("country-table").innerHTML = "";
}

function wire() {
  $("choose").addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.a = codeFrom($("state-a").value);
    state.b = codeFrom($("state-b").value);
    state.on = $("day").value || state.on;
    showPair();
  });
  $("day").addEventListener("change", () => {
    if (!$("day").value) return;
    state.on = $("day").value;
    writeUrl();
    if (state.timeline) { drawChart(state.timeline); showState().catch((e) => showMessage(e.message)); }
  });
  const rezoom = () => {
    state.from = $("from-year").value || null;
    state.to = $("to-year").value || null;
    if (state.from && state.to && +state.from >= +state.to) { showMessage("The first year must come before the last."); return; }
    showMessage("");
    writeUrl();
    if (state.timeline) drawChart(state.timeline);
  };
  $("from-year").addEventListener("change", rezoom);
  $("to-year").addEventListener("change", rezoom);
  $("zoom-all").addEventListener("click", () => { $("from-year").value = ""; $("to-year").value = ""; rezoom(); });
  $("country-a").addEventListener("click", () => showCountry(state.a).catch((e) => showMessage(e.message)));
  $("country-b").addEventListener("click", () => showCountry(state.b).catch((e) => showMessage(e.message)));
}

async function start() {
  // Listen first: a person may type and press Show before the lists below have loaded.
  wire();
  const params = new URLSearchParams(location.search);
  state.on = params.get("on") || new Date().toISOString().slice(0, 10);
  state.from = params.get("from");
  state.to = params.get("to");
  if (!$("day").value) $("day").value = state.on;
  state.loaded = Promise.all([api("/api/countries"), api("/api/pairs"), api("/api/types")]);
  const [countries, pairs, kinds] = await state.loaded;
  kinds.forEach((k) => KINDS.set(k.name, k));
  countries.forEach((c) => state.countries.set(c.code, c));
  $("countries").innerHTML = countries.map((c) => `<option value="${esc(c.name)} (${c.code})"></option>`).join("");
  $("pairs").innerHTML = pairs.map((p) => `<li><a href="?a=${p.pair[0]}&b=${p.pair[1]}">${esc(p.names[0])} – ${esc(p.names[1])} <span class="hint">(${p.events} ${p.events === 1 ? "event" : "events"})</span></a></li>`).join("");
  if (params.get("a") && params.get("b") && !state.timeline) {
    state.a = params.get("a");
    state.b = params.get("b");
    await showPair();
  }
}

start()
  .catch((err) => showMessage(err.message))
  .finally(() => { document.body.dataset.ready = "true"; });
