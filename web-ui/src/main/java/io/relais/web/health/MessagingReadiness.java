package io.relais.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The messaging engine that carries inbound and outbound messages accepts a connection. */
@Readiness
@ApplicationScoped
public class MessagingReadiness implements HealthCheck {

    @Resource(lookup = "jms/relais/connectionFactory")
    ConnectionFactory connectionFactory;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("messaging");
        try (JMSContext context = connectionFactory.createContext()) {
            context.getMetaData();
            return response.up().build();
        } catch (JMSRuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
