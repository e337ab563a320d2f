package io.relais.channels.control;

import io.relais.shared.Channel;
import io.relais.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EndpointAddressesTest {

    @Test
    void eachChannelGetsItsOwnNormalForm() {
        assertEquals("service-client@exemple.fr", EndpointAddresses.normalise(Channel.EMAIL, " Service-Client@Exemple.fr"));
        assertEquals("https://www.exemple.fr", EndpointAddresses.normalise(Channel.CHAT, "https://WWW.Exemple.fr/contact?x=1"));
        assertEquals("http://localhost:8080", EndpointAddresses.normalise(Channel.CHAT, "http://localhost:8080/"));
        assertEquals("+33757000000", EndpointAddresses.normalise(Channel.SMS, "07 57 00 00 00"));
        assertEquals("relais-demo", EndpointAddresses.normalise(Channel.MESSENGER, " relais-demo "));
    }

    @Test
    void wrongAddressesAreRefusedWithAReason() {
        var noAt = assertThrows(Refusal.class, () -> EndpointAddresses.normalise(Channel.EMAIL, "service"));
        assertEquals("a mailbox address looks like name@domain: service", noAt.getMessage());
        assertThrows(Refusal.class, () -> EndpointAddresses.normalise(Channel.CHAT, "ftp://exemple.fr"));
        assertThrows(Refusal.class, () -> EndpointAddresses.normalise(Channel.CHAT, "www.exemple.fr"));
        assertThrows(Refusal.class, () -> EndpointAddresses.normalise(Channel.SMS, "12"));
        assertThrows(Refusal.class, () -> EndpointAddresses.normalise(Channel.PHONE, " "));
    }
}
