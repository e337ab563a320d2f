-- Web chats as the chat console sees them: waiting in the queue, with an agent, or ended. One row
-- per conversation; a visitor writing again after the end puts the chat back in the queue.
create table ch_live_chat (
    conversation_id uuid         not null primary key,
    customer_id     uuid         not null,
    visitor_id      varchar(64)  not null,
    site            varchar(40)  not null,
    visitor_name    varchar(200),
    state           varchar(16)  not null,
    waiting_since   timestamp(6) with time zone,
    agent           varchar(100),
    agent_name      varchar(200),
    assigned_at     timestamp(6) with time zone,
    last_line_at    timestamp(6) with time zone not null,
    last_text       varchar(200),
    ended_at        timestamp(6) with time zone,
    version         integer      not null
);
create index ch_live_chat_state on ch_live_chat (state, waiting_since);
create index ch_live_chat_agent on ch_live_chat (agent, state);
create index ch_live_chat_visitor on ch_live_chat (visitor_id);
-- Where and when the transcript was last emailed, so that a visitor cannot use Relais to flood an
-- address with copies.
alter table ch_live_chat add column transcript_to varchar(320);
alter table ch_live_chat add column transcript_at timestamp(6) with time zone;
