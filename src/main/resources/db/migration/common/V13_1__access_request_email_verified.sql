-- Whether the identity provider vouched for the e-mail of an access request (its email_verified claim), so the
-- administrator sees it before linking the request to the person who has that e-mail. Older requests: unknown,
-- recorded as not verified.
alter table access_request add column email_verified boolean default false not null;
