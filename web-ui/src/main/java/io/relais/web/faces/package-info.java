/**
 * Faces plumbing the pages need: records readable as bean properties in EL. EL 5 (Jakarta EE 10)
 * only knows getters; EL 6 reads records itself, so this package goes with the move to EE 11.
 */
package io.relais.web.faces;
