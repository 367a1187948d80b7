-- depends_on: fact_indicator_preferred, dim_province, dim_indicator, ref_focus_province, ref_national_average
-- materialize: table
-- One row per unit that reports an indicator (achievements, not targets) for a period, compared with
-- the other units of its grouping that report it for the same period. Ranks count only the units that
-- report (ties stay ties); the national average is a published national figure (applied only to a period
-- reported in one grouping, as the figure does not state its grouping), or the mean of every unit of the
-- grouping when all of them report; otherwise it is unknown (NULL), never a partial mean.
-- Built for 10M facts: the counts, bests and means are hash aggregates over narrow rows (the comparison's
-- key, the value, the fact's row number), the ranks are windows over those narrow rows (one window per
-- direction, so each row is sorted once), and each fact's wide columns (its quote) are read once, joined by
-- row number at the end. No ORDER BY: sorting the whole rows (~440 bytes each) was half of the statement's
-- time at 10M facts (85 s against 47 s without it). The final joins are probed by a scan of
-- fact_indicator_preferred, so each thread writes its rows in that table's order (clustered by indicator and
-- year, see fact_indicator_preferred.sql), and zone maps leave a query for one indicator and year a few row
-- groups (tests/test_comparison_layout.py); a reader that needs an order says ORDER BY.
WITH vals AS (  -- narrow: the key a fact is compared within, its value, its row in fact_indicator_preferred
    SELECT f.rowid AS fact_row, f.indicator_code, f.grouping, f.period_start, f.period_end, f.value, i.direction
    FROM fact_indicator_preferred AS f
    JOIN dim_province AS p USING (province_code)
    JOIN dim_indicator AS i USING (indicator_code)
    WHERE NOT f.is_target AND p.grouping IS NOT NULL AND i.unit <> 'flag'
),
stats AS (  -- per indicator, grouping and period
    SELECT indicator_code, grouping, period_start, period_end,
           count(*) AS units_reporting, max(value) AS max_value, min(value) AS min_value,
           avg(value) AS mean_of_reporting
    FROM vals
    GROUP BY indicator_code, grouping, period_start, period_end
),
per_period AS (  -- per indicator and period: how many groupings report it (stats has one row per grouping)
    SELECT indicator_code, period_start, period_end, count(grouping) AS groupings_reporting
    FROM stats
    GROUP BY indicator_code, period_start, period_end
),
ranked AS (  -- the rank by the catalog's direction; an indicator has one direction, so a partition one order
    SELECT fact_row,
           rank() OVER (PARTITION BY indicator_code, grouping, period_start, period_end ORDER BY value DESC)
               AS rank_among_reporting
    FROM vals WHERE direction = 'higher_is_better'
    UNION ALL
    SELECT fact_row, rank() OVER (PARTITION BY indicator_code, grouping, period_start, period_end ORDER BY value ASC)
    FROM vals WHERE direction = 'lower_is_better'
    UNION ALL
    SELECT fact_row, NULL
    FROM vals WHERE direction IS NULL OR direction NOT IN ('higher_is_better', 'lower_is_better')
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
published AS (  -- the periods for which some national figure is published
    SELECT DISTINCT indicator_code, period_start, period_end FROM national_one
),
units AS (  -- per unit: its name, and whether it is (or, a 2025 unit, has a member) in the focus set
    SELECT p.province_code, p.name_vi,
           (fo.province_code IS NOT NULL OR len(list_intersect(coalesce(p.member_codes, []),
                (SELECT list(province_code) FROM ref_focus_province))) > 0) AS in_focus_set
    FROM dim_province AS p
    LEFT JOIN ref_focus_province AS fo USING (province_code)
)
SELECT f.year, f.period_start, f.period_end, f.grouping, f.indicator_code, i.name_vi AS indicator_name_vi,
       i.name_en AS indicator_name_en, f.unit, i.direction, f.province_code, u.name_vi AS province_name,
       u.in_focus_set,
       f.value, s.units_reporting, f.grouping AS units_in_grouping, r.rank_among_reporting,
       CASE i.direction WHEN 'higher_is_better' THEN s.max_value WHEN 'lower_is_better' THEN s.min_value END AS best_value,
       round(CASE i.direction WHEN 'higher_is_better' THEN s.max_value - f.value
                              WHEN 'lower_is_better' THEN f.value - s.min_value END, 6) AS gap_to_best,
       coalesce(n.value, CASE WHEN s.units_reporting = f.grouping AND f.unit <> 'rank' THEN round(s.mean_of_reporting, 6) END)
           AS national_average,
       CASE WHEN n.value IS NOT NULL AND n.via_average THEN 'published national average'
            WHEN n.value IS NOT NULL THEN 'published national value'
            WHEN s.units_reporting = f.grouping AND f.unit <> 'rank' THEN 'mean of all units of the grouping'
            WHEN g.groupings_reporting > 1 AND x.indicator_code IS NOT NULL
                THEN format('unknown: a national figure is published, but it does not say whether it averages the 63 provinces '
                            'or the 34 units, and only {} of {} units report', s.units_reporting, f.grouping)
            ELSE format('unknown: no published national figure, and only {} of {} units report', s.units_reporting, f.grouping)
       END AS national_average_basis,
       n.fact_id AS national_average_fact_id,
       round(f.value - coalesce(n.value, CASE WHEN s.units_reporting = f.grouping AND f.unit <> 'rank' THEN s.mean_of_reporting END), 6)
           AS gap_to_national_average,
       f.source_kind, f.fact_id, f.source_file, f.source_line, f.quote
FROM ranked AS r
JOIN fact_indicator_preferred AS f ON f.rowid = r.fact_row
JOIN dim_indicator AS i USING (indicator_code)
JOIN units AS u USING (province_code)
JOIN stats AS s
  ON s.indicator_code = f.indicator_code AND s.grouping IS NOT DISTINCT FROM f.grouping
 AND s.period_start = f.period_start AND s.period_end = f.period_end
JOIN per_period AS g
  ON g.indicator_code = f.indicator_code AND g.period_start = f.period_start AND g.period_end = f.period_end
LEFT JOIN published AS x
  ON x.indicator_code = f.indicator_code AND x.period_start = f.period_start AND x.period_end = f.period_end
-- A national figure does not state its grouping: it applies only to a period reported in one grouping.
LEFT JOIN national_one AS n
       ON n.indicator_code = f.indicator_code AND n.period_start = f.period_start AND n.period_end = f.period_end
      AND n.applies_to_groupings = g.groupings_reporting
