-- File bytes of the materials library, apart from the metadata (25 MB at most, checked by the service).
create table material_content (
    version_id bigint primary key references material_version (id),
    content varbinary(26214400) not null
);
