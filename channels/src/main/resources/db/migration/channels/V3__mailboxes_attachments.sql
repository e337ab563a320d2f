-- Mailboxes Relais reads (IMAP) and answers from (SMTP). The password is never stored: secret_name
-- names the environment variable (or MicroProfile Config property) that holds it.
create table ch_mailbox (
    id                uuid          not null primary key,
    name              varchar(200)  not null,
    address           varchar(320)  not null,
    imap_host         varchar(255)  not null,
    imap_port         integer       not null,
    imap_tls          boolean       not null,
    imap_user         varchar(320)  not null,
    imap_folder       varchar(200)  not null,
    smtp_host         varchar(255),
    smtp_port         integer,
    smtp_tls          boolean       not null,
    smtp_user         varchar(320),
    secret_name       varchar(100)  not null,
    max_message_bytes integer       not null,
    enabled           boolean       not null,
    uid_validity      bigint,
    last_uid          bigint        not null,
    last_polled_at    timestamp(6) with time zone,
    last_error        varchar(2000),
    created_at        timestamp(6) with time zone not null,
    version           integer       not null,
    constraint ch_mailbox_address unique (address)
);

-- Files that came with inbound messages (email attachments, inline images), stored once the
-- message is recorded; the interaction refers to them as "attachment:<id>".
create table ch_attachment (
    id           uuid         not null primary key,
    pipeline_id  uuid         not null,
    file_name    varchar(255) not null,
    media_type   varchar(255) not null,
    size_bytes   bigint       not null,
    content_id   varchar(255),
    content      bytea        not null,
    stored_at    timestamp(6) with time zone not null
);
create index ch_attachment_pipeline on ch_attachment (pipeline_id);

-- Where each recorded message came in (a mailbox's address, a chat site), so that a reply leaves
-- from the same place.
alter table ch_inbound_raw add column conversation_id uuid;
alter table ch_inbound_raw add column endpoint varchar(320);
-- When the listener recorded it: with received_at (when it was queued), the pipeline's delay.
alter table ch_inbound_raw add column recorded_at timestamp(6) with time zone;
create index ch_inbound_raw_conversation on ch_inbound_raw (conversation_id, received_at);
