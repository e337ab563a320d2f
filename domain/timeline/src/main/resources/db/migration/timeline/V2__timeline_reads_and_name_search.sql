-- The customer timeline is read newest first, page by page, by (occurred_at, id).
drop index tl_interaction_customer;
create index tl_interaction_timeline on tl_interaction (customer_id, occurred_at, id);

-- Names are searched without case or accents; the application writes this key, the line below
-- only gives existing rows a case-folded start.
alter table tl_customer add column name_key varchar(200);
update tl_customer set name_key = lower(display_name);
alter table tl_customer alter column name_key set not null;
create index tl_customer_name_key on tl_customer (name_key);
