package io.relais.web.inbox;

import io.relais.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The PrimeIcons that stand for each channel wherever a channel is shown. */
@Named
@ApplicationScoped
public class ChannelIcons {

    public String of(Channel channel) {
        if (channel == null) {
            return "pi pi-circle";
        }
        return switch (channel) {
            case EMAIL -> "pi pi-envelope";
            case CHAT -> "pi pi-comments";
            case SMS -> "pi pi-mobile";
            case MESSENGER -> "pi pi-facebook";
            case INSTAGRAM -> "pi pi-instagram";
            case WHATSAPP -> "pi pi-whatsapp";
            case X -> "pi pi-twitter";
            case PHONE -> "pi pi-phone";
            case LETTER -> "pi pi-file";
            case FAQ -> "pi pi-question-circle";
        };
    }
}
