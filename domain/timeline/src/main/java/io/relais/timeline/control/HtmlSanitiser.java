package io.relais.timeline.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Makes inbound HTML safe to show in an agent's browser, with jsoup's allow-list cleaner: no
 * scripts, styles, event handlers or frames; no remote images, because a remote image tells the
 * sender when an agent opened his mail; images that came inside the message ({@code cid:}) stay,
 * for the workspace to point at the stored attachment; links open nothing on their own.
 */
public final class HtmlSanitiser {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .addProtocols("img", "src", "cid")
            .removeProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private HtmlSanitiser() {
    }

    public static String sanitise(String html) {
        return html == null ? null : Jsoup.clean(html, "", ALLOWED, new Document.OutputSettings().prettyPrint(false));
    }

    /** The text a person reads in it, for previews and search when no plain text came along. */
    public static String text(String html) {
        return html == null ? null : Jsoup.parse(html).text();
    }
}
