/**
 * Live updates of the agents' pages: changes committed in the domain modules reach this module
 * through {@code WorkspaceSignals} and are pushed over the Faces websocket; pages reload the part
 * that changed.
 */
package io.relais.web.live;
