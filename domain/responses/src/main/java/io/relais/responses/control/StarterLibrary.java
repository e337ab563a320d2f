package io.relais.responses.control;

import io.relais.responses.boundary.AddressForm;
import io.relais.responses.boundary.FactKind;
import io.relais.responses.boundary.Priority;
import io.relais.responses.boundary.VariantForm;
import io.relais.shared.Channel;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The starter library shipped with Relais ({@code starter-library.json}): about 25 motifs of
 * French B2C customer service, each answer with a variant for every channel form. Read here,
 * stored and approved through the boundary like any other answer, so it passes the same checks.
 */
public final class StarterLibrary {

    static final String RESOURCE = "/io/relais/responses/starter-library.json";

    public record StarterBrand(String name, AddressForm addressForm, int smsMaxSegments, int chatMaxLength,
                               List<StyleRules.LexiconRule> lexicon) {

        public StyleRules rules() {
            return new StyleRules(addressForm, lexicon, smsMaxSegments, chatMaxLength);
        }
    }

    public record StarterMotif(String code, String labelFr, String labelEn, List<String> keywords, Priority priority,
                               Set<Channel> channels, List<StarterMotif> children, List<StarterAnswer> answers) {
    }

    public record StarterAnswer(String title, String reference, List<KeyFact> facts, Map<VariantForm, VariantText> variants) {
    }

    public record Contents(StarterBrand brand, List<StarterMotif> motifs) {

        public int motifCount() {
            return count(motifs);
        }

        private static int count(List<StarterMotif> motifs) {
            return motifs.stream().mapToInt(m -> 1 + count(m.children())).sum();
        }
    }

    private StarterLibrary() {
    }

    public static Contents read() {
        try (InputStream in = StarterLibrary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            JsonObject root = Json.createReader(in).readObject();
            JsonObject brand = root.getJsonObject("brand");
            return new Contents(new StarterBrand(brand.getString("name"), AddressForm.valueOf(brand.getString("addressForm")),
                    brand.getInt("smsMaxSegments"), brand.getInt("chatMaxLength"),
                    brand.getJsonArray("lexicon").getValuesAs(JsonObject.class).stream()
                            .map(o -> new StyleRules.LexiconRule(o.getString("forbidden"), o.getString("replacement", ""))).toList()),
                    root.getJsonArray("motifs").getValuesAs(JsonObject.class).stream().map(StarterLibrary::motif).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StarterMotif motif(JsonObject o) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        o.getJsonArray("channels").getValuesAs(JsonString.class).forEach(c -> channels.add(Channel.valueOf(c.getString())));
        return new StarterMotif(o.getString("code"), o.getString("labelFr"), o.getString("labelEn"),
                strings(o, "keywords"), Priority.valueOf(o.getString("priority", "NORMAL")), channels,
                o.getJsonArray("children").getValuesAs(JsonObject.class).stream().map(StarterLibrary::motif).toList(),
                o.getJsonArray("answers").getValuesAs(JsonObject.class).stream().map(StarterLibrary::answer).toList());
    }

    private static StarterAnswer answer(JsonObject o) {
        List<KeyFact> facts = o.getJsonArray("facts").getValuesAs(JsonObject.class).stream()
                .map(f -> new KeyFact(f.getString("name"), FactKind.valueOf(f.getString("kind")), f.getString("value"))).toList();
        Map<VariantForm, VariantText> variants = new EnumMap<>(VariantForm.class);
        o.getJsonObject("variants").forEach((form, value) -> {
            JsonObject v = value.asJsonObject();
            VariantForm variantForm = VariantForm.valueOf(form);
            variants.put(variantForm, new VariantText(variantForm, text(v, "subject"), text(v, "greeting"), text(v, "body"),
                    text(v, "closing"), text(v, "signature"), text(v, "templateName"),
                    v.containsKey("templateParams") ? strings(v, "templateParams") : List.of()));
        });
        return new StarterAnswer(o.getString("title"), o.getString("reference"), facts, variants);
    }

    private static String text(JsonObject o, String name) {
        JsonValue value = o.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(name);
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
