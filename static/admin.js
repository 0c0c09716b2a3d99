// The moderation desk's keys: j / k move to the next / previous card, a approves the card in
// focus, r goes to its reason field (to reject). Keys typed into a field are left alone.
(function () {
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.card"));
  if (!cards.length) return;
  var at = -1;
  function focus(i) {
    at = Math.max(0, Math.min(cards.length - 1, i));
    cards[at].focus();
    cards[at].scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) return;
    var card = at >= 0 ? cards[at] : null;
    if (ev.key === "j") { focus(at + 1); ev.preventDefault(); }
    else if (ev.key === "k") { focus(at - 1); ev.preventDefault(); }
    else if (ev.key === "a" && card) {
      var approve = card.querySelector("[data-key=approve]");
      if (approve) { approve.click(); ev.preventDefault(); }
    } else if (ev.key === "r" && card) {
      var reason = card.querySelector("[data-key=reason]");
      if (reason) { reason.focus(); ev.preventDefault(); }
    }
  });
  cards.forEach(function (c, i) { c.addEventListener("focus", function () { at = i; }); });
})();
