-- depends_on: fact_indicator_value, fact_indicator_preferred, dim_indicator, dim_province, dim_source
-- materialize: table
-- Every target a source states, against the achievement reported for the same unit, indicator and
-- period (the preferred observation, from any source). met / not_met follow the indicator's direction;
-- unknown when no achievement is reported for that period or the indicator has no direction.
WITH targets AS (
    SELECT f.*, s.source_url FROM fact_indicator_value AS f JOIN dim_source AS s USING (source_id) WHERE f.is_target
),
achieved AS (  -- only units and indicators with a target: both joins below match on them (not every fact)
    SELECT a.*, s.source_url FROM fact_indicator_preferred AS a JOIN dim_source AS s USING (source_id)
    WHERE NOT a.is_target
      AND (a.province_code, a.indicator_code) IN (SELECT (province_code, indicator_code) FROM targets)
),
other_periods AS (  -- achievements of the same unit and indicator for other periods, to say what is known instead
    SELECT t.fact_id,
           string_agg(format('{}..{} = {}', a.period_start, a.period_end, a.value), '; ' ORDER BY a.period_end) AS known
    FROM targets AS t
    JOIN achieved AS a ON a.province_code = t.province_code AND a.indicator_code = t.indicator_code
                      AND a.grouping IS NOT DISTINCT FROM t.grouping
                      AND NOT (a.period_start = t.period_start AND a.period_end = t.period_end)
    GROUP BY t.fact_id
),
matched AS (
    SELECT t.*, i.name_vi AS indicator_name_vi, i.name_en AS indicator_name_en, i.unit AS catalog_unit, i.direction,
           a.value AS achieved_value, a.qualifier AS achieved_qualifier, a.quote AS achieved_quote,
           a.source_file AS achieved_source_file, a.source_line AS achieved_source_line,
           a.char_start AS achieved_char_start, a.char_end AS achieved_char_end, a.fact_id AS achieved_fact_id,
           a.source_url AS achieved_source_url, a.n_distinct_values AS achieved_distinct_values, o.known AS other_periods_known
    FROM targets AS t
    JOIN dim_indicator AS i USING (indicator_code)
    LEFT JOIN achieved AS a
           ON a.province_code = t.province_code AND a.indicator_code = t.indicator_code
          AND a.grouping IS NOT DISTINCT FROM t.grouping
          AND a.period_start = t.period_start AND a.period_end = t.period_end
    LEFT JOIN other_periods AS o ON o.fact_id = t.fact_id
)
SELECT m.province_code, p.name_vi AS province_name, m.indicator_code, m.indicator_name_vi, m.indicator_name_en,
       m.catalog_unit AS unit, m.direction, m.grouping, m.year, m.period_start, m.period_end,
       m.value AS target_value, m.qualifier AS target_qualifier, m.quote AS target_quote,
       m.source_file AS target_source_file, m.source_line AS target_source_line,
       m.char_start AS target_char_start, m.char_end AS target_char_end, m.source_url AS target_source_url,
       m.fact_id AS target_fact_id,
       m.achieved_value, m.achieved_qualifier, m.achieved_quote, m.achieved_source_file, m.achieved_source_line,
       m.achieved_char_start, m.achieved_char_end, m.achieved_source_url, m.achieved_fact_id,
       CASE WHEN m.achieved_value IS NULL OR m.direction IS NULL THEN 'unknown'
            WHEN m.direction = 'higher_is_better' AND m.achieved_value >= m.value THEN 'met'
            WHEN m.direction = 'lower_is_better' AND m.achieved_value <= m.value THEN 'met'
            WHEN m.direction IN ('higher_is_better', 'lower_is_better') THEN 'not_met'
            ELSE 'unknown' END AS status,
       CASE WHEN m.achieved_value IS NULL THEN
                 'no achievement reported for this unit, indicator and period'
                 || coalesce(' (reported for other periods: ' || m.other_periods_known || ')', '')
            WHEN m.direction NOT IN ('higher_is_better', 'lower_is_better') OR m.direction IS NULL THEN
                 'the indicator has no direction in the catalog, so a target cannot be judged'
            ELSE format('achieved {}{} against a target of {}{} ({})', coalesce(m.achieved_qualifier || ' ', ''), m.achieved_value,
                        coalesce(m.qualifier || ' ', ''), m.value, replace(m.direction, '_', ' '))
                 || CASE WHEN m.achieved_distinct_values > 1 THEN '; sources disagree on the achievement (see fact_conflict)' ELSE '' END
       END AS status_reason
FROM matched AS m
JOIN dim_province AS p USING (province_code)
ORDER BY m.province_code, m.indicator_code, m.period_end, m.fact_id
