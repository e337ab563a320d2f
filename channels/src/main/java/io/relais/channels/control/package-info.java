/**
 * Rules shared by every channel adapter: endpoint addresses and, as the adapters arrive,
 * the normalisation of what providers send into one inbound message.
 */
package io.relais.channels.control;
