-- Catalog search: keep integrations.search_vector (English + German full-text document)
-- and integrations.search_names (names for typo-tolerant trigram matching) up to date,
-- whoever writes the catalog (seed, tests, benchmark). Categories and the provider's
-- name live in other tables, so plain generated columns cannot hold them.
CREATE OR REPLACE FUNCTION integrations_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cats_en text;
  cats_de text;
  provider_name text;
BEGIN
  SELECT coalesce(string_agg(c.name_en, ' '), ''), coalesce(string_agg(c.name_de, ' '), '')
    INTO cats_en, cats_de
    FROM integration_categories ic
    JOIN categories c ON c.slug = ic.category_slug
   WHERE ic.integration_id = NEW.id;
  SELECT coalesce(o.name, '') INTO provider_name FROM organizations o WHERE o.id = NEW.provider_organization_id;
  NEW.search_vector :=
       setweight(to_tsvector('simple', NEW.name), 'A')
    || setweight(to_tsvector('english', concat_ws(' ', NEW.name, NEW.summary_en, cats_en, NEW.developer_name, provider_name)), 'B')
    || setweight(to_tsvector('german', concat_ws(' ', NEW.summary_de, cats_de)), 'B')
    || setweight(to_tsvector('english', NEW.description_en), 'C')
    || setweight(to_tsvector('german', NEW.description_de), 'C');
  NEW.search_names := concat_ws(' ', NEW.name, NEW.developer_name, provider_name, cats_en, cats_de);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER integrations_search_refresh
  BEFORE INSERT OR UPDATE ON integrations
  FOR EACH ROW EXECUTE FUNCTION integrations_search_refresh();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION integration_categories_search_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Re-runs integrations_search_refresh for the integration whose categories changed.
  UPDATE integrations SET search_names = NULL
   WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.integration_id ELSE NEW.integration_id END;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER integration_categories_search_touch
  AFTER INSERT OR DELETE ON integration_categories
  FOR EACH ROW EXECUTE FUNCTION integration_categories_search_touch();
--> statement-breakpoint
UPDATE integrations SET search_names = NULL;
