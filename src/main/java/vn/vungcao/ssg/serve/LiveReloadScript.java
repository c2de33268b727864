package vn.vungcao.ssg.serve;

/**
 * The script {@code serve} adds to every page: it listens for the server's events, reloads the
 * page after a good build, and shows the problems of a broken build over the page (file, line,
 * message) until they are fixed. Its text is written with text nodes only.
 */
final class LiveReloadScript {

    private LiveReloadScript() {
    }

    static String source(String eventsUrl) {
        return """
                (function () {
                  'use strict';
                  var OVERLAY = 'vungcao-errors';
                  function show(problems) {
                    var box = document.getElementById(OVERLAY);
                    if (!box) {
                      box = document.createElement('div');
                      box.id = OVERLAY;
                      box.setAttribute('role', 'alert');
                      box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;'
                        + 'background:rgba(20,20,20,.94);color:#fff;font:15px/1.5 ui-monospace,monospace;';
                      document.body.appendChild(box);
                    }
                    box.textContent = '';
                    var h = document.createElement('h2');
                    h.textContent = 'Bản dựng có lỗi / The build has errors (' + problems.length + ')';
                    h.style.cssText = 'color:#ff8a80;margin:0 0 1rem;font-size:1.2rem';
                    box.appendChild(h);
                    problems.forEach(function (p) {
                      var item = document.createElement('p');
                      item.className = 'problem';
                      var where = document.createElement('strong');
                      where.textContent = p.file + (p.line ? ':' + p.line : '') + (p.column ? ':' + p.column : '');
                      item.appendChild(where);
                      item.appendChild(document.createTextNode(' ' + p.code + ': ' + p.message));
                      if (p.hint) {
                        var hint = document.createElement('span');
                        hint.style.cssText = 'display:block;color:#bbb';
                        hint.textContent = p.hint;
                        item.appendChild(hint);
                      }
                      box.appendChild(item);
                    });
                  }
                  function hide() {
                    var box = document.getElementById(OVERLAY);
                    if (box) box.remove();
                  }
                  var source = new EventSource('%s');
                  source.addEventListener('reload', function () {
                    hide();
                    location.reload();
                  });
                  source.addEventListener('errors', function (event) {
                    show(JSON.parse(event.data));
                  });
                })();
                """.formatted(eventsUrl);
    }
}
