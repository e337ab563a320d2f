/**
 * Demo data for the embedded default: staff, motifs, customers and conversations on every
 * channel, loaded once through the modules' boundaries (never their tables) when the staff
 * directory is empty. Also the bootstrap administrator for installations without demo data.
 */
package io.relais.web.demo;
