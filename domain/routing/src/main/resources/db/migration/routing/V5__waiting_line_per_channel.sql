-- Each channel's waiting line in the decisions' order, for the heads of the lines the dispatcher keeps
-- (WaitingLines): without it, reading a channel where nothing waits walks every waiting conversation.
create index rt_routing_waiting_channel on rt_routing (state, channel, deadline, priority desc, enqueued_at);
