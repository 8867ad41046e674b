/* Suggestions while typing in a site search field (a form with data-suggest-url): the names the suggest
   endpoint returns fill a <datalist> attached to the field, so the browser offers them with its own,
   accessible list. Without this script the field is a plain search field of a GET form. */
(() => {
  "use strict";

  const DELAY = 250; // milliseconds after the last keystroke, so a fast typist sends one request
  const MIN_LENGTH = 2; // the endpoint suggests nothing for less

  function enhance(form) {
    const field = form.querySelector('input[type="search"][id]');
    if (!field || !window.fetch || !window.AbortController) return;
    const list = document.createElement("datalist");
    list.id = `${field.id}-suggestions`;
    form.append(list);
    field.setAttribute("list", list.id);
    // The browser's own history of entries would mix with the suggestions in the same list.
    field.setAttribute("autocomplete", "off");

    let timer;
    let pending;

    async function suggest(text) {
      pending?.abort();
      pending = new AbortController();
      const address = `${form.dataset.suggestUrl}?${new URLSearchParams({ q: text })}`;
      try {
        const response = await fetch(address, {
          signal: pending.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) return;
        const answer = await response.json();
        // The visitor has typed on since: this answer is for an older text.
        if (answer.query !== field.value.trim()) return;
        const labels = new Set(answer.suggestions.map((suggestion) => suggestion.label));
        list.replaceChildren(
          ...[...labels].map((label) => Object.assign(document.createElement("option"), { value: label })),
        );
      } catch {
        // Suggestions are a convenience: an aborted or failed request leaves the field as it is.
      }
    }

    field.addEventListener("input", () => {
      clearTimeout(timer);
      const text = field.value.trim();
      if (text.length < MIN_LENGTH) {
        pending?.abort();
        list.replaceChildren();
        return;
      }
      timer = setTimeout(() => suggest(text), DELAY);
    });
  }

  document.querySelectorAll("form[data-suggest-url]").forEach(enhance);
})();
