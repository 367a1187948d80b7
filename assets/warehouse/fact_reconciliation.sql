-- depends_on: fact_indicator_value, dim_source
-- materialize: table
-- Facts stated in a prose report that other sources (official tables, news, submissions)
-- also state for the same key: agreement is recorded here, disagreement also lands in fact_conflict.
-- obs is read twice: NOT MATERIALIZED keeps DuckDB from copying every fact with all its columns first (15 s at
-- 10M facts); inlined, the report facts (r: a few hundred) are the join's build side and the other facts are
-- streamed past them, only the columns the join reads.
WITH obs AS NOT MATERIALIZED (
    SELECT f.*, s.source_kind FROM fact_indicator_value AS f JOIN dim_source AS s USING (source_id)
)
SELECT r.fact_id AS report_fact_id, r.province_code, r.indicator_code, r.grouping, r.year,
       r.period_start, r.period_end, r.is_target,
       r.value AS report_value, r.source_file AS report_file, r.quote AS report_quote,
       list(DISTINCT o.value ORDER BY o.value) AS other_values,
       list(DISTINCT o.source_kind ORDER BY o.source_kind) AS other_source_kinds,
       count(*) AS other_observations,
       CASE WHEN bool_and(abs(o.value - r.value) <= 1e-6) THEN 'agree' ELSE 'disagree' END AS status
FROM obs AS r
JOIN obs AS o
  ON o.province_code = r.province_code AND o.indicator_code = r.indicator_code
 AND o.grouping IS NOT DISTINCT FROM r.grouping AND o.period_start = r.period_start
 AND o.period_end = r.period_end AND o.is_target = r.is_target AND o.source_id <> r.source_id
WHERE r.source_kind = 'report'
GROUP BY ALL
ORDER BY r.province_code, r.indicator_code, r.year
