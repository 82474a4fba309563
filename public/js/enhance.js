// Progressive enhancement only: every page works without this file.
// Auto-submit sort selects that opt in, so keyboard and no-JS users still use the submit button.
document.addEventListener('change', (event) => {
  const target = event.target;
  if (target instanceof HTMLSelectElement && target.dataset.autosubmit === 'true' && target.form) {
    target.form.requestSubmit();
  }
});
