-- depends_on: mart_dti_ranking, dim_province
-- materialize: table
-- step: dti_marts
-- Says what is missing: public DTI data is partial outside 2022, and gaps are never filled.
WITH editions AS (SELECT DISTINCT year, grouping FROM mart_dti_ranking),
units AS (SELECT grouping, count(*) AS units FROM dim_province WHERE grouping IS NOT NULL GROUP BY grouping)
SELECT e.year, e.grouping, u.units,
       count(r.dti_rank) AS ranks_known,
       count(r.dti_score) AS scores_known,
       count(*) FILTER (WHERE r.dti_gov_score IS NOT NULL AND r.dti_econ_score IS NOT NULL
                          AND r.dti_society_score IS NOT NULL) AS pillar_scores_known,
       count(*) FILTER (WHERE r.dti_idx_awareness IS NOT NULL AND r.dti_idx_institutions IS NOT NULL
                          AND r.dti_idx_infrastructure IS NOT NULL AND r.dti_idx_human_resources IS NOT NULL
                          AND r.dti_idx_cybersecurity IS NOT NULL AND r.dti_idx_gov_activity IS NOT NULL
                          AND r.dti_idx_econ_activity IS NOT NULL AND r.dti_idx_society_activity IS NOT NULL) AS index_scores_known,
       u.units - count(r.dti_rank) AS missing_ranks
FROM editions AS e
JOIN units AS u USING (grouping)
LEFT JOIN mart_dti_ranking AS r USING (year, grouping)
GROUP BY e.year, e.grouping, u.units
ORDER BY e.year, e.grouping
