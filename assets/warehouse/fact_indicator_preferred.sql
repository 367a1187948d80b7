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
-- Most keys have one observation (at 10M submitted rows, all but a few hundred): such a fact is its key's choice,
-- with one observation and one value (none when its value is null). The keys are found by a 64-bit hash of the key
-- first (one narrow aggregate), and only the facts whose hash repeats (keys with several observations, and the
-- rare keys that share a hash with another key) go through the choice below, grouped by the key itself; every
-- fact is then read once and kept (joined by row number, as before) when it is a single observation or its key's
-- choice. (Every fact grouped by its whole key, twice: 57-63 CPU-s at 10M facts on a loaded machine; 45-48 now,
-- the same rows.)
-- The choice and the counts are hash aggregates over narrow rows (the key, the order of preference,
-- the fact's row number).
-- The order of preference and the fact's row number are one 128-bit integer per fact, so the aggregates keep
-- a fixed-size minimum (a struct's minimum, or arg_min by a 128-bit key, is a variable-size sort key held
-- outside DuckDB's memory limit: arg_min ran out of memory at 10M facts): the rank of its (priority,
-- confidence, source) among every such pair (bits 104-127), its source line (72-103), the first 40 bits of
-- its fact id (32-71), its row number (0-31, read back only). A rank of 2^24, a line of 2^32 - 1 or a row
-- number of 2^32 or more stops the build rather than being misordered (for a key with several observations;
-- a single one has nothing to be ordered against). The row number decides only between
-- two facts of one key, source, confidence and line whose fact ids share their first 40 bits (a 2^-40 chance
-- per such pair).
WITH key_hashes AS (  -- narrow: each fact's row number, the hash of its key, whether it has a value
    SELECT rowid AS fact_row,
           hash(province_code, indicator_code, grouping, period_start, period_end, is_target) AS key_hash,
           value IS NOT NULL AS has_value
    FROM fact_indicator_value
),
shared AS (  -- hashes of more than one fact: keys with several observations (and keys sharing a hash)
    SELECT key_hash FROM key_hashes GROUP BY key_hash HAVING count(*) > 1
),
candidates AS (  -- the facts of those hashes, with the columns the choice reads
    SELECT f.rowid AS fact_row, f.province_code, f.indicator_code, f.grouping, f.period_start, f.period_end,
           f.is_target, f.value, f.source_id, f.confidence, f.source_line, f.fact_id
    FROM fact_indicator_value AS f
    WHERE f.rowid IN (SELECT fact_row FROM key_hashes WHERE key_hash IN (SELECT key_hash FROM shared))
),
confidences AS (  -- the distinct confidences of the candidates, NULL included (a few dozen values)
    SELECT DISTINCT unnest(list_append(list(DISTINCT confidence), NULL)) AS confidence FROM candidates
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
               | (CASE WHEN f.fact_row >= 4294967296
                       THEN error('row number ' || f.fact_row || ' does not fit the preference key (32 bits)')::UHUGEINT
                       ELSE f.fact_row::UHUGEINT END)) AS best,
           count(*) AS observations
    FROM candidates AS f
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
),
kept AS (  -- the row number of every fact its key keeps: a single observation, or its key's choice
    SELECT fact_row, 1::BIGINT AS n_observations, has_value::BIGINT AS n_distinct_values
    FROM key_hashes WHERE key_hash NOT IN (SELECT key_hash FROM shared)
    UNION ALL
    SELECT fact_row, n_observations, n_distinct_values FROM chosen
)
SELECT f.*,
       s.priority AS source_priority,
       s.source_kind,
       k.n_observations,
       k.n_distinct_values
FROM fact_indicator_value AS f
JOIN kept AS k ON k.fact_row = f.rowid
JOIN dim_source AS s USING (source_id)
