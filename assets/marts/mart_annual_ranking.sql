-- depends_on: fact_indicator_preferred, dim_province, dim_indicator
-- materialize: table
-- One row per indicator, year, grouping and unit that reports the indicator that year (achievements, not
-- targets): the unit's figure for the year and its rank among the units of its grouping that report one.
-- A unit's figure for a year is its latest: the preferred value of the period that ends last in the year
-- (of two periods ending the same day, the longer, so an annual figure wins over its last month). It is not a
-- total or a mean: the catalog does not say which indicators add up over a year. period_start/period_end say
-- which period each figure is, as units may report different periods. Ranks follow the catalog's direction
-- (ties stay ties; none without a direction), like mart_province_comparison's ranks per period.
-- A few rows per unit and year instead of one per period: "rank the provinces on X in year Y" reads the
-- 63 or 34 rows of one indicator and year, not every period's fact (22,903 daily facts a year at 10M rows).
-- Sorted by indicator and year; one hash aggregate over narrow rows, so it fits the memory limit at 10M facts.
WITH latest AS (
    SELECT f.indicator_code, f.year, f.grouping, f.province_code,
           max(struct_pack(period_end := f.period_end, period_days := f.period_end - f.period_start,
                           value := f.value, period_start := f.period_start, fact_id := f.fact_id,
                           source_kind := f.source_kind)) AS last,
           count(*) AS periods_reported
    FROM fact_indicator_preferred AS f
    JOIN dim_province AS p USING (province_code)
    WHERE NOT f.is_target AND p.grouping IS NOT NULL
    GROUP BY f.indicator_code, f.year, f.grouping, f.province_code
),
ranked AS (
    SELECT l.*, i.name_vi AS indicator_name_vi, i.name_en AS indicator_name_en, i.unit, i.direction,
           count(*) OVER s AS units_reporting,
           CASE i.direction WHEN 'higher_is_better' THEN rank() OVER (s ORDER BY l.last.value DESC)
                            WHEN 'lower_is_better' THEN rank() OVER (s ORDER BY l.last.value ASC) END AS rank_among_reporting
    FROM latest AS l JOIN dim_indicator AS i USING (indicator_code)
    WHERE i.unit <> 'flag'
    WINDOW s AS (PARTITION BY l.indicator_code, l.year, l.grouping)
)
SELECT r.indicator_code, r.year, r.grouping, r.province_code, p.name_vi AS province_name,
       r.indicator_name_vi, r.indicator_name_en, r.unit, r.direction,
       r.last.value AS value, r.last.period_start AS period_start, r.last.period_end AS period_end,
       r.periods_reported, r.units_reporting, r.rank_among_reporting,
       r.last.source_kind AS source_kind, r.last.fact_id AS fact_id
FROM ranked AS r
JOIN dim_province AS p USING (province_code)
ORDER BY r.indicator_code, r.year, r.grouping, r.rank_among_reporting NULLS LAST, r.province_code
