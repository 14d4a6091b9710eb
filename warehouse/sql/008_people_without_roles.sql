-- A person named with no current role (only a former title, a post the article reports removed, or as the official
-- replaced) is still a person the document names: one row with the name and no position, body type or level.
ALTER TABLE staging.person_roles ALTER COLUMN position DROP NOT NULL;
ALTER TABLE staging.person_roles ALTER COLUMN organization_type DROP NOT NULL;
ALTER TABLE staging.person_roles ALTER COLUMN level DROP NOT NULL;
ALTER TABLE core.fact_person_role ALTER COLUMN position DROP NOT NULL;
ALTER TABLE core.fact_person_role ALTER COLUMN organization_type DROP NOT NULL;
ALTER TABLE core.fact_person_role ALTER COLUMN level DROP NOT NULL;
