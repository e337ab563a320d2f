/*
 * Service-commitment countdowns. The server renders each clock's warning and deadline as epoch
 * milliseconds; the browser counts down every second and colours the clock: ok, warning (past the
 * warning share of the target), breached. A paused clock (waiting for the customer) stays as rendered.
 */
var Relais = Relais || {};
Relais.clocks = (function () {
    'use strict';

    function human(ms, dayUnit) {
        var seconds = Math.floor(ms / 1000);
        if (seconds < 60) {
            return seconds + ' s';
        }
        var minutes = Math.floor(seconds / 60);
        if (minutes < 60) {
            return minutes + ' min';
        }
        var hours = Math.floor(minutes / 60);
        if (hours < 24) {
            var rest = minutes % 60;
            return hours + ' h ' + (rest < 10 ? '0' : '') + rest;
        }
        return Math.floor(hours / 24) + ' ' + dayUnit + ' ' + (hours % 24) + ' h';
    }

    function tick() {
        var now = Date.now();
        var clocks = document.querySelectorAll('.relais-clock[data-deadline]');
        for (var i = 0; i < clocks.length; i++) {
            var clock = clocks[i];
            var deadline = Number(clock.getAttribute('data-deadline'));
            var warnAt = Number(clock.getAttribute('data-warn-at'));
            if (!deadline) {
                continue;
            }
            var left = deadline - now;
            var state = left <= 0 ? 'breached' : (warnAt && now >= warnAt ? 'warning' : 'ok');
            clock.setAttribute('data-state', state);
            var words = left > 0 ? clock.getAttribute('data-w-left') : clock.getAttribute('data-w-late');
            var text = words.replace('{0}', human(Math.abs(left), clock.getAttribute('data-w-day')));
            var shown = clock.querySelector('.relais-clock-time');
            if (shown.textContent !== text) {
                shown.textContent = text;
            }
        }
    }

    setInterval(tick, 1000);
    document.addEventListener('DOMContentLoaded', tick);
    return {tick: tick, human: human};
}());
