-- depends_on: fact_indicator_preferred, dim_indicator, dim_province
-- materialize: table
-- step: dti_marts
-- For each unit and each pair of its DTI editions in the same grouping: the overall score and rank,
-- the three pillars and the main indices (scores and ranks, every catalog indicator of those families)
-- in both editions, their changes where both values are known, and a plain statement of what is not.
WITH measures AS (
    SELECT indicator_code, name_vi, name_en, subfamily, unit, direction FROM dim_indicator
    WHERE family = 'dti' AND subfamily IN ('overall', 'pillar', 'main_index') AND unit IN ('score', 'rank')
      AND valid_min >= 0  -- levels, not published changes
      AND (unit = 'score' OR valid_max = 63)  -- ranks among all provinces, not within a region
),
vals AS (
    SELECT f.province_code, f.grouping, f.year, f.indicator_code, f.value, f.fact_id
    FROM fact_indicator_preferred AS f JOIN measures USING (indicator_code)
    WHERE NOT f.is_target AND f.grouping IS NOT NULL
),
editions AS (SELECT DISTINCT province_code, grouping, year FROM vals),
pairs AS (
    SELECT a.province_code, a.grouping, a.year AS year_from, b.year AS year_to
    FROM editions AS a JOIN editions AS b
      ON a.province_code = b.province_code AND a.grouping = b.grouping AND a.year < b.year
),
grid AS (
    SELECT p.*, m.*, f.value AS value_from, t.value AS value_to, f.fact_id AS fact_id_from, t.fact_id AS fact_id_to
    FROM pairs AS p CROSS JOIN measures AS m
    LEFT JOIN vals AS f ON f.province_code = p.province_code AND f.grouping = p.grouping
                       AND f.year = p.year_from AND f.indicator_code = m.indicator_code
    LEFT JOIN vals AS t ON t.province_code = p.province_code AND t.grouping = p.grouping
                       AND t.year = p.year_to AND t.indicator_code = m.indicator_code
),
described AS (
    SELECT g.*,
           CASE WHEN value_from IS NOT NULL AND value_to IS NOT NULL THEN 'known'
                WHEN value_from IS NULL AND value_to IS NULL THEN 'unknown_both'
                WHEN value_from IS NULL THEN 'unknown_from' ELSE 'unknown_to' END AS status,
           round(value_to - value_from, 6) + 0.0 AS change,
           round(CASE direction WHEN 'lower_is_better' THEN value_from - value_to ELSE value_to - value_from END, 6) + 0.0 AS improvement,
           CASE WHEN unit = 'rank' THEN value_from::BIGINT::VARCHAR ELSE value_from::VARCHAR END AS shown_from,
           CASE WHEN unit = 'rank' THEN value_to::BIGINT::VARCHAR ELSE value_to::VARCHAR END AS shown_to
    FROM grid AS g
),
summary AS (
    SELECT province_code, grouping, year_from, year_to,
           max(value_from) FILTER (WHERE indicator_code = 'dti_rank')::INTEGER AS overall_rank_from,
           max(value_to) FILTER (WHERE indicator_code = 'dti_rank')::INTEGER AS overall_rank_to,
           count(*) FILTER (WHERE subfamily <> 'overall' AND status = 'known') AS drivers_known,
           count(*) FILTER (WHERE subfamily <> 'overall') AS drivers_in_catalog,
           string_agg(name_en, ', ' ORDER BY subfamily, indicator_code) FILTER (WHERE subfamily <> 'overall' AND status <> 'known')
               AS drivers_unknown
    FROM described GROUP BY ALL
)
SELECT d.province_code, p.name_vi AS province_name, d.grouping, d.year_from, d.year_to,
       s.overall_rank_from, s.overall_rank_to, s.overall_rank_from - s.overall_rank_to AS overall_rank_change,
       d.indicator_code, d.name_vi AS indicator_name_vi, d.name_en AS indicator_name_en, d.subfamily, d.unit, d.direction,
       d.value_from, d.value_to, d.change, d.improvement, d.status,
       CASE d.status
            WHEN 'known' THEN format('{}: {} ({}) -> {} ({}), {}', d.name_en, d.shown_from, d.year_from, d.shown_to, d.year_to,
                 CASE WHEN d.unit = 'rank' AND d.improvement > 0 THEN format('up {} places', d.improvement::BIGINT)
                      WHEN d.unit = 'rank' AND d.improvement < 0 THEN format('down {} places', (-d.improvement)::BIGINT)
                      WHEN d.improvement > 0 THEN 'better by ' || abs(d.change)
                      WHEN d.improvement < 0 THEN 'worse by ' || abs(d.change) ELSE 'unchanged' END)
            WHEN 'unknown_both' THEN format('{}: unknown in {} and in {}', d.name_en, d.year_from, d.year_to)
            WHEN 'unknown_from' THEN format('{}: {} in {}, unknown in {}', d.name_en, d.shown_to, d.year_to, d.year_from)
            ELSE format('{}: {} in {}, unknown in {}', d.name_en, d.shown_from, d.year_from, d.year_to)
       END AS statement,
       s.drivers_known, s.drivers_in_catalog,
       CASE WHEN s.drivers_known = 0 THEN
                format('No pillar or main index of {} is known in both {} and {}: the data cannot tell what drove the change.',
                       p.name_vi, d.year_from, d.year_to)
            WHEN s.drivers_unknown IS NOT NULL THEN
                format('{} of {} pillar and index measures are known in both editions; unknown: {}.',
                       s.drivers_known, s.drivers_in_catalog, s.drivers_unknown)
            ELSE 'Every pillar and main index is known in both editions.'
       END AS unknown_statement,
       d.fact_id_from, d.fact_id_to
FROM described AS d
JOIN summary AS s USING (province_code, grouping, year_from, year_to)
JOIN dim_province AS p USING (province_code)
ORDER BY d.province_code, d.grouping, d.year_from, d.year_to, d.subfamily, d.indicator_code
