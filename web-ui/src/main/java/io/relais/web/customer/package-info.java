/**
 * The customer 360 page and the customer search: identities, what is still open, the last
 * contact on each channel, and the whole timeline across channels, read through the timeline
 * module's {@code CustomerDirectory}.
 */
package io.relais.web.customer;
