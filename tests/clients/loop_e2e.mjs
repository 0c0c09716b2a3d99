// The whole loop in headless Chromium (Debian's package), against a server whose mail goes to a
// real SMTP server delivering into MAILDIR: an organiser submits, gets the edit link by mail and
// edits from it; a coordinator approves in the desk (the organiser gets the approval), rejects
// another with a reason, fixes a wrong zone and approves in one save, and reads the diff in the
// log. Prints JSON (what was seen, clicks and seconds per decision).
// Usage: node loop_e2e.mjs BASE_URL COORDINATOR_TOKEN MAILDIR SCREENSHOT_DIR
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";

const [base, token, maildir, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

// The messages delivered so far, as text with quoted-printable soft breaks undone.
function mails() {
  const dir = path.join(maildir, "new");
  return fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "latin1")
    .replace(/=\r?\n/g, "").replace(/=3D/g, "="));
}
// The first message for which `test` (a string it contains, or a function) holds.
async function mailWith(test, timeoutMs = 20000) {
  const ok = typeof test === "function" ? test : (m) => m.includes(test);
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = mails().find(ok);
    if (found) return found;
    if (Date.now() > end) throw new Error(`no mail with ${test}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
const local = (url) => base + new URL(url).pathname;

const out = { consoleErrors: [], clicks: {}, seconds: {} };
try {
  const organiser = await (await browser.newContext({ timezoneId: "Europe/Paris", locale: "fr-FR" })).newPage();
  const desk = await (await browser.newContext({ timezoneId: "Europe/Paris", locale: "en-GB" })).newPage();
  for (const p of [organiser, desk]) {
    p.on("console", (m) => { if (m.type() === "error") out.consoleErrors.push(m.text()); });
    p.on("pageerror", (e) => out.consoleErrors.push(String(e)));
  }
  async function submit(title, country, zone, email) {
    await organiser.goto(`${base}/submit`);
    await organiser.fill("#title", title);
    await organiser.fill("#start", "2027-11-27T14:00");
    await organiser.selectOption("#country", country);
    await organiser.selectOption("#timezone", zone);
    await organiser.fill("#city", "Paris");
    await organiser.fill("#organiser_email", email);
    await Promise.all([organiser.waitForNavigation({ waitUntil: "load" }), organiser.click('button[type="submit"]')]);
    await organiser.waitForSelector(".warning, #edit-link");
    const warnings = await organiser.$$eval(".warning input[name=confirm]", (els) => els.map((e) => e.value));
    if (warnings.length) {
      for (const code of warnings) await organiser.check(`.warning input[value="${code}"]`);
      await Promise.all([organiser.waitForNavigation({ waitUntil: "load" }), organiser.click('button[type="submit"]')]);
      await organiser.waitForSelector("#edit-link");
    }
    return (await organiser.textContent("#edit-link")).trim();
  }

  // 1. The organiser submits; the page says the link was mailed; the mail carries it.
  const shown = await submit("Marche pour Gaza", "FR", "Europe/Paris", "ana@example.org");
  out.mailedNotice = await organiser.isVisible("#edit-link-mailed");
  const first = await mailWith(new URL(shown).pathname);
  out.editLinkMailed = first.includes(new URL(shown).pathname);
  // 2. From the mailed link, an edit.
  await organiser.goto(local(shown));
  await organiser.fill("#venue", "Place de la République");
  await Promise.all([organiser.waitForNavigation({ waitUntil: "load" }), organiser.click('form:has(#title) button[type="submit"]')]);
  out.saved = (await organiser.textContent("#saved")).trim();

  // 3. The coordinator signs in and approves it: one click on the queue.
  await desk.goto(`${base}/admin/login`);
  await desk.fill("#token", token);
  await Promise.all([desk.waitForNavigation({ waitUntil: "load" }), desk.click('button[type="submit"]')]);
  await desk.screenshot({ path: path.join(shots, "desk-queue.png"), fullPage: true });
  let t = Date.now();
  const card = desk.locator("article.card", { hasText: "Marche pour Gaza" });
  out.cardShowsUtc = (await card.textContent()).includes("UTC");
  await Promise.all([desk.waitForNavigation({ waitUntil: "load" }), card.locator('button[data-key="approve"]').click()]);
  out.seconds.approve = (Date.now() - t) / 1000;
  out.clicks.approve = 1;
  out.approvedNotice = (await desk.textContent('[role="status"]')).trim();
  // The approval: to the organiser, with the action's public page (the edit-link mail has none).
  const approval = await mailWith((m) => m.includes("To: ana@example.org") && m.includes("/events/"));
  out.approvalInFrench = approval.includes("maintenant dans le calendrier");

  // 4. Another, rejected with a reason (keyboard: j to the card, r to the reason).
  await submit("Rassemblement", "FR", "Europe/Paris", "luc@example.org");
  await mailWith("To: luc@example.org");
  await desk.goto(`${base}/admin`);
  await desk.keyboard.press("j");
  await desk.keyboard.press("r");
  await desk.keyboard.type("Please add the exact place: street, square or venue.");
  await Promise.all([desk.waitForNavigation({ waitUntil: "load" }), desk.keyboard.press("Enter")]);
  out.rejectedNotice = (await desk.textContent('[role="status"]')).trim();
  const rejection = await mailWith("street, square or venue", 20000);
  out.rejectionMailTo = /To: luc@example\.org/.test(rejection);

  // 5. A wrong zone: fixed and approved in one save.
  await submit("Vigile", "FR", "America/New_York", "mo@example.org");
  await desk.goto(`${base}/admin`);
  t = Date.now();
  const wrong = desk.locator("article.card", { hasText: "Vigile" });
  await Promise.all([desk.waitForNavigation({ waitUntil: "load" }), wrong.locator('a[href^="/admin/events/"]').click()]);
  await desk.selectOption("#timezone", "Europe/Paris");
  await Promise.all([desk.waitForNavigation({ waitUntil: "load" }), desk.click('button[name="then"][value="approve"]')]);
  out.seconds.fixAndApprove = (Date.now() - t) / 1000;
  out.clicks.fixAndApprove = 3;
  out.fixedNotice = (await desk.textContent('[role="status"]')).trim();

  // 6. A coordinator's edit of a published action, then its diff in the log.
  await desk.goto(`${base}/admin/events?q=Marche`);
  await Promise.all([desk.waitForNavigation({ waitUntil: "load" }), desk.click('a[href^="/admin/events/"]:has-text("Marche pour Gaza")')]);
  await desk.fill("#venue", "Place de la Nation");
  // Wait for the page each click leads to (a load state already reached would not wait).
  await Promise.all([desk.waitForURL(/done=saved/), desk.click('button[type="submit"]:has-text("Save")')]);
  await Promise.all([desk.waitForURL(/\/admin\/log/), desk.click('a:has-text("Its log")')]);
  await desk.waitForSelector("table.diff td", { timeout: 10000 }).catch(() => {});
  out.logDiff = await desk.$$eval("table.diff td", (tds) => tds.map((td) => td.textContent.trim()));
  await desk.screenshot({ path: path.join(shots, "desk-log.png"), fullPage: true });
  const edited = await mailWith("Place de la Nation");
  out.editMailTo = /To: ana@example\.org/.test(edited);

  // Approved by keyboard alone: j to the card, a to approve.
  await submit("Cercle de silence", "FR", "Europe/Paris", "kim@example.org");
  await desk.goto(`${base}/admin`);
  await desk.keyboard.press("j");
  await Promise.all([desk.waitForNavigation({ waitUntil: "load" }), desk.keyboard.press("a")]);
  out.keyboardApproved = (await desk.textContent('[role="status"]')).trim();

  // The desk on a phone: nothing wider than the screen.
  await desk.setViewportSize({ width: 360, height: 740 });
  await submit("Vigile du soir", "FR", "Europe/Paris", "zoe@example.org");
  await desk.goto(`${base}/admin`);
  out.phoneOverflow = await desk.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await desk.screenshot({ path: path.join(shots, "desk-phone.png"), fullPage: true });
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out));
