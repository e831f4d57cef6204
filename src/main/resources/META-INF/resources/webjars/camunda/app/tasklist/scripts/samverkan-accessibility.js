/*
 * Samverkan: Tasklist (Camunda 7.24) as assistive technology reads it, WCAG 2.1 AA, without changing Camunda's
 * files. Loaded by customScripts in config.js before AngularJS starts. What axe-core found, and what is done:
 *
 *  1. Buttons and links that show only an icon have no name: each gets one (aria-label). Where Camunda gives it
 *     a tooltip (its own or its icon's), the tooltip's text, already in Tasklist's language; otherwise the
 *     name below, in Swedish when Tasklist shows Swedish.
 *  2. The search field of the task list (a UI Bootstrap typeahead) says whether its list is open
 *     (aria-expanded), which a plain text field may not: it is a combobox, and says so.
 *  3. The filter dialog's labels "Färg" and "Prioritet" point at an id their fields lack: the fields get it. Its
 *     criteria and variables are rows of fields under one line of column labels ("Nyckel", "Värde"): each field
 *     is named by its column's label.
 *  4. The filter dialog's sections (UI Bootstrap's accordion) are marked up as tabs whose headings hold the link
 *     that opens them; an accordion is headings with a button each: the tab roles go, each section is a region.
 *  5. Camunda Forms (form-js 1.8) tie each field's label, description and error to it, but not a radio group's or
 *     a checklist's label to the group (it names no field), and a searchable select says neither that it is
 *     required nor that it is in error: the group becomes a radiogroup or group named by its label, and the
 *     select's field says aria-required and aria-invalid as the others do.
 *
 * Camunda re-renders parts of the page at any time, so the fixes are applied to whatever appears, watched by a
 * MutationObserver, and the names again whenever Tasklist's language changes. The contrast and the visible focus
 * are in styles/user-styles.css.
 */
const angular = window.angular;

/**
 * Controls without a name or a tooltip, by selector: their name in Swedish and in English. Written here, not in
 * locales/sv.json (whose keys beyond en.json are Camunda's own English, SwedishTasklistTest), the way config.js
 * holds the shortcuts' descriptions; the language is the one Tasklist shows.
 */
const NAMES = [
  ['button.region-toggle[data-region="filters"]', 'Visa eller dölj filtren', 'Show or hide the filters'],
  ['button.region-toggle[data-region="list"]', 'Visa eller dölj uppgiftslistan', 'Show or hide the task list'],
  ['button.region-toggle[data-region="task"]', 'Visa eller dölj uppgiften', 'Show or hide the task'],
  ['button.maximize', 'Visa uppgiften i hela fönstret', 'Show the task in the whole window'],
  ['button.reset-regions', 'Visa filter, uppgiftslista och uppgift', 'Show filters, task list and task'],
  ['.stored-criteria > button.dropdown-toggle', 'Sparade sökningar', 'Saved searches'],
  ['.app-switch > a.dropdown-toggle', 'Camundas webbapplikationer', 'Camunda web applications'],
  ['.user-account > a.dropdown-toggle', 'Ditt konto', 'Your account']
];
const LABELLED = 'data-samverkan-label';

/** Whether an element has a name of its own (text a screen reader reads, aria-label, aria-labelledby, title). */
function named(element) {
  if (element.hasAttribute(LABELLED)) {
    return false; // named here: named again, in the current language
  }
  return !!((element.getAttribute('aria-label') || '').trim() || element.getAttribute('aria-labelledby')
    || (element.getAttribute('title') || '').trim() || (element.innerText || '').trim());
}

function tooltipOf(element) {
  const own = element.getAttribute('uib-tooltip');
  if (own && own.trim() && !own.includes('{{')) {
    return own.trim();
  }
  const inner = element.querySelector('[uib-tooltip]');
  const text = inner && inner.getAttribute('uib-tooltip');
  return text && text.trim() && !text.includes('{{') ? text.trim() : null;
}

function nameControls(root, swedish) {
  for (const [selector, sv, en] of NAMES) {
    root.querySelectorAll(selector).forEach((element) => {
      const name = swedish ? sv : en;
      if (!named(element) && element.getAttribute('aria-label') !== name) {
        element.setAttribute(LABELLED, '');
        element.setAttribute('aria-label', name);
      }
    });
  }
  root.querySelectorAll('a[href], button').forEach((element) => {
    if (named(element) && !element.hasAttribute('data-samverkan-tooltip-label')) {
      return;
    }
    const tooltip = tooltipOf(element);
    if (tooltip && element.getAttribute('aria-label') !== tooltip) {
      element.setAttribute('data-samverkan-tooltip-label', '');
      element.setAttribute('aria-label', tooltip);
    }
  });
}

function fixRoles(root) {
  root.querySelectorAll('input.main-field[aria-expanded]:not([role])').forEach((input) => {
    input.setAttribute('role', 'combobox');
  });
  root.querySelectorAll('.panel-group[role="tablist"]').forEach((group) => group.removeAttribute('role'));
  root.querySelectorAll('.panel-group .panel-heading[role="tab"], .panel-group .panel-heading[aria-selected]')
    .forEach((heading) => {
      heading.removeAttribute('role');
      heading.removeAttribute('aria-selected');
    });
  root.querySelectorAll('.panel-group .panel-collapse[role="tabpanel"]').forEach((panel) => {
    panel.setAttribute('role', 'region');
  });
}

function labelFields(root) {
  root.querySelectorAll('label[for]').forEach((label) => {
    const id = label.getAttribute('for');
    if (!id || document.getElementById(id) || !label.parentElement) {
      return;
    }
    const fields = label.parentElement.querySelectorAll('input:not([id]), select:not([id]), textarea:not([id])');
    if (fields.length === 1) {
      fields[0].id = id;
    }
  });
  root.querySelectorAll('.filter-modal .labels-left').forEach((header) => {
    const columns = [...header.querySelectorAll('.form-group > label.control-label:not([for])')]
      .map((label) => label.textContent.replace(/\s+/g, ' ').trim());
    header.parentElement.querySelectorAll('.form-group').forEach((group) => {
      if (header.contains(group)) {
        return;
      }
      [...group.children].forEach((cell, index) => {
        const field = cell.querySelector('input, select, textarea');
        const label = field && field.id && document.querySelector(`label[for="${field.id}"]`);
        if (field && columns[index] && !label && field.getAttribute('aria-label') !== columns[index]) {
          field.setAttribute('aria-label', columns[index]);
        }
      });
    });
  });
}

/** Camunda Forms: radio groups and checklists named by their label; required and invalid said of every field. */
function describeFormFields(root) {
  root.querySelectorAll('.fjs-form-field-radio, .fjs-form-field-checklist').forEach((field) => {
    const label = field.querySelector(':scope > label.fjs-form-field-label:not([for])');
    const first = field.querySelector('input');
    if (!label || !first || !first.id) {
      return;
    }
    label.id = label.id || first.id.replace(/-\d+$/, '') + '-group-label';
    field.setAttribute('role', field.classList.contains('fjs-form-field-radio') ? 'radiogroup' : 'group');
    field.setAttribute('aria-labelledby', label.id);
    if (field.classList.contains('fjs-form-field-radio') && field.querySelector('input[required]')) {
      field.setAttribute('aria-required', 'true');
    }
  });
  root.querySelectorAll('.fjs-form-field').forEach((field) => {
    // a field marked required (its label's asterisk), not a group of fields
    if (!field.querySelector('label .fjs-asterix') || field.querySelector('.fjs-form-field')) {
      return;
    }
    const invalid = field.classList.contains('fjs-has-errors') ? 'true' : 'false';
    field.querySelectorAll('input:not([type=radio]):not([type=checkbox]):not([type=hidden]), select, textarea')
      .forEach((control) => {
        if (control.closest('.flatpickr-calendar')) {
          return; // the calendar's month and year, not the field
        }
        if (!control.required && control.getAttribute('aria-required') !== 'true') {
          control.setAttribute('aria-required', 'true');
        }
        if (control.getAttribute('aria-invalid') !== invalid) {
          control.setAttribute('aria-invalid', invalid);
        }
      });
  });
}

angular.module('cam.tasklist').run(['$rootScope', '$translate', function ($rootScope, $translate) {
  const swedish = () => ($translate.use() || $translate.proposedLanguage() || '').split('-')[0] === 'sv';
  let pending = false;

  function applyAll() {
    pending = false;
    nameControls(document.body, swedish());
    fixRoles(document.body);
    labelFields(document.body);
    describeFormFields(document.body);
  }

  function later() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(applyAll);
    }
  }

  new MutationObserver(later).observe(document.body, {
    childList: true, subtree: true, attributes: true, attributeFilter: ['uib-tooltip', 'role', 'aria-selected', 'class']
  });
  $rootScope.$on('$translateChangeSuccess', later);
  later();
}]);
