-- 0005: the national level (全国: the State Council's report to the 全国人民代表大会) next to 省/市/县/区.
ALTER TABLE regions DROP CONSTRAINT regions_level_check;
ALTER TABLE regions ADD CONSTRAINT regions_level_check
  CHECK (level IN ('national', 'province', 'city', 'county', 'district'));
