package io.relais.web.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DESIGN.md's module rules, stated so that the build fails when one is broken: a module reaches
 * another only through its boundary (or the shared kernel's events and values), the modules stand
 * on three floors without a cycle, and names say what things are. The web module's tests see every
 * module's classes together, hence this test's home.
 */
class ModuleRulesTest {

    private static final List<String> MODULES = List.of("staff", "timeline", "responses", "routing", "channels", "web");

    private static final Pattern MODULE_CORE = Pattern.compile("io\\.relais\\.(\\w+)\\.(?:boundary|control|entity)(?:\\..*)?");
    private static final Pattern PACKAGE = Pattern.compile("io\\.relais\\.(\\w+(?:\\.\\w+)?)(?:\\..*)?");

    private static JavaClasses relais;

    @BeforeAll
    static void importRelais() {
        relais = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.relais");
        for (String module : MODULES) {
            assertTrue(relais.stream().anyMatch(type -> type.getPackageName().startsWith("io.relais." + module + ".")),
                    "the classes of " + module + " are on the class path");
        }
    }

    @Test
    void no_module_reaches_into_another_modules_entities_or_logic() {
        for (String module : MODULES) {
            String[] othersInside = MODULES.stream().filter(other -> !other.equals(module))
                    .flatMap(other -> Stream.of("io.relais." + other + ".entity..",
                            "io.relais." + other + ".control.."))
                    .toArray(String[]::new);
            ArchRule rule = noClasses().that().resideInAPackage("io.relais." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(othersInside)
                    .because("a module talks to another through its boundary or the shared kernel (DESIGN.md §2)");
            rule.check(relais);
        }
    }

    @Test
    void the_domain_modules_talk_to_each_other_through_boundaries_only() {
        noClasses().that().resideInAnyPackage("io.relais.routing..", "io.relais.channels..", "io.relais.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.relais.timeline.entity..",
                        "io.relais.timeline.control..")
                .check(relais);
        noClasses().that().resideInAnyPackage("io.relais.routing..", "io.relais.channels..", "io.relais.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.relais.staff.entity..",
                        "io.relais.staff.control..")
                .check(relais);
        noClasses().that().resideInAnyPackage("io.relais.channels..", "io.relais.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.relais.responses.entity..",
                        "io.relais.responses.control..", "io.relais.routing.entity..", "io.relais.routing.control..")
                .check(relais);
    }

    @Test
    void the_floors_hold_the_shared_kernel_below_the_domain_below_the_channels_below_the_web() {
        noClasses().that().resideInAPackage("io.relais.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("io.relais.timeline..", "io.relais.responses..",
                        "io.relais.routing..", "io.relais.channels..", "io.relais.web..")
                .check(relais);
        noClasses().that().resideInAnyPackage("io.relais.staff..", "io.relais.timeline..", "io.relais.responses..",
                        "io.relais.routing..")
                .should().dependOnClassesThat().resideInAnyPackage("io.relais.channels..", "io.relais.web..")
                .check(relais);
        noClasses().that().resideInAPackage("io.relais.staff..")
                .should().dependOnClassesThat().resideInAnyPackage("io.relais.timeline..", "io.relais.responses..",
                        "io.relais.routing..")
                .because("who works in Relais is known without queues, conversations or customers")
                .check(relais);
        noClasses().that().resideInAPackage("io.relais.channels..")
                .should().dependOnClassesThat().resideInAPackage("io.relais.web..")
                .check(relais);
        noClasses().that().resideInAnyPackage("io.relais.timeline..", "io.relais.responses..")
                .should().dependOnClassesThat().resideInAnyPackage("io.relais.routing..")
                .because("routing listens to the timeline's events; the timeline knows nothing of routing")
                .check(relais);
    }

    @Test
    void no_cycle_between_modules() {
        slices().matching("io.relais.(*)..").should().beFreeOfCycles().check(relais);
    }

    /**
     * A module's boundary, control and entity packages are its core, one slice here: the boundary
     * publishes the enums and records its entities store (published types live in the boundary), so
     * those three lean on each other by design. Every other package (a channel's adapter, a group of
     * pages, the REST API) stands above a core or beside another and forms no cycle with it: an
     * adapter implements the core's ports and observes its events, the core never names an adapter.
     */
    @Test
    void no_cycle_between_packages() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                Matcher core = MODULE_CORE.matcher(type.getPackageName());
                if (core.matches()) {
                    return SliceIdentifier.of(core.group(1) + " (boundary, control, entity)");
                }
                Matcher other = PACKAGE.matcher(type.getPackageName());
                return other.matches() ? SliceIdentifier.of(other.group(1)) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "each module's core and each of its other packages";
            }
        }).should().beFreeOfCycles().check(relais);
    }

    @Test
    void events_crossing_modules_are_records_of_the_shared_kernel() {
        classes().that().resideInAPackage("io.relais.shared.event..").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should().beRecords().check(relais);
    }

    @Test
    void names_say_what_things_are() {
        noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .check(relais);
    }
}
