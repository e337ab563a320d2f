/**
 * Live updates of the agents' pages: changes committed in the domain modules reach this module
 * through {@code WorkspaceSignals} (CDI events fired in the EJB modules do not reach observers in
 * the web module) and are pushed over the Faces websocket. A page never reloads under an agent who
 * is typing, choosing or sending: a push that comes then only shows a notice with a button, so that
 * nothing races the composer's own requests.
 */
package io.relais.web.live;
