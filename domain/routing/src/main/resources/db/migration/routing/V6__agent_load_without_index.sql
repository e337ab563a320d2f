-- Every read of rt_agent is by id or of the whole table (the dispatcher's roster): the index on
-- presence and load served no query, and every change of an agent's load had to update it, which also
-- kept PostgreSQL from updating his row in place (a HOT update).
drop index rt_agent_presence;
