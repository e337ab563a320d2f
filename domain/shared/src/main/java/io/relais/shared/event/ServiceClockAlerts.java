package io.relais.shared.event;

import java.util.List;

/**
 * The warnings and breaches fired together (a batch of the sweep, or one clock found past its
 * deadline), as one event: a sweep that fires ten thousand clocks after a night's downtime must not
 * make ten thousand notifications.
 */
public record ServiceClockAlerts(List<ServiceClockAlert> alerts) {

    public ServiceClockAlerts {
        alerts = List.copyOf(alerts);
    }
}
