// The facts of a pair: shared memberships, migration figures (a bar per year where there are
// several), each side's missions and envoys; every value with a button that shows its sentence.
"use strict";

import { $, h, s, fill, activate } from "./dom.js";
import { humanDate } from "./words.js";

const RANKS = {
  ambassador: "ambassador", minister: "minister", charge_d_affaires: "chargé d'affaires",
  representative: "representative", consular: "consul",
};
const ENDS = {
  succeeded: "succeeded", envoy_withdrawn: "withdrawn", envoy_expelled: "expelled",
  relations_severed: "relations broken off", embassy_closed: "embassy closed",
};
const STATUS = { member: "member", suspended: "suspended", left: "left", "not yet a member": "not yet a member" };

let shown = null;

function evidenceButton(record, label, lead, context) {
  return activate(h("button", { type: "button", class: "evidence-button", "aria-label": `The sentence: ${label}` }, "sentence"),
    () => context.showEvidence(record, lead || label).catch((e) => context.showMessage?.(e.message)));
}

function membershipLine(m, context) {
  const dates = [["joined", m.joined], ["suspended", m.suspended], ["left", m.left]].filter(([, d]) => d).map(([w, d]) => `${w} ${humanDate(d)}`);
  const sources = [...m.statements, ...m.events];
  return h("li", { class: "membership", "data-organization": m.organization, "data-country": m.country },
    h("span", { class: "fact-value" }, `${context.countryName(m.country)}: ${STATUS[m.status] || m.status}`),
    dates.length ? ` (${dates.join(", ")})` : null, " ",
    sources.map((r) => evidenceButton(r, `${context.countryName(m.country)} and the ${m.organization}`, null, context)));
}

function membershipsPart(record, context) {
  const byOrg = new Map();
  for (const m of record.memberships) {
    if (!byOrg.has(m.organization)) byOrg.set(m.organization, []);
    byOrg.get(m.organization).push(m);
  }
  const shared = new Set(record.shared);
  const list = (orgs) => h("ul", { class: "facts-list" }, orgs.map((org) =>
    h("li", {}, h("strong", {}, org), h("ul", {}, byOrg.get(org).map((m) => membershipLine(m, context))))));
  const sharedOrgs = [...byOrg.keys()].filter((o) => shared.has(o)).sort();
  const others = [...byOrg.keys()].filter((o) => !shared.has(o)).sort();
  return h("section", { id: "facts-memberships", "aria-labelledby": "facts-memberships-title" },
    h("h4", { id: "facts-memberships-title" }, "Organizations"),
    sharedOrgs.length ? [h("p", {}, `Both belong to ${sharedOrgs.length === 1 ? "one organization" : `${sharedOrgs.length} organizations`}:`), list(sharedOrgs)]
      : h("p", { class: "hint" }, "The texts name no organization both belong to."),
    others.length ? [h("p", {}, "Only one of them:"), list(others)] : null);
}

function figureText(f) {
  return f.measure === "share_of_foreign_residents" ? `${(f.value * 100).toFixed(1)}%` : Number(f.value).toLocaleString("en");
}

function measureWords(f, context) {
  const who = `${context.countryName(f.origin)}'s nationals in ${context.countryName(f.destination)}`;
  return f.measure === "share_of_foreign_residents" ? `${who}, as a share of its foreign residents` : `${who}, residents`;
}

// A bar per year: the height is the value, the year beneath, the value above; each bar opens its sentence.
function barChart(figures, context) {
  const sorted = [...figures].sort((p, q) => (p.year ?? 0) - (q.year ?? 0));
  const max = Math.max(...sorted.map((f) => f.value)) || 1;
  const barW = 44, gap = 18, height = 120, top = 18, base = top + height;
  const width = sorted.length * (barW + gap) + gap;
  return s("svg", { class: "bars", width, height: base + 22, viewBox: `0 0 ${width} ${base + 22}`, role: "group", "aria-label": measureWords(sorted[0], context) },
    sorted.map((f, i) => {
      const x = gap + i * (barW + gap);
      const barH = Math.max((f.value / max) * height, 2);
      const bar = s("g", { class: "bar", tabindex: 0, role: "button", "data-year": f.year ?? "", "aria-label": `${f.year ?? "year not known"}: ${figureText(f)}` },
        s("rect", { x, y: base - barH, width: barW, height: barH }),
        s("text", { class: "bar-value", x: x + barW / 2, y: base - barH - 4, "text-anchor": "middle" }, figureText(f)),
        s("text", { class: "bar-year", x: x + barW / 2, y: base + 15, "text-anchor": "middle" }, String(f.year ?? "?")),
        s("title", {}, `${f.year ?? "?"}: ${figureText(f)}`));
      activate(bar, () => context.showEvidence(f, `${measureWords(f, context)}, ${f.year ?? "year not known"}: ${figureText(f)}.`));
      return bar;
    }));
}

function figuresPart(record, context) {
  const groups = new Map();
  for (const f of record.statistics) {
    const key = `${f.origin}>${f.destination}:${f.measure}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  return h("section", { id: "facts-figures", "aria-labelledby": "facts-figures-title" },
    h("h4", { id: "facts-figures-title" }, "Migration"),
    groups.size ? [...groups.values()].map((figures) => {
      // One figure a year: where sources repeat one, the first is drawn.
      const byYear = new Map();
      for (const f of figures) if (!byYear.has(f.year)) byYear.set(f.year, f);
      const yearly = [...byYear.values()];
      return h("div", { class: "figure-group" },
        h("p", {}, measureWords(figures[0], context)),
        yearly.length > 1 ? barChart(yearly, context) : null,
        h("ul", { class: "facts-list" }, yearly.map((f) => h("li", { class: "figure", "data-year": f.year ?? "" },
          h("span", { class: "fact-value" }, `${f.year ?? "year not known"}: ${figureText(f)}`), " ",
          evidenceButton(f, `${measureWords(f, context)}, ${f.year ?? ""}`, null, context)))));
    }) : h("p", { class: "hint" }, "The texts give no migration figures between the two."));
}

function postingLine(p, context) {
  const who = p.person || "an envoy not named";
  const rank = p.rank ? `, ${RANKS[p.rank] || p.rank}` : "";
  const span = `${p.start ? humanDate(p.start) : "from a date not given"} to ${p.end ? humanDate(p.end) : p.ended_by ? "a date not given" : "no end given"}`;
  const end = p.ended_by ? ` (${ENDS[p.ended_by] || p.ended_by})` : "";
  return h("li", { class: "posting", "data-person": p.person || "" },
    h("span", { class: "fact-value" }, `${who}${rank}: ${span}${end}`), " ",
    p.events.map((e) => evidenceButton(e, `${who}, ${e.type.replaceAll("_", " ")} ${humanDate(e.date)}`, null, context)));
}

function sidesPart(record, envoys, view, context) {
  const [a, b] = record.countries;
  const side = (x, y) => {
    const missions = record.missions.filter((m) => m.country === x && m.host === y);
    const postings = envoys.envoys.filter((p) => p.sending === x && p.host === y);
    return h("section", { class: "side", "data-side": `${x}>${y}` },
      h("h5", {}, `${context.countryName(x)} in ${context.countryName(y)}`),
      h("ul", { class: "facts-list" }, missions.length ? missions.map((m) => h("li", { class: "mission" },
        h("span", { class: "fact-value" }, `${m.name}, ${m.city}: ${m.status === "unknown" ? "open or closed not known" : m.status}${m.since ? ` since ${humanDate(m.since)}` : ""} on ${humanDate(view.on)}`), " ",
        evidenceButton(m, `${m.name}, ${m.city}`, null, context),
        m.event ? [" ", evidenceButton(m.event, `what made the ${m.name} ${m.status}`, null, context)] : null))
        : h("li", { class: "hint" }, "No mission listed in the texts.")),
      h("p", {}, "Heads of mission:"),
      h("ul", { class: "facts-list" }, postings.length ? postings.map((p) => postingLine(p, context)) : h("li", { class: "hint" }, "None named in the texts.")));
  };
  return h("section", { id: "facts-sides", "aria-labelledby": "facts-sides-title" },
    h("h4", { id: "facts-sides-title" }, "Missions and envoys"),
    h("div", { class: "sides" }, side(a, b), side(b, a)));
}

export async function showFacts(view, context) {
  const key = `${view.a}/${view.b}/${view.on}`;
  shown = key;
  const pair = `/api/pairs/${encodeURIComponent(view.a)}/${encodeURIComponent(view.b)}`;
  const [record, envoys] = await Promise.all([
    context.api(`${pair}/facts?on=${view.on}`),
    context.api(`${pair}/envoys`),
  ]);
  if (shown !== key) return; // a later pair or day was asked for meanwhile
  fill($("facts-body"), membershipsPart(record, context), figuresPart(record, context), sidesPart(record, envoys, view, context));
}
