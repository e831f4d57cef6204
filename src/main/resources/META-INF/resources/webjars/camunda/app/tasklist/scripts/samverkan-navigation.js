/*
 * Samverkan: the way around, in Tasklist's and Cockpit's header (Camunda 7.24), loaded by customScripts in
 * each app's config.js. It asks /sidor.json which of Samverkan's pages and Camunda's apps the signed-in
 * person may open and puts them first in the header's menu, as one item "Samverkan" that opens their list;
 * the server decides, this only shows. Camunda's own apps are left to Camunda's app menu (the house icon).
 * In Tasklist it also shows "Skapa uppgift" only to those who may create tasks (hidden by user-styles.css
 * until the answer says so). It asks again when the person signs in or out. Both apps' footer gets a link to the
 * accessibility statement (/tillganglighet).
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

  // the accessibility statement, in the footer of every screen, signed in or not
  function statementLink() {
    var footer = document.querySelector('footer');
    if (!footer || footer.querySelector('a.samverkan-accessibility')) {
      return;
    }
    // beside "Drivs av Camunda Platform", inside the footer's one line (anything after it is cut off)
    var place = footer.querySelector('.row > div:last-child') || footer;
    var a = document.createElement('a');
    a.className = 'samverkan-accessibility';
    a.href = '/tillganglighet';
    a.textContent = 'Tillgänglighet';
    place.appendChild(document.createTextNode(' · '));
    place.appendChild(a);
  }

  function place() {
    statementLink();
    var menu = document.querySelector(MENU);
    if (!menu) {
      return;
    }
    var wanted = way && way.signedIn
      ? way.links.filter(function (link) { return link.href.indexOf('/camunda/app/') !== 0; }) : [];
    var key = wanted.map(function (link) { return link.href; }).join(' ');
    if (menu.querySelector('li.samverkan-pages') && menu.getAttribute('data-samverkan-pages') === key) {
      return;
    }
    Array.prototype.forEach.call(menu.querySelectorAll('li.samverkan-pages'), function (li) { li.remove(); });
    menu.setAttribute('data-samverkan-pages', key);
    document.documentElement.classList.toggle(MAY_CREATE, !!(way && way.mayCreateTasks));
    if (wanted.length === 0) {
      return;
    }
    // one menu item, "Samverkan", opening the list: the header keeps to one line however many pages
    var item = document.createElement('li');
    item.className = 'samverkan-pages dropdown';
    var toggle = document.createElement('a');
    toggle.href = '#';
    toggle.className = 'dropdown-toggle';
    toggle.setAttribute('role', 'button');
    toggle.setAttribute('aria-haspopup', 'true');
    toggle.setAttribute('aria-expanded', 'false');
    toggle.textContent = 'Samverkan ';
    var caret = document.createElement('span');
    caret.className = 'caret';
    toggle.appendChild(caret);
    var list = document.createElement('ul');
    list.className = 'dropdown-menu dropdown-menu-right';
    wanted.forEach(function (link) {
      var li = document.createElement('li');
      li.className = 'samverkan-page';
      var a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.name;
      if (current(link.href)) {
        a.setAttribute('aria-current', 'page');
      }
      li.appendChild(a);
      list.appendChild(li);
    });
    toggle.addEventListener('click', function (event) {
      event.preventDefault();
      open(item, !item.classList.contains('open'));
    });
    item.appendChild(toggle);
    item.appendChild(list);
    menu.insertBefore(item, menu.firstChild);
  }

  function open(item, opened) {
    item.classList.toggle('open', opened);
    item.querySelector('.dropdown-toggle').setAttribute('aria-expanded', String(opened));
  }

  // a click elsewhere or Escape closes the list
  document.addEventListener('click', function (event) {
    var item = document.querySelector('li.samverkan-pages.open');
    if (item && !item.contains(event.target)) {
      open(item, false);
    }
  });
  document.addEventListener('keydown', function (event) {
    var item = document.querySelector('li.samverkan-pages.open');
    if (item && event.key === 'Escape') {
      open(item, false);
      item.querySelector('.dropdown-toggle').focus();
    }
  });

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
