-- Hibernate Search's outbox-polling coordination (portal.search.backend=opensearch, several nodes): the agents
-- (one row per node's event processor, with its heartbeat) and the outbox of index changes, written in the
-- same transaction as the change. Exactly the shape Hibernate Search 8.2.2 maps (ORM's schema export for
-- this dialect). Unused, and empty, on the single-node Lucene default.
create table hsearch_agent (id binary(16) not null, assigned_shard_index integer, expiration timestamp(6) not null, name varchar(255) not null, payload varbinary(2147483647), state varchar(255) not null check ((state in ('RUNNING','WAITING','SUSPENDED'))), tenant_id varchar(255), total_shard_count integer, type varchar(255) not null check ((type in ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING'))), primary key (id));
create table hsearch_outbox_event (id binary(16) not null, entity_id varchar(256) not null, entity_id_hash integer not null, entity_name varchar(256) not null, payload varbinary(2147483647) not null, process_after timestamp(6) not null, retries integer not null, status varchar(255) not null check ((status in ('PENDING','ABORTED'))), tenant_id varchar(255), primary key (id));
create index processAfter on hsearch_outbox_event (process_after);
