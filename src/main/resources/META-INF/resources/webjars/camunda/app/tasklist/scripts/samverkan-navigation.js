/*
 * Samverkan: the way around, in Tasklist's and Cockpit's header (Camunda 7.24), loaded by customScripts in
 * each app's config.js. It asks /sidor.json which of Samverkan's pages and Camunda's apps the signed-in
 * person may open and puts those links first in the header's menu; the server decides, this only shows.
 * In Tasklist it also shows "Skapa uppgift" only to those who may create tasks (hidden by user-styles.css
 * until the answer says so). It asks again when the person signs in or out.
 */
(function () {
  'use strict';
  var MENU = 'nav.cam-nav.app-menu > ul';
  var MAY_CREATE = 'samverkan-may-create-tasks';
  var way = null;
  var asked = null;

  function current(href) {
    var here = window.location.pathname;
    return href.indexOf('/camunda/app/') === 0 ? here.indexOf(href.replace(/default\/$/, '')) === 0
      : here === href || here.indexOf(href + '/') === 0;
  }

  function place() {
    var menu = document.querySelector(MENU);
    if (!menu) {
      return;
    }
    var placed = menu.querySelector('li.samverkan-page');
    var wanted = way && way.signedIn ? way.links : [];
    var key = wanted.map(function (link) { return link.href; }).join(' ');
    if (placed && menu.getAttribute('data-samverkan-pages') === key) {
      return;
    }
    Array.prototype.forEach.call(menu.querySelectorAll('li.samverkan-page'), function (li) { li.remove(); });
    menu.setAttribute('data-samverkan-pages', key);
    wanted.slice().reverse().forEach(function (link) {
      var li = document.createElement('li');
      li.className = 'samverkan-page';
      var a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.name;
      if (current(link.href)) {
        a.setAttribute('aria-current', 'page');
      }
      li.appendChild(a);
      menu.insertBefore(li, menu.firstChild);
    });
    document.documentElement.classList.toggle(MAY_CREATE, !!(way && way.mayCreateTasks));
  }

  function ask() {
    var who = document.querySelector('li.account') ? 'in' : 'out';
    if (asked === who) {
      return;
    }
    asked = who;
    fetch('/sidor.json', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) { way = answer; place(); })
      .catch(function () { way = null; place(); });
  }

  new MutationObserver(function () {
    ask();
    place();
  }).observe(document.documentElement, { childList: true, subtree: true });
  ask();
})();

export default [];
