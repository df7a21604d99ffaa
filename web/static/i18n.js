// The interface's strings in the page's language. web/i18n.py renders the catalogue for this page into
// <script type="application/json" id="messages">; a string it does not hold stays English. Placeholders are
// written %(name)s, as in the templates and the .po files, so pybabel checks them in both.
"use strict";

const MESSAGES = (() => {
  const node = document.getElementById("messages");
  try { return node ? JSON.parse(node.textContent) : {}; } catch (e) { return {}; }
})();

// As in the templates, the string is always formatted: %(name)s takes values[name] and %% is a percent sign.
function gettext(text, values) {
  const out = Object.prototype.hasOwnProperty.call(MESSAGES, text) ? MESSAGES[text] : text;
  return out.replace(/%\((\w+)\)s|%%/g, (match, name) => (name ? String((values || {})[name]) : "%"));
}

// Marks a string for `pybabel extract` where it is written; gettext() translates it where it is shown.
function N_(text) { return text; }
