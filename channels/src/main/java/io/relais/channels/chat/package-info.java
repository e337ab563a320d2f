/**
 * The web chat: a visitor's line becomes the pipeline's message ({@code ChatMessages}), keyed by
 * the visitor and the widget's own line id so that a line sent again after a reconnection is
 * recorded once; a host site can vouch for its signed-in customer with a signed token
 * ({@code VisitorTokens}, HMAC-SHA256 with the site's secret).
 * <p>
 * The live side: recording a line puts its chat in the queue in the same transaction
 * ({@code LiveChats}, table {@code ch_live_chat}, observing the recorder's event); an agent's reply
 * reaches the visitor's widgets through {@code ChatReplies}, the channel's sender; agents take chats at the console
 * ({@code ChatConsole}), one agent per chat (the row is locked), hand them over and end them.
 * {@code ChatRelay} tells the sockets only after the commit, so a line reaches an agent only once
 * it is stored. Typing and read receipts are relayed and not kept. Connections are in memory per
 * server ({@code ChatSessions}), and each connection sends one frame at a time ({@code ChatFrames}).
 * When no agent is available the visitor can leave an email or a callback request, which starts
 * its own conversation outside the queue; the transcript can be emailed to him once in ten minutes.
 * The sockets themselves are in the web module.
 */
package io.relais.channels.chat;
