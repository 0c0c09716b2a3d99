// Progressive help on public pages: copy buttons, and each time also shown in the reader's own
// zone when the page was not asked for one (?tz=). Pages read fine without it.
(function () {
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var input = document.getElementById(button.getAttribute("data-copy"));
    if (!input) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      input.select();
      var done = function () { button.textContent = button.getAttribute("data-copied"); };
      if (navigator.clipboard) navigator.clipboard.writeText(input.value).then(done, done);
      else { document.execCommand("copy"); done(); }
    });
  });
  var zone = null;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { zone = null; }
  if (!zone || document.querySelector("[data-reader-zone]")) return;
  var lang = document.documentElement.lang || undefined;
  var fmt = new Intl.DateTimeFormat(lang, { hour: "numeric", minute: "2-digit", timeZone: zone });
  // The reader's zone as a person knows it ("Chile Time"), as the server names zones (CLDR).
  var zoneName = zone;
  try {
    var part = new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: "longGeneric" })
      .formatToParts(new Date()).filter(function (p) { return p.type === "timeZoneName"; })[0];
    if (part) zoneName = part.value;
  } catch (e) { zoneName = zone; }
  document.querySelectorAll("time[data-zone]").forEach(function (t) {
    if (t.getAttribute("data-zone") === zone) return;
    var when = new Date(t.getAttribute("datetime"));
    if (isNaN(when)) return;
    var small = document.createElement("small");
    small.className = "reader";
    small.textContent = fmt.format(when) + " " + zoneName;
    small.title = zone;
    var zoneLabel = t.parentNode.querySelector("small.zone");
    (zoneLabel || t).after(" · ", small);
  });
})();
