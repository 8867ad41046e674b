/* Suggestions while typing in a site search field (a form with data-suggest-url), as an ARIA 1.2 combobox
   with a listbox popup: the field keeps the focus and says which suggestion is active
   (aria-activedescendant); ArrowDown and ArrowUp move through the suggestions, Enter opens the active one
   (its address), Escape closes the list, and a polite live region says how many suggestions there are.
   Without this script the field is a plain search field of a GET form, which works as it did. */
(() => {
  "use strict";

  const DELAY = 250; // milliseconds after the last keystroke, so a fast typist sends one request
  const MIN_LENGTH = 2; // the endpoint suggests nothing for less

  function enhance(form) {
    const field = form.querySelector('input[type="search"][id]');
    if (!field || !window.fetch || !window.AbortController) return;

    const list = document.createElement("ul");
    list.id = `${field.id}-suggestions`;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    const label = document.querySelector(`label[for="${field.id}"]`);
    if (label) {
      label.id ||= `${field.id}-label`;
      list.setAttribute("aria-labelledby", label.id);
    }
    const status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    const box = document.createElement("div");
    box.className = "combobox";
    field.replaceWith(box);
    box.append(field, list, status);

    field.setAttribute("role", "combobox");
    field.setAttribute("aria-autocomplete", "list");
    field.setAttribute("aria-controls", list.id);
    field.setAttribute("aria-expanded", "false");
    // The browser's own history of entries would cover the suggestions.
    field.setAttribute("autocomplete", "off");

    let timer;
    let pending;
    let active = -1;

    const options = () => [...list.children];

    // `index` wraps around the list; null leaves no suggestion active.
    function activate(index) {
      const items = options();
      active = index === null || !items.length ? -1 : (index + items.length) % items.length;
      items.forEach((item, position) => item.setAttribute("aria-selected", String(position === active)));
      if (active < 0) {
        field.removeAttribute("aria-activedescendant");
        return;
      }
      field.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    }

    function open() {
      if (!list.children.length) return;
      list.hidden = false;
      field.setAttribute("aria-expanded", "true");
    }

    function close() {
      list.hidden = true;
      field.setAttribute("aria-expanded", "false");
      activate(null);
    }

    function choose(item) {
      window.location.assign(item.dataset.url);
    }

    function show(answer) {
      list.replaceChildren(
        ...answer.suggestions.map((suggestion, position) => {
          const item = document.createElement("li");
          item.id = `${list.id}-${position}`;
          item.setAttribute("role", "option");
          item.setAttribute("aria-selected", "false");
          item.dataset.url = suggestion.url;
          item.textContent = suggestion.label;
          return item;
        }),
      );
      activate(null);
      status.textContent = answer.announcement;
      if (list.children.length) open();
      else close();
    }

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
        show(answer);
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
        status.textContent = "";
        close();
        return;
      }
      timer = setTimeout(() => suggest(text), DELAY);
    });

    field.addEventListener("keydown", (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const shown = !list.hidden;
      switch (event.key) {
        case "ArrowDown":
        case "ArrowUp":
          if (!list.children.length) return;
          event.preventDefault();
          if (!shown) open();
          activate(event.key === "ArrowDown" ? active + 1 : active < 0 ? -1 : active - 1);
          break;
        case "Enter":
          // Without an active suggestion, Enter searches for the text, as the form does.
          if (shown && active >= 0) {
            event.preventDefault();
            choose(options()[active]);
          }
          break;
        case "Escape":
          if (shown) {
            event.preventDefault();
            close();
          }
          break;
        default:
      }
    });

    field.addEventListener("blur", close);
    // The field keeps the focus while a suggestion is pressed, so the list stays until the click.
    list.addEventListener("mousedown", (event) => event.preventDefault());
    list.addEventListener("click", (event) => {
      const item = event.target.closest('[role="option"]');
      if (item) choose(item);
    });
  }

  document.querySelectorAll("form[data-suggest-url]").forEach(enhance);
})();
