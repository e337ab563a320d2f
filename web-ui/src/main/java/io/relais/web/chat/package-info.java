/**
 * The web chat's sockets. Visitors reach {@code VisitorChatSocket} without an account (the page is
 * public, the site key names the website); it parses frames and delegates to the channels module's
 * {@code WebChat}, so that a line is acknowledged only once it is durably queued.
 */
package io.relais.web.chat;
