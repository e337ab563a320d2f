/**
 * Arquillian micro-deployments into the running servers, probed over HTTP.
 */
package io.relais.it.arquillian;
