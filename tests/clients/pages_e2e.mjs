// Visits the public pages in headless Chromium (Debian's package) at phone and desktop size:
// console errors, axe-core violations, screenshots, what the pages show, and the widget inside
// an iframe of a page on another origin. Prints JSON. Usage: node pages_e2e.mjs BASE_URL SHOTS_DIR PATH...
import fs from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [base, shots, ...paths] = process.argv.slice(2);
fs.mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         // The server under test is on loopback; a partner page served by route interception
         // counts as public to Chromium, which would then refuse to frame loopback. Real
         // partners and a real deployment are both public, where no such check applies.
         "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests"],
});
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const out = { pages: {}, widget: null };
try {
  for (const [size, viewport] of Object.entries(sizes)) {
    const context = await browser.newContext({ viewport, timezoneId: "America/Santiago" });
    const page = await context.newPage();
    for (const path of paths) {
      const errors = [];
      page.removeAllListeners("console");
      page.removeAllListeners("pageerror");
      page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
      page.on("pageerror", (e) => errors.push(String(e)));
      const response = await page.goto(base + path, { waitUntil: "load" });
      const name = path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
      await page.screenshot({ path: `${shots}/${name}-${size}.png`, fullPage: true });
      const info = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        title: document.title,
        days: [...document.querySelectorAll("section.day")].map((s) => ({
          day: s.querySelector("time").getAttribute("datetime"),
          actions: [...s.querySelectorAll("li.action > a")].map((a) => a.textContent),
        })),
        world: document.querySelector("p.world") ? document.querySelector("p.world").textContent : null,
        worldTable: [...document.querySelectorAll("section[aria-labelledby=world-heading] tbody tr")].map((tr) =>
          [tr.querySelector("th").textContent, tr.querySelector("td").textContent]),
        start: document.querySelector("dd.local time") ? document.querySelector("dd.local time").getAttribute("datetime") : null,
        readerTimes: [...document.querySelectorAll("small.reader")].map((s) => s.textContent.trim()),
        subscribe: Object.fromEntries([...document.querySelectorAll(".subscribe a")].map((a) => [a.className || a.type, a.href])),
        feedUrl: document.querySelector("#feed-url") ? document.querySelector("#feed-url").value : null,
        alternates: [...document.querySelectorAll("link[rel=alternate]")].map((l) => [l.type, l.href]),
        horizontalOverflow: document.documentElement.scrollWidth > window.innerWidth + 1,
        tooWide: [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map((e) => e.tagName + "#" + e.id + " " + Math.round(e.getBoundingClientRect().width) + "px: " + e.textContent.slice(0, 60)).concat([`scrollWidth ${document.documentElement.scrollWidth} of ${window.innerWidth}`], [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().left < -1 && getComputedStyle(e).position !== "absolute").slice(0, 3).map((e) => "left " + e.tagName + "#" + e.id)),
        pwned: window.__pwned === 1,
      }));
      // axe-core runs in the page through the DevTools protocol, which the page's CSP does not govern.
      await page.evaluate(axeSource);
      const axe = await page.evaluate(async () => {
        const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] } });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
      });
      out.pages[`${size} ${path}`] = { status: response.status(), errors, axe, ...info };
    }
    await context.close();
  }

  // The widget inside an iframe of a page on another origin.
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  // Another origin on this machine (a public origin may not frame localhost in Chromium).
  const partner = base.replace("//localhost", "//127.0.0.1") + "/partner-page.html";
  await page.route(partner, (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="en"><title>Partner</title>
      <h1>Our campaign</h1><iframe id="w" title="Upcoming actions" src="${base}/embed?limit=3&theme=dark&ui=fr" style="width:100%;height:400px;border:0"></iframe>` }));
  await page.goto(partner);
  const frame = page.frameLocator("#w");
  await frame.locator("li").first().waitFor();
  out.widget = {
    items: await frame.locator("li").count(),
    lang: await frame.locator("html").getAttribute("lang"),
    more: await frame.locator("a.more").textContent(),
    errors,
  };
  await page.screenshot({ path: `${shots}/widget-in-partner-page.png` });
  await context.close();
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out));
