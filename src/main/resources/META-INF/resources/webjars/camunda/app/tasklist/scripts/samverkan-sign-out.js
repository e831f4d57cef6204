/*
 * Samverkan: signing out of Tasklist also signs out of the municipality's identity provider when staff sign in
 * through it (profile oidc). Tasklist ends its own session (POST .../auth/user/default/logout); the server then
 * names where the provider's sign-out starts (header X-Samverkan-Sign-Out, singlesignon.SignOutThroughProvider),
 * and the browser goes there instead of Camunda's login form. Without single sign-on the header is absent and
 * nothing changes. Loaded by customScripts in config.js before AngularJS starts.
 */
const angular = window.angular;

angular.module('cam.tasklist').run(['$rootScope', '$window', function ($rootScope, $window) {
  $rootScope.$on('authentication.logout.success', function (event, response) {
    const signOut = response && typeof response.headers === 'function' && response.headers('X-Samverkan-Sign-Out');
    if (signOut && signOut.charAt(0) === '/') {
      event.preventDefault();
      $window.location.assign(signOut);
    }
  });
}]);
