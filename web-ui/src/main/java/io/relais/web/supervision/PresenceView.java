package io.relais.web.supervision;

import io.relais.routing.boundary.AgentPresence;
import io.relais.routing.boundary.Presence;
import io.relais.web.i18n.Messages;
import io.relais.web.security.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The agent's presence in the page header: whether routing gives him new conversations. */
@Named
@RequestScoped
public class PresenceView {

    @Inject
    AgentPresence agentPresence;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Messages messages;

    private Presence presence;

    public Presence getPresence() {
        if (presence == null) {
            presence = agentPresence.agent(currentStaff.getUsername()).presence();
        }
        return presence;
    }

    public void setPresence(Presence presence) {
        this.presence = presence;
    }

    public List<Presence> getChoices() {
        return List.of(Presence.values());
    }

    public void changed() {
        presence = agentPresence.presence(currentStaff.getUsername(), presence).presence();
        messages.info("presence.changed", messages.text("presence." + presence.name()));
    }
}
