package io.relais.channels.control;

import io.relais.shared.Channel;
import io.relais.shared.PhoneNumbers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks and normalises the address of an endpoint for its channel, so that an inbound
 * message can later be matched to the endpoint it came through.
 */
public final class EndpointAddresses {

    private EndpointAddresses() {
    }

    /** @throws io.relais.shared.Refusal invalid, with a reason an administrator can act on */
    public static String normalise(Channel channel, String address) {
        if (address == null || address.isBlank()) {
            throw ChannelRefusals.invalid("endpoint.address");
        }
        String value = address.strip();
        return switch (channel) {
            case EMAIL -> email(value);
            case CHAT -> origin(value);
            case SMS, PHONE, WHATSAPP -> phone(value);
            default -> value;
        };
    }

    private static String email(String value) {
        int at = value.indexOf('@');
        if (at <= 0 || at == value.length() - 1 || at != value.lastIndexOf('@')) {
            throw ChannelRefusals.invalid("endpoint.mailbox", value);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static String origin(String value) {
        try {
            URI uri = new URI(value);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw ChannelRefusals.invalid("endpoint.chatSite", value);
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return uri.getScheme() + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port;
        } catch (URISyntaxException e) {
            throw ChannelRefusals.invalid("endpoint.chatSite", value);
        }
    }

    private static String phone(String value) {
        try {
            return PhoneNumbers.toE164(value);
        } catch (IllegalArgumentException e) {
            throw ChannelRefusals.invalid("endpoint.phone", value);
        }
    }
}
