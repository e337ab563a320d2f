/**
 * The web chat: a visitor's line becomes the pipeline's message ({@code ChatMessages}), keyed by
 * the visitor and the widget's own line id so that a line sent again after a reconnection is
 * recorded once; a host site can vouch for its signed-in customer with a signed token
 * ({@code VisitorTokens}, HMAC-SHA256 with the site's secret). The socket itself is in the web module.
 */
package io.relais.channels.chat;
