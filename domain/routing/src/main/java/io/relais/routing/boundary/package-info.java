/**
 * Routing's public face. {@link io.relais.routing.boundary.StaffDirectory} is also the source of
 * truth for sign-in: the web module's identity store asks it to verify passwords and tokens.
 */
package io.relais.routing.boundary;
