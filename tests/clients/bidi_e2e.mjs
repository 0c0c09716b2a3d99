// Right-to-left and mixed-direction text in headless Chromium (Debian's package): the computed
// direction of organiser text and the order its letters are drawn in (bounding boxes, not
// attributes); screenshots of every page in each language at phone and desktop size; axe-core
// on each. Prints JSON. Usage: node bidi_e2e.mjs BASE_URL SHOTS_DIR SPEC_JSON
//   SPEC_JSON: {"cookie": {"name", "value"} | null, "checks": [{"path", "selector"}],
//               "pages": [path], "langs": [code], "axe": [code]}
import fs from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [base, shots, specText] = process.argv.slice(2);
const spec = JSON.parse(specText);
fs.mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const out = { checks: [], pages: [] };

// How an element's own text is drawn: its computed direction, and whether its first letter is
// drawn to the right of its last one (right to left) or to the left (left to right).
const drawn = (selector) => {
  const el = document.querySelector(selector);
  if (!el) return { missing: selector };
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) if (walker.currentNode.data.trim()) nodes.push(walker.currentNode);
  const box = (node, i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect(); };
  const first = nodes[0], last = nodes[nodes.length - 1];
  const a = box(first, first.data.search(/\S/));
  const lastIndex = last.data.length - 1 - [...last.data].reverse().join("").search(/\S/);
  const b = box(last, lastIndex);
  const outer = el.getBoundingClientRect();
  return {
    text: el.textContent.trim(),
    direction: getComputedStyle(el).direction,
    block: getComputedStyle(el).display !== "inline",
    order: a.left < b.left ? "ltr" : "rtl",
    // Where the line starts: flush with the element's left or right edge.
    starts: Math.abs(Math.min(a.left, b.left) - outer.left) < Math.abs(outer.right - Math.max(a.right, b.right)) ? "left" : "right",
  };
};

try {
  const context = await browser.newContext({ viewport: sizes.desktop });
  if (spec.cookie) {
    await context.addCookies([{ name: spec.cookie.name, value: spec.cookie.value, url: base }]);
  }
  const page = await context.newPage();
  for (const check of spec.checks) {
    await page.goto(base + check.path, { waitUntil: "load" });
    out.checks.push({ ...check, ...(await page.evaluate(drawn, check.selector)) });
  }
  for (const lang of spec.langs) {
    for (const [size, viewport] of Object.entries(sizes)) {
      await page.setViewportSize(viewport);
      for (const path of spec.pages) {
        const url = base + path + (path.includes("?") ? "&" : "?") + "ui=" + lang;
        const response = await page.goto(url, { waitUntil: "load" });
        const name = path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
        const file = `${shots}/${lang}-${name}-${size}.png`;
        await page.screenshot({ path: file, fullPage: true });
        const info = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          overflow: document.documentElement.scrollWidth > window.innerWidth + 1,
        }));
        let serious = [];
        if (spec.axe.includes(lang)) {
          // Through the DevTools protocol, which the page's CSP does not govern.
          await page.evaluate(axeSource);
          const result = await page.evaluate(async () => await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] } }));
          serious = result.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
        }
        out.pages.push({ lang, size, path, status: response.status(), file, serious, ...info });
      }
    }
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
