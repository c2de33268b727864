/*
 * The club's own script for the form editor, loaded just before Sveltia CMS (see README.txt).
 *
 * Sveltia CMS is made to be loaded from a CDN, and when it starts it asks other hosts for four
 * things: its Vietnamese words and its fonts (the icons are a font) from CDNs, the number of its
 * newest version from a CDN, and GitHub's status page (to show a banner when GitHub has trouble).
 * This copy is served by the site itself, so this script serves the words and the fonts from
 * /admin/ too, and answers the two checks itself with "not checked": the copy is updated by
 * vendoring a new one, never by itself, and an editor sees GitHub's trouble as GitHub's errors.
 * The form editor then talks to this site and, once signed in, to GitHub's API, and to nobody
 * else. It also starts the editor in Vietnamese: Sveltia CMS ignores the `locale` option of its
 * configuration, and takes the language of the browser unless the editor chooses one in its
 * settings.
 */
(function () {
  'use strict';

  var here = new URL('./', document.currentScript.src).href;

  // Vietnamese, unless the editor has chosen a language in the settings of the form editor
  try {
    var prefs = JSON.parse(localStorage.getItem('sveltia-cms.prefs') || '{}') || {};
    if (!prefs.locale) {
      prefs.locale = 'vi';
      localStorage.setItem('sveltia-cms.prefs', JSON.stringify(prefs));
    }
  } catch (e) {
    // no storage (a private window in some browsers): the browser's language is used
  }

  var LOCALE = /^https:\/\/unpkg\.com\/@sveltia\/cms@[^/]+\/locales\/([A-Za-z-]+\.json)$/;
  var NOT_CHECKED = [
    /^https:\/\/unpkg\.com\/@sveltia\/cms\/package\.json$/,
    /^https:\/\/www\.githubstatus\.com\//
  ];
  var fetchFromNetwork = window.fetch;

  window.fetch = function (input, init) {
    var url = typeof input === 'string' ? input : input instanceof URL ? input.href : input && input.url;
    var locale = LOCALE.exec(url || '');
    if (locale) return fetchFromNetwork.call(window, here + 'locales/' + locale[1], init);
    for (var i = 0; i < NOT_CHECKED.length; i++) {
      if (NOT_CHECKED[i].test(url || '')) {
        return Promise.resolve(new Response('{}', { status: 404, statusText: 'Not checked from the site' }));
      }
    }
    return fetchFromNetwork.apply(window, arguments);
  };

  // the fonts' CSS is added to the page by the CMS as a <style> element: point it at the copies here
  var FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[0-9.]+\/([a-z0-9-]+\.woff2)/g;
  function localFonts(node) {
    if (node instanceof HTMLStyleElement && node.textContent.indexOf('cdn.jsdelivr.net/fontsource/') >= 0) {
      node.textContent = node.textContent.replace(FONT, function (all, family, file) {
        return here + 'fonts/' + family + '-' + file;
      });
    }
    return node;
  }
  var head = document.head;
  var appendChild = head.appendChild;
  head.appendChild = function (node) {
    return appendChild.call(this, localFonts(node));
  };
})();
