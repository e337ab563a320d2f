-- An identity that cannot be read (a phone number nobody can dial) is kept as it came, flagged,
-- so that the message it brought is never lost. Phones say whether they are mobile or fixed.
alter table tl_identity add column valid boolean default true not null;
alter table tl_identity add column line_type varchar(16);

-- A customer merged into another keeps his row, so that an unmerge can give it back.
alter table tl_customer add column merged_into uuid;
alter table tl_customer add column erased_at timestamp(6) with time zone;

-- What each kind of interaction carries beyond its text.
alter table tl_interaction add column via_identity_id uuid;
alter table tl_interaction add column author varchar(100);
alter table tl_interaction add column body_html varchar(1000000);
alter table tl_interaction add column call_duration_seconds integer;
alter table tl_interaction add column call_outcome varchar(32);
alter table tl_interaction add column letter_received_on date;
alter table tl_interaction add column registered_number varchar(64);
alter table tl_interaction add column scan_ref varchar(500);
alter table tl_interaction add column promise_due_at timestamp(6) with time zone;
alter table tl_interaction add column promise_state varchar(16);
alter table tl_interaction add column survey_score integer;
alter table tl_interaction add column page_url varchar(2000);
create index tl_interaction_promise on tl_interaction (customer_id, promise_state);

create table tl_attachment (
    id             uuid         not null primary key,
    interaction_id uuid         not null references tl_interaction (id),
    file_name      varchar(255) not null,
    media_type     varchar(255) not null,
    size_bytes     bigint       not null,
    storage_ref    varchar(500)
);
create index tl_attachment_interaction on tl_attachment (interaction_id);

-- One row per merge, and the exact list of what it moved, so that an unmerge restores it.
create table tl_merge (
    id             uuid         not null primary key,
    survivor_id    uuid         not null references tl_customer (id),
    absorbed_id    uuid         not null references tl_customer (id),
    merged_by      varchar(100) not null,
    merged_at      timestamp(6) with time zone not null,
    reason         varchar(500) not null,
    unmerged_by    varchar(100),
    unmerged_at    timestamp(6) with time zone,
    unmerge_reason varchar(500)
);
create index tl_merge_survivor on tl_merge (survivor_id);
create index tl_merge_absorbed on tl_merge (absorbed_id);

create table tl_merge_moved (
    merge_id    uuid        not null references tl_merge (id),
    record_type varchar(16) not null,
    record_id   uuid        not null,
    -- for an interaction, the conversation it was in: an unmerge puts it back there
    home_id     uuid,
    primary key (merge_id, record_type, record_id)
);

-- Evidence found while reading messages (a customer number quoted by someone else).
create table tl_merge_hint (
    id                uuid         not null primary key,
    customer_id       uuid         not null references tl_customer (id),
    other_customer_id uuid         not null references tl_customer (id),
    reason            varchar(32)  not null,
    evidence          varchar(200) not null,
    found_at          timestamp(6) with time zone not null,
    constraint tl_merge_hint_unique unique (customer_id, other_customer_id, reason)
);
create index tl_merge_hint_other on tl_merge_hint (other_customer_id);

-- "Not the same person": a supervisor's answer, so the pair is not suggested again.
create table tl_merge_dismissal (
    first_customer_id  uuid         not null,
    second_customer_id uuid         not null,
    dismissed_by       varchar(100) not null,
    dismissed_at       timestamp(6) with time zone not null,
    primary key (first_customer_id, second_customer_id)
);

-- Exports and erasures under the RGPD, kept after the customer is gone.
create table tl_privacy_log (
    id          uuid         not null primary key,
    customer_id uuid         not null,
    action      varchar(16)  not null,
    actor       varchar(100) not null,
    reason      varchar(500) not null,
    done_at     timestamp(6) with time zone not null
);
create index tl_privacy_log_customer on tl_privacy_log (customer_id);
