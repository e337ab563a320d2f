/**
 * The response library's public face: motifs and their labels in each language.
 */
package io.relais.responses.boundary;
