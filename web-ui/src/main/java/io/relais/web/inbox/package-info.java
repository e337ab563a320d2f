/**
 * The agent inbox page: open conversations read through the timeline's {@code Inbox}
 * boundary, page by page, with motif labels from the response library.
 */
package io.relais.web.inbox;
