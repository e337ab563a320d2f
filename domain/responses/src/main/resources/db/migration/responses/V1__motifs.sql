create table rs_motif (
    id        uuid         not null primary key,
    code      varchar(64)  not null,
    label_fr  varchar(200) not null,
    label_en  varchar(200) not null,
    parent_id uuid references rs_motif (id),
    constraint rs_motif_code_unique unique (code)
);
