/**
 * The shared kernel: identifiers, channels and the event records that modules exchange.
 * It travels in the EAR's {@code lib/} folder, so it holds plain classes only (no CDI beans,
 * no entities): Liberty does not scan that folder for components.
 */
package io.relais.shared;
