/**
 * What the integration and browser tests share: an HTTP client for the server under test and
 * the PostgreSQL test database set-up.
 */
package io.relais.it.support;
