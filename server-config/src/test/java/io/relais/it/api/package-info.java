/**
 * Integration tests over real HTTP against the server the build started: the REST API, its
 * security, health, OpenAPI and the Admin Center. They run once per database.
 */
package io.relais.it.api;
