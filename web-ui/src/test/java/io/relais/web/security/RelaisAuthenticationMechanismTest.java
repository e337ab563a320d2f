package io.relais.web.security;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

class RelaisAuthenticationMechanismTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicCredentialsKeepColonsInThePassword() {
        Credential credential = RelaisAuthenticationMechanism.credentialOf(basic("camille:pa:ss wörd"));
        var password = assertInstanceOf(UsernamePasswordCredential.class, credential);
        assertEquals("camille", password.getCaller());
        assertEquals("pa:ss wörd", password.getPasswordAsString());
    }

    @Test
    void bearerTokensAreReadWhateverTheSchemeCase() {
        var token = assertInstanceOf(ApiTokenCredential.class, RelaisAuthenticationMechanism.credentialOf("bearer rls_abc"));
        assertEquals("rls_abc", token.token());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic", "Basic !!!notbase64", "Digest abc", "Bearer ", "Token rls_abc"})
    void anythingElseIsNoCredential(String header) {
        assertNull(RelaisAuthenticationMechanism.credentialOf(header));
    }

    @Test
    void basicWithoutColonIsNoCredential() {
        assertNull(RelaisAuthenticationMechanism.credentialOf(basic("camille")));
    }
}
