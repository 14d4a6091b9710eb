-- District-level units dissolved before the legacy gazetteer's snapshot (warehouse/data/district_history.csv: Quận 2
-- until 2020-12-31, Hoành Bồ until 2019-12-31, ...) are units of the legacy era with their own validity and key
-- ("legacy:district:769@2020"); each names the units it went to. Rows are seeded by warehouse/db.py.
ALTER TABLE core.dim_admin_unit ADD COLUMN IF NOT EXISTS successor_keys VARCHAR[];  -- unit keys it went to
