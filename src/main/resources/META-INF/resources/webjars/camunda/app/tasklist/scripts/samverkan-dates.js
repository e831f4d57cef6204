/*
 * Samverkan: dates in Tasklist's own language (Camunda 7.24), loaded by customScripts in config.js.
 *
 * Tasklist 7.24 leaves two kinds of dates in English when it shows another language:
 *  1. Relative times ("om en dag", "för 2 minuter sedan"). Tasklist gives moment.js the dateLocales of
 *     locales/sv.json, but it also loads the fallback locales/en.json, and whichever file arrives last
 *     becomes moment's language. Here moment follows the language Tasklist shows after every file.
 *  2. The calendars: Tasklist's own for due and follow-up dates takes its month and day names and its
 *     first day of the week from AngularJS's $locale, and the date fields of Camunda Forms from flatpickr's
 *     defaults; both are English, with weeks from Sunday. Here both take them from the same dateLocales,
 *     so sv.json stays the one place for every Swedish word; English is left as Camunda has it.
 *     flatpickr's labels for screen readers ("Month", "Year", the date of each day) come from sv.json's
 *     labels, by their English text as the key, like the texts of scripts/samverkan-texts.js.
 *
 * This runs before Tasklist starts: config.js's customScripts are imported before AngularJS bootstraps.
 */
const angular = window.angular;

angular.module('cam.tasklist').run([
  '$rootScope', '$translate', '$locale', 'amMoment', 'moment',
  function ($rootScope, $translate, $locale, amMoment, moment) {
    const englishNames = {
      MONTH: $locale.DATETIME_FORMATS.MONTH,
      SHORTMONTH: $locale.DATETIME_FORMATS.SHORTMONTH,
      STANDALONEMONTH: $locale.DATETIME_FORMATS.STANDALONEMONTH,
      DAY: $locale.DATETIME_FORMATS.DAY,
      SHORTDAY: $locale.DATETIME_FORMATS.SHORTDAY,
      FIRSTDAYOFWEEK: $locale.DATETIME_FORMATS.FIRSTDAYOFWEEK
    };
    const englishId = $locale.id;
    // flatpickr, which Camunda Forms use for date fields, is global; forms give it no locale of their own
    const flatpickr = window.flatpickr;
    const flatpickrEnglish = flatpickr && flatpickr.l10ns.default;
    // how flatpickr writes each day's date for screen readers, unless told otherwise
    const FLATPICKR_ARIA_DATE = 'F j, Y';
    // flatpickr's texts for screen readers, by their English wording, which is their key in sv.json
    const FLATPICKR_LABELS = {
      monthAriaLabel: 'Month',
      yearAriaLabel: 'Year',
      hourAriaLabel: 'Hour',
      minuteAriaLabel: 'Minute',
      scrollTitle: 'Scroll to increment',
      toggleTitle: 'Click to toggle'
    };

    function calendarIn(language) {
      const formats = $locale.DATETIME_FORMATS;
      if (language === 'en') {
        angular.extend(formats, englishNames);
        $locale.id = englishId;
        if (flatpickr) {
          flatpickr.l10ns.default = flatpickrEnglish;
          delete flatpickr.defaultConfig.ariaDateFormat;
        }
        return;
      }
      const names = moment.localeData(language);
      if (flatpickr) {
        const labels = {};
        Object.keys(FLATPICKR_LABELS).forEach((name) => {
          labels[name] = $translate.instant(FLATPICKR_LABELS[name]);
        });
        flatpickr.localize(angular.extend(labels, {
          months: { longhand: names.months(), shorthand: names.monthsShort() },
          weekdays: { longhand: names.weekdays(), shorthand: names.weekdaysShort() },
          firstDayOfWeek: names.firstDayOfWeek()
        }));
        // the date of each day as a screen reader reads it out, in the format sv.json gives for flatpickr's
        flatpickr.setDefaults({ ariaDateFormat: $translate.instant(FLATPICKR_ARIA_DATE) });
      }
      formats.MONTH = names.months();
      formats.STANDALONEMONTH = names.months();
      formats.SHORTMONTH = names.monthsShort();
      formats.DAY = names.weekdays();
      formats.SHORTDAY = names.weekdaysShort();
      // moment counts days from Sunday = 0, AngularJS from Monday = 0
      formats.FIRSTDAYOFWEEK = (names.firstDayOfWeek() + 6) % 7;
      // the calendar's date parser rebuilds its patterns when the locale's id changes
      $locale.id = language;
    }

    function followTasklistsLanguage() {
      const language = $translate.use() || $translate.proposedLanguage();
      if (!language || moment.locales().indexOf(language) === -1) {
        return; // its locale file has not arrived yet; this runs again when it has
      }
      if (moment.locale() !== language) {
        amMoment.changeLocale(language); // also re-renders the relative times already shown
      }
      calendarIn(language);
    }

    $rootScope.$on('$translateLoadingSuccess', followTasklistsLanguage);
    $rootScope.$on('$translateChangeSuccess', followTasklistsLanguage);
    followTasklistsLanguage();
  }
]);
