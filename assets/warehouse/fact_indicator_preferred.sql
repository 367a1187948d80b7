-- depends_on: fact_indicator_value, dim_source
-- materialize: table
-- One value per key from the most trusted source: lowest dim_source.priority wins
-- (official portal 1, ministry 2, government sites and provincial reports 3, ..., unknown 9),
-- then the higher extraction confidence, then the source id and line.
-- A table, computed once per build (every mart and the comparison report read it). Its order is not one
-- sorted order: the final join keeps none (DuckDB guarantees no order through a join), but each thread writes
-- its rows in fact_indicator_value's order (sorted by indicator and year), so the table is one run of that
-- order per thread, and each row group spans a narrow range of indicator and year: zone maps leave a query
-- for one indicator and year a few row groups (2 of 81 at 10M facts; tests/test_preferred_layout.py). No
-- ORDER BY here: sorting whole facts again ran out of DuckDB's memory limit (1M facts under 100 MB, as 10M
-- under 1 GB). A ranking of units for a year reads mart_annual_ranking, not every fact of the year.
-- The choice and the counts are hash aggregates over narrow rows (the key, the order of preference,
-- the fact's row number); each fact is then read once and kept when it is its key's choice.
WITH by_value AS (  -- per key and distinct value: how many observations, and the most preferred one
    SELECT f.province_code, f.indicator_code, f.grouping, f.period_start, f.period_end, f.is_target,
           round(f.value, 6) AS rounded_value,
           min(struct_pack(priority := s.priority, confidence := coalesce(-f.confidence, 'infinity'::DOUBLE),
                           source_id := f.source_id, source_line := coalesce(f.source_line, 9223372036854775807),
                           fact_row := f.rowid)) AS best,
           count(*) AS observations
    FROM fact_indicator_value AS f
    JOIN dim_source AS s USING (source_id)
    GROUP BY f.province_code, f.indicator_code, f.grouping, f.period_start, f.period_end, f.is_target,
             round(f.value, 6)
),
chosen AS (  -- per key
    SELECT min(best).fact_row AS fact_row,
           sum(observations)::BIGINT AS n_observations,
           count(rounded_value) AS n_distinct_values
    FROM by_value
    GROUP BY province_code, indicator_code, grouping, period_start, period_end, is_target
)
SELECT f.*,
       s.priority AS source_priority,
       s.source_kind,
       c.n_observations,
       c.n_distinct_values
FROM fact_indicator_value AS f
JOIN chosen AS c ON c.fact_row = f.rowid
JOIN dim_source AS s USING (source_id)
