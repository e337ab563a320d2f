/**
 * The shared kernel: identifiers, channels, the event records that modules exchange, and the
 * {@link io.relais.shared.Reason} a module's refusal is said with, in English or French.
 * It travels in the EAR's {@code lib/} folder, so it holds plain classes only (no CDI beans,
 * no entities): Liberty does not scan that folder for components.
 */
package io.relais.shared;
