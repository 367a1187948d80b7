-- depends_on: fact_indicator_preferred, dim_province, dim_indicator, ref_focus_province, ref_national_average
-- materialize: table
-- One row per unit that reports an indicator (achievements, not targets) for a period, compared with
-- the other units of its grouping that report it for the same period. Ranks count only the units that
-- report (ties stay ties); the national average is a published national figure (applied only to a period
-- reported in one grouping, as the figure does not state its grouping), or the mean of every unit of the
-- grouping when all of them report; otherwise it is unknown (NULL), never a partial mean.
WITH vals AS (
    SELECT f.*
    FROM fact_indicator_preferred AS f
    JOIN dim_province AS p USING (province_code)
    JOIN dim_indicator AS i USING (indicator_code)
    WHERE NOT f.is_target AND p.grouping IS NOT NULL AND i.unit <> 'flag'
),
national AS (  -- a published national (VN) value of the indicator itself or of its reviewed average indicator
    SELECT coalesce(a.indicator_code, n.indicator_code) AS indicator_code, n.period_start, n.period_end,
           n.value, n.fact_id, a.indicator_code IS NOT NULL AS via_average
    FROM fact_indicator_preferred AS n
    LEFT JOIN ref_national_average AS a ON a.average_indicator_code = n.indicator_code
    WHERE n.province_code = 'VN' AND NOT n.is_target
),
national_one AS (  -- applies_to_groupings: joined below by equalities only (a hash join, not a loop over every fact)
    SELECT *, 1 AS applies_to_groupings FROM national
    QUALIFY row_number() OVER (PARTITION BY indicator_code, period_start, period_end ORDER BY via_average DESC) = 1
),
compared AS (
    SELECT v.*, i.name_vi AS indicator_name_vi, i.name_en AS indicator_name_en, i.direction,
           count(*) OVER s AS units_reporting,
           CASE i.direction WHEN 'higher_is_better' THEN rank() OVER (s ORDER BY v.value DESC)
                            WHEN 'lower_is_better' THEN rank() OVER (s ORDER BY v.value ASC) END AS rank_among_reporting,
           CASE i.direction WHEN 'higher_is_better' THEN max(v.value) OVER s
                            WHEN 'lower_is_better' THEN min(v.value) OVER s END AS best_value,
           avg(v.value) OVER s AS mean_of_reporting,
           count(DISTINCT v.grouping) OVER (PARTITION BY v.indicator_code, v.period_start, v.period_end) AS groupings_reporting
    FROM vals AS v JOIN dim_indicator AS i USING (indicator_code)
    WINDOW s AS (PARTITION BY v.indicator_code, v.grouping, v.period_start, v.period_end)
)
SELECT c.year, c.period_start, c.period_end, c.grouping, c.indicator_code, c.indicator_name_vi, c.indicator_name_en,
       c.unit, c.direction, c.province_code, p.name_vi AS province_name,
       (fo.province_code IS NOT NULL OR len(list_intersect(coalesce(p.member_codes, []),
            (SELECT list(province_code) FROM ref_focus_province))) > 0) AS in_focus_set,
       c.value, c.units_reporting, c.grouping AS units_in_grouping, c.rank_among_reporting, c.best_value,
       round(CASE c.direction WHEN 'higher_is_better' THEN c.best_value - c.value
                              WHEN 'lower_is_better' THEN c.value - c.best_value END, 6) AS gap_to_best,
       coalesce(n.value, CASE WHEN c.units_reporting = c.grouping AND c.unit <> 'rank' THEN round(c.mean_of_reporting, 6) END)
           AS national_average,
       CASE WHEN n.value IS NOT NULL AND n.via_average THEN 'published national average'
            WHEN n.value IS NOT NULL THEN 'published national value'
            WHEN c.units_reporting = c.grouping AND c.unit <> 'rank' THEN 'mean of all units of the grouping'
            WHEN c.groupings_reporting > 1 AND EXISTS (SELECT 1 FROM national_one AS x WHERE x.indicator_code = c.indicator_code
                     AND x.period_start = c.period_start AND x.period_end = c.period_end)
                THEN format('unknown: a national figure is published, but it does not say whether it averages the 63 provinces '
                            'or the 34 units, and only {} of {} units report', c.units_reporting, c.grouping)
            ELSE format('unknown: no published national figure, and only {} of {} units report', c.units_reporting, c.grouping)
       END AS national_average_basis,
       n.fact_id AS national_average_fact_id,
       round(c.value - coalesce(n.value, CASE WHEN c.units_reporting = c.grouping AND c.unit <> 'rank' THEN c.mean_of_reporting END), 6)
           AS gap_to_national_average,
       c.source_kind, c.fact_id, c.source_file, c.source_line, c.quote
FROM compared AS c
JOIN dim_province AS p USING (province_code)
LEFT JOIN ref_focus_province AS fo USING (province_code)
-- A national figure does not state its grouping: it applies only to a period reported in one grouping.
LEFT JOIN national_one AS n
       ON n.indicator_code = c.indicator_code AND n.period_start = c.period_start AND n.period_end = c.period_end
      AND n.applies_to_groupings = c.groupings_reporting
ORDER BY c.indicator_code, c.year, c.grouping, c.period_start, c.period_end, c.rank_among_reporting NULLS LAST, c.province_code
