-- Segment attributes drive service commitments, routing and the channel mix by segment.
alter table tl_customer add column customer_type varchar(16);
alter table tl_customer add column age_band varchar(16);
alter table tl_customer add column value_tier varchar(16);
alter table tl_customer add column region varchar(64);

-- What the customer agreed to be contacted on, per channel, and when that was said.
create table tl_consent (
    id          uuid        not null primary key,
    customer_id uuid        not null references tl_customer (id),
    channel     varchar(32) not null,
    granted     boolean     not null,
    recorded_at timestamp(6) with time zone not null,
    constraint tl_consent_unique unique (customer_id, channel)
);
