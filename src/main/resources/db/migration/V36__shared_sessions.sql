-- The HTTP sessions of every node, in the database: Tasklist's, Cockpit's and Admin's sign-in (Camunda's
-- webapps keep the signed-in user and the CSRF token in the session) and so Samverkan's own pages, which
-- read who is signed in from it. With two or more nodes on one database a user keeps their session when
-- the node they were on stops, and the proxy in front needs no sticky sessions.
--
-- Spring Session JDBC's own tables (spring.session.jdbc.table-name: samverkan.spring_session), written
-- and read by Spring Session only; their names and columns are its contract (schema-postgresql.sql of
-- spring-session-jdbc 3.5). Here rather than by Spring Session's schema initialisation: Flyway creates them
-- once per database under its lock while two nodes start, in the schema of Samverkan's tables, with one
-- script for H2 and PostgreSQL (bytea is PostgreSQL's binary type and an alias of H2's binary varying).
-- Expired sessions are deleted by every node each minute (spring.session.jdbc.cleanup-cron).

create table spring_session (
    primary_id             char(36)      not null,
    session_id             char(36)      not null,
    creation_time          bigint        not null,
    last_access_time       bigint        not null,
    max_inactive_interval  int           not null,
    expiry_time            bigint        not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)      not null,
    attribute_name      varchar(200)  not null,
    -- a Java-serialised attribute, e.g. Camunda's Authentications (the signed-in user, groups, apps)
    attribute_bytes     bytea         not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
