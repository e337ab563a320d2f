package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Service commitments and calendars over the API: the defaults are there, overlapping or
 * contradictory rules are refused naming the rule they clash with, and a calendar that never opens
 * or is still used is refused.
 */
class CommitmentsApiIT {

    private final RelaisClient admin = RelaisClient.basic(ADMIN, ADMIN_PASSWORD);
    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);

    private static String error(HttpResponse<String> response) {
        return ((JsonObject) json(response)).getString("error");
    }

    private String anyMotifId() {
        JsonArray motifs = (JsonArray) json(admin.get("/api/library/motifs"));
        return motifs.getJsonObject(0).getString("id");
    }

    @Test
    void the_published_defaults_are_there_and_agents_read_but_do_not_change_them() {
        HttpResponse<String> listed = agent.get("/api/commitments");
        assertEquals(200, listed.statusCode(), listed.body());
        JsonObject email = ((JsonArray) json(listed)).getValuesAs(JsonObject.class).stream()
                .filter(c -> "EMAIL".equals(c.getString("channel", null)) && !c.containsKey("motifId")
                        && !c.containsKey("segment"))
                .findFirst().orElseThrow();
        assertEquals("PT48H", email.getString("firstResponse"));
        assertEquals(80, email.getInt("warningPercent"));
        assertEquals("Service client", email.getString("calendarName"));

        assertEquals(403, agent.post("/api/commitments", "{\"name\":\"x\",\"firstResponse\":\"PT1H\"}").statusCode());
        assertEquals(403, agent.delete("/api/commitments/" + email.getString("id")).statusCode());
        assertEquals(401, RelaisClient.anonymous().get("/api/commitments").statusCode());
    }

    @Test
    void overlapping_rules_are_refused_naming_the_rule_they_clash_with_until_their_common_part_has_its_own() {
        String motif = anyMotifId();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> instagram = admin.post("/api/commitments", "{\"name\":\"Insta " + suffix + "\",\"channel\":\"INSTAGRAM\","
                + "\"firstResponse\":\"PT2H\",\"resolution\":\"PT72H\",\"counting\":\"BUSINESS_HOURS\"}");
        assertEquals(201, instagram.statusCode(), instagram.body());
        assertEquals("PT2H", ((JsonObject) json(instagram)).getString("firstResponse"));
        assertEquals(1, ((JsonObject) json(instagram)).getInt("specificity"));

        HttpResponse<String> same = admin.post("/api/commitments", "{\"name\":\"Textos " + suffix + "\","
                + "\"channel\":\"INSTAGRAM\",\"firstResponse\":\"PT1H\"}");
        assertEquals(409, same.statusCode(), same.body());
        assertTrue(error(same).contains("« Insta " + suffix + " »"), error(same));

        HttpResponse<String> instagramMotif = admin.post("/api/commitments", "{\"name\":\"Insta motif " + suffix + "\","
                + "\"channel\":\"INSTAGRAM\",\"motifId\":\"" + motif + "\",\"firstResponse\":\"PT1H\"}");
        assertEquals(201, instagramMotif.statusCode(), instagramMotif.body());

        String instagramGold = "{\"name\":\"Insta Gold " + suffix + "\",\"channel\":\"INSTAGRAM\",\"segment\":\"GOLD\","
                + "\"firstResponse\":\"PT30M\"}";
        HttpResponse<String> ambiguous = admin.post("/api/commitments", instagramGold);
        assertEquals(409, ambiguous.statusCode(), ambiguous.body());
        assertTrue(error(ambiguous).startsWith("conflicts with « Insta motif " + suffix + " »"), error(ambiguous));
        assertTrue(error(ambiguous).contains("segment GOLD"), error(ambiguous));

        HttpResponse<String> settles = admin.post("/api/commitments", "{\"name\":\"Insta motif Gold " + suffix + "\","
                + "\"channel\":\"INSTAGRAM\",\"motifId\":\"" + motif + "\",\"segment\":\"gold\",\"firstResponse\":\"PT20M\"}");
        assertEquals(201, settles.statusCode(), settles.body());
        HttpResponse<String> accepted = admin.post("/api/commitments", instagramGold);
        assertEquals(201, accepted.statusCode(), accepted.body());

        String settlesId = ((JsonObject) json(settles)).getString("id");
        HttpResponse<String> removal = admin.delete("/api/commitments/" + settlesId);
        assertEquals(409, removal.statusCode(), removal.body());
        assertTrue(error(removal).contains("settles a case between two other rules"), error(removal));

        for (HttpResponse<String> created : java.util.List.of(accepted, settles, instagramMotif, instagram)) {
            String id = ((JsonObject) json(created)).getString("id");
            assertEquals(204, admin.delete("/api/commitments/" + id).statusCode(), "remove " + id);
        }
        assertEquals(404, admin.get("/api/commitments/" + ((JsonObject) json(instagram)).getString("id")).statusCode());
    }

    @Test
    void impossible_commitments_are_refused_with_the_reason() {
        assertEquals("the first response target is required", error(admin.post("/api/commitments",
                "{\"name\":\"Sans cible\",\"channel\":\"FAQ\"}")));
        assertEquals("the first response target is more than zero and at most 366 days", error(admin.post(
                "/api/commitments", "{\"name\":\"Négatif\",\"channel\":\"FAQ\",\"firstResponse\":\"PT-1H\"}")));
        HttpResponse<String> contradictory = admin.post("/api/commitments", "{\"name\":\"Contradictoire\","
                + "\"channel\":\"FAQ\",\"firstResponse\":\"PT4H\",\"resolution\":\"PT1H\"}");
        assertEquals(400, contradictory.statusCode());
        assertTrue(error(contradictory).contains("cannot be shorter than the first response target"));
        assertTrue(error(admin.post("/api/commitments", "{\"name\":\"Diamant\",\"channel\":\"FAQ\","
                + "\"segment\":\"DIAMOND\",\"firstResponse\":\"PT1H\"}")).startsWith("a segment is one of"));
        assertEquals("the warning comes at 1 to 99 % of a target", error(admin.post("/api/commitments",
                "{\"name\":\"Alerte\",\"channel\":\"FAQ\",\"firstResponse\":\"PT1H\",\"warningPercent\":120}")));
        HttpResponse<String> unknownMotif = admin.post("/api/commitments", "{\"name\":\"Motif\",\"channel\":\"FAQ\","
                + "\"motifId\":\"" + UUID.randomUUID() + "\",\"firstResponse\":\"PT1H\"}");
        assertEquals(400, unknownMotif.statusCode());
        assertEquals(404, admin.post("/api/commitments", "{\"name\":\"Calendrier\",\"channel\":\"FAQ\","
                + "\"calendarId\":\"" + UUID.randomUUID() + "\",\"firstResponse\":\"PT1H\"}").statusCode());
        assertEquals(400, admin.post("/api/commitments", "{\"name\":\"Canal\",\"channel\":\"PIGEON\","
                + "\"firstResponse\":\"PT1H\"}").statusCode());
        assertTrue(((JsonArray) json(admin.get("/api/commitments"))).getValuesAs(JsonObject.class).stream()
                .noneMatch(c -> "FAQ".equals(c.getString("channel", null))), "nothing refused was kept");
    }

    @Test
    void a_calendar_that_never_opens_or_is_still_used_is_refused() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        assertEquals("the calendar « Vide " + suffix + " »: a calendar needs at least one period of opening hours",
                error(admin.post("/api/commitments/calendars", "{\"name\":\"Vide " + suffix + "\",\"periods\":[]}")));
        HttpResponse<String> overlapping = admin.post("/api/commitments/calendars", "{\"name\":\"Chevauchement\","
                + "\"periods\":[{\"day\":\"MONDAY\",\"opens\":\"09:00\",\"closes\":\"13:00\"},"
                + "{\"day\":\"MONDAY\",\"opens\":\"12:00\",\"closes\":\"18:00\"}]}");
        assertEquals(400, overlapping.statusCode());
        assertTrue(error(overlapping).contains("overlap"), error(overlapping));
        assertTrue(error(admin.post("/api/commitments/calendars", "{\"name\":\"Lune\",\"timeZone\":\"Moon/Base\","
                + "\"periods\":[{\"day\":\"MONDAY\",\"opens\":\"09:00\",\"closes\":\"18:00\"}]}"))
                .startsWith("unknown time zone"));
        assertEquals(400, admin.post("/api/commitments/calendars", "{\"name\":\"Heure\",\"periods\":"
                + "[{\"day\":\"MONDAY\",\"opens\":\"25:00\",\"closes\":\"18:00\"}]}").statusCode());

        HttpResponse<String> strasbourg = admin.post("/api/commitments/calendars", "{\"name\":\"Strasbourg " + suffix
                + "\",\"publicHolidays\":true,\"alsaceMoselle\":true,\"periods\":["
                + "{\"day\":\"MONDAY\",\"opens\":\"08:00\",\"closes\":\"20:00\"},"
                + "{\"day\":\"TUESDAY\",\"opens\":\"08:00\",\"closes\":\"20:00\"}],"
                + "\"closures\":[{\"firstDay\":\"2026-12-28\",\"lastDay\":\"2026-12-31\",\"label\":\"Inventaire\"}]}");
        assertEquals(201, strasbourg.statusCode(), strasbourg.body());
        JsonObject calendar = (JsonObject) json(strasbourg);
        assertEquals("Europe/Paris", calendar.getString("timeZone"));
        assertEquals(2, calendar.getJsonArray("periods").size());
        assertEquals("Inventaire", calendar.getJsonArray("closures").getJsonObject(0).getString("label"));

        HttpResponse<String> phone = admin.post("/api/commitments", "{\"name\":\"Téléphone " + suffix + "\","
                + "\"channel\":\"PHONE\",\"firstResponse\":\"PT8H\",\"counting\":\"BUSINESS_HOURS\","
                + "\"calendarId\":\"" + calendar.getString("id") + "\"}");
        assertEquals(201, phone.statusCode(), phone.body());
        HttpResponse<String> inUse = admin.delete("/api/commitments/calendars/" + calendar.getString("id"));
        assertEquals(409, inUse.statusCode());
        assertEquals("the calendar « Strasbourg " + suffix + " » is used by the commitment « Téléphone " + suffix + " »",
                error(inUse));

        assertEquals(204, admin.delete("/api/commitments/" + ((JsonObject) json(phone)).getString("id")).statusCode());
        assertEquals(204, admin.delete("/api/commitments/calendars/" + calendar.getString("id")).statusCode());
    }
}
