/**
 * A micro-application that Arquillian deploys beside Relais in the running server. It is probed
 * over HTTP (the in-container test protocols are not available from this project's registry).
 */
package io.relais.it.arquillian.probe;
