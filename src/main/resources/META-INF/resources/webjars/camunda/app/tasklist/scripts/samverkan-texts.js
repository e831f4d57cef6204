/*
 * Samverkan: Tasklist's fixed English texts in the language Tasklist shows (Camunda 7.24), loaded by
 * customScripts in config.js before AngularJS starts.
 *
 * Tasklist takes most of its texts from locales/*.json, but some are written in English into its
 * templates, into AngularJS UI Bootstrap's and into Camunda Forms (@bpmn-io/form-js-viewer 1.8.8, which
 * has no translation support: bpmn-io/form-js#77 and #443). Each such text is translated by its English
 * wording as the key, the way Tasklist itself translates its filter criteria: locales/sv.json holds
 * the Swedish ("Field is required.": "Fältet måste fyllas i."), and a language without the key, such as
 * English, keeps Camunda's text untouched. {{ name }} in a key stands for a value the program fills in.
 *
 *  1. Tasklist's templates: the diagram's zoom buttons go through the translation; the assignee's
 *     tooltip in the task list shows the assignee, not the words "task.assignee" (a Camunda slip); and
 *     the dialog of a task's groups shows each group's name beside its id.
 *  2. UI Bootstrap's templates (Tasklist's calendar, time fields and alerts) go through the translation.
 *  3. Camunda Forms render outside AngularJS, so their texts are translated where they appear: in the
 *     page, watched by a MutationObserver, and again whenever Tasklist's language changes.
 *  4. A refused form reads as Samverkan's reason alone: when the server says what was not done and why,
 *     the heading Tasklist puts before it ("Det gick inte att starta processen.", "Ett fel uppstod när
 *     uppgiftens formulär skickades") is left out; when Camunda Forms shows at each field what to fix
 *     (a required field left empty), no notification is added beside it.
 */
const angular = window.angular;

/** Texts of Camunda Forms, as form-js writes them: the keys of their translations. */
const FORM_TEXTS = [
  // validation messages (form-js-viewer's Validator and date-time field)
  'Field is required.',
  'Field must have minimum length of {{ length }}.',
  'Field must have maximum length of {{ length }}.',
  'Field must have minimum value of {{ value }}.',
  'Field must have maximum value of {{ value }}.',
  'Field must match pattern {{ pattern }}.',
  'Field must be a valid email.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)',
  'Value is not a number.',
  'Value is expected to be an integer.',
  'Value is expected to have at most 1 decimal digit.',
  'Value is expected to have at most {{ digits }} decimal digits.',
  'Please select a valid value, the two nearest valid values are {{ lower }} and {{ upper }}.',
  'Date and time must both be entered.',
  // fields and lists
  'Search', 'Select', 'No results', 'All values selected', 'Remove tag', 'Remove list item {{ number }}',
  'Add new', 'Expand all ({{ count }})', 'Collapse', 'Increment', 'Decrement', 'Nothing to show.',
  'Previous page', 'Next page', 'No content to show.', "External content couldn't be loaded.",
  'This is an image placeholder',
  // the placeholders of date and time fields, for a browser that writes dates as Swedish does
  'yyyy-mm-dd', 'hh:mm'
];
const FORM_ATTRIBUTES = ['placeholder', 'title', 'aria-label', 'alt'];
const FORMS = '.fjs-form';

/** Template literals of UI Bootstrap 2.5 that Tasklist shows, by template. */
const BOOTSTRAP_TEMPLATES = {
  'uib/template/datepicker/day.html': ['previous', 'next'],
  'uib/template/datepicker/month.html': ['previous', 'next'],
  'uib/template/datepicker/year.html': ['previous', 'next'],
  'uib/template/timepicker/timepicker.html': ['HH'],
  'uib/template/alert/alert.html': ['Close']
};

const normal = (text) => text.replace(/\s+/g, ' ').trim();
const quoted = (text) => "'" + text.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
/** A text in an AngularJS template, shown in Tasklist's language. */
const translated = (text) => '{{ ' + quoted(text) + ' | translate }}';

function replaceAll(template, replacements) {
  return replacements.reduce((result, [from, to]) => result.split(from).join(to), template);
}

const tasklist = angular.module('cam.tasklist');

// --- 1. Tasklist's templates, changed before AngularJS compiles them

tasklist.config(['$provide', function ($provide) {
  $provide.decorator('camWidgetBpmnViewerDirective', ['$delegate', function ($delegate) {
    $delegate.forEach((directive) => {
      directive.template = replaceAll(directive.template, ['zoom in', 'zoom out', 'reset zoom']
        .map((text) => [`title="${text}"`, `title="${translated(text)}"`]));
    });
    return $delegate;
  }]);

  $provide.decorator('camTasksDirective', ['$delegate', function ($delegate) {
    $delegate.forEach((directive) => {
      directive.template = replaceAll(directive.template,
        [['uib-tooltip="task.assignee"', 'uib-tooltip="{{ task.assignee }}"']]);
    });
    return $delegate;
  }]);

  // The task's groups dialog is opened with its template as a string; it listed group ids only,
  // although Tasklist has the names of the groups it shows beside the task.
  $provide.decorator('$uibModal', ['$delegate', function ($delegate) {
    const open = $delegate.open;
    $delegate.open = function (options) {
      if (options && typeof options.template === 'string' && options.template.indexOf('camTaskGroupsCtrl') !== -1) {
        options = angular.extend({}, options, {
          template: replaceAll(options.template, [[
            '{{ group.id }}',
            '{{ group.name || group.id }}<small class="text-muted" ng-if="group.name"> ({{ group.id }})</small>'
          ]])
        });
      }
      return open.call(this, options);
    };
    return $delegate;
  }]);
}]);

tasklist.run(['$rootScope', '$translate', '$templateCache', function ($rootScope, $translate, $templateCache) {
  // --- 2. UI Bootstrap's templates, already in the cache: its modules run before Tasklist's

  Object.keys(BOOTSTRAP_TEMPLATES).forEach((name) => {
    const template = $templateCache.get(name);
    if (typeof template === 'string') {
      $templateCache.put(name, replaceAll(template, BOOTSTRAP_TEMPLATES[name].flatMap((text) => [
        [`>${text}<`, `>${translated(text)}<`],
        [`placeholder="${text}"`, `placeholder="${translated(text)}"`]
      ])));
    }
  });

  // --- 3. Camunda Forms, translated in the page

  const patterns = FORM_TEXTS.map((key) => {
    const names = [];
    const source = normal(key).split(/\{\{\s*(\w+)\s*\}\}/).map((part, i) => {
      if (i % 2) {
        names.push(part);
        return '(.+?)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }).join('');
    return { key, names, pattern: new RegExp('^' + source + '$') };
  });

  let table = null; // the texts of Tasklist's language that translate FORM_TEXTS

  function useLanguage() {
    const all = $translate.getTranslationTable() || {};
    table = {};
    FORM_TEXTS.forEach((key) => {
      if (typeof all[key] === 'string' && all[key] !== key) {
        table[key] = all[key];
      }
    });
    document.querySelectorAll(FORMS).forEach(translateWithin);
  }

  /** The text in Tasklist's language, or null where it has none. */
  function translation(text) {
    const wanted = normal(text);
    for (const { key, names, pattern } of patterns) {
      const match = table[key] && pattern.exec(wanted);
      if (match) {
        return names.reduce((result, name, i) => result.split(new RegExp('\\{\\{\\s*' + name + '\\s*\\}\\}')).join(match[i + 1]),
          table[key]);
      }
    }
    return null;
  }

  function translateText(node) {
    const text = node.nodeValue;
    if (!text || !text.trim()) {
      return;
    }
    const result = translation(text);
    if (result !== null) {
      // keep the spaces form-js puts around it
      node.nodeValue = text.match(/^\s*/)[0] + result + text.match(/\s*$/)[0];
    }
  }

  function translateAttributes(element) {
    FORM_ATTRIBUTES.forEach((attribute) => {
      const value = element.getAttribute(attribute);
      const result = value && translation(value);
      if (result) {
        element.setAttribute(attribute, result);
      }
    });
  }

  function translateWithin(root) {
    if (!table || !Object.keys(table).length) {
      return;
    }
    if (root.nodeType === Node.TEXT_NODE) {
      translateText(root);
      return;
    }
    translateAttributes(root);
    root.querySelectorAll(FORM_ATTRIBUTES.map((a) => `[${a}]`).join(',')).forEach(translateAttributes);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      translateText(node);
    }
  }

  const inForm = (node) => {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element && element.closest(FORMS);
  };

  new MutationObserver((mutations) => {
    if (!table || !Object.keys(table).length) {
      return;
    }
    mutations.forEach((mutation) => {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach((node) => {
          if (inForm(node)) {
            translateWithin(node);
          } else if (node.nodeType === Node.ELEMENT_NODE) {
            node.querySelectorAll(FORMS).forEach(translateWithin);
          }
        });
      } else if (inForm(mutation.target)) {
        if (mutation.type === 'characterData') {
          translateText(mutation.target);
        } else {
          translateAttributes(mutation.target);
        }
      }
    });
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: FORM_ATTRIBUTES
  });

  $rootScope.$on('$translateLoadingSuccess', useLanguage);
  $rootScope.$on('$translateChangeSuccess', useLanguage);
  useLanguage();
}]);

// --- 4. Refusals of a start or task form: the reason alone

/** The headings Tasklist gives a failed start or completion of a form, by their translation keys. */
const FORM_FAILURES = ['PROCESS_START_ERROR', 'COMPLETE_ERROR'];

tasklist.config(['$provide', function ($provide) {
  $provide.decorator('Notifications', ['$delegate', '$injector', function (notifications, $injector) {
    const addError = notifications.addError;
    notifications.addError = function (notification) {
      const $translate = $injector.get('$translate');
      const headings = FORM_FAILURES.map((key) => $translate.instant(key));
      if (!notification || headings.indexOf(notification.status) < 0) {
        return addError.apply(this, arguments);
      }
      const message = typeof notification.message === 'string' ? notification.message.trim() : '';
      if (!message) {
        // Camunda Forms refused it before sending: the fields say what to fix
        return document.querySelector('.fjs-form-field-error') ? undefined : addError.apply(this, arguments);
      }
      return addError.call(this, Object.assign({}, notification, { status: '' }));
    };
    return notifications;
  }]);
}]);
