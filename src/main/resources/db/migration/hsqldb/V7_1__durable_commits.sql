-- A commit the portal has confirmed must survive a crash (kill -9, power loss). HSQLDB's default WRITE DELAY
-- syncs its log to disk only every 500 ms, so a confirmed sign-up and its audit row could be lost. FALSE makes
-- every COMMIT sync the log before it returns. The setting is stored in the database's .script file; the
-- hsqldb.write_delay=false in the default URL only applies when a database is created, so an existing ./data
-- database is switched here. On an in-memory database (the tests) the statement changes nothing.
SET FILES WRITE DELAY FALSE;
