/**
 * The timeline's public face. {@link io.relais.timeline.boundary.Timeline} records customers,
 * conversations and interactions; {@link io.relais.timeline.boundary.Inbox} reads open
 * conversations for agents. Callers receive records, never entities.
 */
package io.relais.timeline.boundary;
