/**
 * Deployed by Arquillian into the benchmark's server next to Relais: drives the timeline module's
 * boundary directly on container threads, to measure recording without the HTTP layer.
 */
package io.relais.bench.probe;
