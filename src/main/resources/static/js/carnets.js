// The carnet desk: A, V or P names the beneficiary and moves on to the client; the tariffs follow
// the carnet and the beneficiary chosen; the last day of validity is shown as the days are typed.
// "Print the 1st carnet?" — yes opens its coupons (a PDF, printed from the browser) while the page
// moves on to say which carnet is printing. Opened on the key press or click itself, so no popup
// blocker stops it; a link on the next page opens it again.
document.addEventListener("click", (event) => {
  const button = event.target.closest("#carnet-print[data-pdf]");
  if (button) window.open(button.dataset.pdf, "_blank");
});

(() => {
  const form = document.getElementById("carnet-sale");
  if (!form) return;
  const beneficiary = document.getElementById("carnet-beneficiary");
  const beneficiaryName = document.getElementById("carnet-beneficiary-name");
  const search = document.getElementById("carnet-client-search");
  const client = document.getElementById("carnet-client");
  const model = document.getElementById("carnet-model");
  const tariff = document.getElementById("carnet-tariff");
  const validity = document.getElementById("carnet-validity");
  const expiry = document.getElementById("carnet-expiry");
  const lang = form.dataset.lang || document.documentElement.lang;

  const typeOf = (text) => {
    const typed = text.trim().toUpperCase();
    return [...document.querySelectorAll("#carnet-type-names [data-key]")]
      .find((t) => t.dataset.key === typed || t.dataset.code.toUpperCase() === typed);
  };

  const filterTariffs = () => {
    const type = typeOf(beneficiary.value);
    let first = null;
    for (const option of tariff.options) {
      const shown = option.dataset.model === model.value && (!type || option.dataset.type === type.dataset.code);
      option.hidden = !shown;
      option.disabled = !shown;
      if (shown && !first) first = option;
    }
    if (tariff.selectedOptions[0]?.disabled || !tariff.value) tariff.value = first ? first.value : "";
  };

  const showExpiry = () => {
    const days = parseInt(validity.value, 10);
    if (!(days > 0)) { expiry.textContent = ""; return; }
    const [y, m, d] = form.dataset.today.split("-").map(Number);
    const last = new Date(Date.UTC(y, m - 1, d + days));
    expiry.textContent = last.toLocaleDateString(lang, { timeZone: "UTC", dateStyle: "full" });
  };

  beneficiary.addEventListener("input", () => {
    const type = typeOf(beneficiary.value);
    beneficiaryName.textContent = type ? type.textContent : "";
    filterTariffs();
    if (type && beneficiary.value.trim().length === 1) search.focus();
  });
  // Enter in the search goes to the list of clients found rather than selling.
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter") { event.preventDefault(); client.focus(); }
  });
  model.addEventListener("change", () => {
    const days = model.selectedOptions[0]?.dataset.days;
    if (days) validity.value = days;
    filterTariffs();
    showExpiry();
  });
  validity.addEventListener("input", showExpiry);
  filterTariffs();
  showExpiry();
})();
