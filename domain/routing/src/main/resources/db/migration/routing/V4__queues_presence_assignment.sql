-- An agent's routing profile: presence, team, skills, languages, capacity per channel. load_units
-- is what his assigned conversations weigh (a call 1000, a chat 333, an email 100 by default; at
-- most 1000), changed only under a lock on this row.
create table rt_agent (
    staff_id       uuid         not null primary key references rt_staff (id),
    presence       varchar(16)  not null,
    presence_since timestamp(6) with time zone not null,
    team           varchar(100),
    load_units     integer      not null,
    version        bigint       not null
);
create index rt_agent_presence on rt_agent (presence, load_units);

create table rt_agent_skill (
    staff_id uuid        not null references rt_agent (staff_id),
    skill    varchar(64) not null,
    primary key (staff_id, skill)
);

create table rt_agent_language (
    staff_id uuid       not null references rt_agent (staff_id),
    language varchar(8) not null,
    primary key (staff_id, language)
);

create table rt_agent_capacity (
    staff_id uuid        not null references rt_agent (staff_id),
    channel  varchar(32) not null,
    at_once  integer     not null,
    primary key (staff_id, channel)
);

create table rt_queue (
    id        uuid         not null primary key,
    name      varchar(100) not null,
    channel   varchar(32),
    motif_id  uuid,
    language  varchar(8),
    skill     varchar(64),
    scope_key varchar(120) not null,
    version   bigint       not null,
    constraint rt_queue_name_unique unique (name),
    constraint rt_queue_scope_unique unique (scope_key)
);

-- Where each conversation stands in routing: waiting in a queue, assigned to an agent, or parked
-- (waiting for the customer, or over) with the agent who owns it.
create table rt_routing (
    conversation_id uuid        not null primary key,
    customer_id     uuid        not null,
    queue_id        uuid        not null references rt_queue (id),
    channel         varchar(32) not null,
    language        varchar(8),
    skill           varchar(64),
    priority        integer     not null,
    state           varchar(16) not null,
    warn_at         timestamp(6) with time zone,
    deadline        timestamp(6) with time zone,
    enqueued_at     timestamp(6) with time zone,
    agent_id        uuid,
    owner_id        uuid,
    assigned_at     timestamp(6) with time zone,
    units           integer     not null,
    escalated_via   varchar(32),
    version         bigint      not null
);
-- In the order decisions read waiting conversations (nearest deadline, then priority, then longest
-- wait), so that the most urgent ones are found by walking the index, never by sorting the queue.
create index rt_routing_waiting on rt_routing (state, deadline, priority desc, enqueued_at);
create index rt_routing_agent on rt_routing (agent_id);
create index rt_routing_queue on rt_routing (queue_id, state);

insert into rt_queue (id, name, channel, motif_id, language, skill, scope_key, version)
values ('01900000-0000-7000-8000-00000000e001', 'Général', null, null, null, null, '*|*|*', 0);

-- Every agent already there gets a profile: offline, French, default capacities.
insert into rt_agent (staff_id, presence, presence_since, team, load_units, version)
select s.id, 'OFFLINE', s.created_at, null, 0, 0 from rt_staff s
where exists (select 1 from rt_staff_role r where r.staff_id = s.id and r.role = 'AGENT');
insert into rt_agent_language (staff_id, language) select staff_id, 'fr' from rt_agent;
