package io.relais.web.chat;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameOriginFilterTest {

    @Test
    void onlyRelaisOwnPagesOpenTheConsole() {
        assertTrue(SameOriginFilter.sameHost("http://localhost:9080", "localhost:9080"));
        assertTrue(SameOriginFilter.sameHost("https://relais.example.com", "relais.example.com"));
        assertFalse(SameOriginFilter.sameHost("https://evil.example", "relais.example.com"));
        assertFalse(SameOriginFilter.sameHost("http://localhost:8080", "localhost:9080"), "another port is another site");
        assertFalse(SameOriginFilter.sameHost("null", "localhost:9080"), "a sandboxed page says null");
        assertFalse(SameOriginFilter.sameHost("http://localhost:9080", null));
    }
}
