/*
 * What the agents' pages share to take pushed changes (f:websocket channel "conversations"):
 * is a change newer than what the page shows, is the agent busy on the page (a dialog open, a
 * request under way, a form being sent, a field being typed in), and the notice that offers to show
 * what changed when the page must not reload by itself.
 */
var Relais = window.Relais || {};
Relais.live = (function () {
    "use strict";
    var leaving = false;
    document.addEventListener("submit", function () { leaving = true; }, true);
    window.addEventListener("beforeunload", function () { leaving = true; });

    function shownAt(holderId) {
        var holder = document.getElementById(holderId);
        return holder ? Number(holder.value) : 0;
    }

    return {
        isNew: function (change, holderId) {
            return Number(change.at) > shownAt(holderId);
        },
        busy: function () {
            var typing = document.activeElement
                && /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)
                && document.activeElement.type !== "search";
            var dialogOpen = Array.prototype.some.call(document.querySelectorAll(".ui-dialog"), function (dialog) {
                return dialog.offsetParent !== null || getComputedStyle(dialog).display !== "none";
            });
            var requests = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue
                && !PrimeFaces.ajax.Queue.isEmpty();
            return leaving || typing || dialogOpen || !!requests;
        },
        notice: function (noticeId) {
            var notice = document.getElementById(noticeId);
            if (notice) {
                notice.hidden = false;
            }
        },
        shown: function (noticeId) {
            var notice = document.getElementById(noticeId);
            if (notice) {
                notice.hidden = true;
            }
        }
    };
})();
