/**
 * Readiness as a load balancer needs it: Relais is ready when its database answers and its
 * messaging engine accepts a connection. Liberty adds the application's own start-up state.
 */
package io.relais.web.health;
