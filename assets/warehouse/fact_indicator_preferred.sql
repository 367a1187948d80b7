-- depends_on: fact_indicator_value, dim_source
-- materialize: table
-- One value per key from the most trusted source: lowest dim_source.priority wins
-- (official portal 1, ministry 2, government sites and provincial reports 3, ..., unknown 9),
-- then the higher extraction confidence, then the source id and line, then the fact id (unique: the MD5 of
-- file:line:n), so the choice never depends on the facts' physical order (an incremental build appends the
-- changed files' facts at the end of the table, a full build writes them sorted).
-- A table, computed once per build (every mart and the comparison report read it). Its order is not one
-- sorted order: the final join keeps none (DuckDB guarantees no order through a join), but each thread writes
-- its rows in fact_indicator_value's order (sorted by indicator and year), so the table is one run of that
-- order per thread, and each row group spans a narrow range of indicator and year: zone maps leave a query
-- for one indicator and year a few row groups (2 of 81 at 10M facts; tests/test_preferred_layout.py). No
-- ORDER BY here: sorting whole facts again ran out of DuckDB's memory limit (1M facts under 100 MB, as 10M
-- under 1 GB). A ranking of units for a year reads mart_annual_ranking, not every fact of the year.
-- The choice and the counts are hash aggregates over narrow rows (the key, the order of preference,
-- the fact's row number); each fact is then read once and kept when it is its key's choice.
-- The order of preference and the fact's row number are one 128-bit integer per fact, so the aggregates keep
-- a fixed-size minimum (a struct's minimum, or arg_min by a 128-bit key, is a variable-size sort key held
-- outside DuckDB's memory limit: arg_min ran out of memory at 10M facts): the rank of its (priority,
-- confidence, source) among every such pair (bits 104-127), its source line (72-103), the first 40 bits of
-- its fact id (32-71), its row number (0-31, read back only). A rank of 2^24, a line of 2^32 - 1 or a row
-- number of 2^32 or more stops the build rather than being misordered. The row number decides only between
-- two facts of one key, source, confidence and line whose fact ids share their first 40 bits (a 2^-40 chance
-- per such pair).
WITH confidences AS (  -- the distinct confidences of the facts, NULL included (a few dozen values)
    SELECT DISTINCT unnest(list_append(list(DISTINCT confidence), NULL)) AS confidence FROM fact_indicator_value
),
preference AS (  -- every (source, confidence) pair ranked by preference: priority, higher confidence, source id
    SELECT s.source_id, c.confidence,
           dense_rank() OVER (ORDER BY s.priority, coalesce(-c.confidence, 'infinity'::DOUBLE), s.source_id)
               AS preference_rank
    FROM dim_source AS s CROSS JOIN confidences AS c
),
by_value AS (  -- per key and distinct value: how many observations, and the most preferred one
    SELECT f.province_code, f.indicator_code, f.grouping, f.period_start, f.period_end, f.is_target,
           round(f.value, 6) AS rounded_value,
           min((CASE WHEN p.preference_rank >= 16777216
                     THEN error('more than 2^24 (source, confidence) pairs: the preference key holds 24 bits')::UHUGEINT
                     ELSE p.preference_rank::UHUGEINT END << 104)
               | (CASE WHEN f.source_line >= 4294967295
                       THEN error('source_line ' || f.source_line || ' does not fit the preference key (32 bits)')::UHUGEINT
                       ELSE coalesce(f.source_line, 4294967295)::UHUGEINT END << 72)
               | (('0x' || substr(f.fact_id, 1, 10))::UBIGINT::UHUGEINT << 32)
               | (CASE WHEN f.rowid >= 4294967296
                       THEN error('row number ' || f.rowid || ' does not fit the preference key (32 bits)')::UHUGEINT
                       ELSE f.rowid::UHUGEINT END)) AS best,
           count(*) AS observations
    FROM fact_indicator_value AS f
    JOIN preference AS p ON p.source_id = f.source_id AND p.confidence IS NOT DISTINCT FROM f.confidence
    GROUP BY f.province_code, f.indicator_code, f.grouping, f.period_start, f.period_end, f.is_target,
             round(f.value, 6)
),
chosen AS (  -- per key: the row number of its most preferred observation (the key's low 32 bits)
    SELECT (min(best) & 4294967295::UHUGEINT)::BIGINT AS fact_row,
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
