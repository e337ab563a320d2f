/**
 * Event payloads that cross module boundaries, as immutable records carrying ids, never
 * entities. CDI observers in other modules and the JMS events topic both carry them.
 */
package io.relais.shared.event;
