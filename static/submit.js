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

// Moving the start moves a filled-in end with it, keeping the action's length.
(function () {
  var start = document.getElementById("start");
  var end = document.getElementById("end");
  if (!start || !end) return;
  var before = start.value;
  start.addEventListener("change", function () {
    var a = Date.parse(before), b = Date.parse(start.value), e = Date.parse(end.value);
    if (!isNaN(a) && !isNaN(b) && !isNaN(e) && end.value.length === 16) {
      var moved = new Date(e + (b - a));
      var pad = function (n) { return (n < 10 ? "0" : "") + n; };
      end.value = moved.getFullYear() + "-" + pad(moved.getMonth() + 1) + "-" + pad(moved.getDate()) +
        "T" + pad(moved.getHours()) + ":" + pad(moved.getMinutes());
    }
    before = start.value;
  });
})();
