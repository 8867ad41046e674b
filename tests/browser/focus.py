"""What the keyboard tests read from the page: the tab stops in document order, and whether the focused
element's focus indicator can be seen (WCAG 2.4.7, 2.4.11 and 1.4.11: at least 2 px, 3:1 against the
background it is drawn on)."""

# Where Tab may stop, in document order, as the browser lays the page out (hidden elements and the content
# of a closed <details> excluded); a group of radio buttons is one stop, at its checked button or else its
# first.
TAB_STOPS = """() => {
const isRadioStop = radio => {
  const group = [...(radio.form || document).querySelectorAll(`input[type=radio][name="${radio.name}"]`)];
  return radio.checked || (!group.some(other => other.checked) && group[0] === radio);
};
return [...document.querySelectorAll(
  'a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'
)].filter(element => element.getClientRects().length && getComputedStyle(element).visibility !== 'hidden')
 // The content of a closed <details> keeps its boxes but is neither shown nor reached by Tab.
 .filter(element => element.checkVisibility())
 .filter(element => element.type !== 'radio' || isRadioStop(element))
 .map(element => element.outerHTML.slice(0, 160));
}"""

POSITIVE_TABINDEX = (
    'document.querySelectorAll(\'[tabindex]:not([tabindex="0"]):not([tabindex^="-"])\').length'
)

FOCUSED = "document.activeElement === document.body ? null : document.activeElement.outerHTML.slice(0, 160)"

# The focus indicator of the focused element: its outline (drawn over its parent's background) or its box
# shadow's spread, whichever is visible; the answer says why when neither is.
FOCUS_INDICATOR = """() => {
  const parse = colour => {
    const channels = colour.match(/[\\d.]+/g).map(Number);
    return {rgb: channels.slice(0, 3), alpha: channels.length > 3 ? channels[3] : 1};
  };
  const luminance = ({rgb}) => {
    const [r, g, b] = rgb.map(value => {
      value /= 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  const backgroundOf = element => {
    for (let node = element; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour.alpha > 0) return colour;
    }
    return parse('rgb(255, 255, 255)');
  };
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const behind = backgroundOf(element.parentElement);
  const found = [];
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
    const ratio = contrast(parse(style.outlineColor), behind);
    if (ratio >= 3) return null;
    found.push(`outline ${style.outlineColor} ${ratio.toFixed(2)}:1`);
  }
  for (const shadow of style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\\))/)) {
    const colour = shadow.match(/rgba?\\([^)]*\\)/)[0];
    const lengths = shadow.replace(colour, '').match(/-?[\\d.]+px/g).map(parseFloat);
    const ratio = contrast(parse(colour), behind);
    if ((lengths[3] || 0) >= 2 && ratio >= 3) return null;
    found.push(`shadow ${colour} ${lengths[3] || 0}px ${ratio.toFixed(2)}:1`);
  }
  return `no visible focus (${found.join('; ') || 'none'}) on ${element.outerHTML.slice(0, 160)}`;
}"""
