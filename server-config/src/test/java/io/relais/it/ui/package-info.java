/**
 * Browser tests: Debian's headless Chromium through Selenium, against the embedded server.
 */
package io.relais.it.ui;
