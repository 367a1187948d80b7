-- depends_on: fact_indicator_preferred, dim_province, dim_indicator, dim_source
-- materialize: view
-- step: dti_marts
-- A view: it holds every preferred fact once per profile that includes it (twice for a pre-2025 province),
-- so as a table it would copy the fact table twice at every build; a query for one unit reads only that unit.
-- A 2025 unit's profile carries the history of the provinces it was formed from,
-- so a unit can be followed across the 2025 reorganisation.
WITH profiles AS (
    SELECT province_code AS profile_code, province_code AS via_code FROM dim_province
    UNION ALL
    SELECT province_code, unnest(member_codes) FROM dim_province WHERE grouping = 34
)
SELECT pr.profile_code, pp.name_vi AS profile_name, pp.grouping AS profile_grouping,
       f.province_code AS via_province_code, vp.name_vi AS via_province_name,
       dense_rank() OVER (PARTITION BY pr.profile_code ORDER BY f.period_end DESC) AS recency,
       f.year, f.period_start, f.period_end, f.grouping,
       f.indicator_code, i.name_en AS indicator_name_en, i.family,
       f.value, f.unit, f.is_target, f.source_kind, s.source_url, f.quote,
       f.n_observations, f.n_distinct_values > 1 AS has_conflict
FROM profiles AS pr
JOIN fact_indicator_preferred AS f ON f.province_code = pr.via_code
JOIN dim_province AS pp ON pp.province_code = pr.profile_code
JOIN dim_province AS vp ON vp.province_code = f.province_code
JOIN dim_indicator AS i USING (indicator_code)
JOIN dim_source AS s USING (source_id)
ORDER BY pr.profile_code, f.period_end DESC, f.grouping, i.family, f.indicator_code
