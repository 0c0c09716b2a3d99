-- The language a coordinator's digest is written in: the desk's interface language when they
-- last saved their digest setting.
ALTER TABLE coordinators ADD COLUMN digest_lang TEXT NOT NULL DEFAULT 'en';
