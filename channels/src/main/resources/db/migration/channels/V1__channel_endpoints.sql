create table ch_endpoint (
    id         uuid         not null primary key,
    channel    varchar(32)  not null,
    name       varchar(200) not null,
    address    varchar(320) not null,
    enabled    boolean      not null,
    created_at timestamp(6) with time zone not null,
    constraint ch_endpoint_unique unique (channel, address)
);
