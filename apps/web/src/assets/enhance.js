/* global document, window */
// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // After a failed submit, move focus to the error summary (the server also sets autofocus).
  var summary = document.getElementById('fehlerliste');
  if (summary && document.activeElement !== summary) summary.focus();
  // Confirm destructive actions that carry data-confirm.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var text = form && form.getAttribute && form.getAttribute('data-confirm');
    if (text && !window.confirm(text)) event.preventDefault();
  });
})();
