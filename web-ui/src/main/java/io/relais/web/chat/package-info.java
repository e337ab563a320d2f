/**
 * The web chat's sockets. Visitors reach {@code VisitorChatSocket} without an account (the page is
 * public, the site key names the website); it parses frames and delegates to the channels module's
 * {@code WebChat}, so that a line is acknowledged only once it is durably queued. Agents reach
 * {@code AgentChatSocket} from the console page ({@code /chat/console.xhtml}, plain JavaScript in
 * {@code resources/relais/chat-console.js}) signed in, or from a program with Basic or bearer
 * credentials; {@code SameOriginFilter} refuses a handshake from another site's page, since
 * browsers send the agent's cookie with any WebSocket handshake.
 */
package io.relais.web.chat;
