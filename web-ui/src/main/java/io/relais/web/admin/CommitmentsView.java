package io.relais.web.admin;

import io.relais.responses.boundary.LibraryRecords.MotifNode;
import io.relais.responses.boundary.Motifs;
import io.relais.routing.boundary.CalendarView;
import io.relais.routing.boundary.CommitmentDefinition;
import io.relais.routing.boundary.CommitmentView;
import io.relais.routing.boundary.Counting;
import io.relais.routing.boundary.ServiceCommitments;
import io.relais.shared.Channel;
import io.relais.shared.Refusal;
import io.relais.web.i18n.LanguageChoice;
import io.relais.web.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Service commitments and their calendars for admins: the rules, widest first, with their targets
 * and published wording; a form to add one; removal. A refused rule says which rule it clashes with.
 */
@Named
@ViewScoped
public class CommitmentsView implements Serializable {

    @Inject
    ServiceCommitments commitments;

    @Inject
    Motifs motifTree;

    @Inject
    LanguageChoice languageChoice;

    @Inject
    Messages messages;

    private List<CommitmentView> rules;
    private List<CalendarView> calendars;
    private Map<String, String> motifs;

    private String name;
    private Channel channel;
    private String motifId;
    private String segment;
    private Integer firstResponse;
    private ChronoUnit firstResponseUnit = ChronoUnit.HOURS;
    private Integer resolution;
    private ChronoUnit resolutionUnit = ChronoUnit.DAYS;
    private Counting counting = Counting.CALENDAR_HOURS;
    private String calendarId;
    private Integer warningPercent = 80;
    private String wordingFr;
    private String wordingEn;
    private boolean published = true;

    public List<CommitmentView> getRules() {
        if (rules == null) {
            rules = commitments.commitments();
        }
        return rules;
    }

    public List<CalendarView> getCalendars() {
        if (calendars == null) {
            calendars = commitments.calendars();
        }
        return calendars;
    }

    /** Motif labels by id, parents before their children, for the form and the table. */
    public Map<String, String> getMotifs() {
        if (motifs == null) {
            motifs = new LinkedHashMap<>();
            addMotifs(motifTree.motifTree(languageChoice.getLocale()), "");
        }
        return motifs;
    }

    private void addMotifs(List<MotifNode> nodes, String indent) {
        for (MotifNode node : nodes) {
            motifs.put(node.id().toString(), indent + node.label());
            addMotifs(node.children(), indent + "  ");
        }
    }

    public String motifLabel(UUID id) {
        return id == null ? null : getMotifs().getOrDefault(id.toString(), id.toString()).strip();
    }

    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    public List<String> getSegments() {
        return List.of("STANDARD", "SILVER", "GOLD", "PLATINUM");
    }

    public List<ChronoUnit> getUnits() {
        return List.of(ChronoUnit.SECONDS, ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS);
    }

    public List<Counting> getCountings() {
        return List.of(Counting.values());
    }

    /** A target as people say it: "60 s", "4 h", "2 j", "1 h 30 min". */
    public String target(Duration duration) {
        if (duration == null) {
            return "—";
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + " " + messages.text("clock.dayUnit");
        }
        if (seconds < 3_600) {
            return seconds / 60 + " min";
        }
        long minutes = seconds % 3_600 / 60;
        return seconds / 3_600 + " h" + (minutes == 0 ? "" : " " + minutes + " min");
    }

    public void create() {
        try {
            commitments.createCommitment(new CommitmentDefinition(name, channel,
                    motifId == null || motifId.isBlank() ? null : UUID.fromString(motifId),
                    segment == null || segment.isBlank() ? null : segment,
                    firstResponse == null ? null : Duration.of(firstResponse, firstResponseUnit), null,
                    resolution == null ? null : Duration.of(resolution, resolutionUnit), counting,
                    calendarId == null || calendarId.isBlank() ? null : UUID.fromString(calendarId), warningPercent,
                    wordingFr, wordingEn, published));
            messages.info("commitments.created", name);
            name = null;
            wordingFr = null;
            wordingEn = null;
            rules = null;
            calendars = null;
        } catch (Refusal refused) {
            messages.error("commitments.refused", refused.message(messages.locale()));
        }
    }

    public void remove(UUID id) {
        try {
            commitments.removeCommitment(id);
            messages.info("commitments.removed");
        } catch (Refusal refused) {
            messages.error("commitments.refused", refused.message(messages.locale()));
        }
        rules = null;
        calendars = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getMotifId() {
        return motifId;
    }

    public void setMotifId(String motifId) {
        this.motifId = motifId;
    }

    public String getSegment() {
        return segment;
    }

    public void setSegment(String segment) {
        this.segment = segment;
    }

    public Integer getFirstResponse() {
        return firstResponse;
    }

    public void setFirstResponse(Integer firstResponse) {
        this.firstResponse = firstResponse;
    }

    public ChronoUnit getFirstResponseUnit() {
        return firstResponseUnit;
    }

    public void setFirstResponseUnit(ChronoUnit firstResponseUnit) {
        this.firstResponseUnit = firstResponseUnit;
    }

    public Integer getResolution() {
        return resolution;
    }

    public void setResolution(Integer resolution) {
        this.resolution = resolution;
    }

    public ChronoUnit getResolutionUnit() {
        return resolutionUnit;
    }

    public void setResolutionUnit(ChronoUnit resolutionUnit) {
        this.resolutionUnit = resolutionUnit;
    }

    public Counting getCounting() {
        return counting;
    }

    public void setCounting(Counting counting) {
        this.counting = counting;
    }

    public String getCalendarId() {
        return calendarId;
    }

    public void setCalendarId(String calendarId) {
        this.calendarId = calendarId;
    }

    public Integer getWarningPercent() {
        return warningPercent;
    }

    public void setWarningPercent(Integer warningPercent) {
        this.warningPercent = warningPercent;
    }

    public String getWordingFr() {
        return wordingFr;
    }

    public void setWordingFr(String wordingFr) {
        this.wordingFr = wordingFr;
    }

    public String getWordingEn() {
        return wordingEn;
    }

    public void setWordingEn(String wordingEn) {
        this.wordingEn = wordingEn;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    /** The opening periods of a calendar, one line per day: "lundi 09:00–18:00". */
    public List<String> periods(CalendarView calendar) {
        List<String> lines = new ArrayList<>();
        calendar.periods().forEach(p -> lines.add(p.day().getDisplayName(java.time.format.TextStyle.FULL,
                languageChoice.getLocale()) + " " + p.opens() + "–" + (p.closes().equals(java.time.LocalTime.MIDNIGHT)
                ? "24:00" : p.closes())));
        return lines;
    }
}
