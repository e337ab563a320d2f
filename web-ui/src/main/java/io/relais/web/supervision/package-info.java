/**
 * Pages for supervisors (under {@code /supervision/}, role SUPERVISOR in {@code web.xml}): the
 * list of possible duplicate customers.
 */
package io.relais.web.supervision;
