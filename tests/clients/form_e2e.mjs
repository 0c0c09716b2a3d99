// Drives the real submission form in headless Chromium (Debian's package), as an organiser in
// Beirut would: no typing of the time zone, Arabic title, a warning to confirm. Prints JSON.
// Usage: node form_e2e.mjs BASE_URL
import { chromium } from "playwright-core";

const base = process.argv[2];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const out = { consoleErrors: [] };
try {
  const context = await browser.newContext({ timezoneId: "Asia/Beirut", locale: "ar-LB" });
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") out.consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => out.consoleErrors.push(String(e)));

  await page.goto(`${base}/submit`);
  out.zoneFromBrowser = await page.inputValue("#timezone");
  await page.selectOption("#country", "PS");
  out.zoneFromCountry = await page.inputValue("#timezone");
  await page.selectOption("#country", "LB");
  const title = "وقفة تضامنية مع الأسرى في بيروت";
  await page.fill("#title", title);
  out.titleDirection = await page.$eval("#title", (el) => getComputedStyle(el).direction);
  await page.fill("#description", "شموع عند الغروب.\nCandles at dusk.");
  await page.fill("#start", "2027-11-29T03:00");
  await page.fill("#end", "2027-11-29T04:30");
  await page.fill("#city", "بيروت");
  await page.check('input[name="campaigns"][value="day-of-solidarity"]');
  await page.fill("#languages", "ar, en");
  await page.fill("#organiser_email", "organiser@example.org");
  await Promise.all([page.waitForLoadState("load"), page.click('button[type="submit"]')]);
  await page.waitForSelector(".warning, #edit-link");
  out.warnings = await page.$$eval(".warning input[name=confirm]", (els) => els.map((e) => e.value));
  out.valuesKept = await page.inputValue("#title");
  for (const code of out.warnings) await page.check(`.warning input[value="${code}"]`);
  await Promise.all([page.waitForLoadState("load"), page.click('button[type="submit"]')]);
  await page.waitForSelector("#edit-link");
  out.editLink = (await page.textContent("#edit-link")).trim();
  await page.screenshot({ path: process.env.SCREENSHOT || "/tmp/actioncal-submitted.png" });

  // The link names the public origin; open the same path on the server under test.
  await page.goto(base + new URL(out.editLink).pathname);
  out.status = (await page.textContent("#status")).trim();
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out));
