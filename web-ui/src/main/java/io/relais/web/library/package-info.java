/**
 * The library browser and editor: the motif tree, answers by motif or search, an answer's facts and
 * a tab per channel form whose counters and findings follow the typing (the server's own checks,
 * called on each pause), one-click fixes, and submission for review.
 */
package io.relais.web.library;
