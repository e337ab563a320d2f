package io.relais.web.demo;

import io.relais.timeline.boundary.IdentityKind;

import java.util.List;

/** Twenty customers, each known by email, phone and customer number, some also on a social network. */
final class DemoCustomers {

    record Entry(String name, String language, String email, String phone, String customerNumber,
                 IdentityKind socialKind, String socialId) {
    }

    static final List<Entry> ALL = List.of(
            new Entry("Marie Dubois", "fr", "marie.dubois@exemple.fr", "06 12 34 56 01", "C-100001", IdentityKind.MESSENGER, "5512000001"),
            new Entry("Thomas Laurent", "fr", "thomas.laurent@exemple.fr", "06 12 34 56 02", "C-100002", IdentityKind.X, "1400000002"),
            new Entry("Léa Moreau", "fr", "lea.moreau@exemple.fr", "06 12 34 56 03", "C-100003", IdentityKind.WHATSAPP, "+33612345603"),
            new Entry("Hugo Simon", "fr", "hugo.simon@exemple.fr", "06 12 34 56 04", "C-100004", null, null),
            new Entry("Chloé Michel", "fr", "chloe.michel@exemple.fr", "06 12 34 56 05", "C-100005", IdentityKind.INSTAGRAM, "178000005"),
            new Entry("Louis Garcia", "fr", "louis.garcia@exemple.fr", "06 12 34 56 06", "C-100006", null, null),
            new Entry("Emma Roux", "fr", "emma.roux@exemple.fr", "06 12 34 56 07", "C-100007", IdentityKind.MESSENGER, "5512000007"),
            new Entry("Gabriel Fournier", "fr", "gabriel.fournier@exemple.fr", "06 12 34 56 08", "C-100008", null, null),
            new Entry("Inès Girard", "fr", "ines.girard@exemple.fr", "06 12 34 56 09", "C-100009", IdentityKind.X, "1400000009"),
            new Entry("Raphaël Bonnet", "fr", "raphael.bonnet@exemple.fr", "06 12 34 56 10", "C-100010", null, null),
            new Entry("Jade Dupont", "fr", "jade.dupont@exemple.fr", "06 12 34 56 11", "C-100011", IdentityKind.WHATSAPP, "+33612345611"),
            new Entry("Arthur Lambert", "fr", "arthur.lambert@exemple.fr", "01 42 00 00 12", "C-100012", null, null),
            new Entry("Louise Fontaine", "fr", "louise.fontaine@exemple.fr", "06 12 34 56 13", "C-100013", IdentityKind.MESSENGER, "5512000013"),
            new Entry("Jules Rousseau", "fr", "jules.rousseau@exemple.fr", "06 12 34 56 14", "C-100014", null, null),
            new Entry("Alice Vincent", "fr", "alice.vincent@exemple.fr", "06 12 34 56 15", "C-100015", IdentityKind.INSTAGRAM, "178000015"),
            new Entry("Adam Muller", "fr", "adam.muller@exemple.fr", "03 88 00 00 16", "C-100016", null, null),
            new Entry("Sarah Lefebvre", "fr", "sarah.lefebvre@exemple.fr", "06 12 34 56 17", "C-100017", IdentityKind.X, "1400000017"),
            new Entry("Nathan Faure", "fr", "nathan.faure@exemple.fr", "06 12 34 56 18", "C-100018", null, null),
            new Entry("Oliver Smith", "en", "oliver.smith@example.co.uk", "+44 7911 123456", "C-100019", null, null),
            new Entry("Zoé André", "fr", "zoe.andre@exemple.fr", "06 12 34 56 20", "C-100020", IdentityKind.MESSENGER, "5512000020"));

    private DemoCustomers() {
    }
}
