// What assistive technology is told of a Camunda Form's fields (form-js, with scripts/samverkan-accessibility.js):
// every field has a name; its description and its error are tied to it (aria-describedby); a required field says
// so; a field in error says so; a radio group or checklist is a group named by its label.

/** The problems of the fields of the form in `within`, one line each (none when all is well). */
export async function formFieldProblems(page, within) {
  return page.evaluate((within) => {
    const problems = [];
    const text = (id) => {
      const element = id && document.getElementById(id);
      return element ? element.textContent.replace(/\s+/g, ' ').trim() : '';
    };
    const nameOf = (control) => (control.getAttribute('aria-label') || '').trim()
      || (control.getAttribute('aria-labelledby') || '').split(/\s+/).map(text).join(' ').trim()
      || [...(control.labels || [])].map((label) => label.textContent.replace(/\s+/g, ' ').trim()).join(' ');
    for (const field of document.querySelectorAll(`${within} .fjs-form-field`)) {
      if (field.querySelector('.fjs-form-field')) {
        continue; // a group of fields: its fields are checked
      }
      const controls = [...field.querySelectorAll('input:not([type=hidden]), select, textarea')]
        .filter((control) => !control.closest('.flatpickr-calendar')); // a date's calendar, not the field
      if (!controls.length) {
        continue; // a text, not a field
      }
      const label = (field.querySelector('label') || {}).textContent || '(no label)';
      const what = `field "${label.replace(/\s+/g, ' ').replace('*', '').trim()}"`;
      const group = field.querySelector('input[type=radio]') || field.classList.contains('fjs-form-field-checklist');
      if (group) {
        const role = field.getAttribute('role');
        if (!['radiogroup', 'group'].includes(role) || !text(field.getAttribute('aria-labelledby'))) {
          problems.push(`${what}: its options are not a group named by its label`);
        }
      }
      const description = field.querySelector('.fjs-form-field-description');
      const error = field.querySelector('.fjs-form-field-error');
      const required = !!field.querySelector('label .fjs-asterix');
      for (const control of controls) {
        const describedBy = (control.getAttribute('aria-describedby') || '').split(/\s+/);
        if (!nameOf(control)) {
          problems.push(`${what}: a ${control.type || control.tagName} without a name`);
        }
        if (description && (!description.id || !describedBy.includes(description.id))) {
          problems.push(`${what}: its description is not tied to it`);
        }
        if (error && error.textContent.trim()) {
          if (!error.id || !describedBy.includes(error.id)) {
            problems.push(`${what}: its error is not tied to it`);
          }
          if (control.getAttribute('aria-invalid') !== 'true') {
            problems.push(`${what}: in error, but not aria-invalid`);
          }
        }
        if (required && !group && !control.required && control.getAttribute('aria-required') !== 'true') {
          problems.push(`${what}: required, but does not say so`);
        }
      }
    }
    return [...new Set(problems)];
  }, within);
}
