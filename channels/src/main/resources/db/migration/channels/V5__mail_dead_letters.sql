-- Mail a mailbox could not read or queue, kept whole (its raw bytes, when the server gave them) with
-- the reason, for administrators to replay once the cause is fixed, download, or discard. The
-- mailbox moves on past it.
create table ch_mail_dead_letter (
    id          uuid          not null primary key,
    mailbox_id  uuid          not null,
    mailbox     varchar(320)  not null,
    uid         bigint        not null,
    sender      varchar(320),
    subject     varchar(500),
    size        bigint        not null,
    raw         bytea,
    reason      varchar(2000) not null,
    attempts    integer       not null,
    received_at timestamp(6) with time zone not null,
    failed_at   timestamp(6) with time zone not null
);
create index ch_mail_dead_letter_failed on ch_mail_dead_letter (failed_at);
