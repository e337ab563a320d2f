/**
 * Response library rules: for now the motif tree; channel constraints and rendering come here.
 */
package io.relais.responses.control;
