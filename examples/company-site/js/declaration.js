// Renders the live cookie declaration on the privacy page from window.consentryConfig (the object
// Consentry itself reads: js/consentry-config.js), so the policy never drifts from what the banner
// and the blocking do. Categories, their services, and every declared cookie with its provider,
// purpose and duration. Plain DOM with textContent: no HTML from config reaches the page.
(function () {
  var nb = document.documentElement.lang.slice(0, 2) != 'en';
  var L = nb
    ? {
        services: 'Tjenester',
        cookie: 'Navn',
        provider: 'Leverandør',
        purpose: 'Formål',
        duration: 'Varighet',
        none: 'Ingen informasjonskapsler.',
        own: 'Lagrer valget ditt om informasjonskapsler',
        ownProvider: 'Fjordlys AS (førstepart)',
        days: ' dager',
      }
    : {
        services: 'Services',
        cookie: 'Name',
        provider: 'Provider',
        purpose: 'Purpose',
        duration: 'Duration',
        none: 'No cookies.',
        own: 'Stores your cookie choice',
        ownProvider: 'Fjordlys AS (first party)',
        days: ' days',
      };
  var config = window.consentryConfig || {};
  var root = document.getElementById('cookie-declaration');
  if (!root) return;
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text != null) e.textContent = text;
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }
  function cookieRows(list, fallbackProvider) {
    return (list || []).map(function (c) {
      if (typeof c == 'string') c = { name: c };
      // Visitors never read a raw pattern: its label, else its literal start ("/^_pk_/" → "_pk_…").
      var name = c.label || (/^\/.*\/[a-z]*$/.test(c.name) ? c.name.replace(/^\/\^?([\w-]*).*$/, '$1…') : c.name);
      return [name, c.provider || fallbackProvider || '', c.purpose || '', c.duration || ''];
    });
  }
  var cookie = config.cookie || {};
  var categories = config.categories || {};
  Object.keys(categories).forEach(function (key) {
    var category = categories[key] || {};
    var section = el('section', null, { 'data-category-declaration': key });
    section.append(el('h3', category.label || key));
    if (category.description) section.append(el('p', category.description));
    var rows = cookieRows(category.cookies);
    if (key == 'necessary') rows.unshift([cookie.name || 'consentry', L.ownProvider, L.own, (cookie.expiresAfterDays || 182) + L.days]);
    var services = category.services || {};
    var names = Object.keys(services);
    if (names.length) {
      section.append(el('h4', L.services));
      var ul = el('ul');
      names.forEach(function (s) {
        var service = typeof services[s] == 'string' ? { label: services[s] } : services[s];
        var text = (service.label || s) + (service.provider ? ' (' + service.provider + ')' : '') + (service.purpose ? ': ' + service.purpose : '');
        ul.append(el('li', text, { 'data-service': s }));
        rows = rows.concat(cookieRows(service.cookies, service.provider));
      });
      section.append(ul);
    }
    if (!rows.length) section.append(el('p', L.none));
    else {
      var table = el('table');
      var head = el('tr');
      [L.cookie, L.provider, L.purpose, L.duration].forEach(function (h) {
        head.append(el('th', h, { scope: 'col' }));
      });
      table.appendChild(el('thead')).append(head);
      var body = table.appendChild(el('tbody'));
      rows.forEach(function (r) {
        var tr = body.appendChild(el('tr'));
        r.forEach(function (cell) {
          tr.append(el('td', cell));
        });
      });
      section.append(table);
    }
    root.append(section);
  });
})();
