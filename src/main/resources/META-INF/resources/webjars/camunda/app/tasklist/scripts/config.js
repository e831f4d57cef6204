/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Samverkan: this file replaces Tasklist's default scripts/config.js (Camunda 7.24) and keeps its
// settings, with these additions: the Swedish locale, a script that puts dates in the language Tasklist
// shows (scripts/samverkan-dates.js), one that does the same for the texts Camunda writes in English
// whatever the language (scripts/samverkan-texts.js), the links to Samverkan's pages in the header
// (scripts/samverkan-navigation.js), refusals shown as their Swedish reason alone
// (scripts/samverkan-refusals.js), names and roles for assistive technology (scripts/samverkan-accessibility.js),
// and Swedish descriptions of the keyboard shortcuts.
// Tasklist shows those descriptions as written here, not from the locale files, so they follow the
// rule by which Tasklist picks its language: the browser's first preferred language.
const browserLanguage = (Array.isArray(navigator.languages) && navigator.languages[0])
  || navigator.language || '';
const swedish = browserLanguage.split('-')[0].toLowerCase() === 'sv';

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Samverkan: Tasklist in Swedish for browsers whose first language is Swedish, English otherwise.
  // The texts are in ../locales/sv.json (Swedish) and the webjar's locales/en.json (English).
  locales: {
    availableLocales: ['en', 'sv'],
    fallbackLocale: 'en'
  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // Samverkan: relative times and the calendar in the language Tasklist shows (scripts/samverkan-dates.js),
  // and so are the fixed English texts of Camunda Forms and of Tasklist's templates (scripts/samverkan-texts.js);
  // a refused form shows Samverkan's Swedish reason alone (scripts/samverkan-refusals.js).
  customScripts: ['scripts/samverkan-dates', 'scripts/samverkan-texts', 'scripts/samverkan-navigation',
    'scripts/samverkan-refusals', 'scripts/samverkan-sign-out', 'scripts/samverkan-accessibility'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: swedish
        ? 'tar den markerade uppgiften'
        : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: swedish
        ? 'flyttar markören till det första filtret i listan'
        : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: swedish
        ? 'flyttar markören till den första uppgiften i listan'
        : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: swedish
        ? 'flyttar markören till det första fältet i uppgiftens formulär'
        : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: swedish
        ? 'öppnar dialogrutan Starta process'
        : 'opens the start process modal dialog'
    }
  }
};
