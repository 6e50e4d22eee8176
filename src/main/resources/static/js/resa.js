// Screens are server-rendered; this file only wires htmx to CSRF and adds the "/" shortcut.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) event.detail.headers[header.content] = token.content;
});

// "/" jumps to the header search, as in most back-office tools, unless the user is typing.
document.addEventListener("keydown", (event) => {
  const typing = event.target.closest("input, textarea, select, [contenteditable]");
  if (event.key === "/" && !typing && !event.altKey && !event.ctrlKey && !event.metaKey) {
    const search = document.getElementById("header-search");
    if (search) {
      event.preventDefault();
      search.focus();
      search.select();
    }
  }
});

// Alt+letter shortcuts (the carnet desk's Alt+A habit): any element with data-shortcut="x" is
// clicked, or focused when it is a field. Matched on the physical key (event.code) so the same
// keys work with Cyrillic layouts.
document.addEventListener("keydown", (event) => {
  if (!event.altKey || event.ctrlKey || event.metaKey || !event.code.startsWith("Key")) return;
  const letter = event.code.slice(3).toLowerCase();
  // A page's own shortcut wins over the menu's: the change screen's Alt+A adds a line there,
  // everywhere else Alt+A opens the carnet desk.
  const target = document.querySelector(`main [data-shortcut="${letter}"]`)
    || document.querySelector(`[data-shortcut="${letter}"]`);
  if (!target) return;
  event.preventDefault();
  if (target.matches("input, select, textarea")) {
    target.focus();
    if (target.select) target.select();
  } else {
    target.click();
  }
});

// A button with data-copy="#field" copies that field's text (a payment link to send).
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy]");
  if (!button) return;
  const field = document.querySelector(button.dataset.copy);
  if (!field) return;
  field.select?.();
  navigator.clipboard?.writeText(field.value ?? field.textContent).catch(() => {});
});
