create table rt_calendar (
    id              uuid         not null primary key,
    name            varchar(100) not null,
    time_zone       varchar(64)  not null,
    public_holidays boolean      not null,
    alsace_moselle  boolean      not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint       not null,
    constraint rt_calendar_name_unique unique (name)
);

create table rt_calendar_hours (
    calendar_id uuid        not null references rt_calendar (id),
    day_of_week varchar(16) not null,
    opens       time        not null,
    closes      time        not null
);
create index rt_calendar_hours_calendar on rt_calendar_hours (calendar_id);

create table rt_calendar_closure (
    calendar_id uuid         not null references rt_calendar (id),
    first_day   date         not null,
    last_day    date         not null,
    label       varchar(200) not null
);
create index rt_calendar_closure_calendar on rt_calendar_closure (calendar_id);

-- scope_key ("EMAIL|*|GOLD") makes two rules for exactly the same conversations impossible, even
-- when two admins save at once; the wider conflicts are checked by the application.
create table rt_commitment (
    id                     uuid         not null primary key,
    name                   varchar(100) not null,
    channel                varchar(32),
    motif_id               uuid,
    segment                varchar(32),
    scope_key              varchar(120) not null,
    first_response_seconds bigint       not null,
    next_response_seconds  bigint,
    resolution_seconds     bigint,
    counting               varchar(16)  not null,
    calendar_id            uuid         not null references rt_calendar (id),
    warning_percent        integer      not null,
    wording_fr             varchar(500),
    wording_en             varchar(500),
    published              boolean      not null,
    updated_at             timestamp(6) with time zone not null,
    version                bigint       not null,
    constraint rt_commitment_name_unique unique (name),
    constraint rt_commitment_scope_unique unique (scope_key)
);

-- The service's usual opening hours, and the commitments companies publish most often.
insert into rt_calendar (id, name, time_zone, public_holidays, alsace_moselle, updated_at, version)
values ('01900000-0000-7000-8000-00000000ca01', 'Service client', 'Europe/Paris', true, false,
        timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into rt_calendar_hours (calendar_id, day_of_week, opens, closes) values
    ('01900000-0000-7000-8000-00000000ca01', 'MONDAY', time '09:00', time '18:00'),
    ('01900000-0000-7000-8000-00000000ca01', 'TUESDAY', time '09:00', time '18:00'),
    ('01900000-0000-7000-8000-00000000ca01', 'WEDNESDAY', time '09:00', time '18:00'),
    ('01900000-0000-7000-8000-00000000ca01', 'THURSDAY', time '09:00', time '18:00'),
    ('01900000-0000-7000-8000-00000000ca01', 'FRIDAY', time '09:00', time '18:00'),
    ('01900000-0000-7000-8000-00000000ca01', 'SATURDAY', time '09:00', time '12:00');

insert into rt_commitment (id, name, channel, motif_id, segment, scope_key, first_response_seconds,
                           next_response_seconds, resolution_seconds, counting, calendar_id, warning_percent,
                           wording_fr, wording_en, published, updated_at, version) values
    ('01900000-0000-7000-8000-00000000c001', 'Chat', 'CHAT', null, null, 'CHAT|*|*', 60, 60, null,
     'BUSINESS_HOURS', '01900000-0000-7000-8000-00000000ca01', 80,
     'Un conseiller vous répond en moins d''une minute pendant nos horaires d''ouverture.',
     'An adviser answers within a minute during our opening hours.', true,
     timestamp with time zone '2026-01-01 00:00:00+00', 0),
    ('01900000-0000-7000-8000-00000000c002', 'Facebook', 'MESSENGER', null, null, 'MESSENGER|*|*', 14400, 14400,
     null, 'CALENDAR_HOURS', '01900000-0000-7000-8000-00000000ca01', 80,
     'Nous répondons à vos messages Facebook en moins de 4 heures.',
     'We answer your Facebook messages within 4 hours.', true,
     timestamp with time zone '2026-01-01 00:00:00+00', 0),
    ('01900000-0000-7000-8000-00000000c003', 'X', 'X', null, null, 'X|*|*', 7200, 7200, null,
     'CALENDAR_HOURS', '01900000-0000-7000-8000-00000000ca01', 80,
     'Nous répondons sur X en moins de 2 heures.', 'We answer on X within 2 hours.', true,
     timestamp with time zone '2026-01-01 00:00:00+00', 0),
    ('01900000-0000-7000-8000-00000000c004', 'E-mail', 'EMAIL', null, null, 'EMAIL|*|*', 172800, 172800, null,
     'CALENDAR_HOURS', '01900000-0000-7000-8000-00000000ca01', 80,
     'Nous répondons à vos e-mails en moins de 48 heures.', 'We answer your emails within 48 hours.', true,
     timestamp with time zone '2026-01-01 00:00:00+00', 0),
    ('01900000-0000-7000-8000-00000000c005', 'Courrier', 'LETTER', null, null, 'LETTER|*|*', 1296000, 1296000,
     null, 'CALENDAR_HOURS', '01900000-0000-7000-8000-00000000ca01', 80,
     'Nous répondons à vos courriers sous 15 jours.', 'We answer your letters within 15 days.', true,
     timestamp with time zone '2026-01-01 00:00:00+00', 0);
