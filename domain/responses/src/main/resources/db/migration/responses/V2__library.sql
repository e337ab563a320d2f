-- The response library: brands and their house rules, answers with key facts, one variant per
-- channel form, the approval history, and the agents' feedback.
alter table rs_motif add column keywords varchar(1000) default '' not null;
alter table rs_motif add column default_priority varchar(16) default 'NORMAL' not null;
alter table rs_motif add column channels varchar(200) default '' not null;

create table rs_brand (
    id               uuid         not null primary key,
    code             varchar(64)  not null,
    name             varchar(200) not null,
    address_form     varchar(8)   not null,
    sms_max_segments integer      not null,
    chat_max_length  integer      not null,
    constraint rs_brand_code_unique unique (code)
);

-- The default brand: every answer belongs to one, and a new installation has this one.
insert into rs_brand (id, code, name, address_form, sms_max_segments, chat_max_length)
values ('0190a0a0-0000-7000-8000-000000000001', 'relais', 'Relais', 'VOUS', 2, 300);

create table rs_lexicon_rule (
    id          uuid         not null primary key,
    brand_id    uuid         not null references rs_brand (id),
    forbidden   varchar(100) not null,
    replacement varchar(100) not null,
    constraint rs_lexicon_rule_unique unique (brand_id, forbidden)
);

create table rs_answer (
    id             uuid                        not null primary key,
    motif_id       uuid                        not null references rs_motif (id),
    brand_id       uuid                        not null references rs_brand (id),
    title          varchar(200)                not null,
    reference_text varchar(8000)               not null,
    status         varchar(16)                 not null,
    version        integer                     not null,
    effective_from timestamp(6) with time zone,
    expires_at     timestamp(6) with time zone,
    updated_by     varchar(100)                not null,
    updated_at     timestamp(6) with time zone not null,
    approved_by    varchar(100),
    approved_at    timestamp(6) with time zone,
    edit_count     bigint                      not null
);
create index rs_answer_motif on rs_answer (motif_id);

create table rs_fact (
    id         uuid          not null primary key,
    answer_id  uuid          not null references rs_answer (id),
    name       varchar(60)   not null,
    kind       varchar(16)   not null,
    fact_value varchar(2000) not null,
    ordinal    integer       not null,
    constraint rs_fact_unique unique (answer_id, name)
);

create table rs_variant (
    id                  uuid                        not null primary key,
    answer_id           uuid                        not null references rs_answer (id),
    form                varchar(16)                 not null,
    subject             varchar(200),
    greeting            varchar(500),
    body                varchar(8000)               not null,
    closing             varchar(1000),
    signature           varchar(500),
    template_name       varchar(60),
    template_parameters varchar(1000),
    state               varchar(16)                 not null,
    uses                bigint                      not null,
    not_solved          bigint                      not null,
    updated_at          timestamp(6) with time zone not null,
    constraint rs_variant_unique unique (answer_id, form)
);

create table rs_answer_event (
    id        uuid                        not null primary key,
    answer_id uuid                        not null references rs_answer (id),
    version   integer                     not null,
    action    varchar(16)                 not null,
    actor     varchar(100)                not null,
    happened_at timestamp(6) with time zone not null,
    note      varchar(1000),
    snapshot  text
);
create index rs_answer_event_answer on rs_answer_event (answer_id, happened_at);

create table rs_feedback (
    id             uuid                        not null primary key,
    variant_id     uuid                        not null references rs_variant (id),
    agent          varchar(100)                not null,
    happened_at    timestamp(6) with time zone not null,
    interaction_id uuid,
    comment_text   varchar(1000)
);
create index rs_feedback_variant on rs_feedback (variant_id, happened_at);
