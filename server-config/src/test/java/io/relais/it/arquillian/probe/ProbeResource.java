package io.relais.it.arquillian.probe;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/**
 * Deployed into the running server by Arquillian: proves injection (CDI and EJB), persistence
 * through the server's {@code jdbc/relais} with Hibernate, and a round trip through the
 * embedded messaging engine's diagnostics queue.
 */
@Path("probe")
public class ProbeResource {

    @Inject
    ProbeNotes notes;

    @Resource(lookup = "jms/relais/connectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/relais/diagnostics")
    Queue diagnostics;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject roundTrip(@QueryParam("text") String text) throws Exception {
        UUID id = UUID.randomUUID();
        notes.store(id, text);
        String readBack = notes.read(id);

        String received;
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer()
                    .setDeliveryMode(jakarta.jms.DeliveryMode.PERSISTENT)
                    .setProperty("probe", id.toString())
                    .send(diagnostics, text);
            try (JMSConsumer consumer = context.createConsumer(diagnostics, "probe = '" + id + "'")) {
                Message message = consumer.receive(20_000);
                received = message == null ? null : message.getBody(String.class);
            }
        }
        return Json.createObjectBuilder()
                .add("readBack", readBack == null ? "" : readBack)
                .add("received", received == null ? "" : received)
                .build();
    }
}
