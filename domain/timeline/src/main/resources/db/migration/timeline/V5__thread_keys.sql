-- What ties a message to a conversation whatever its sender: an email Message-ID, a chat session,
-- a social thread. A key belongs to one conversation.
create table tl_thread_key (
    thread_key      varchar(500) not null primary key,
    conversation_id uuid         not null references tl_conversation (id),
    created_at      timestamp(6) with time zone not null
);
create index tl_thread_key_conversation on tl_thread_key (conversation_id);
