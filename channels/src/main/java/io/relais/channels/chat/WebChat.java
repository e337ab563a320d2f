package io.relais.channels.chat;

import io.relais.channels.boundary.InboundMessage;
import io.relais.channels.boundary.InboundPipeline;
import io.relais.channels.boundary.InvalidInboundMessageException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the chat socket asks of the channels: who a visitor is (a signed token checked with the
 * site's secret, {@code RELAIS_CHAT_SECRET_<SITE>}), and taking his lines into the pipeline, each
 * acknowledged to the widget only once it is durably queued.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebChat {

    private static final Pattern SITE = Pattern.compile("[a-z0-9-]{1,40}");

    @Inject
    InboundPipeline pipeline;

    public static void checkSite(String site) {
        if (site == null || !SITE.matcher(site).matches()) {
            throw new InvalidInboundMessageException("a chat site key has 1 to 40 lower-case letters, digits or -");
        }
    }

    public ChatVisitor identify(String site, String token) {
        checkSite(site);
        String property = "relais.chat.secret." + site;
        String secret = ConfigProvider.getConfig().getOptionalValue(property, String.class)
                .orElseThrow(() -> new InvalidInboundMessageException("site " + site + " has no secret ("
                        + property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')
                        + "): it cannot vouch for its visitors"));
        return VisitorTokens.verify(token, secret, Instant.now());
    }

    /** @return the line as queued */
    public InboundMessage receive(String site, ChatVisitor visitor, String lineId, String text) {
        checkSite(site);
        return pipeline.accept(ChatMessages.inbound(site, visitor, lineId, text, Instant.now()));
    }
}
