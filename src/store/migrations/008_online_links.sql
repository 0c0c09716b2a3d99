-- Several labelled ways to join an online action ("on Zoom at … or on Facebook Live at …"):
-- a JSON array of {"label", "url"}, the first also in online_url for every reader that knows
-- one link only. NULL on older rows: their one link is online_url.
ALTER TABLE events ADD COLUMN online_links TEXT;
