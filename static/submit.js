// Progressive help for the submission form: default the time zone from the browser and from
// the chosen country. The form works the same without it.
(function () {
  var tz = document.getElementById("timezone");
  var country = document.getElementById("country");
  if (!tz || !country) return;
  var byCountry = {};
  try { byCountry = JSON.parse(tz.getAttribute("data-zones") || "{}"); } catch (e) { byCountry = {}; }
  var browser = null;
  try { browser = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { browser = null; }
  function offered(zone) {
    for (var i = 0; i < tz.options.length; i++) if (tz.options[i].value === zone) return true;
    return false;
  }
  function fromCountry() {
    var zones = byCountry[country.value];
    if (!zones || !zones.length) return false;
    if (zones.indexOf(tz.value) >= 0) return true;
    tz.value = zones.indexOf(browser) >= 0 ? browser : zones[0];
    return true;
  }
  if (!tz.value && !fromCountry() && browser && offered(browser)) tz.value = browser;
  country.addEventListener("change", fromCountry);
})();
