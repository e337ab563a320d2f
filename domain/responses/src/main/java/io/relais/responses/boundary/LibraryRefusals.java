package io.relais.responses.boundary;

import io.relais.responses.control.Finding;
import io.relais.shared.Reason;
import io.relais.shared.Refusal;
import io.relais.shared.Wording;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The library's refusals: a change refused as a whole (nothing saved), for one reason, a key of
 * {@code io/relais/responses/refusals.properties} (French; English in {@code refusals_en}), or for
 * what the checks found, each finding said in the reader's language and listed in the details
 * ({@code findings}, in the language the check was asked in) with its field and one-click fix.
 */
final class LibraryRefusals {

    private static final String BUNDLE = "io.relais.responses.refusals";

    private LibraryRefusals() {
    }

    static Refusal invalid(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.INVALID, reason(key, arguments));
    }

    static Refusal conflict(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.CONFLICT, reason(key, arguments));
    }

    static Refusal notFound(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.NOT_FOUND, reason(key, arguments));
    }

    /** Refused for what the checks found; {@code said} words each finding (with its variant, say). */
    static Refusal found(Refusal.Kind kind, List<Finding> findings, Function<Finding, Wording> said, Locale asked) {
        Wording all = locale -> findings.stream().map(finding -> said.apply(finding).in(locale))
                .collect(Collectors.joining(" "));
        return new Refusal(kind, reason("FINDINGS", all), Map.of("findings", views(findings, said, asked)));
    }

    static Refusal found(Refusal.Kind kind, List<Finding> findings, Locale asked) {
        return found(kind, findings, finding -> finding::message, asked);
    }

    /** Refused for one reason, with what the checks found besides. */
    static Refusal found(Refusal.Kind kind, List<Finding> findings, Function<Finding, Wording> said, Locale asked,
                         String key, Object... arguments) {
        return new Refusal(kind, reason(key, arguments), Map.of("findings", views(findings, said, asked)));
    }

    private static List<LibraryRecords.FindingView> views(List<Finding> findings, Function<Finding, Wording> said,
                                                         Locale asked) {
        return findings.stream().map(finding -> {
            LibraryRecords.FindingView view = LibraryRecords.FindingView.of(finding, asked);
            return new LibraryRecords.FindingView(view.code(), view.severity(), view.field(), view.fix(),
                    said.apply(finding).in(asked));
        }).toList();
    }

    private static Reason reason(String key, Object... arguments) {
        return Reason.of(BUNDLE, LibraryRefusals.class.getClassLoader(), key, arguments);
    }
}
