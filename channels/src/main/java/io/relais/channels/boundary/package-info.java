/**
 * The channels' public face: the endpoints through which customers reach the company (a
 * mailbox, a website's chat, an SMS number, a social page). Each channel adapter gets its own
 * package beside this one; all of them feed the one durable inbound queue.
 */
package io.relais.channels.boundary;
