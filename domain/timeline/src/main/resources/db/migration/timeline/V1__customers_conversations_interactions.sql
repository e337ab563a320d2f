create table tl_customer (
    id                 uuid         not null primary key,
    display_name       varchar(200) not null,
    preferred_language varchar(8)   not null,
    created_at         timestamp(6) with time zone not null
);

create table tl_identity (
    id             uuid         not null primary key,
    customer_id    uuid         not null references tl_customer (id),
    kind           varchar(32)  not null,
    identity_value varchar(320) not null,
    constraint tl_identity_unique unique (kind, identity_value)
);
create index tl_identity_customer on tl_identity (customer_id);

create table tl_conversation (
    id               uuid         not null primary key,
    customer_id      uuid         not null references tl_customer (id),
    motif_id         uuid,
    subject          varchar(200) not null,
    status           varchar(32)  not null,
    active           boolean      not null,
    priority         integer      not null,
    opened_at        timestamp(6) with time zone not null,
    last_activity_at timestamp(6) with time zone not null,
    last_channel     varchar(32),
    last_preview     varchar(200),
    waiting_since    timestamp(6) with time zone,
    version          bigint       not null
);
create index tl_conversation_inbox on tl_conversation (active, last_activity_at, id);
create index tl_conversation_customer on tl_conversation (customer_id);

create table tl_interaction (
    id                  uuid         not null primary key,
    conversation_id     uuid         not null references tl_conversation (id),
    customer_id         uuid         not null references tl_customer (id),
    channel             varchar(32)  not null,
    direction           varchar(16)  not null,
    kind                varchar(16)  not null,
    provider_message_id varchar(255),
    occurred_at         timestamp(6) with time zone not null,
    body_text           varchar(1000000),
    constraint tl_interaction_provider_unique unique (channel, provider_message_id)
);
create index tl_interaction_conversation on tl_interaction (conversation_id, occurred_at);
create index tl_interaction_customer on tl_interaction (customer_id, occurred_at);
