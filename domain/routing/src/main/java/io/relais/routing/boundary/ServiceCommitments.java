package io.relais.routing.boundary;

import io.relais.routing.control.CommitmentRules;
import io.relais.routing.control.CommitmentScope;
import io.relais.routing.control.OpeningSchedule;
import io.relais.routing.control.RoutingRefusals;
import io.relais.routing.entity.BusinessCalendar;
import io.relais.routing.entity.CalendarClosure;
import io.relais.routing.entity.CalendarHours;
import io.relais.routing.entity.ServiceCommitment;
import io.relais.shared.Channel;
import io.relais.shared.Reason;
import io.relais.shared.UniqueKeyViolation;
import io.relais.timeline.boundary.ValueTier;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Calendars and service commitments, as admins define them, and which commitment applies to a
 * conversation. Every change to a commitment is checked against the whole set (see
 * {@link CommitmentRules}) while the existing rules are locked, so two admins saving at once
 * cannot build a conflict between them; open clocks are then re-evaluated.
 */
@Stateless
public class ServiceCommitments {

    static final String DEFAULT_ZONE = "Europe/Paris";
    static final int DEFAULT_WARNING_PERCENT = 80;
    private static final Duration LONGEST_TARGET = Duration.ofDays(366);
    private static final int MAX_NAME = 100;
    private static final int MAX_WORDING = 500;
    private static final int MAX_CLOSURE_DAYS = 366;

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    Event<CommitmentsChanged> commitmentsChanged;

    /** Open clocks are computed again when a commitment or calendar changes. */
    public record CommitmentsChanged(Instant at) {
    }

    public List<CalendarView> calendars() {
        Map<UUID, List<String>> users = em.createQuery("select c from ServiceCommitment c order by c.name",
                        ServiceCommitment.class).getResultStream()
                .collect(Collectors.groupingBy(ServiceCommitment::getCalendarId,
                        Collectors.mapping(ServiceCommitment::getName, Collectors.toList())));
        return em.createQuery("select c from BusinessCalendar c order by c.name", BusinessCalendar.class)
                .getResultStream()
                .map(c -> view(c, users.getOrDefault(c.getId(), List.of())))
                .toList();
    }

    public CalendarView calendar(UUID id) {
        BusinessCalendar calendar = existingCalendar(id);
        return view(calendar, em.createQuery("select c.name from ServiceCommitment c where c.calendarId = :id "
                + "order by c.name", String.class).setParameter("id", id).getResultList());
    }

    public UUID createCalendar(CalendarDefinition definition) {
        String name = name(definition.name(), "calendar");
        if (calendarNamed(name).isPresent()) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("calendar.nameTaken", name), true);
        }
        var calendar = new BusinessCalendar(name);
        define(calendar, definition, name);
        em.persist(calendar);
        flushUnique(RoutingRefusals.reason("calendar.nameTaken", name));
        return calendar.getId();
    }

    public void changeCalendar(UUID id, CalendarDefinition definition) {
        BusinessCalendar calendar = em.find(BusinessCalendar.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (calendar == null) {
            throw RoutingRefusals.notFound("calendar.unknown", id);
        }
        String name = name(definition.name(), "calendar");
        if (calendarNamed(name).filter(other -> !other.getId().equals(id)).isPresent()) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("calendar.nameTaken", name), true);
        }
        define(calendar, definition, name);
        flushUnique(RoutingRefusals.reason("calendar.nameTaken", name));
        commitmentsChanged.fire(new CommitmentsChanged(Instant.now()));
    }

    public void removeCalendar(UUID id) {
        BusinessCalendar calendar = em.find(BusinessCalendar.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (calendar == null) {
            throw RoutingRefusals.notFound("calendar.unknown", id);
        }
        List<String> users = em.createQuery("select c.name from ServiceCommitment c where c.calendarId = :id "
                + "order by c.name", String.class).setParameter("id", id).getResultList();
        if (!users.isEmpty()) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("calendar.inUse", calendar.getName(), users.get(0)),
                    true);
        }
        em.remove(calendar);
    }

    /** The calendar's opening schedule, ready for business-time arithmetic. */
    public OpeningSchedule schedule(UUID calendarId) {
        return schedule(existingCalendar(calendarId));
    }

    public List<CommitmentView> commitments() {
        Map<UUID, String> calendarNames = calendarNames();
        return em.createQuery("select c from ServiceCommitment c", ServiceCommitment.class).getResultStream()
                .sorted((a, b) -> a.scope().specificity() != b.scope().specificity()
                        ? Integer.compare(a.scope().specificity(), b.scope().specificity())
                        : a.getName().compareToIgnoreCase(b.getName()))
                .map(c -> view(c, calendarNames))
                .toList();
    }

    public CommitmentView commitment(UUID id) {
        return view(existingCommitment(id), calendarNames());
    }

    public UUID createCommitment(CommitmentDefinition definition) {
        List<ServiceCommitment> rules = lockedRules();
        String name = name(definition.name(), "commitment");
        var commitment = new ServiceCommitment(name);
        define(commitment, definition, name, rules);
        em.persist(commitment);
        flushUnique(RoutingRefusals.reason("commitment.nameOrScopeTaken", name));
        commitmentsChanged.fire(new CommitmentsChanged(Instant.now()));
        return commitment.getId();
    }

    public void changeCommitment(UUID id, CommitmentDefinition definition) {
        List<ServiceCommitment> rules = lockedRules();
        ServiceCommitment commitment = rules.stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElseThrow(() -> RoutingRefusals.notFound("commitment.unknown", id));
        String name = name(definition.name(), "commitment");
        define(commitment, definition, name, rules.stream().filter(c -> c != commitment).toList());
        flushUnique(RoutingRefusals.reason("commitment.nameOrScopeTaken", name));
        commitmentsChanged.fire(new CommitmentsChanged(Instant.now()));
    }

    /** Removes a commitment, unless two others would then both apply to some conversations. */
    public void removeCommitment(UUID id) {
        List<ServiceCommitment> rules = lockedRules();
        ServiceCommitment commitment = rules.stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElseThrow(() -> RoutingRefusals.notFound("commitment.unknown", id));
        List<ServiceCommitment> remaining = rules.stream().filter(c -> c != commitment).toList();
        CommitmentRules.firstConflict(remaining, ServiceCommitment::scope, ServiceCommitment::getName)
                .ifPresent(conflict -> {
                    throw RoutingRefusals.refusal(RoutingRefusals.reason("commitment.settlesConflict",
                            commitment.getName(), conflict.why()), true);
                });
        em.remove(commitment);
        commitmentsChanged.fire(new CommitmentsChanged(Instant.now()));
    }

    /** The commitment that applies to a conversation: the most specific rule covering it, if any. */
    public Optional<AppliedCommitment> applicable(Channel channel, UUID motifId, String segment) {
        List<ServiceCommitment> rules = em.createQuery("select c from ServiceCommitment c", ServiceCommitment.class)
                .getResultList();
        return CommitmentRules.applicable(rules, ServiceCommitment::scope, channel, motifId, segment)
                .map(c -> new AppliedCommitment(c.getId(), c.getName(), c.firstResponse(), c.nextResponse(),
                        c.resolution(), c.getWarningPercent(), c.getCounting() == Counting.BUSINESS_HOURS
                        ? schedule(existingCalendar(c.getCalendarId())) : null));
    }

    private void define(ServiceCommitment commitment, CommitmentDefinition definition, String name,
                        List<ServiceCommitment> others) {
        if (others.stream().anyMatch(c -> c.getName().equalsIgnoreCase(name))) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("commitment.nameTaken", name), true);
        }
        String segment = definition.segment() == null || definition.segment().isBlank() ? null
                : definition.segment().strip().toUpperCase();
        if (segment != null && Arrays.stream(ValueTier.values()).noneMatch(t -> t.name().equals(segment))) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("commitment.segment", Arrays.toString(ValueTier.values())));
        }
        Duration first = target(definition.firstResponse(), "firstResponse", true);
        Duration next = target(definition.nextResponse(), "nextResponse", false);
        Duration resolution = target(definition.resolution(), "resolution", false);
        if (resolution != null && resolution.compareTo(first) < 0) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("commitment.resolutionShorter", resolution, first));
        }
        int warning = definition.warningPercent() == null ? DEFAULT_WARNING_PERCENT : definition.warningPercent();
        if (warning < 1 || warning > 99) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("commitment.warning"));
        }
        UUID calendarId = definition.calendarId() != null ? existingCalendar(definition.calendarId()).getId()
                : em.createQuery("select c.id from BusinessCalendar c order by c.name", UUID.class).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> RoutingRefusals.refusal(RoutingRefusals.reason("commitment.noCalendar")));
        var scope = new CommitmentScope(definition.channel(), definition.motifId(), segment);
        List<ServiceCommitment> after = new ArrayList<>();
        after.add(commitment);
        after.addAll(others);
        Function<ServiceCommitment, CommitmentScope> scopeOf = c -> c == commitment ? scope : c.scope();
        Function<ServiceCommitment, String> nameOf = c -> c == commitment ? name : c.getName();
        CommitmentRules.firstConflict(after, scopeOf, nameOf).ifPresent(conflict -> {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("commitment.conflict", nameOf.apply(conflict.rule()),
                    conflict.why()), true);
        });
        commitment.define(name, scope, first, next, resolution,
                definition.counting() == null ? Counting.CALENDAR_HOURS : definition.counting(), calendarId, warning,
                wording(definition.wordingFr()), wording(definition.wordingEn()), definition.published(),
                Instant.now());
    }

    private void define(BusinessCalendar calendar, CalendarDefinition definition, String name) {
        String zone = definition.timeZone() == null || definition.timeZone().isBlank() ? DEFAULT_ZONE
                : definition.timeZone().strip();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("calendar.zone", zone));
        }
        List<CalendarHours> hours = new ArrayList<>();
        for (CalendarDefinition.Period period : definition.periods()) {
            if (period == null || period.day() == null || period.opens() == null || period.closes() == null) {
                throw RoutingRefusals.refusal(RoutingRefusals.reason("calendar.period"));
            }
            hours.add(new CalendarHours(period.day(), period.opens(), period.closes()));
        }
        List<CalendarClosure> closures = new ArrayList<>();
        for (CalendarDefinition.Closure closure : definition.closures()) {
            if (closure == null || closure.firstDay() == null || closure.label() == null
                    || closure.label().isBlank()) {
                throw RoutingRefusals.refusal(RoutingRefusals.reason("calendar.closure"));
            }
            LocalDate last = closure.lastDay() == null ? closure.firstDay() : closure.lastDay();
            if (last.isBefore(closure.firstDay())
                    || ChronoUnit.DAYS.between(closure.firstDay(), last) >= MAX_CLOSURE_DAYS) {
                throw RoutingRefusals.refusal(RoutingRefusals.reason("calendar.closureDays", closure.label().strip()));
            }
            closures.add(new CalendarClosure(closure.firstDay(), last, closure.label().strip()));
        }
        calendar.define(name, zone, definition.publicHolidays(), definition.alsaceMoselle(), hours, closures,
                Instant.now());
        try {
            schedule(calendar).plusOpenTime(Instant.now(), Duration.ofMinutes(1));
        } catch (OpeningSchedule.InvalidHoursException e) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("calendar.invalid", name, e.refusal()));
        } catch (IllegalStateException e) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("calendar.neverOpen", name));
        }
    }

    private static OpeningSchedule schedule(BusinessCalendar calendar) {
        Set<LocalDate> closed = new HashSet<>();
        for (CalendarClosure closure : calendar.getClosures()) {
            closure.getFirstDay().datesUntil(closure.getLastDay().plusDays(1)).forEach(closed::add);
        }
        return new OpeningSchedule(ZoneId.of(calendar.getTimeZone()), calendar.getHours().stream()
                .map(h -> new OpeningSchedule.Hours(h.getDay(), h.getOpens(), h.getCloses())).toList(),
                closed, calendar.isPublicHolidays(), calendar.isAlsaceMoselle());
    }

    /** Every rule, locked: a concurrent change waits, then sees this one. */
    private List<ServiceCommitment> lockedRules() {
        em.createQuery("select c from ServiceCommitment c", ServiceCommitment.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return em.createQuery("select c from ServiceCommitment c", ServiceCommitment.class).getResultList();
    }

    private void flushUnique(Reason refusal) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.causedBy(e)) {
                throw RoutingRefusals.refusal(refusal, true);
            }
            throw e;
        }
    }

    private static String name(String name, String what) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("name.length", RoutingRefusals.reason("what." + what), MAX_NAME));
        }
        return name.strip();
    }

    private static Duration target(Duration target, String what, boolean required) {
        if (target == null) {
            if (required) {
                throw RoutingRefusals.refusal(RoutingRefusals.reason("target.required", RoutingRefusals.reason("what." + what)));
            }
            return null;
        }
        if (target.isNegative() || target.isZero() || target.compareTo(LONGEST_TARGET) > 0) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("target.range", RoutingRefusals.reason("what." + what)));
        }
        return target.truncatedTo(ChronoUnit.SECONDS);
    }

    private static String wording(String wording) {
        if (wording == null || wording.isBlank()) {
            return null;
        }
        if (wording.strip().length() > MAX_WORDING) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("commitment.wording", MAX_WORDING));
        }
        return wording.strip();
    }

    private Optional<BusinessCalendar> calendarNamed(String name) {
        return em.createQuery("select c from BusinessCalendar c where lower(c.name) = lower(:name)",
                BusinessCalendar.class).setParameter("name", name).getResultStream().findFirst();
    }

    private BusinessCalendar existingCalendar(UUID id) {
        BusinessCalendar calendar = id == null ? null : em.find(BusinessCalendar.class, id);
        if (calendar == null) {
            throw RoutingRefusals.notFound("calendar.unknown", id);
        }
        return calendar;
    }

    private ServiceCommitment existingCommitment(UUID id) {
        ServiceCommitment commitment = id == null ? null : em.find(ServiceCommitment.class, id);
        if (commitment == null) {
            throw RoutingRefusals.notFound("commitment.unknown", id);
        }
        return commitment;
    }

    private Map<UUID, String> calendarNames() {
        return em.createQuery("select c from BusinessCalendar c", BusinessCalendar.class).getResultStream()
                .collect(Collectors.toMap(BusinessCalendar::getId, BusinessCalendar::getName));
    }

    private static CalendarView view(BusinessCalendar c, List<String> usedBy) {
        return new CalendarView(c.getId(), c.getName(), c.getTimeZone(), c.isPublicHolidays(), c.isAlsaceMoselle(),
                c.getHours().stream().map(h -> new CalendarDefinition.Period(h.getDay(), h.getOpens(), h.getCloses()))
                        .sorted((a, b) -> a.day() != b.day() ? a.day().compareTo(b.day())
                                : a.opens().compareTo(b.opens()))
                        .toList(),
                c.getClosures().stream().map(x -> new CalendarDefinition.Closure(x.getFirstDay(), x.getLastDay(),
                        x.getLabel())).sorted((a, b) -> a.firstDay().compareTo(b.firstDay())).toList(),
                usedBy, c.getVersion());
    }

    private static CommitmentView view(ServiceCommitment c, Map<UUID, String> calendarNames) {
        CommitmentScope scope = c.scope();
        return new CommitmentView(c.getId(), c.getName(), scope.channel(), scope.motifId(), scope.segment(),
                scope.specificity(), c.firstResponse(), c.nextResponse(), c.resolution(), c.getCounting(),
                c.getCalendarId(), calendarNames.get(c.getCalendarId()), c.getWarningPercent(), c.getWordingFr(),
                c.getWordingEn(), c.isPublished(), c.getUpdatedAt(), c.getVersion());
    }
}
