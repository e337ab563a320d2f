-- One row per clock of a conversation. due_at is the next moment the sweep has something to do
-- (a warning or a breach); it is null while the clock is paused, stopped, or past its deadline.
create table rt_clock (
    id                     uuid        not null primary key,
    conversation_id        uuid        not null,
    customer_id            uuid        not null,
    kind                   varchar(16) not null,
    channel                varchar(32),
    motif_id               uuid,
    segment                varchar(32),
    commitment_id          uuid,
    promise_id             uuid,
    target_seconds         bigint      not null,
    warning_percent        integer     not null,
    started_at             timestamp(6) with time zone not null,
    running_since          timestamp(6) with time zone,
    spent_seconds          bigint      not null,
    warn_at                timestamp(6) with time zone,
    deadline               timestamp(6) with time zone,
    due_at                 timestamp(6) with time zone,
    warned_at              timestamp(6) with time zone,
    breached_at            timestamp(6) with time zone,
    stopped_at             timestamp(6) with time zone,
    version                bigint      not null
);
create index rt_clock_conversation on rt_clock (conversation_id);
create index rt_clock_due on rt_clock (due_at);
create index rt_clock_open_commitment on rt_clock (commitment_id, stopped_at);

-- Warnings and breaches as they fired, for the supervisors' view and the reports.
create table rt_clock_alert (
    id              uuid        not null primary key,
    clock_id        uuid        not null references rt_clock (id),
    conversation_id uuid        not null,
    kind            varchar(16) not null,
    level           varchar(16) not null,
    deadline        timestamp(6) with time zone not null,
    fired_at        timestamp(6) with time zone not null
);
create index rt_clock_alert_fired on rt_clock_alert (fired_at);
create index rt_clock_alert_conversation on rt_clock_alert (conversation_id);
