-- Issue 10: material files are stored as numbered chunks (at most 256 KB each), so a download is streamed from
-- the database chunk by chunk and never read whole into memory (MaterialChunks). A CACHED table: HSQLDB keeps its
-- rows on disk (the old material_content was a memory table, every file in the heap). V18_4 moves the files
-- stored before and drops material_content.
create cached table material_chunk (
    version_id bigint not null references material_version (id),
    seq int not null,
    data varbinary(262144) not null,
    primary key (version_id, seq)
);
