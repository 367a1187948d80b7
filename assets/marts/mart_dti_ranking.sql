-- depends_on: fact_indicator_preferred, fact_conflict, dim_province, dim_indicator
-- materialize: table
-- step: dti_marts
-- One row per DTI edition, grouping and unit with anything known. Ranks are the published
-- ones; a rank is computed (rank(), so ties stay ties) only where no source publishes it and
-- every unit of the grouping has a score that edition. Changes compare the same grouping only.
WITH pref AS (
    SELECT f.* FROM fact_indicator_preferred AS f JOIN dim_indicator AS i USING (indicator_code)
    WHERE NOT f.is_target AND f.grouping IS NOT NULL AND i.family = 'dti' AND i.subfamily IN ('overall', 'pillar', 'main_index')
),
wide AS (
    SELECT year, grouping, province_code,
           max(value) FILTER (WHERE indicator_code = 'dti_score') AS dti_score,
           max(value) FILTER (WHERE indicator_code = 'dti_rank')::INTEGER AS published_rank,
           max(value) FILTER (WHERE indicator_code = 'dti_rank_change')::INTEGER AS rank_change_published,
           max(value) FILTER (WHERE indicator_code = 'dti_score_change') AS score_change_published,
           max(value) FILTER (WHERE indicator_code = 'dti_gov_score') AS dti_gov_score,
           max(value) FILTER (WHERE indicator_code = 'dti_gov_rank')::INTEGER AS dti_gov_rank,
           max(value) FILTER (WHERE indicator_code = 'dti_econ_score') AS dti_econ_score,
           max(value) FILTER (WHERE indicator_code = 'dti_econ_rank')::INTEGER AS dti_econ_rank,
           max(value) FILTER (WHERE indicator_code = 'dti_society_score') AS dti_society_score,
           max(value) FILTER (WHERE indicator_code = 'dti_society_rank')::INTEGER AS dti_society_rank,
           max(value) FILTER (WHERE indicator_code = 'dti_idx_awareness') AS dti_idx_awareness,
           max(value) FILTER (WHERE indicator_code = 'dti_idx_institutions') AS dti_idx_institutions,
           max(value) FILTER (WHERE indicator_code = 'dti_idx_infrastructure') AS dti_idx_infrastructure,
           max(value) FILTER (WHERE indicator_code = 'dti_idx_human_resources') AS dti_idx_human_resources,
           max(value) FILTER (WHERE indicator_code = 'dti_idx_cybersecurity') AS dti_idx_cybersecurity,
           max(value) FILTER (WHERE indicator_code = 'dti_idx_gov_activity') AS dti_idx_gov_activity,
           max(value) FILTER (WHERE indicator_code = 'dti_idx_econ_activity') AS dti_idx_econ_activity,
           max(value) FILTER (WHERE indicator_code = 'dti_idx_society_activity') AS dti_idx_society_activity,
           coalesce(bool_or(indicator_code = 'dti_in_top10' AND value = 1), false) AS in_top10,
           coalesce(bool_or(indicator_code = 'dti_in_bottom3' AND value = 1), false) AS in_bottom3
    FROM pref
    GROUP BY year, grouping, province_code
),
scored AS (
    SELECT year, grouping, count(dti_score) AS n_scores FROM wide GROUP BY year, grouping
),
ranked AS (
    SELECT w.*,
           CASE WHEN w.published_rank IS NOT NULL THEN w.published_rank
                WHEN s.n_scores = w.grouping AND w.dti_score IS NOT NULL
                THEN rank() OVER (PARTITION BY w.year, w.grouping ORDER BY w.dti_score DESC NULLS LAST)
           END AS dti_rank,
           CASE WHEN w.published_rank IS NOT NULL THEN 'published'
                WHEN s.n_scores = w.grouping AND w.dti_score IS NOT NULL THEN 'computed'
           END AS rank_source
    FROM wide AS w JOIN scored AS s USING (year, grouping)
)
SELECT r.year, r.grouping, r.province_code, p.name_vi AS province_name,
       r.dti_score, r.dti_rank, r.rank_source,
       prev.dti_rank - r.dti_rank AS rank_change,
       round(r.dti_score - prev.dti_score, 6) AS score_change,
       r.rank_change_published, r.score_change_published,
       r.dti_gov_score, r.dti_gov_rank, r.dti_econ_score, r.dti_econ_rank, r.dti_society_score, r.dti_society_rank,
       r.dti_idx_awareness, r.dti_idx_institutions, r.dti_idx_infrastructure, r.dti_idx_human_resources,
       r.dti_idx_cybersecurity, r.dti_idx_gov_activity, r.dti_idx_econ_activity, r.dti_idx_society_activity,
       r.in_top10, r.in_bottom3,
       -- (a contradiction of one of the figures this row shows: not of another indicator of that year)
       EXISTS (SELECT 1 FROM fact_conflict AS c JOIN dim_indicator AS i USING (indicator_code)
               WHERE c.province_code = r.province_code AND c.year = r.year
                 AND c.grouping IS NOT DISTINCT FROM r.grouping
                 AND i.family = 'dti' AND i.subfamily IN ('overall', 'pillar', 'main_index')) AS has_conflict
FROM ranked AS r
JOIN dim_province AS p USING (province_code)
LEFT JOIN ranked AS prev
       ON prev.province_code = r.province_code AND prev.grouping = r.grouping AND prev.year = r.year - 1
ORDER BY r.year, r.grouping, r.dti_rank NULLS LAST, r.province_code
