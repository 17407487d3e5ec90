-- A question a moderator hid is out of the overview's question health (qa.QuestionVisibilityChanged keeps the flag).
alter table overview_question_fact add column hidden boolean default false not null;
-- Questions hidden before this migration: taken once from the questions' own table, which the overview does not
-- read otherwise.
update overview_question_fact set hidden = true
where question_id in (select id from question where hidden = true);
