/**
 * The channels' public face: the endpoints through which customers reach the company, and the
 * inbound pipeline every channel adapter feeds ({@code InboundPipeline} queues durably, the
 * {@code InboundMessageListener} records through the timeline, {@code InboundDeadLetters} keeps what
 * could not be recorded). Each channel adapter has its own package beside this one.
 */
package io.relais.channels.boundary;
