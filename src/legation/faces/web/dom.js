// Building the page's elements without ever parsing data as HTML: every text goes in as a text node
// and every attribute through setAttribute, so a value from the address or the store stays text.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";

function apply(el, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    // Handlers are attached with addEventListener, never as attributes; links only stay on this site.
    if (/^on/i.test(name)) throw new Error(`no handler attributes: ${name}`);
    if (name === "href" && !/^[?#/]/.test(String(value)) && !/^blob:/.test(String(value))) {
      throw new Error(`links stay on this site: ${value}`);
    }
    if (name === "dataset") Object.assign(el.dataset, value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// An HTML element: h("p", { class: "hint" }, "text", h("strong", {}, "more")).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

// An SVG element, the same way.
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

// Replaces what an element holds.
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const $ = (id) => document.getElementById(id);

// A click, or Enter or Space on a focused element, runs the handler.
export function activate(el, handler) {
  el.addEventListener("click", handler);
  el.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); handler(ev); }
  });
  return el;
}
