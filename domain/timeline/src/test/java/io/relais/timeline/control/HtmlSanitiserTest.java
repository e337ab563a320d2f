package io.relais.timeline.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlSanitiserTest {

    @Test
    void scriptsHandlersAndTrackingImagesAreRemoved() {
        String clean = HtmlSanitiser.sanitise("<p onclick=\"steal()\">Bonjour <b>Camille</b></p>"
                + "<script>alert(1)</script><img src=\"https://tracker.example/p.gif\">"
                + "<a href=\"javascript:alert(1)\">ici</a>");
        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("tracker"), clean);
        assertFalse(clean.contains("javascript"), clean);
        assertTrue(clean.contains("<b>Camille</b>"), clean);
    }

    @Test
    void imagesThatCameInsideTheMessageStayAndRemoteOnesGo() {
        String clean = HtmlSanitiser.sanitise("<p>Photo du colis :</p><img src=\"cid:0f1e2d3c-aaaa-4bbb-8ccc-123456789abc\" alt=\"colis\">"
                + "<img src=\"http://tracker.example/p.gif\"><img src=\"data:image/png;base64,AAAA\"><img src=\"//tracker.example/q.gif\">");
        assertTrue(clean.contains("<img src=\"cid:0f1e2d3c-aaaa-4bbb-8ccc-123456789abc\" alt=\"colis\">"), clean);
        assertFalse(clean.contains("tracker"), clean);
        assertFalse(clean.contains("data:"), clean);
    }

    @Test
    void linksOpenNothingOnTheirOwn() {
        assertEquals("<a href=\"https://exemple.fr/suivi\" rel=\"nofollow noopener noreferrer\">suivi</a>",
                HtmlSanitiser.sanitise("<a href=\"https://exemple.fr/suivi\">suivi</a>"));
    }

    @Test
    void theTextIsWhatAPersonReads() {
        assertEquals("Bonjour Camille, merci.", HtmlSanitiser.text("<p>Bonjour <b>Camille</b>, merci.</p>"));
    }
}
