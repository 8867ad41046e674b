// A text box above each checkbox list of more than 15 choices in the admin: typing narrows the visible
// choices; checked ones stay visible. Without JavaScript the whole list is there.
(function () {
  "use strict";
  var LONG = 15;

  function enhance(list) {
    var boxes = list.querySelectorAll('input[type="checkbox"]');
    if (boxes.length <= LONG || list.dataset.choiceFilter) return;
    list.dataset.choiceFilter = "on";
    var field = list.closest("[data-field-wrapper], .w-field__wrapper") || list.parentNode;
    var legend = field.querySelector("label, legend");
    var name = legend ? legend.textContent.replace("*", "").trim() : "";
    var lang = document.documentElement.lang || "en";
    var filter = document.createElement("input");
    filter.type = "search";
    filter.className = "choice-filter";
    filter.setAttribute("aria-label", (lang.indexOf("ru") === 0 ? "Найти в списке: " : "Filter the list: ") + name);
    filter.setAttribute("aria-controls", list.id);
    filter.placeholder = lang.indexOf("ru") === 0 ? "Найти в списке" : "Filter the list";
    filter.style.marginBottom = "0.5rem";
    list.parentNode.insertBefore(filter, list);
    filter.addEventListener("input", function () {
      var words = filter.value.toLowerCase().trim();
      boxes.forEach(function (box) {
        var label = list.querySelector('label[for="' + box.id + '"]') || box.closest("label");
        var item = box.closest("div, li") || label;
        var text = label ? label.textContent.toLowerCase() : "";
        item.hidden = words !== "" && !box.checked && text.indexOf(words) === -1;
      });
    });
  }

  function enhanceAll() {
    document.querySelectorAll('input[type="checkbox"]').forEach(function (box) {
      var list = box.parentElement.closest("[id^='id_']");
      if (list) enhance(list);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", enhanceAll);
  else enhanceAll();
})();
