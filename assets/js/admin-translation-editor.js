// wagtail-localize 1.14's translation editor writes two labels in English in its bundle, outside its message
// catalog: the "More actions" button's name (read by screen readers) and the "Русский to English translation"
// heading. Its catalog (gettext) is on the page: put them through it, now and whenever the editor redraws.
(() => {
  const editor = document.querySelector(".js-translation-editor");
  if (!editor || typeof window.gettext !== "function") return;
  const heading = /^(.+) to (.+) translation$/;

  const translate = (node) => {
    const text = node.nodeValue.trim();
    if (text === "More actions") {
      node.nodeValue = gettext("More actions");
      return;
    }
    const names = text.match(heading);
    if (names) {
      const message = gettext("%(source)s to %(target)s translation");
      node.nodeValue = interpolate(message, { source: names[1], target: names[2] }, true);
    }
  };
  const walk = (root) => {
    if (root.nodeType === Node.TEXT_NODE) {
      translate(root);
      return;
    }
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) translate(texts.currentNode);
  };

  walk(editor);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "characterData") translate(record.target);
      record.addedNodes.forEach(walk);
    }
  }).observe(editor, { childList: true, subtree: true, characterData: true });
})();
