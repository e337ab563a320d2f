package io.relais.web.demo;

import io.relais.channels.boundary.ChannelEndpoints;
import io.relais.responses.boundary.LibraryStarter;
import io.relais.shared.Channel;
import io.relais.shared.Role;
import io.relais.staff.boundary.NewStaffMember;
import io.relais.staff.boundary.StaffDirectory;
import io.relais.timeline.boundary.AgeBand;
import io.relais.timeline.boundary.ContactIntake;
import io.relais.timeline.boundary.ConversationStatus;
import io.relais.timeline.boundary.CustomerProfile;
import io.relais.timeline.boundary.CustomerProfiles;
import io.relais.timeline.boundary.CustomerType;
import io.relais.timeline.boundary.Direction;
import io.relais.timeline.boundary.IdentityKind;
import io.relais.timeline.boundary.InboundContact;
import io.relais.timeline.boundary.NewIdentity;
import io.relais.timeline.boundary.NewInteraction;
import io.relais.timeline.boundary.Timeline;
import io.relais.timeline.boundary.ValueTier;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Loads the demo once, in one transaction: either everything is there or nothing is, so an
 * interrupted first start loads it again on the next one.
 */
@Startup
@Singleton
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    LibraryStarter starterLibrary;

    @Inject
    ContactIntake contactIntake;

    @Inject
    CustomerProfiles customerProfiles;

    @Inject
    Timeline timeline;

    @Inject
    ChannelEndpoints channelEndpoints;

    @Inject
    @ConfigProperty(name = "relais.demo.enabled", defaultValue = "true")
    boolean demoEnabled;

    @Inject
    @ConfigProperty(name = "relais.bootstrap.admin.password")
    Optional<String> bootstrapAdminPassword;

    @PostConstruct
    void loadOnFirstStart() {
        if (staffDirectory.staffCount() > 0) {
            if (demoEnabled) {
                // A demo database from before the response library gets its starter library once.
                starterLibrary.installStarterLibrary("admin");
            }
            return;
        }
        if (demoEnabled) {
            load(Instant.now());
        } else if (bootstrapAdminPassword.isPresent()) {
            staffDirectory.createStaffMember(new NewStaffMember("admin", "Administrateur", null,
                    bootstrapAdminPassword.get(), Set.of(Role.ADMIN)));
            LOG.info("No staff yet: created the bootstrap administrator 'admin'");
        } else {
            LOG.warning("No staff and no demo data: set RELAIS_BOOTSTRAP_ADMIN_PASSWORD to create an administrator");
        }
    }

    void load(Instant now) {
        staff();
        Map<String, UUID> motifs = motifs();
        endpoints();
        List<UUID> customers = customers();
        conversations(now, customers, motifs);
        duplicates(now);
        LOG.info(() -> "Demo data loaded: " + customers.size() + " customers");
    }

    private void staff() {
        staffDirectory.createStaffMember(new NewStaffMember("camille", "Camille Martin", "camille@demo.relais.io",
                DemoAccounts.AGENT_PASSWORD, Set.of(Role.AGENT)));
        staffDirectory.createStaffMember(new NewStaffMember("julien", "Julien Bernard", "julien@demo.relais.io",
                DemoAccounts.AGENT_PASSWORD, Set.of(Role.AGENT)));
        staffDirectory.createStaffMember(new NewStaffMember("sofia", "Sofia Haddad", "sofia@demo.relais.io",
                DemoAccounts.AGENT_PASSWORD, Set.of(Role.AGENT)));
        staffDirectory.createStaffMember(new NewStaffMember("nadia", "Nadia Lefèvre", "nadia@demo.relais.io",
                DemoAccounts.SUPERVISOR_PASSWORD, Set.of(Role.AGENT, Role.SUPERVISOR)));
        staffDirectory.createStaffMember(new NewStaffMember("admin", "Alex Morel", "admin@demo.relais.io",
                DemoAccounts.ADMIN_PASSWORD, Set.of(Role.ADMIN, Role.SUPERVISOR)));
    }

    /** The starter library's motifs and approved answers; the demo conversations are filed under them. */
    private Map<String, UUID> motifs() {
        return starterLibrary.installStarterLibrary("admin");
    }

    private void endpoints() {
        channelEndpoints.register(Channel.EMAIL, "Service client", "service-client@demo.relais.io", true);
        channelEndpoints.register(Channel.CHAT, "Chat du site", "https://www.demo.relais.io", true);
        channelEndpoints.register(Channel.SMS, "Numéro SMS", "+33757000000", true);
        channelEndpoints.register(Channel.MESSENGER, "Page Facebook", "relais-demo", true);
        channelEndpoints.register(Channel.X, "Compte X", "@relais_demo", true);
        channelEndpoints.register(Channel.PHONE, "Standard", "+33170000000", true);
        channelEndpoints.register(Channel.LETTER, "Service consommateurs", "BP 1000, 75001 Paris", true);
    }

    private List<UUID> customers() {
        List<UUID> ids = new ArrayList<>();
        for (DemoCustomers.Entry c : DemoCustomers.ALL) {
            List<NewIdentity> identities = new ArrayList<>();
            identities.add(new NewIdentity(IdentityKind.EMAIL, c.email()));
            identities.add(new NewIdentity(IdentityKind.PHONE, c.phone()));
            identities.add(new NewIdentity(IdentityKind.CUSTOMER_NUMBER, c.customerNumber()));
            if (c.socialKind() != null) {
                identities.add(new NewIdentity(c.socialKind(), c.socialId()));
            }
            UUID customer = customerProfiles.registerCustomer(c.name(), c.language(), identities);
            customerProfiles.updateProfile(customer, profile(ids.size(), c));
            ids.add(customer);
        }
        return ids;
    }

    /** Segments spread over the twenty customers, so that reports by segment have something to show. */
    private static CustomerProfile profile(int index, DemoCustomers.Entry c) {
        String[] regions = {"Île-de-France", "Auvergne-Rhône-Alpes", "Occitanie", "Nouvelle-Aquitaine",
                "Hauts-de-France", "Grand Est", "Bretagne", "Provence-Alpes-Côte d'Azur"};
        CustomerType type = c.customerNumber().endsWith("12") || "en".equals(c.language())
                ? CustomerType.PROFESSIONAL : CustomerType.INDIVIDUAL;
        Map<Channel, Boolean> consents = new EnumMap<>(Channel.class);
        consents.put(Channel.EMAIL, true);
        consents.put(Channel.SMS, index % 2 == 0);
        if (c.socialKind() == IdentityKind.WHATSAPP) {
            consents.put(Channel.WHATSAPP, true);
        }
        return new CustomerProfile(c.language(), type, AgeBand.values()[index % AgeBand.values().length],
                ValueTier.values()[index % ValueTier.values().length],
                "en".equals(c.language()) ? "Royaume-Uni" : regions[index % regions.length], consents);
    }

    private void conversations(Instant now, List<UUID> customers, Map<String, UUID> motifs) {
        int providerSeq = 0;
        for (DemoConversations.Script script : DemoConversations.ALL) {
            UUID customer = customers.get(script.customerIndex());
            Instant start = now.minus(script.startedAgo());
            UUID conversation = timeline.openConversation(customer, motifs.get(script.motif()), script.subject(),
                    script.priority(), start);
            Instant at = start;
            for (DemoConversations.Step step : script.steps()) {
                at = at.plus(step.after());
                String providerId = step.direction() == Direction.INBOUND
                        ? "demo-" + step.channel().name().toLowerCase() + "-" + (++providerSeq) : null;
                timeline.record(new NewInteraction(conversation, step.channel(), step.direction(), step.kind(),
                        providerId, at, step.text()));
            }
            if (script.finalStatus() != null) {
                timeline.changeStatus(conversation, script.finalStatus());
            }
        }
    }

    /**
     * Three people who wrote from somewhere new, so that supervisors have merge suggestions to
     * look at: Thomas from another email provider, Hugo on WhatsApp with his mobile number, and a
     * chat visitor quoting Emma's customer number. Their conversations are resolved already.
     */
    private void duplicates(Instant now) {
        List<InboundContact> contacts = List.of(
                new InboundContact(Channel.EMAIL, new NewIdentity(IdentityKind.EMAIL, "thomas.laurent@gmail.com"),
                        "Thomas Laurent", Set.of(), "demo-duplicate-1", now.minus(Duration.ofDays(3)),
                        "Changement d'adresse", "Bonjour, je déménage le mois prochain, voici ma nouvelle adresse."),
                new InboundContact(Channel.WHATSAPP, new NewIdentity(IdentityKind.WHATSAPP, "06 12 34 56 04"),
                        "Hugo", Set.of(), "demo-duplicate-2", now.minus(Duration.ofDays(2)),
                        null, "Bonjour, c'est bien ici pour le remboursement ?"),
                new InboundContact(Channel.CHAT, new NewIdentity(IdentityKind.WEBCHAT_VISITOR, "visiteur-8f3a21"),
                        "Visiteur", Set.of(), "demo-duplicate-3", now.minus(Duration.ofDays(1)),
                        null, "Bonjour, mon numéro client est C-100007, je n'arrive pas à me connecter."));
        for (InboundContact contact : contacts) {
            timeline.changeStatus(contactIntake.receive(contact).conversationId(), ConversationStatus.RESOLVED);
        }
    }
}
