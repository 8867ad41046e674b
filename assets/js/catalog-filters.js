/* Enhancements of a catalog listing's filters; each of them works without this script.
   - The filters, folded into one line on a phone, start open where they sit beside the results
     (data-open-from, the media query of that layout in site.css).
   - A long facet gets a box that narrows its values to those containing the typed letters, looking in
     the values behind «Show all» too.
   - Fields left empty are not sent, so the address stays clean without the server's redirect. */
(() => {
  "use strict";

  const normalise = (text) => text.toLocaleLowerCase().replaceAll("ё", "е").trim();

  function openWhereWide(details) {
    if (window.matchMedia(details.dataset.openFrom).matches) details.open = true;
  }

  function addNarrowingBox(fieldset) {
    const more = fieldset.querySelector(".facet__more");
    const choices = [...fieldset.querySelectorAll(".choice")].map((choice) => ({
      choice,
      // The label without its count: "Арбат (12)" is found by "арб", not by "12".
      text: normalise(choice.querySelector("label").firstChild.textContent),
    }));
    const box = document.createElement("div");
    box.className = "field facet__narrow";
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = "search";
    input.id = `${fieldset.id}-narrow`;
    input.autocomplete = "off";
    label.htmlFor = input.id;
    label.textContent = fieldset.dataset.narrowLabel;
    const status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    box.append(label, input, status);
    fieldset.querySelector("legend").after(box);

    let openBefore = more.open;
    input.addEventListener("input", () => {
      const typed = normalise(input.value);
      if (typed && !input.dataset.narrowing) {
        openBefore = more.open;
        input.dataset.narrowing = "1";
      }
      let found = 0;
      for (const { choice, text } of choices) {
        choice.hidden = Boolean(typed) && !text.includes(typed);
        if (!choice.hidden) found += 1;
      }
      if (typed) {
        more.open = true;
        status.textContent = fieldset.dataset.narrowFound.replace("{n}", found);
      } else {
        more.open = openBefore;
        delete input.dataset.narrowing;
        status.textContent = "";
      }
    });
    // Enter in this box narrows, it does not send the form.
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") event.preventDefault();
    });
  }

  function dropEmptyFields(form) {
    form.addEventListener("formdata", (event) => {
      const filled = [...event.formData].filter(([, value]) => typeof value !== "string" || value.trim());
      for (const name of new Set(event.formData.keys())) event.formData.delete(name);
      for (const [name, value] of filled) event.formData.append(name, value);
    });
  }

  for (const details of document.querySelectorAll("details[data-open-from]")) openWhereWide(details);
  for (const fieldset of document.querySelectorAll("fieldset[data-narrow-label]")) addNarrowingBox(fieldset);
  for (const form of document.querySelectorAll("form.filters")) dropEmptyFields(form);
})();
