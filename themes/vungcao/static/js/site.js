/* Registers the service worker, so that the look-up and the pages already read work offline.
   Pages are complete without this script. */
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;
  var base = document.documentElement.getAttribute('data-base') || '/';
  window.addEventListener('load', function () {
    navigator.serviceWorker.register(base + 'sw.js', { scope: base }).catch(function () {
      /* offline support is a bonus: the site works without it */
    });
  });
})();
