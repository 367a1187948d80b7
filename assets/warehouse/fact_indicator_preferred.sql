-- depends_on: fact_indicator_value, dim_source
-- materialize: table
-- One value per key from the most trusted source: lowest dim_source.priority wins
-- (official portal 1, ministry 2, government sites and provincial reports 3, ..., unknown 9),
-- then the higher extraction confidence.
-- A table, computed once per build (every mart and the comparison report read it), sorted like
-- fact_indicator_value: a query for one indicator and year reads only the row groups that hold it.
WITH key_counts AS (
    SELECT province_code, indicator_code, grouping, period_start, period_end, is_target,
           count(*) AS n_observations,
           count(DISTINCT round(value, 6)) AS n_distinct_values
    FROM fact_indicator_value
    GROUP BY ALL
)
SELECT f.*,
       s.priority AS source_priority,
       s.source_kind,
       k.n_observations,
       k.n_distinct_values
FROM fact_indicator_value AS f
JOIN dim_source AS s USING (source_id)
JOIN key_counts AS k
  ON k.province_code = f.province_code
 AND k.indicator_code = f.indicator_code
 AND k.grouping IS NOT DISTINCT FROM f.grouping
 AND k.period_start = f.period_start
 AND k.period_end = f.period_end
 AND k.is_target = f.is_target
QUALIFY row_number() OVER (
    PARTITION BY f.province_code, f.indicator_code, f.grouping, f.period_start, f.period_end, f.is_target
    ORDER BY s.priority, f.confidence DESC, f.source_id, f.source_line
) = 1
ORDER BY f.indicator_code, f.year, f.grouping, f.province_code, f.period_start, f.period_end, f.is_target
