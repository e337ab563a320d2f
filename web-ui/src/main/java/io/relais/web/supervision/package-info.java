/**
 * Pages for supervisors (under {@code /supervision/}, role SUPERVISOR in {@code web.xml}): the
 * list of possible duplicate customers, and the review of the response library (approve, return
 * to the author with a note, retire).
 */
package io.relais.web.supervision;
