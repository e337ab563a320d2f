-- What became of a reply sent on its channel: queued, sent, delivered, or failed with the reason.
alter table tl_interaction add column delivery_status varchar(16);
alter table tl_interaction add column delivery_detail varchar(1000);
alter table tl_interaction add column delivery_updated_at timestamp(6) with time zone;
