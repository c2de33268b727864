/* Registers the service worker, so that the look-up and the pages already read work offline, and
   lets the phone's menu close with Escape or a tap elsewhere. Pages are complete without this script
   (the menu is a <details>, which opens and closes by itself). */
(function () {
  'use strict';
  var menu = document.querySelector('.menu-box');
  if (menu) {
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && menu.open) {
        menu.open = false;
        menu.querySelector('summary').focus();
      }
    });
    document.addEventListener('click', function (e) {
      if (menu.open && !menu.contains(e.target)) menu.open = false;
    });
  }
  if (!('serviceWorker' in navigator)) return;
  var base = document.documentElement.getAttribute('data-base') || '/';
  window.addEventListener('load', function () {
    var controlled = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.register(base + 'sw.js', { scope: base }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function () {
      // the page that installed the worker was not fetched through it: keep it for offline reading too
      if (!controlled && window.caches) {
        return caches.open('vungcao-pages').then(function (cache) { return cache.add(location.href); });
      }
      // a visitor who came back: keep the whole look-up for offline use (the worker fetches only what it lacks)
      if (controlled) navigator.serviceWorker.controller.postMessage({ type: 'keep-search' });
    }).catch(function () {
      /* offline support is a bonus: the site works without it */
    });
  });
})();
