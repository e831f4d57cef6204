/*
 * Samverkan: a refused start or task form in Tasklist (Camunda 7.24) reads as Samverkan's Swedish reason
 * alone, loaded by customScripts in config.js before AngularJS starts.
 *
 * The server already answers a refusal in Camunda's shape with the reason alone as its message
 * (web.EngineErrors), but Tasklist puts its own heading before it ("Det gick inte att starta processen.",
 * "Ett fel uppstod när uppgiftens formulär skickades"): here that heading is left out when the server says
 * what was not done and why (styles/user-styles.css hides the then empty heading and its ":"). When Camunda
 * Forms refuses a form before sending it and shows at each field what to fix (a required field left empty),
 * no notification is added beside the fields.
 */
const angular = window.angular;
const tasklist = angular.module('cam.tasklist');

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
