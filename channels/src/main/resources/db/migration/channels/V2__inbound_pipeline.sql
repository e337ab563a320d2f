-- The raw payload of each recorded inbound message, as the provider sent it (an email's MIME
-- bytes, a webhook's JSON body), kept beside the interaction it became.
create table ch_inbound_raw (
    pipeline_id         uuid         not null primary key,
    interaction_id      uuid         not null,
    channel             varchar(32)  not null,
    provider_message_id varchar(255) not null,
    media_type          varchar(255),
    payload             bytea        not null,
    received_at         timestamp(6) with time zone not null
);
create index ch_inbound_raw_interaction on ch_inbound_raw (interaction_id);

-- Why a queued message could not be recorded yet: one row per message, kept until it is recorded
-- (a retry or a replay) or discarded. "refused" is for messages a retry cannot help.
create table ch_inbound_failure (
    pipeline_id         uuid          not null primary key,
    channel             varchar(32)   not null,
    provider_message_id varchar(255)  not null,
    sender              varchar(320)  not null,
    attempts            integer       not null,
    refused             boolean       not null,
    reason              varchar(2000) not null,
    first_failed_at     timestamp(6) with time zone not null,
    last_failed_at      timestamp(6) with time zone not null
);
