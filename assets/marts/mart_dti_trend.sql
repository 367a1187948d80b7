-- depends_on: mart_dti_ranking, dim_province
-- materialize: table
-- step: dti_marts
-- Year-over-year deltas compare consecutive editions of the same grouping only;
-- previous_* show the last edition known, which may be older when a year is missing.
WITH known AS (
    SELECT * FROM mart_dti_ranking WHERE dti_rank IS NOT NULL OR dti_score IS NOT NULL
)
SELECT k.province_code, k.province_name, k.grouping,
       coalesce(p.successor_code, p.province_code) AS unit_2025_code,
       u.name_vi AS unit_2025_name,
       k.year, k.dti_score, k.dti_rank, k.rank_source,
       lag(k.year) OVER w AS previous_year,
       lag(k.dti_rank) OVER w AS previous_rank,
       lag(k.dti_score) OVER w AS previous_score,
       CASE WHEN lag(k.year) OVER w = k.year - 1 THEN lag(k.dti_rank) OVER w - k.dti_rank END AS rank_change,
       CASE WHEN lag(k.year) OVER w = k.year - 1 THEN round(k.dti_score - lag(k.dti_score) OVER w, 6) END AS score_change,
       min(k.dti_rank) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS best_rank_to_date
FROM known AS k
JOIN dim_province AS p USING (province_code)
JOIN dim_province AS u ON u.province_code = coalesce(p.successor_code, p.province_code)
WINDOW w AS (PARTITION BY k.province_code, k.grouping ORDER BY k.year)
ORDER BY k.province_code, k.grouping, k.year
