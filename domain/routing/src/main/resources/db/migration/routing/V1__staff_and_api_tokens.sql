create table rt_staff (
    id            uuid         not null primary key,
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    email         varchar(320),
    password_hash varchar(300) not null,
    active        boolean      not null,
    created_at    timestamp(6) with time zone not null,
    constraint rt_staff_username_unique unique (username)
);

create table rt_staff_role (
    staff_id uuid        not null references rt_staff (id),
    role     varchar(32) not null,
    primary key (staff_id, role)
);

create table rt_api_token (
    id           uuid         not null primary key,
    staff_id     uuid         not null references rt_staff (id),
    label        varchar(200) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(64)  not null,
    revoked_at   timestamp(6) with time zone,
    last_used_at timestamp(6) with time zone,
    constraint rt_api_token_hash_unique unique (token_hash)
);
create index rt_api_token_staff on rt_api_token (staff_id);
