package io.relais.routing.entity;

import io.relais.shared.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Opening hours of a team or channel, its time zone, and the days it is closed. */
@Entity
@Table(name = "rt_calendar")
public class BusinessCalendar {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100, unique = true)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "public_holidays", nullable = false)
    private boolean publicHolidays;

    @Column(name = "alsace_moselle", nullable = false)
    private boolean alsaceMoselle;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rt_calendar_hours", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<CalendarHours> hours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rt_calendar_closure", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<CalendarClosure> closures = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BusinessCalendar() {
    }

    public BusinessCalendar(String name) {
        this.id = Ids.newId();
        this.name = name;
    }

    public void define(String name, String timeZone, boolean publicHolidays, boolean alsaceMoselle,
                       List<CalendarHours> hours, List<CalendarClosure> closures, Instant at) {
        this.name = name;
        this.timeZone = timeZone;
        this.publicHolidays = publicHolidays;
        this.alsaceMoselle = alsaceMoselle;
        this.hours.clear();
        this.hours.addAll(hours);
        this.closures.clear();
        this.closures.addAll(closures);
        this.updatedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isPublicHolidays() {
        return publicHolidays;
    }

    public boolean isAlsaceMoselle() {
        return alsaceMoselle;
    }

    public List<CalendarHours> getHours() {
        return hours;
    }

    public List<CalendarClosure> getClosures() {
        return closures;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
