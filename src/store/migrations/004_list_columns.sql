-- Each action's campaign slugs, tags and languages also on its row (comma-separated), so that
-- reading a feed of thousands of actions needs no subquery per action. The link tables stay:
-- the filters seek through their indexes. Both are written together by events::upsert.
ALTER TABLE events ADD COLUMN campaign_list TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN tag_list TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN lang_list TEXT NOT NULL DEFAULT '';
UPDATE events SET
    campaign_list = coalesce((SELECT group_concat(campaign, ',') FROM event_campaigns WHERE event_id = events.id), ''),
    tag_list = coalesce((SELECT group_concat(tag, ',') FROM event_tags WHERE event_id = events.id), ''),
    lang_list = coalesce((SELECT group_concat(lang, ',') FROM event_languages WHERE event_id = events.id), '');
