/**
 * Timeline rules and queries: identity normalisation (an unreadable inbound identity is kept,
 * flagged), what each kind of interaction needs, HTML sanitising (jsoup's allow-list cleaner, a
 * well-kept library rather than our own regular expressions), conversation choice, merge
 * suggestions and their scores, the unmerge plan, the timeline and summary reads.
 */
package io.relais.timeline.control;
