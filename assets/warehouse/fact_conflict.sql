-- depends_on: fact_indicator_value, dim_source, dim_indicator
-- materialize: table
-- Contradictions between sources, by general rules (none names a province or a source).
-- obs is read by four rules: NOT MATERIALIZED keeps DuckDB from copying every fact with all its columns first.
WITH obs AS NOT MATERIALIZED (
    SELECT f.*, s.domain, i.unit AS catalog_unit
    FROM fact_indicator_value AS f
    JOIN dim_source AS s USING (source_id)
    JOIN dim_indicator AS i USING (indicator_code)
),
-- 1. The same key stated with different values by different observations. The keys are found first with
--    cheap aggregates; the lists and the detail text are built for those keys only (not for millions).
disagreeing_keys AS (
    SELECT province_code, indicator_code, grouping, year, period_start, period_end, is_target
    FROM fact_indicator_value
    GROUP BY ALL
    HAVING min(round(value, 6)) <> max(round(value, 6))
),
value_disagreement AS (
    SELECT 'value_disagreement' AS conflict_kind,
           o.province_code, o.indicator_code, o.grouping, o.year, o.period_start, o.period_end,
           NULL::VARCHAR AS other_province_code,
           list(DISTINCT o.value ORDER BY o.value) AS conflicting_values,
           list(DISTINCT o.source_id ORDER BY o.source_id) AS source_ids,
           string_agg(format('{} from {} ({}:{})', o.value, coalesce(o.domain, o.source_file), o.source_file, o.source_line), '; '
                      ORDER BY o.value, o.source_file, o.source_line) AS detail
    FROM obs AS o
    SEMI JOIN disagreeing_keys AS k
      ON k.province_code = o.province_code AND k.indicator_code = o.indicator_code
     AND k.grouping IS NOT DISTINCT FROM o.grouping AND k.year = o.year AND k.period_start = o.period_start
     AND k.period_end = o.period_end AND k.is_target = o.is_target
    GROUP BY o.province_code, o.indicator_code, o.grouping, o.year, o.period_start, o.period_end, o.is_target
    HAVING count(DISTINCT round(o.value, 6)) > 1
),
-- 2. Two units given an identical score (4+ decimals) by different sources: a possible copy
--    error, or a tie nobody confirmed. Ties within one source's table are not flagged.
score_keys AS (
    SELECT province_code, indicator_code, grouping, year, period_start, period_end, round(value, 6) AS v,
           list(DISTINCT source_id ORDER BY source_id) AS sources,
           string_agg(DISTINCT format('{}:{}', source_file, source_line), ', '
                      ORDER BY format('{}:{}', source_file, source_line)) AS places,
           string_agg(DISTINCT coalesce(domain, source_file), ', ' ORDER BY coalesce(domain, source_file)) AS domains
    FROM obs
    WHERE catalog_unit = 'score' AND NOT is_target AND province_code <> 'VN' AND value NOT IN (0, 1)
      AND round(value, 2) <> round(value, 6)
    GROUP BY ALL
),
same_value_other_province AS (
    SELECT 'same_value_other_province', a.province_code, a.indicator_code, a.grouping, a.year,
           a.period_start, a.period_end, b.province_code,
           [a.v], list_sort(list_distinct(list_concat(a.sources, b.sources))),
           format('{} and {} both have {} = {} ({} from {}; {} from {}); one source may be wrong, or it is a tie',
                  a.province_code, b.province_code, a.indicator_code, a.v, a.province_code, a.domains, b.province_code, b.domains)
    FROM score_keys AS a
    JOIN score_keys AS b
      ON a.indicator_code = b.indicator_code AND a.grouping IS NOT DISTINCT FROM b.grouping
     AND a.period_start = b.period_start AND a.period_end = b.period_end
     AND a.v = b.v AND a.province_code < b.province_code
    WHERE NOT list_has_any(a.sources, b.sources)
),
-- 3. A published change that contradicts the published levels of both editions.
levels AS (
    SELECT province_code, grouping, year, indicator_code, list(DISTINCT value) AS vals
    FROM obs WHERE indicator_code IN ('dti_rank', 'dti_score') AND NOT is_target
    GROUP BY ALL
),
changes AS (
    SELECT o.*, CASE o.indicator_code WHEN 'dti_rank_change' THEN 'dti_rank' ELSE 'dti_score' END AS level_code
    FROM obs AS o WHERE o.indicator_code IN ('dti_rank_change', 'dti_score_change') AND NOT o.is_target
),
change_disagrees_with_levels AS (
    SELECT 'change_disagrees_with_levels', c.province_code, c.indicator_code, c.grouping, c.year,
           c.period_start, c.period_end, NULL,
           [c.value, CASE c.indicator_code WHEN 'dti_rank_change' THEN prev.vals[1] - cur.vals[1] ELSE cur.vals[1] - prev.vals[1] END],
           [c.source_id],
           format('{} says {} = {} but the levels give {} ({} in {} -> {} in {}); {}:{}', coalesce(c.domain, c.source_file),
                  c.indicator_code, c.value,
                  round(CASE c.indicator_code WHEN 'dti_rank_change' THEN prev.vals[1] - cur.vals[1] ELSE cur.vals[1] - prev.vals[1] END, 6),
                  prev.vals[1], c.year - 1, cur.vals[1], c.year, c.source_file, c.source_line)
    FROM changes AS c
    JOIN levels AS cur ON cur.province_code = c.province_code AND cur.grouping IS NOT DISTINCT FROM c.grouping
                      AND cur.year = c.year AND cur.indicator_code = c.level_code
    JOIN levels AS prev ON prev.province_code = c.province_code AND prev.grouping IS NOT DISTINCT FROM c.grouping
                       AND prev.year = c.year - 1 AND prev.indicator_code = c.level_code
    WHERE len(cur.vals) = 1 AND len(prev.vals) = 1
      AND abs(c.value - CASE c.indicator_code WHEN 'dti_rank_change' THEN prev.vals[1] - cur.vals[1] ELSE cur.vals[1] - prev.vals[1] END) > 1e-6
),
-- 4. A change published in the first edition of a grouping can only compare with another grouping.
first_edition AS (
    SELECT grouping, min(year) AS first_year FROM obs WHERE indicator_code = 'dti_rank' GROUP BY grouping
),
cross_grouping_change AS (
    SELECT 'cross_grouping_change', c.province_code, c.indicator_code, c.grouping, c.year,
           c.period_start, c.period_end, NULL, [c.value], [c.source_id],
           format('{} says {} = {} in the {}-unit grouping, but {} is the first edition of that grouping: the change compares with another grouping ({}:{})',
                  coalesce(c.domain, c.source_file), c.indicator_code, c.value, c.grouping, c.year, c.source_file, c.source_line)
    FROM changes AS c JOIN first_edition AS e ON e.grouping = c.grouping AND c.year <= e.first_year
)
SELECT * FROM value_disagreement
UNION ALL SELECT * FROM same_value_other_province
UNION ALL SELECT * FROM change_disagrees_with_levels
UNION ALL SELECT * FROM cross_grouping_change
ORDER BY conflict_kind, year, province_code, indicator_code
